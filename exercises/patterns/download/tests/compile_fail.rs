#![cfg(not(loom))]
//! What the compiler must refuse. Each case in `tests/ui/fail/` has a twin in
//! `tests/ui/pass/` that follows the protocol and must compile and run.

workbook_ui::cases! {
    /// A queued download has no `finish`: it must be started first.
    finish_before_start,
    /// A queued download has no `receive`: bytes arrive only while it runs.
    receive_while_queued,
    /// `new` makes queued downloads only, not done ones.
    new_download_is_queued,
    /// `start` uses the queued download up, so it cannot be started twice.
    start_twice,
}
