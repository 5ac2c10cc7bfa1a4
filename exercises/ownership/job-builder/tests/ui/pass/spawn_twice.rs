use job_builder::JobBuilder;

fn main() {
    let job = JobBuilder::new("backup").arg("/home").build();
    // Read what you need before the job moves into its thread.
    let name = job.name().to_owned();
    let report = job.spawn(|_| Ok(())).join().unwrap();
    assert_eq!(name, "backup");
    assert_eq!(report.succeeded, ["/home"]);
}
