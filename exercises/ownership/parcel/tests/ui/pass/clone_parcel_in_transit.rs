use parcel_states::Packing;

fn main() {
    let mut parcel = Packing::new();
    parcel.add("book");
    let in_transit = parcel.seal().unwrap().ship("TRK-1");
    let tracking = in_transit.tracking().to_owned();
    let delivered = in_transit.deliver("Ada");
    assert_eq!(delivered.tracking(), tracking);
    assert_eq!(delivered.signed_by(), "Ada");
}
