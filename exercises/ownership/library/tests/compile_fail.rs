#![cfg(not(loom))]
//! Programs that duplicate a loan, or keep using a book they gave away, must
//! be rejected by the compiler. Each case in `tests/ui/fail/` has a twin in
//! `tests/ui/pass/` that uses the API rightly and must compile and run.

workbook_ui::cases! {
    /// A loan is not `Copy`: giving it back moves it, so it cannot be given back twice.
    give_back_twice,
    /// A loan is not `Clone`: a clone would be a second loan of the same book.
    clone_a_loan,
    /// `add` takes the book by value; the caller keeps only what it cloned first.
    book_moved_into_library,
}
