#![cfg(not(loom))]
//! What the compiler must refuse. The case in `tests/ui/fail/` has a twin in
//! `tests/ui/pass/` that gives each task its own histogram and must compile
//! and run.

workbook_ui::cases! {
    /// Two tasks cannot record into one histogram at the same time.
    record_from_two_tasks,
}
