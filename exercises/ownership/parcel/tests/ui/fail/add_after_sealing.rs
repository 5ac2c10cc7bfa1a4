//! Sealing takes the open parcel by value. The name `parcel` no longer owns
//! anything afterwards, so putting another item in must not compile.
use parcel_states::Packing;

fn main() {
    let mut parcel = Packing::new();
    parcel.add("book");
    let sealed = parcel.seal().unwrap();
    parcel.add("scarf"); //~ ERROR E0382 borrow of moved value: `parcel`
    assert_eq!(sealed.item_count(), 2);
}
