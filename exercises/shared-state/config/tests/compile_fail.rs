//! Where a configuration may go is the compiler's business. The case in
//! `tests/ui/fail/` has a twin in `tests/ui/pass/` that uses the
//! configuration rightly and must compile and run.

workbook_ui::cases! {
    /// A configuration of `Cell`s must not be shared between threads; one of atomics may be.
    config_of_cell_is_not_sync,
}
