//! A task's thread may still be running after the function that started it
//! has returned and dropped its locals. A closure that only borrows `name`
//! would then read a `String` that no longer exists, so `Task::spawn` must
//! refuse closures that borrow short-lived data.
use background_task::Task;

fn main() {
    let name = String::from("Ferris");
    let task = Task::spawn(|| name.len()); //~ ERROR E0373 closure may outlive the current function
    assert_eq!(task.wait(), 6);
}
