//! # A ticket that can be redeemed once
//!
//! Book: book/src/ownership.md#apis-that-consume-self
//! Check: cargo xtask check ownership/ticket
//!
//! A box office sells a fixed number of tickets for one event. A ticket lets
//! one person in: redeeming it at the door gives a receipt, and the ticket is
//! gone. Make the type system enforce that. A second `redeem` of the same
//! ticket, a copy of a ticket, a ticket made anywhere but at the box office,
//! or redeeming a ticket while something still borrows it must not compile;
//! `cargo xtask check` tries each of these. The signatures below compile, but
//! not all of them are right yet: choosing them is part of the exercise.

/// Sells numbered tickets for one event until `capacity` are sold.
pub struct BoxOffice {
    // TODO: what does the box office need to remember?
}

impl BoxOffice {
    /// A box office for `event` that will sell at most `capacity` tickets.
    pub fn new(event: &str, capacity: u32) -> BoxOffice {
        todo!("remember the event and the capacity: {event} {capacity}")
    }

    /// Sells the next ticket, numbered 1, 2, 3, ...; `None` when sold out.
    pub fn sell(&mut self) -> Option<Ticket> {
        todo!()
    }

    /// How many tickets have been sold so far.
    pub fn sold(&self) -> u32 {
        todo!()
    }
}

/// One admission. There is exactly one of each: it cannot be copied, and
/// only a box office can make one.
pub struct Ticket {
    // TODO
}

impl Ticket {
    /// The ticket's number.
    pub fn id(&self) -> u32 {
        todo!()
    }

    /// The event the ticket is for, borrowed from the ticket.
    pub fn event(&self) -> &str {
        todo!()
    }

    /// Lets the holder in. Afterwards the ticket is used up: redeeming it
    /// again, or using it at all, must not compile.
    pub fn redeem(&self) -> Receipt {
        todo!()
    }
}

/// Proof that a ticket was redeemed.
pub struct Receipt {
    // TODO
}

impl Receipt {
    /// The number of the ticket that was redeemed.
    pub fn ticket_id(&self) -> u32 {
        todo!()
    }

    /// The event the ticket was for.
    pub fn event(&self) -> &str {
        todo!()
    }
}
