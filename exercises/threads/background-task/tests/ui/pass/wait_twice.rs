use background_task::Task;

fn main() {
    // Two tasks for two results.
    let task = Task::spawn(|| vec![1, 2, 3]);
    let other = Task::spawn(|| vec![1, 2, 3]);
    assert_eq!(task.wait(), other.wait());
}
