//! # A playlist that cannot be appended to itself
//!
//! Book: book/src/borrowing.md#when-a-function-borrows-twice
//! Check: cargo xtask check borrowing/playlist
//!
//! A playlist is a list of track titles. One playlist can copy the tracks of
//! another onto its end (`append_from`) or take them away from it
//! (`move_from`). Both methods change `self` while they hold a borrow of the
//! other playlist, so the borrow checker refuses any call in which the two are
//! the same playlist: `list.append_from(&list)` must not compile, and
//! `cargo xtask check` makes sure it does not. Doubling a playlist is still a
//! reasonable thing to want, so `repeat` does it as one operation on `self`.

/// An ordered list of track titles.
#[derive(Debug, Clone, Default)]
pub struct Playlist {
    // TODO: what does a playlist need to remember?
}

impl Playlist {
    /// A playlist holding `tracks`, in that order.
    pub fn new(tracks: &[&str]) -> Playlist {
        todo!("keep {tracks:?}")
    }

    /// The tracks, in order.
    pub fn tracks(&self) -> &[String] {
        todo!()
    }

    /// Adds one track at the end.
    pub fn add(&mut self, title: &str) {
        todo!("add {title}")
    }

    /// Copies every track of `other`, in order, onto the end of this playlist.
    /// `other` is left as it was.
    pub fn append_from(&mut self, other: &Playlist) {
        let _ = other;
        todo!()
    }

    /// Moves every track of `other`, in order, onto the end of this playlist,
    /// leaving `other` empty. No title needs to be copied.
    pub fn move_from(&mut self, other: &mut Playlist) {
        let _ = other;
        todo!()
    }

    /// Makes the playlist `times` copies of itself, one after another:
    /// `[a, b]` repeated 3 times is `[a, b, a, b, a, b]`. Repeating 0 times
    /// empties it; repeating once changes nothing.
    pub fn repeat(&mut self, times: usize) {
        todo!("repeat {times} times")
    }
}
