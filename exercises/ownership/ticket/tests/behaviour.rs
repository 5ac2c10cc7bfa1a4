//! What a box office, a ticket and a receipt do at run time.

use ticket::BoxOffice;

#[test]
fn tickets_are_numbered_from_one() {
    let mut office = BoxOffice::new("RustConf", 3);
    let ids: Vec<u32> = (0..3).map(|_| office.sell().unwrap().id()).collect();
    assert_eq!(ids, [1, 2, 3]);
}

#[test]
fn sells_no_more_than_capacity() {
    let mut office = BoxOffice::new("RustConf", 2);
    assert!(office.sell().is_some());
    assert!(office.sell().is_some());
    assert!(
        office.sell().is_none(),
        "a third ticket was sold for a capacity of 2"
    );
    assert!(office.sell().is_none());
    assert_eq!(office.sold(), 2);
}

#[test]
fn zero_capacity_sells_nothing() {
    let mut office = BoxOffice::new("Empty hall", 0);
    assert!(office.sell().is_none());
    assert_eq!(office.sold(), 0);
}

#[test]
fn ticket_names_its_event() {
    let mut office = BoxOffice::new("Concurrency meetup", 1);
    let ticket = office.sell().unwrap();
    assert_eq!(ticket.event(), "Concurrency meetup");
}

#[test]
fn receipt_carries_the_ticket_id_and_event() {
    let mut office = BoxOffice::new("Opera", 5);
    let _first = office.sell().unwrap();
    let second = office.sell().unwrap();
    let receipt = second.redeem();
    assert_eq!(receipt.ticket_id(), 2);
    assert_eq!(receipt.event(), "Opera");
}

#[test]
fn office_outlives_the_event_name_it_was_given() {
    let mut office = {
        let name = String::from("Temporary");
        BoxOffice::new(&name, 1)
    };
    assert_eq!(office.sell().unwrap().event(), "Temporary");
}
