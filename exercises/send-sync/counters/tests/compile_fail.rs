#![cfg(not(loom))]
//! Programs that let two threads use one `LocalCounter`, by reference or in
//! a `static`, must be rejected by the compiler. Each case in
//! `tests/ui/fail/` has a twin in `tests/ui/pass/` that uses the API rightly
//! and must compile and run.

workbook_ui::cases! {
    /// A local counter counts without synchronisation, so it must not be `Sync`.
    local_counter_shared_by_two_threads,
    /// A `static` is shared by every thread, so a local counter cannot be one; a counter per thread is a `thread_local!`.
    local_counter_in_a_static,
}
