//! A handler lives in the bus, and the bus may be on any thread: the handler
//! is called, and finally dropped, by whichever thread has it then. An `Rc`
//! captured by the handler would then have clones on two threads, which
//! would update its reference count without synchronisation. `subscribe` must
//! ask for a handler that is `Send`.
use std::cell::Cell;
use std::rc::Rc;

use event_bus::Bus;

fn main() {
    let bus = Bus::new();
    let sum = Rc::new(Cell::new(0));
    let adder = Rc::clone(&sum);
    bus.subscribe(move |n: &u32| adder.set(adder.get() + n)); //~ ERROR E0277 `Rc<Cell<u32>>` cannot be sent between threads safely
    bus.publish(&2);
    assert_eq!(sum.get(), 2);
}
