//! `move` moves what the closure captures, but here that is `first`, a
//! reference into `words`. The task would own a borrow of a local vector,
//! which could be dropped while the task still reads it, so the borrow
//! must be rejected: a task may hold only data that lives as long as it
//! needs to (`'static`).
use background_task::Task;

fn main() {
    let words = vec![String::from("thread"), String::from("spawn")];
    let first = &words[0]; //~ ERROR E0597 `words` does not live long enough
    let task = Task::spawn(move || first.len());
    assert_eq!(task.wait(), 6);
}
