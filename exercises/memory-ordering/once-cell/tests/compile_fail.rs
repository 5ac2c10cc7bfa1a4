#![cfg(not(loom))]
//! Programs that share a cell whose value must not be shared, or must not
//! move, must be rejected. Each case in `tests/ui/fail/` has a twin in
//! `tests/ui/pass/` that uses the API rightly.

workbook_ui::cases! {
    /// Every thread that gets the value holds `&T` at the same time, so the cell is `Sync` only when `T` is.
    cell_of_cell_is_not_sync,
    /// The value is made on one thread and may be dropped on another, so the cell is `Sync` only when `T: Send`.
    cell_of_mutex_guard_is_not_sync,
}
