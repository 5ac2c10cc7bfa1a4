#![cfg(not(loom))]
//! A program that duplicates a loan must be rejected by the compiler. Each
//! case in `tests/ui/fail/` has a twin in `tests/ui/pass/` that uses the API
//! rightly and must compile and run.

workbook_ui::cases! {
    /// A loan is not `Clone`: a clone would be a second loan of the same book.
    clone_a_loan,
}
