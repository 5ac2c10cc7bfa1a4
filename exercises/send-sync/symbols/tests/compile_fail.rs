//! Programs that move a symbol to another thread, or share one with it,
//! must be rejected by the compiler: a symbol means something only on the
//! thread that made it. Each case in `tests/ui/fail/` has a twin in
//! `tests/ui/pass/` that uses the API rightly and must compile and run.

workbook_ui::cases! {
    /// On another thread a symbol's number names another string, or none: `Symbol` must not be `Send`.
    symbol_moved_to_another_thread,
    /// A shared reference lets another thread call `text` just the same: `Symbol` must not be `Sync`.
    symbol_shared_with_another_thread,
}
