//! A symbol is a number in its thread's table. Another thread has a table of
//! its own, where the same number is another string, or none at all: `text`
//! there would give a wrong answer, or panic. Nothing in a number stops it
//! from moving, so the type must say it: `Symbol` must not be `Send`.
use std::thread;

use thread_symbols::intern;

fn main() {
    let name = intern("name");
    let worker = thread::spawn(move || name.text()); //~ ERROR E0277 cannot be sent between threads safely
    assert_eq!(worker.join().unwrap(), "name");
}
