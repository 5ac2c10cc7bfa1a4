#![cfg(not(loom))]
//! Programs that make a second producer, or move an end of a ring of `Rc`s
//! to another thread, must be rejected. Each case in `tests/ui/fail/` has a
//! twin in `tests/ui/pass/` that uses the API rightly.

workbook_ui::cases! {
    /// One producer: the index it writes has one writer, so the producer cannot be cloned.
    producer_cannot_be_cloned,
    /// Values move from the producer's thread to the consumer's, so the ends are `Send` only when `T` is.
    producer_of_rc_is_not_send,
}
