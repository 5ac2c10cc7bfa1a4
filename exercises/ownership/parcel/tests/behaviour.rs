#![cfg(not(loom))]
//! A parcel's journey from packing to unpacking, on one thread and across two.

use std::thread;

use parcel_states::Packing;

fn packed(items: &[&str]) -> Packing {
    let mut parcel = Packing::new();
    for item in items {
        parcel.add(item);
    }
    parcel
}

#[test]
fn packing_keeps_items_in_order() {
    let parcel = packed(&["book", "scarf", "tea"]);
    assert_eq!(parcel.items(), ["book", "scarf", "tea"]);
}

/// Sealing keeps every item; one item is enough to seal a parcel.
#[test]
fn sealing_keeps_the_items() {
    let one = packed(&["book"]).seal().expect("one item is enough");
    assert_eq!(one.item_count(), 1);
    let three = packed(&["book", "scarf", "tea"])
        .seal()
        .expect("three items");
    assert_eq!(three.item_count(), 3);
}

#[test]
fn an_empty_parcel_is_handed_back_unsealed() {
    let Err(mut parcel) = Packing::new().seal() else {
        panic!("an empty parcel was sealed");
    };
    parcel.add("gloves");
    let sealed = parcel.seal().expect("now it holds gloves");
    assert_eq!(sealed.item_count(), 1);
}

#[test]
fn unsealing_gives_back_the_same_items_to_add_to() {
    let sealed = packed(&["book"]).seal().unwrap();
    let mut parcel = sealed.unseal();
    assert_eq!(parcel.items(), ["book"]);
    parcel.add("card");
    assert_eq!(parcel.seal().unwrap().item_count(), 2);
}

/// Shipping records the tracking number, and delivery keeps it beside the signature.
#[test]
fn delivery_keeps_tracking_and_signature() {
    let in_transit = packed(&["book"]).seal().unwrap().ship("TRK-002");
    assert_eq!(in_transit.tracking(), "TRK-002");
    let delivered = in_transit.deliver("Grace");
    assert_eq!(delivered.tracking(), "TRK-002");
    assert_eq!(delivered.signed_by(), "Grace");
}

#[test]
fn unpacking_gives_the_items_packed() {
    let items = packed(&["book", "scarf", "tea"])
        .seal()
        .unwrap()
        .ship("TRK-003")
        .deliver("Ada")
        .unpack();
    assert_eq!(items, ["book", "scarf", "tea"]);
}

#[test]
fn the_items_travel_without_being_copied() {
    let parcel = packed(&["book", "scarf"]);
    let list_address = parcel.items().as_ptr();
    let item_addresses: Vec<*const u8> = parcel.items().iter().map(|i| i.as_ptr()).collect();
    let items = parcel
        .seal()
        .unwrap()
        .ship("TRK-004")
        .deliver("Ada")
        .unpack();
    assert_eq!(items.as_ptr(), list_address, "the list of items was copied");
    let after: Vec<*const u8> = items.iter().map(|i| i.as_ptr()).collect();
    assert_eq!(after, item_addresses, "the items were copied");
}

#[test]
fn a_courier_thread_can_deliver_a_parcel_it_was_handed() {
    let in_transit = packed(&["book"]).seal().unwrap().ship("TRK-005");
    let courier = thread::spawn(move || in_transit.deliver("Hedy"));
    let delivered = courier.join().unwrap();
    assert_eq!(delivered.signed_by(), "Hedy");
    assert_eq!(delivered.tracking(), "TRK-005");
    assert_eq!(delivered.unpack(), ["book"]);
}
