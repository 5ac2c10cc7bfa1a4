#![cfg(not(loom))]
//! What each function does to a list of orders.

use borrow_orders::{Order, add_gifts, cancel_customer, split_large, take_ready};

fn summary(orders: &[Order]) -> Vec<(&str, u32, bool)> {
    orders
        .iter()
        .map(|o| (o.customer.as_str(), o.boxes, o.ready))
        .collect()
}

fn sample() -> Vec<Order> {
    vec![
        Order::new("ann", 2, true),
        Order::new("bob", 5, false),
        Order::new("ann", 1, false),
        Order::new("cyd", 4, true),
        Order::new("bob", 3, true),
    ]
}

/// `cancel_customer` removes every order of the customer, keeps the rest in order, and says how many went.
#[test]
fn cancel_customer_removes_every_order_of_that_customer() {
    let mut orders = sample();
    assert_eq!(cancel_customer(&mut orders, "ann"), 2);
    assert_eq!(
        summary(&orders),
        [("bob", 5, false), ("cyd", 4, true), ("bob", 3, true)]
    );
}

/// Orders of the customer next to each other are all removed.
#[test]
fn cancel_customer_handles_adjacent_orders() {
    // Removing by index while counting up skips the second of two neighbours.
    let mut orders = vec![
        Order::new("ann", 1, false),
        Order::new("ann", 2, false),
        Order::new("ann", 3, false),
        Order::new("bob", 4, false),
        Order::new("ann", 5, false),
    ];
    assert_eq!(cancel_customer(&mut orders, "ann"), 4);
    assert_eq!(summary(&orders), [("bob", 4, false)]);
}

/// Cancelling a customer with no orders removes nothing.
#[test]
fn cancel_unknown_customer_removes_nothing() {
    let mut orders = sample();
    assert_eq!(cancel_customer(&mut orders, "dee"), 0);
    assert_eq!(orders, sample());
}

/// `take_ready` returns the ready orders in the order they were in.
#[test]
fn take_ready_returns_the_ready_orders_in_order() {
    let mut orders = sample();
    let ready = take_ready(&mut orders);
    assert_eq!(
        summary(&ready),
        [("ann", 2, true), ("cyd", 4, true), ("bob", 3, true)]
    );
}

/// `take_ready` leaves the waiting orders behind, in their order.
#[test]
fn take_ready_leaves_the_waiting_orders_in_order() {
    let mut orders = sample();
    let _ = take_ready(&mut orders);
    assert_eq!(summary(&orders), [("bob", 5, false), ("ann", 1, false)]);
}

/// With nothing ready, `take_ready` returns nothing and changes nothing.
#[test]
fn take_ready_when_nothing_is_ready() {
    let mut orders = vec![Order::new("ann", 1, false), Order::new("bob", 2, false)];
    assert!(take_ready(&mut orders).is_empty());
    assert_eq!(summary(&orders), [("ann", 1, false), ("bob", 2, false)]);
}

/// With everything ready, `take_ready` takes every order and leaves the list empty.
#[test]
fn take_ready_when_everything_is_ready() {
    let mut orders = vec![Order::new("ann", 1, true), Order::new("bob", 2, true)];
    let ready = take_ready(&mut orders);
    assert_eq!(summary(&ready), [("ann", 1, true), ("bob", 2, true)]);
    assert!(orders.is_empty());
}

/// `split_large` keeps `max` boxes in place and appends the rest, in pieces of at most `max`, in the order of the orders they came from.
#[test]
fn split_large_keeps_the_first_piece_in_place_and_appends_the_rest() {
    let mut orders = vec![
        Order::new("ann", 7, true),
        Order::new("bob", 2, false),
        Order::new("cyd", 5, true),
    ];
    split_large(&mut orders, 3);
    assert_eq!(
        summary(&orders),
        [
            ("ann", 3, true),
            ("bob", 2, false),
            ("cyd", 3, true),
            ("ann", 3, false),
            ("ann", 1, false),
            ("cyd", 2, false),
        ]
    );
}

