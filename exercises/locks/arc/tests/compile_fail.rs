#![cfg(not(loom))]
//! Programs that move or share an `Arc` of a type that must not cross
//! threads must be rejected by the compiler. Each case in `tests/ui/fail/` has
//! a twin in `tests/ui/pass/` that uses the API rightly and must compile and
//! run.

workbook_ui::cases! {
    /// A handle on another thread shares `&T`, so `Arc<T>` is `Send` only when `T: Sync`.
    arc_of_cell_is_not_send,
    /// The last handle drops the value on its own thread, so `Arc<T>` is `Send` only when `T: Send`.
    arc_of_mutex_guard_is_not_send,
    /// Sharing a handle lets another thread clone it, so `Arc<T>` is `Sync` only when `T: Send`.
    arc_of_mutex_guard_is_not_sync,
}
