//! The worker thread would drop the guard and take a level away from its own
//! depth, which the guard never raised, while `main` stayed indented for
//! ever. A guard must be dropped on the thread it indented, so `Indent` must
//! not be `Send`.
use std::thread;

use indent_guard::{depth, indent};

fn main() {
    let guard = indent();
    thread::spawn(move || drop(guard)).join().unwrap(); //~ ERROR E0277 cannot be sent between threads safely
    assert_eq!(depth(), 0);
}
