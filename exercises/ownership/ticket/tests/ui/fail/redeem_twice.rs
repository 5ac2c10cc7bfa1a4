//! Redeeming a ticket consumes it; using it again must be a compile error,
//! or one ticket could let two people in.
use ticket::BoxOffice;

fn main() {
    let mut office = BoxOffice::new("RustConf", 1);
    let ticket = office.sell().unwrap();
    let first = ticket.redeem();
    let second = ticket.redeem(); //~ ERROR E0382 use of moved value: `ticket`
    assert_eq!(first.ticket_id(), second.ticket_id());
}
