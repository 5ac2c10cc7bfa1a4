//! A sealed parcel has not been shipped, so it cannot be delivered. Only
//! `InTransit` may have a `deliver` method.
use parcel_states::Packing;

fn main() {
    let mut parcel = Packing::new();
    parcel.add("book");
    let sealed = parcel.seal().unwrap();
    let delivered = sealed.deliver("Ada"); //~ ERROR E0599 no method named `deliver`
    println!("{delivered:?}");
}
