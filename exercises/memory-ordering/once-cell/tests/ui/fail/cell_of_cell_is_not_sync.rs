//! Every thread that calls `get_or_init` gets `&T`, all at the same time. A
//! `Cell` can be written through `&`, so two threads could write it at once.
use std::cell::Cell;

use init_once::InitOnce;

fn assert_sync<T: Sync>() {}

fn main() {
    assert_sync::<InitOnce<Cell<i32>>>(); //~ ERROR E0277 `Cell<i32>` cannot be shared between threads safely
    let cell = InitOnce::new();
    cell.get_or_init(|| Cell::new(1)).set(2);
    assert_eq!(cell.get().map(Cell::get), Some(2));
}
