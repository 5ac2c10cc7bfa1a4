use borrow_orders::{Order, cancel_customer};

fn main() {
    let mut orders = vec![Order::new("ann", 2, true), Order::new("bob", 1, false)];
    // A copy of the order is not a borrow of the vector.
    let first = orders[0].clone();
    assert_eq!(cancel_customer(&mut orders, "ann"), 1);
    assert_eq!(first.customer, "ann");
    assert_eq!(orders[0].customer, "bob");
}
