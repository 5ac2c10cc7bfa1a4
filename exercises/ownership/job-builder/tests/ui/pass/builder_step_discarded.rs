use job_builder::JobBuilder;

fn main() {
    let builder = JobBuilder::new("backup");
    // Rebinding keeps the builder that `retries` returned.
    let builder = builder.retries(3);
    let job = builder.build();
    assert_eq!(job.retries(), 3);
}
