#![cfg(not(loom))]
//! What the compiler must refuse, so that nobody has to remember it: a
//! second handle on the input, and a line sent after the input is closed.
//! Each case in `tests/ui/fail/` has a twin in `tests/ui/pass/` that uses
//! the pipeline rightly and must compile and run.

workbook_ui::cases! {
    /// An `Input` cannot be copied: a spare handle would keep the stages waiting for ever.
    input_cannot_be_cloned,
    /// `close` consumes the `Input`: sending a line after closing does not compile.
    no_send_after_close,
}