/// Orders of at most `max` boxes, including exactly `max`, are left alone.
#[test]
fn split_large_leaves_small_orders_alone() {
    let mut orders = sample();
    split_large(&mut orders, 5);
    assert_eq!(orders, sample());
}

/// With `max == 1` every extra box becomes an order of its own.
#[test]
fn split_large_into_single_boxes() {
    let mut orders = vec![Order::new("ann", 3, false), Order::new("bob", 2, true)];
    split_large(&mut orders, 1);
    assert_eq!(
        summary(&orders),
        [
            ("ann", 1, false),
            ("bob", 1, true),
            ("ann", 1, false),
            ("ann", 1, false),
            ("bob", 1, false),
        ]
    );
}

/// Extra boxes that divide evenly into pieces make no empty piece.
#[test]
fn split_large_with_an_exact_multiple() {
    let mut orders = vec![Order::new("ann", 6, true)];
    split_large(&mut orders, 2);
    assert_eq!(
        summary(&orders),
        [("ann", 2, true), ("ann", 2, false), ("ann", 2, false)]
    );
}

/// `split_large` with `max == 0` panics, as documented.
#[test]
fn split_large_by_zero_panics() {
    let mut orders = sample();
    split_large(&mut orders, 5);
    let result = std::panic::catch_unwind(move || split_large(&mut orders, 0));
    assert!(
        result.is_err(),
        "split_large(.., 0) returned; it must panic, since no piece can hold 0 boxes"
    );
}

/// A customer whose orders reach the threshold, or pass it, gets one gift.
#[test]
fn add_gifts_appends_one_gift_per_qualifying_customer_in_order() {
    // Totals: ann 3, bob 8, cyd 4.
    let mut orders = sample();
    assert_eq!(add_gifts(&mut orders, 4), 2);
    let before = sample();
    let mut expected = summary(&before);
    expected.extend([("bob", 1, false), ("cyd", 1, false)]);
    assert_eq!(summary(&orders), expected);
}

/// Gifts follow the order in which customers first appear, which need not be the order of their names.
#[test]
fn add_gifts_follows_first_appearance_not_name_order() {
    let mut orders = vec![
        Order::new("zoe", 5, false),
        Order::new("ann", 2, true),
        Order::new("max", 1, false),
        Order::new("ann", 3, false),
        Order::new("max", 4, true),
    ];
    assert_eq!(add_gifts(&mut orders, 5), 3);
    assert_eq!(
        summary(&orders[5..]),
        [("zoe", 1, false), ("ann", 1, false), ("max", 1, false)]
    );
}

/// When nobody reaches the threshold, no gift is added and 0 is returned.
#[test]
fn add_gifts_adds_nothing_when_nobody_qualifies() {
    let mut orders = sample();
    assert_eq!(add_gifts(&mut orders, 100), 0);
    assert_eq!(orders, sample());
}

/// With a threshold of 0 every customer gets one gift.
#[test]
fn add_gifts_with_a_zero_threshold_gives_everyone_one_gift() {
    let mut orders = sample();
    assert_eq!(add_gifts(&mut orders, 0), 3);
    let gifts = &orders[sample().len()..];
    assert_eq!(
        summary(gifts),
        [("ann", 1, false), ("bob", 1, false), ("cyd", 1, false)]
    );
}

/// A customer with several orders gets one gift, not one per order.
#[test]
fn add_gifts_counts_each_customer_once() {
    let mut orders = vec![
        Order::new("ann", 1, false),
        Order::new("ann", 1, false),
        Order::new("ann", 1, false),
    ];
    assert_eq!(add_gifts(&mut orders, 2), 1);
    assert_eq!(orders.len(), 4);
}

/// Every function accepts an empty list.
#[test]
fn functions_work_on_an_empty_list() {
    let mut orders: Vec<Order> = Vec::new();
    assert_eq!(cancel_customer(&mut orders, "ann"), 0);
    assert!(take_ready(&mut orders).is_empty());
    split_large(&mut orders, 3);
    assert_eq!(add_gifts(&mut orders, 0), 0);
    assert!(orders.is_empty());
}
