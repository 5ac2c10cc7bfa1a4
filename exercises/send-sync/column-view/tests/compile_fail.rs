//! Programs that move a column view to another thread, or share one, when
//! its values must not be used from two threads must be rejected by the
//! compiler. Each case in `tests/ui/fail/` has a twin in `tests/ui/pass/`
//! that uses the API rightly and must compile and run; the twins also check
//! that the bounds are not stricter than they need to be.

workbook_ui::cases! {
    /// A column hands out `&T`s while the matrix's thread keeps its own: moving a column needs `T: Sync`, and `Cell` is not.
    column_of_cells_is_not_send,
    /// Sharing a column shares its `&T`s: `Column` is `Sync` only when `T` is.
    column_of_cells_is_not_sync,
}
