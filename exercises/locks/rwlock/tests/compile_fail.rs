#![cfg(not(loom))]
//! Programs that share a lock of a type that must not be shared, or must not
//! move, between threads must be rejected by the compiler. Each case in
//! `tests/ui/fail/` has a twin in `tests/ui/pass/` that uses the API rightly.

workbook_ui::cases! {
    /// Readers on two threads share `&T`, so the lock is `Sync` only when `T` is.
    rwlock_of_cell_is_not_sync,
    /// A writer may replace the value and drop the old one on its own thread, so the lock is `Sync` only when `T: Send`.
    rwlock_of_mutex_guard_is_not_sync,
}
