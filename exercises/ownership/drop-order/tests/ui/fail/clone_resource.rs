//! A clone of a resource would be a second owner of the same file or
//! connection, and both would close it. `Resource` must not implement `Clone`.
use drop_order::{Log, Resource};

fn main() {
    let log = Log::new();
    let file = Resource::open("file", &log);
    let copy = file.clone(); //~ ERROR E0599 no method named `clone`
    drop(file);
    drop(copy);
}
