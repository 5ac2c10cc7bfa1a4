//! # A ticket that can be redeemed once
//!
//! Book: book/src/ownership.md#apis-that-consume-self
//! Check: cargo xtask check ownership/ticket
//!
//! Reference solution.

/// Sells numbered tickets for one event until `capacity` are sold.
pub struct BoxOffice {
    event: String,
    capacity: u32,
    sold: u32,
}

impl BoxOffice {
    /// A box office for `event` that will sell at most `capacity` tickets.
    pub fn new(event: &str, capacity: u32) -> BoxOffice {
        BoxOffice {
            event: event.to_owned(),
            capacity,
            sold: 0,
        }
    }

    /// Sells the next ticket, numbered 1, 2, 3, ...; `None` when sold out.
    pub fn sell(&mut self) -> Option<Ticket> {
        if self.sold == self.capacity {
            return None;
        }
        self.sold += 1;
        Some(Ticket {
            id: self.sold,
            event: self.event.clone(),
        })
    }

    /// How many tickets have been sold so far.
    pub fn sold(&self) -> u32 {
        self.sold
    }
}

/// One admission. Not `Clone`, not `Copy`: there is exactly one of each.
pub struct Ticket {
    id: u32,
    event: String,
}

impl Ticket {
    /// The ticket's number.
    pub fn id(&self) -> u32 {
        self.id
    }

    /// The event the ticket is for, borrowed from the ticket.
    pub fn event(&self) -> &str {
        &self.event
    }

    /// Lets the holder in. Consumes the ticket: it cannot be used again.
    pub fn redeem(self) -> Receipt {
        Receipt {
            ticket_id: self.id,
            event: self.event,
        }
    }
}

/// Proof that a ticket was redeemed.
pub struct Receipt {
    ticket_id: u32,
    event: String,
}

impl Receipt {
    /// The number of the ticket that was redeemed.
    pub fn ticket_id(&self) -> u32 {
        self.ticket_id
    }

    /// The event the ticket was for.
    pub fn event(&self) -> &str {
        &self.event
    }
}
