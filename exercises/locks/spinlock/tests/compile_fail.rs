#![cfg(not(loom))]
//! Programs that share or send a lock or a guard unsoundly, or keep a guard
//! longer than its lock, must be rejected by the compiler. Each case in
//! `tests/ui/fail/` has a twin in `tests/ui/pass/` that uses the API rightly and
//! must compile and run.

workbook_ui::cases! {
    /// A lock hands its value from thread to thread, so sharing it needs `T: Send`.
    lock_of_rc_is_not_sync,
    /// Moving a lock to another thread moves its value, so a lock is `Send` only when `T` is.
    lock_of_rc_is_not_send,
    /// A guard borrows its lock and cannot be used after the lock is gone.
    guard_outlives_lock,
    /// Sharing a guard shares `&T`, so a guard is `Sync` only when `T` is.
    guard_of_cell_is_not_sync,
}
