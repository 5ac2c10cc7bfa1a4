//! Only `seal` makes a sealed parcel, and it refuses an empty one. A
//! `Default` for `Sealed` would make an empty sealed parcel out of nothing.
use parcel_states::Sealed;

fn main() {
    let sealed = Sealed::default(); //~ ERROR E0599 no function or associated item named `default`
    let in_transit = sealed.ship("TRK-1");
    println!("{}", in_transit.tracking());
}
