//! Programs that misuse a ticket must be rejected by the compiler. Each case in
//! `tests/ui/fail/` has a twin in `tests/ui/pass/` that uses the API rightly and
//! must compile and run.

workbook_ui::cases! {
    /// `redeem` consumes the ticket, so a second call uses a moved value.
    redeem_twice,
    /// A ticket is not `Clone`: a clone would let two people in.
    clone_ticket,
    /// `event()` borrows the ticket, so it cannot be redeemed while the borrow lives.
    redeem_while_borrowed,
    /// A ticket is not `Default`: only a box office may make one.
    default_ticket,
}
