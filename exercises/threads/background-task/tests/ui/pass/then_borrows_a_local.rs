use background_task::Task;

fn main() {
    let offset = 10;
    // `move` copies `offset` into the closure.
    let task = Task::spawn(|| 1).then(move |n| n + offset);
    assert_eq!(task.wait(), 11);
}
