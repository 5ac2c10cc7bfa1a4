//! Handlers that could not stand being run on another thread, or on two
//! threads at once, must be refused when they subscribe. Each case in
//! `tests/ui/fail/` has a twin in `tests/ui/pass/` that uses the API rightly
//! and must compile and run.

workbook_ui::cases! {
    /// A handler runs on whichever thread publishes, so it must be `Send`: one that holds an `Rc` is refused.
    handler_holding_an_rc,
    /// Two threads that publish at once run one handler at the same time, so it must be `Sync`: one that owns a `Cell` is refused.
    handler_holding_a_cell,
}
