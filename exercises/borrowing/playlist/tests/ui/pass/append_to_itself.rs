use borrow_playlist::Playlist;

fn main() {
    // Doubling a playlist is fine when one method does it on `self`...
    let mut list = Playlist::new(&["a", "b"]);
    list.repeat(2);
    assert_eq!(list.tracks().len(), 4);
    // ...or when the source is a separate copy.
    let copy = list.clone();
    list.append_from(&copy);
    assert_eq!(list.tracks().len(), 8);
}
