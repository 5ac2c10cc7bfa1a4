use parcel_states::{Packing, Sealed};

fn main() {
    let empty = Packing::default();
    let Err(mut parcel) = empty.seal() else {
        panic!("an empty parcel was sealed");
    };
    parcel.add("book");
    let sealed: Sealed = parcel.seal().unwrap();
    assert_eq!(sealed.item_count(), 1);
}
