//! `spawn` moves the job into its thread. Running the same job a second time
//! would need a second owner of it, so the second call must not compile.
use job_builder::JobBuilder;

fn main() {
    let job = JobBuilder::new("backup").arg("/home").build();
    let first = job.spawn(|_| Ok(()));
    let second = job.spawn(|_| Ok(())); //~ ERROR E0382 use of moved value: `job`
    first.join().unwrap();
    second.join().unwrap();
}
