//! A guard made on the worker raised the worker's depth. Returned through
//! `join`, it would be dropped on `main`, whose depth it never raised: `main`
//! would lose a level it does not have. A value that comes back from a thread
//! moves between threads too, so `Indent` must not be `Send`.
use std::thread;

use indent_guard::indent;

fn main() {
    let worker = thread::spawn(indent); //~ ERROR E0277 cannot be sent between threads safely
    let guard = worker.join().unwrap();
    drop(guard);
}
