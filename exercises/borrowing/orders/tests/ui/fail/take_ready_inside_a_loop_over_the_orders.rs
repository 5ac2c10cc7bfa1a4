//! The `for` loop holds an iterator that borrows `orders` until the loop
//! ends. Taking orders out of the vector in the middle of the loop would
//! leave that iterator walking a vector that has changed under it.
use borrow_orders::{Order, take_ready};

fn main() {
    let mut orders = vec![Order::new("ann", 2, true), Order::new("bob", 1, false)];
    let mut shipped = Vec::new();
    for order in &orders {
        if order.ready {
            shipped.extend(take_ready(&mut orders)); //~ ERROR E0502 cannot borrow `orders` as mutable because it is also borrowed as immutable
        }
    }
    assert_eq!(shipped.len(), 1);
}
