//! The result is made on the task's thread and collected on the caller's,
//! so it must be able to move between threads. An `Rc` must not: a clone
//! left behind on one thread and the `Rc` on the other would both change
//! the same reference count, with no synchronisation.
use std::rc::Rc;

use background_task::Task;

fn main() {
    let task = Task::spawn(|| Rc::new(5_i32)); //~ ERROR E0277 `Rc<i32>` cannot be sent between threads safely
    drop(task);
}
