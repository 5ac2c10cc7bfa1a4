use std::thread;

use indent_guard::{depth, indent, line};

fn main() {
    // Return what the guard was for, the indented text, and drop the guard
    // on the thread it indented.
    let worker = thread::spawn(|| {
        let _guard = indent();
        line("from the worker")
    });
    assert_eq!(worker.join().unwrap(), "  from the worker");
    assert_eq!(depth(), 0);
}
