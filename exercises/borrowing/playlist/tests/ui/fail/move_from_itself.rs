//! `move_from` takes two mutable borrows, one to grow and one to empty. A
//! `&mut` promises that nothing else can reach the value while it lives, so
//! one playlist cannot be lent out as both.
use borrow_playlist::Playlist;

fn main() {
    let mut list = Playlist::new(&["a", "b"]);
    list.move_from(&mut list); //~ ERROR E0499 cannot borrow `list` as mutable more than once at a time
    assert_eq!(list.tracks().len(), 2);
}
