//! `first` points at the first order inside the vector. Cancelling moves the
//! remaining orders down to close the gaps, so `first` would then point at a
//! different order, or past the end. The vector cannot be changed while
//! `first` is still in use.
use borrow_orders::{Order, cancel_customer};

fn main() {
    let mut orders = vec![Order::new("ann", 2, true), Order::new("bob", 1, false)];
    let first = &orders[0];
    cancel_customer(&mut orders, "ann"); //~ ERROR E0502 cannot borrow `orders` as mutable because it is also borrowed as immutable
    assert_eq!(first.customer, "ann");
}
