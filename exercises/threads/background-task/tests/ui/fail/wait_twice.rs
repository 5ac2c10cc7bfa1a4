//! A task produces its result once, and `wait` hands it over. Waiting a
//! second time on the same task has nothing left to return, so `wait` must
//! consume the task and a second call must be a use of a moved value.
use background_task::Task;

fn main() {
    let task = Task::spawn(|| vec![1, 2, 3]);
    let first = task.wait();
    let second = task.wait(); //~ ERROR E0382 use of moved value: `task`
    assert_eq!(first, second);
}
