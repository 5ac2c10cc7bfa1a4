use std::cell::Cell;

use background_task::Task;

fn main() {
    // A `Cell` may move to another thread (it is `Send`), though it may not
    // be shared (it is not `Sync`). A task only moves its result, so this
    // must be allowed.
    let task = Task::spawn(|| Cell::new(5));
    let cell = task.wait();
    cell.set(cell.get() + 1);
    assert_eq!(cell.get(), 6);
    let chained = Task::spawn(|| 2).then(Cell::new);
    assert_eq!(chained.wait().get(), 2);
}
