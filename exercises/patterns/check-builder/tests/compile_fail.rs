#![cfg(not(loom))]
//! What the compiler must refuse. Each case in `tests/ui/fail/` has a twin in
//! `tests/ui/pass/` that sets the check up rightly and must compile and run.

workbook_ui::cases! {
    /// A check without a start URL has no `run`.
    run_without_start,
    /// A check that has a start URL has no `start`.
    start_twice,
}
