//! `titles` borrows the titles that live inside the playlist. `add` may move
//! every title to a bigger buffer, which would leave `titles` pointing at
//! freed memory, so the playlist cannot be changed while `titles` is still
//! used.
use borrow_playlist::Playlist;

fn main() {
    let mut list = Playlist::new(&["a", "b"]);
    let titles = list.tracks();
    list.add("c"); //~ ERROR E0502 cannot borrow `list` as mutable because it is also borrowed as immutable
    assert_eq!(titles[0], "a");
}
