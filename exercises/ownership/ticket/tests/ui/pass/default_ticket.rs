use ticket::{BoxOffice, Ticket};

fn main() {
    let mut office = BoxOffice::new("RustConf", 1);
    let ticket: Ticket = office.sell().unwrap();
    let id = ticket.id();
    let receipt = ticket.redeem();
    assert_eq!(receipt.ticket_id(), id);
}
