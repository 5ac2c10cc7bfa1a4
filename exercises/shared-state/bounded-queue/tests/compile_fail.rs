#![cfg(not(loom))]
//! Where a queue may go is the compiler's business. Each case in
//! `tests/ui/fail/` has a twin in `tests/ui/pass/` that uses the queue rightly
//! and must compile and run.

workbook_ui::cases! {
    /// A queue of `Rc`s must not be shared between threads; a queue of `Cell`s may be.
    queue_of_rc_is_not_sync,
    /// A queue of `Rc`s must not be moved to another thread.
    queue_of_rc_is_not_send,
}
