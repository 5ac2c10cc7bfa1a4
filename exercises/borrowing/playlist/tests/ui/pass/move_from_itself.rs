use borrow_playlist::Playlist;

fn main() {
    let mut list = Playlist::new(&["a", "b"]);
    let mut other = Playlist::new(&["c"]);
    list.move_from(&mut other);
    assert_eq!(list.tracks().len(), 3);
    assert!(other.tracks().is_empty());
}
