//! Programs that move a buffer to another thread, or share one between
//! threads, when its values must not go there, must be rejected by the
//! compiler. Each case in `tests/ui/fail/` has a twin in `tests/ui/pass/`
//! that uses the API rightly and must compile and run; the twins also check
//! that the bounds are not stricter than they need to be.

workbook_ui::cases! {
    /// Moving a buffer moves its values: `Buffer<T>` is `Send` only when `T` is, and `Rc` is not.
    buffer_of_rc_is_not_send,
    /// A `MutexGuard` must be dropped on the thread that locked the mutex: a buffer of guards must not move, though it may be shared.
    buffer_of_guards_is_not_send,
    /// Sharing a buffer shares `&T`: `Buffer<T>` is `Sync` only when `T` is, and `Cell` is not.
    buffer_of_cells_is_not_sync,
}
