//! `first` borrows a title that lives inside the playlist. `add` may move
//! every title to a bigger buffer, which would leave `first` pointing at freed
//! memory, so the playlist cannot be changed while `first` is still used.
use borrow_playlist::Playlist;

fn main() {
    let mut list = Playlist::new(&["a", "b"]);
    let first = &list.tracks()[0];
    list.add("c"); //~ ERROR E0502 cannot borrow `list` as mutable because it is also borrowed as immutable
    assert_eq!(first, "a");
}
