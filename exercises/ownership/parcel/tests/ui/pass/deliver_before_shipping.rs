use parcel_states::Packing;

fn main() {
    let mut parcel = Packing::new();
    parcel.add("book");
    let sealed = parcel.seal().unwrap();
    let delivered = sealed.ship("TRK-1").deliver("Ada");
    assert_eq!(delivered.signed_by(), "Ada");
}
