#![cfg(not(loom))]
//! Programs that use a builder after building, drop a builder step on the
//! floor, or run a job twice must be rejected by the compiler. Each case in
//! `tests/ui/fail/` has a twin in `tests/ui/pass/` that uses the API rightly
//! and must compile and run.

workbook_ui::cases! {
    /// `build` consumes the builder, so it cannot build a second job.
    build_twice,
    /// A setting method takes the builder by value; ignoring what it returns loses the builder.
    builder_step_discarded,
    /// `spawn` consumes the job, so the same job cannot run twice.
    spawn_twice,
}
