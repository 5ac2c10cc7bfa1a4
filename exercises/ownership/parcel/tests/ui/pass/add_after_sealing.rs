use parcel_states::Packing;

fn main() {
    let mut parcel = Packing::new();
    parcel.add("book");
    let sealed = parcel.seal().unwrap();
    // To add something, open the parcel again: that is a step of its own.
    let mut parcel = sealed.unseal();
    parcel.add("scarf");
    let sealed = parcel.seal().unwrap();
    assert_eq!(sealed.item_count(), 2);
}
