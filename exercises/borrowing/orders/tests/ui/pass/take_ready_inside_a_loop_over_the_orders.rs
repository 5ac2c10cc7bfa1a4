use borrow_orders::{Order, take_ready};

fn main() {
    let mut orders = vec![Order::new("ann", 2, true), Order::new("bob", 1, false)];
    // Decide first, while only reading; change the vector after the loop.
    let any_ready = orders.iter().any(|order| order.ready);
    let mut shipped = Vec::new();
    if any_ready {
        shipped.extend(take_ready(&mut orders));
    }
    assert_eq!(shipped.len(), 1);
    assert_eq!(orders.len(), 1);
}
