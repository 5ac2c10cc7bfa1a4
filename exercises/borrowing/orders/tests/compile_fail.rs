#![cfg(not(loom))]
//! A list of orders cannot be changed while something still borrows it: a
//! loop over it, or a reference to one of its orders. Each case in
//! `tests/ui/fail/` has a twin in `tests/ui/pass/` that does the same job the
//! way the borrow checker accepts, and must compile and run.

workbook_ui::cases! {
    /// A reference into the list would dangle once the order it points at is removed.
    cancel_while_holding_an_order,
    /// A loop over the list borrows it, so the loop body cannot take orders out of it.
    take_ready_inside_a_loop_over_the_orders,
}
