//! A copy of a sealed parcel would be a second parcel with the same items,
//! which could then be shipped as well. `Sealed` must not implement `Clone`.
use parcel_states::Packing;

fn main() {
    let mut parcel = Packing::new();
    parcel.add("book");
    let sealed = parcel.seal().unwrap();
    let copy = sealed.clone(); //~ ERROR E0599 no method named `clone`
    let first = sealed.ship("TRK-1");
    let second = copy.ship("TRK-2");
    println!("{} {}", first.tracking(), second.tracking());
}
