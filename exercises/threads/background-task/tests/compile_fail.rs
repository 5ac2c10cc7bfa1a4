#![cfg(not(loom))]
//! Programs that hand a task borrowed data, a result that cannot move
//! between threads, or wait twice for one result, must be rejected by the
//! compiler. Each case in `tests/ui/fail/` has a twin in `tests/ui/pass/`
//! that uses the API rightly and must compile and run.

workbook_ui::cases! {
    /// A task may outlive its caller, so its closure may not borrow the caller's locals.
    task_borrows_a_local,
    /// `move` does not help when what is moved is itself a borrow of a local.
    task_keeps_a_borrow_after_move,
    /// A task's result moves to the waiting thread, so it must be `Send` (but need not be `Sync`).
    rc_result_is_not_send,
    /// The step given to `then` runs on another thread later, so it may not borrow locals either.
    then_borrows_a_local,
    /// `wait` consumes the task: a result is collected once.
    wait_twice,
}
