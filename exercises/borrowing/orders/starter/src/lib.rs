//! # Changing a list of orders while walking it
//!
//! Book: book/src/borrowing.md#changing-a-collection-while-iterating-it
//! Check: cargo xtask check borrowing/orders
//!
//! A shop keeps its open orders in a `Vec`. Each function below walks the
//! list and changes it: removing orders, taking some out, adding new ones.
//! A plain `for order in &orders { ... orders.push(..) }` will not compile,
//! because the loop borrows the vector for as long as it runs. Use the fixes
//! from the book instead: `retain`, taking the vector out and rebuilding it,
//! walking by index, and collecting what you need before you change anything.
//! Every function keeps the orders it does not touch in their original order.

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
    todo!("remove the orders of {customer} from {orders:?}")
}

/// Takes the ready orders out of `orders` and returns them, in the order
/// they were in; the orders that are not ready stay behind.
pub fn take_ready(orders: &mut Vec<Order>) -> Vec<Order> {
    todo!("split {orders:?}")
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
    todo!("split {orders:?} into pieces of {max}")
}

/// Appends one gift order (1 box, not ready) for each customer whose orders
/// together hold at least `threshold` boxes, in the order in which those
/// customers first appear in the list; returns how many gifts were added.
/// Gifts added by this call do not count towards anybody's total.
pub fn add_gifts(orders: &mut Vec<Order>, threshold: u32) -> usize {
    todo!("gifts for {orders:?} at {threshold}")
}
