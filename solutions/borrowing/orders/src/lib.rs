//! # Changing a list of orders while walking it
//!
//! Book: book/src/borrowing.md#changing-a-collection-while-iterating-it
//! Check: cargo xtask check borrowing/orders
//!
//! Reference solution.

/// One customer's order for some number of boxes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub customer: String,
    pub boxes: u32,
    pub ready: bool,
}

impl Order {
    /// An order of `boxes` boxes for `customer`.
    pub fn new(customer: &str, boxes: u32, ready: bool) -> Order {
        Order {
            customer: customer.to_owned(),
            boxes,
            ready,
        }
    }
}

/// Removes every order of `customer` and returns how many were removed.
pub fn cancel_customer(orders: &mut Vec<Order>, customer: &str) -> usize {
    let before = orders.len();
    // `retain` walks the vector itself and closes the gaps as it goes.
    orders.retain(|order| order.customer != customer);
    before - orders.len()
}

/// Takes the ready orders out of `orders` and returns them, in the order
/// they were in; the orders that are not ready stay behind.
pub fn take_ready(orders: &mut Vec<Order>) -> Vec<Order> {
    // Take the whole vector out (leaving an empty one behind), then sort its
    // orders into two new vectors: nothing is borrowed while it is rebuilt.
    let (ready, waiting) = std::mem::take(orders)
        .into_iter()
        .partition(|order| order.ready);
    *orders = waiting;
    ready
}

/// Makes every order hold at most `max` boxes. An order with more keeps its
/// place with `max` boxes, and the rest of its boxes go into new orders for
/// the same customer, not ready, each of at most `max` boxes, appended at the
/// end of the list in the order of the orders they came from. An order of 7
/// boxes with `max == 3` becomes 3 in place, then 3 and 1 at the end.
///
/// # Panics
///
/// If `max` is 0.
pub fn split_large(orders: &mut Vec<Order>, max: u32) {
    assert!(max > 0, "orders cannot be split into pieces of 0 boxes");
    // Walk by index: an index borrows nothing, so the loop may push. The new
    // orders already hold at most `max`, so visiting them changes nothing.
    let original = orders.len();
    for i in 0..original {
        let mut extra = orders[i].boxes.saturating_sub(max);
        if extra == 0 {
            continue;
        }
        orders[i].boxes = max;
        let customer = orders[i].customer.clone();
        while extra > 0 {
            let piece = extra.min(max);
            orders.push(Order::new(&customer, piece, false));
            extra -= piece;
        }
    }
}

/// Appends one gift order (1 box, not ready) for each customer whose orders
/// together hold at least `threshold` boxes, in the order in which those
/// customers first appear in the list; returns how many gifts were added.
/// Gifts added by this call do not count towards anybody's total.
pub fn add_gifts(orders: &mut Vec<Order>, threshold: u32) -> usize {
    // First read: collect the names (owned, so they borrow nothing).
    let mut totals: Vec<(String, u64)> = Vec::new();
    for order in orders.iter() {
        match totals.iter_mut().find(|(name, _)| *name == order.customer) {
            Some((_, total)) => *total += u64::from(order.boxes),
            None => totals.push((order.customer.clone(), u64::from(order.boxes))),
        }
    }
    // Then write: the loop above has ended, and with it the borrow.
    let mut added = 0;
    for (customer, total) in totals {
        if total >= u64::from(threshold) {
            orders.push(Order::new(&customer, 1, false));
            added += 1;
        }
    }
    added
}
