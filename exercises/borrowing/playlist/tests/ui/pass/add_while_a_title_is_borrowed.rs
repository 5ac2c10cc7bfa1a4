use borrow_playlist::Playlist;

fn main() {
    let mut list = Playlist::new(&["a", "b"]);
    // An owned copy of the title does not borrow the playlist.
    let first = list.tracks()[0].clone();
    list.add("c");
    assert_eq!(first, "a");
    assert_eq!(list.tracks().len(), 3);
}
