use ticket::BoxOffice;

fn main() {
    let mut office = BoxOffice::new("RustConf", 1);
    let ticket = office.sell().unwrap();
    let event = ticket.event().to_owned();
    let receipt = ticket.redeem();
    assert_eq!(event, receipt.event());
}
