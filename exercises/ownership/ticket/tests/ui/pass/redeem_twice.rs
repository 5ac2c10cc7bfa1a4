use ticket::BoxOffice;

fn main() {
    let mut office = BoxOffice::new("RustConf", 2);
    let ticket = office.sell().unwrap();
    let other = office.sell().unwrap();
    let first = ticket.redeem();
    let second = other.redeem();
    assert_ne!(first.ticket_id(), second.ticket_id());
}
