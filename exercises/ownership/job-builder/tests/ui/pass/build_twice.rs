use job_builder::JobBuilder;

fn main() {
    let first = JobBuilder::new("backup").arg("/home").build();
    let second = JobBuilder::new("backup").arg("/srv").build();
    assert_eq!(first.name(), second.name());
    assert_ne!(first.args(), second.args());
}
