//! `build` takes the builder by value and moves its settings into the job.
//! Nothing is left to build a second job from.
use job_builder::JobBuilder;

fn main() {
    let builder = JobBuilder::new("backup").arg("/home");
    let first = builder.build();
    let second = builder.build(); //~ ERROR E0382 moved value: `builder`
    assert_eq!(first.name(), second.name());
}
