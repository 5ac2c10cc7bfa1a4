use parcel_states::Packing;

fn main() {
    let mut parcels = Vec::new();
    for tracking in ["TRK-1", "TRK-2"] {
        let mut parcel = Packing::new();
        parcel.add("book");
        parcels.push(parcel.seal().unwrap().ship(tracking));
    }
    assert_ne!(parcels[0].tracking(), parcels[1].tracking());
}
