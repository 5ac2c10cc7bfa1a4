use parcel_states::Packing;

fn main() {
    let mut parcel = Packing::new();
    parcel.add("book");
    // Copy the list of items, not the parcel.
    let items = parcel.items().to_vec();
    let sealed = parcel.seal().unwrap();
    let in_transit = sealed.ship("TRK-1");
    assert_eq!(in_transit.tracking(), "TRK-1");
    assert_eq!(items, ["book"]);
}
