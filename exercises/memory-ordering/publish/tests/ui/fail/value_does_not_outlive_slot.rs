//! `get` returns a reference into the slot. When the slot is dropped, so is
//! its value, and the reference would dangle: it must not outlive the slot.
use publish::Slot;

fn main() {
    let name: Option<&String>;
    {
        let slot = Slot::new();
        slot.publish(String::from("Ada")).unwrap();
        name = slot.get(); //~ ERROR E0597 `slot` does not live long enough
    }
    println!("{name:?}");
}
