//! `move_from` empties `other`. The caller here holds only a shared borrow
//! of `other`, `reader`, which promises that `other` does not change while
//! it is in use; so `move_from` must demand an exclusive borrow instead.
use borrow_playlist::Playlist;

fn main() {
    let mut list = Playlist::new(&["a"]);
    let other = Playlist::new(&["b", "c"]);
    let reader = &other;
    list.move_from(reader); //~ ERROR E0308 mismatched types
    assert_eq!(reader.tracks().len(), 2);
    assert_eq!(list.tracks().len(), 3);
}
