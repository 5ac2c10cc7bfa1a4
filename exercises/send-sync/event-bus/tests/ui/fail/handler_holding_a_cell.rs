//! A handler that owns a `Cell` may move to another thread (a `Cell` is
//! `Send`), but it must not be used by two threads at once (a `Cell` is not
//! `Sync`). Two threads that publish at the same time call every handler at
//! the same time, through a shared reference, and both would `set` the cell:
//! a data race. `subscribe` must ask for a handler that is `Sync` too.
use std::cell::Cell;

use event_bus::Bus;

fn main() {
    let bus = Bus::new();
    let calls = Cell::new(0);
    bus.subscribe(move |_: &u32| calls.set(calls.get() + 1)); //~ ERROR E0277 `Cell<i32>` cannot be shared between threads safely
    bus.publish(&1);
}
