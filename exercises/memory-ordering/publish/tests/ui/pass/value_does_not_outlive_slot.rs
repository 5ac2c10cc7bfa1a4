use publish::Slot;

fn main() {
    let name: Option<String>;
    {
        let slot = Slot::new();
        slot.publish(String::from("Ada")).unwrap();
        // Take a copy of the value, which may outlive the slot.
        name = slot.get().cloned();
    }
    assert_eq!(name.as_deref(), Some("Ada"));
}
