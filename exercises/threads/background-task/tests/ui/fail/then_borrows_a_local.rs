//! `then` runs its step on another thread, later, while the caller goes on
//! and may return. A step that borrows the caller's `offset` could read it
//! after it is gone, so `then` must refuse it, just as `Task::spawn` does.
use background_task::Task;

fn main() {
    let offset = 10;
    let task = Task::spawn(|| 1).then(|n| n + offset); //~ ERROR E0373 closure may outlive the current function
    assert_eq!(task.wait(), 11);
}
