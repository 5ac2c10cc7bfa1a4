//! Every handle gives its thread `&T`. A `Cell` changes through `&`, without
//! any synchronisation, so two threads with handles to one `Cell` could write
//! it at once: `Arc<Cell<i32>>` must not be `Send`.
use std::cell::Cell;

use arc::Arc;

fn assert_send<T: Send>() {}

fn main() {
    assert_send::<Arc<Cell<i32>>>(); //~ ERROR E0277 `Cell<i32>` cannot be shared between threads safely
    let cell = Arc::new(Cell::new(1));
    cell.set(2);
    assert_eq!(cell.get(), 2);
}
