use borrow_playlist::Playlist;

fn main() {
    let mut list = Playlist::new(&["a"]);
    // Only the owner of `other` can lend it out to be emptied.
    let mut other = Playlist::new(&["b", "c"]);
    list.move_from(&mut other);
    assert_eq!(list.tracks().len(), 3);
    assert!(other.tracks().is_empty());
}
