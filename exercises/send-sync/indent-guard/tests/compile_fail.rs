//! Programs that drop a guard on a thread other than the one it indented
//! must be rejected by the compiler. Each case in `tests/ui/fail/` has a twin
//! in `tests/ui/pass/` that uses the API rightly and must compile and run.

workbook_ui::cases! {
    /// A guard moved to another thread would be dropped there: `Indent` must not be `Send` (though it may be `Sync`).
    guard_moved_to_another_thread,
    /// A guard returned from a thread would be dropped by the thread that joins: `Indent` must not be `Send`.
    guard_returned_from_a_thread,
}
