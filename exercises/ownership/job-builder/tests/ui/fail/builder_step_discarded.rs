//! `retries` takes the builder by value and returns the updated builder.
//! Calling it as a statement throws that builder away; the old name `builder`
//! no longer owns anything, so building from it must not compile.
use job_builder::JobBuilder;

fn main() {
    let builder = JobBuilder::new("backup");
    builder.retries(3);
    let job = builder.build(); //~ ERROR E0382 moved value: `builder`
    assert_eq!(job.retries(), 3);
}
