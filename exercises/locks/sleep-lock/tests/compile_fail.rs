#![cfg(not(loom))]
//! Programs that share a lock or a guard unsoundly must be rejected by the
//! compiler. Each case in `tests/ui/fail/` has a twin in `tests/ui/pass/`
//! that uses the API rightly and must compile and run.

workbook_ui::cases! {
    /// A lock hands its value from thread to thread, so sharing it needs `T: Send`.
    lock_of_rc_is_not_sync,
    /// Sharing a guard shares `&T`, so a guard is `Sync` only when `T` is.
    guard_of_cell_is_not_sync,
}
