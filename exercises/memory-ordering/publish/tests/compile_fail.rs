#![cfg(not(loom))]
//! Programs that share a slot unsoundly must be rejected by the compiler. Each
//! case in `tests/ui/fail/` has a twin in `tests/ui/pass/` that uses the API
//! rightly and must compile and run.

workbook_ui::cases! {
    /// `get` hands out `&T` to every thread, so `Slot<T>` is `Sync` only if `T` is.
    slot_of_cell_is_not_sync,
    /// One thread may publish a value that another thread drops, so `Slot<T>` is
    /// `Sync` only if `T` is `Send`.
    slot_of_mutex_guard_is_not_sync,
    /// A slot moved to another thread takes its value along, so `Slot<T>` is
    /// `Send` only if `T` is.
    slot_of_rc_is_not_send,
    /// The reference `get` returns borrows the slot and cannot outlive it.
    value_does_not_outlive_slot,
}
