use std::thread;

use indent_guard::{depth, indent, line};

fn main() {
    // Keep the guard on its thread and let the other thread only look at
    // it: a guard may be shared (`Indent` is `Sync`), and the worker indents
    // its own lines with a guard of its own.
    let guard = indent();
    thread::scope(|s| {
        s.spawn(|| {
            assert_eq!(guard.level(), 1);
            let _own = indent();
            assert_eq!(line("worker"), "  worker");
        });
    });
    drop(guard);
    assert_eq!(depth(), 0);
}
