#![cfg(not(loom))]
//! Programs that send twice, or move an end of a channel of `Rc`s to another
//! thread, must be rejected by the compiler. Each case in `tests/ui/fail/` has
//! a twin in `tests/ui/pass/` that uses the API rightly and must compile and
//! run.

workbook_ui::cases! {
    /// `send` consumes the sender: a second send is a use of a moved value.
    send_twice,
    /// Sending moves the value to the receiver's thread, so a sender is `Send` only when `T` is.
    sender_of_rc_is_not_send,
    /// The receiver takes the value on its own thread, so it is `Send` only when `T` is.
    receiver_of_rc_is_not_send,
}
