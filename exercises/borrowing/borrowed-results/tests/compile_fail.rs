#![cfg(not(loom))]
//! A borrow returned by a function must not outlive what it borrows from, and
//! must not be tied to arguments it does not borrow from. Each case in
//! `tests/ui/fail/` has a twin in `tests/ui/pass/` that must compile and run.

workbook_ui::cases! {
    /// The word found by `first_with_prefix` lives in `words`, so it cannot outlive them; it may outlive `prefix`.
    prefix_result_outlives_the_words,
    /// `longest` returns a borrow of its argument, so that argument cannot be a temporary.
    longest_of_a_temporary,
    /// The key and value are slices of the line, so they cannot outlive it.
    key_value_outlives_the_line,
    /// `label_or` may return either argument, so its answer cannot outlive the fallback.
    label_outlives_the_fallback,
}
