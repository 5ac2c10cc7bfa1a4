//! `get` hands out `&T` to every thread that shares the slot. A `Cell` is
//! changed through shared references without any synchronisation, so two
//! threads holding `&Cell<i32>` would race: a `Slot<Cell<i32>>` must not be
//! `Sync`. (`Slot<T>` is `Sync` only when `T: Sync`.)
use std::cell::Cell;

use publish::Slot;

fn assert_sync<T: Sync>() {}

fn main() {
    assert_sync::<Slot<Cell<i32>>>(); //~ ERROR E0277 `Cell<i32>` cannot be shared between threads safely
}
