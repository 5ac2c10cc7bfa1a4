//! A copy of a parcel in transit could be delivered as well as the original:
//! one parcel, two signatures. `InTransit` must not implement `Clone`.
use parcel_states::Packing;

fn main() {
    let mut parcel = Packing::new();
    parcel.add("book");
    let in_transit = parcel.seal().unwrap().ship("TRK-1");
    let copy = in_transit.clone(); //~ ERROR E0599 no method named `clone`
    let first = in_transit.deliver("Ada");
    let second = copy.deliver("Grace");
    println!("{} {}", first.signed_by(), second.signed_by());
}
