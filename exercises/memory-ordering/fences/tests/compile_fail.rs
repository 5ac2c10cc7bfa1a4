#![cfg(not(loom))]
//! Programs that share results that must not be shared must be rejected.
//! Each case in `tests/ui/fail/` has a twin in `tests/ui/pass/`.

workbook_ui::cases! {
    /// Every collector holds `&T` at once, so the results are `Sync` only when `T` is.
    results_of_cells_are_not_sync,
}
