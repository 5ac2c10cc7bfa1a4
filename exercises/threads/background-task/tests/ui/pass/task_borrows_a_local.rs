use background_task::Task;

fn main() {
    let name = String::from("Ferris");
    // `move`: the task owns `name`, so nothing is borrowed.
    let task = Task::spawn(move || name.len());
    assert_eq!(task.wait(), 6);
}
