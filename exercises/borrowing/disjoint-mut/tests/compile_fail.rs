#![cfg(not(loom))]
//! Two mutable borrows of one slice may exist at once only when the borrow
//! checker can see that they do not overlap. Each case in `tests/ui/fail/`
//! has a twin in `tests/ui/pass/` that must compile and run.

workbook_ui::cases! {
    /// `pair_mut` borrows the whole slice mutably, so no other borrow of it may be alive.
    pair_while_an_element_is_borrowed,
    /// While the pair from `pair_mut` is in use, the vector cannot even be read.
    vector_read_while_the_pair_is_alive,
    /// Two `&mut` ranges of one slice are refused even when they do not overlap.
    two_mutable_ranges_of_one_slice,
}
