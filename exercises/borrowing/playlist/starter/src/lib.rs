//! # A playlist that cannot be appended to itself
//!
//! Book: book/src/borrowing.md#when-a-function-borrows-twice
//! Check: cargo xtask check borrowing/playlist
//!
//! A playlist is a list of track titles. One playlist can copy the tracks of
//! another onto its end (`append_from`) or take them away from it
//! (`move_from`), and `repeat` doubles (or triples, ...) a playlist as one
//! operation on itself.
//!
//! The signatures below compile, but every method borrows the playlist
//! shared, and `tracks` hands out a copy. Choose the receivers, the
//! parameter types and the return type so that the borrow checker refuses
//! what would change a playlist while something still reads it:
//!
//! - `list.append_from(&list)`: appending a playlist to itself;
//! - `move_from` with a playlist the caller may only read: emptying it needs
//!   the caller's exclusive borrow;
//! - `add` while a borrow of the titles from `tracks` is still in use.
//!
//! `tracks` lends the titles out, copying none of them. `cargo xtask check`
//! tries the programs that must be refused, and their twins that must be
//! accepted.

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
    pub fn tracks(&self) -> Vec<String> {
        todo!()
    }

    /// Adds one track at the end.
    pub fn add(&self, title: &str) {
        todo!("add {title}")
    }

    /// Copies every track of `other`, in order, onto the end of this playlist.
    /// `other` is left as it was.
    pub fn append_from(&self, other: &Playlist) {
        let _ = other;
        todo!()
    }

    /// Moves every track of `other`, in order, onto the end of this playlist,
    /// leaving `other` empty. No title needs to be copied.
    pub fn move_from(&self, other: &Playlist) {
        let _ = other;
        todo!()
    }

    /// Makes the playlist `times` copies of itself, one after another:
    /// `[a, b]` repeated 3 times is `[a, b, a, b, a, b]`. Repeating 0 times
    /// empties it; repeating once changes nothing.
    pub fn repeat(&self, times: usize) {
        todo!("repeat {times} times")
    }
}
