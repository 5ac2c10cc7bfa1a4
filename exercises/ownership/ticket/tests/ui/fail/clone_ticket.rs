//! A clone of a ticket would be a second admission for the same seat, so
//! `Ticket` must not implement `Clone`.
use ticket::BoxOffice;

fn main() {
    let mut office = BoxOffice::new("RustConf", 1);
    let ticket = office.sell().unwrap();
    let copy = ticket.clone(); //~ ERROR E0599 no method named `clone`
    ticket.redeem();
    copy.redeem();
}
