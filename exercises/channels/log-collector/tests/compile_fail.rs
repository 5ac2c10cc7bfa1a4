#![cfg(not(loom))]
//! What the compiler must refuse. The case in `tests/ui/fail/` has a twin in
//! `tests/ui/pass/` that uses the collector rightly and must compile and run.

workbook_ui::cases! {
    /// The collector is the channel's one consumer: it may move to another thread, but not be shared by reference between threads.
    collector_is_not_shared,
}
