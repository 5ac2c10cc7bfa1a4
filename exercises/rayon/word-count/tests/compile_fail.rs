#![cfg(not(loom))]
//! What the compiler must refuse. Each case in `tests/ui/fail/` has a twin in
//! `tests/ui/pass/` that uses `for_each_word` rightly and must compile and run.

workbook_ui::cases! {
    /// `f` runs on several threads at once, so it may not add to a captured total.
    total_in_for_each,
    /// `f` runs on several threads at once, so it may not push to a captured `Vec`.
    push_in_for_each,
}
