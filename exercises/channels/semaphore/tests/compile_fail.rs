#![cfg(not(loom))]
//! What the compiler must refuse. The case in `tests/ui/fail/` has a twin in
//! `tests/ui/pass/` that uses the semaphore rightly and must compile and run.

workbook_ui::cases! {
    /// A permit cannot be copied: two drops would give one slot back twice.
    permit_cannot_be_cloned,
}
