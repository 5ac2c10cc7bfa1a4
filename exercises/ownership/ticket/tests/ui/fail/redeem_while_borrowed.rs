//! `event()` hands out a borrow of the ticket. While that borrow is in use the
//! ticket cannot be moved into `redeem`, or the borrow would dangle.
use ticket::BoxOffice;

fn main() {
    let mut office = BoxOffice::new("RustConf", 1);
    let ticket = office.sell().unwrap();
    let event = ticket.event();
    let receipt = ticket.redeem(); //~ ERROR E0505 cannot move out of `ticket` because it is borrowed
    println!("{event} {}", receipt.ticket_id());
}
