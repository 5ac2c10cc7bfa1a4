//! Shipping moves the sealed parcel into the carrier's hands. Shipping it
//! again would put one parcel on two trucks.
use parcel_states::Packing;

fn main() {
    let mut parcel = Packing::new();
    parcel.add("book");
    let sealed = parcel.seal().unwrap();
    let first = sealed.ship("TRK-1");
    let second = sealed.ship("TRK-2"); //~ ERROR E0382 use of moved value: `sealed`
    assert_ne!(first.tracking(), second.tracking());
}
