//! `append_from` reads `other` while it pushes onto `self`. Pushing may move
//! the tracks to a bigger buffer, so if `other` were the same playlist, the
//! method would go on reading memory that had just been freed. The call needs
//! a `&mut list` and a `&list` at the same time, which the borrow checker
//! refuses.
use borrow_playlist::Playlist;

fn main() {
    let mut list = Playlist::new(&["a", "b"]);
    list.append_from(&list); //~ ERROR E0502 cannot borrow `list` as mutable because it is also borrowed as immutable
    assert_eq!(list.tracks().len(), 4);
}
