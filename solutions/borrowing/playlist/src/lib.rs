//! # A playlist that cannot be appended to itself
//!
//! Book: book/src/borrowing.md#when-a-function-borrows-twice
//! Check: cargo xtask check borrowing/playlist
//!
//! Reference solution.

/// An ordered list of track titles.
#[derive(Debug, Clone, Default)]
pub struct Playlist {
    tracks: Vec<String>,
}

impl Playlist {
    /// A playlist holding `tracks`, in that order.
    pub fn new(tracks: &[&str]) -> Playlist {
        Playlist {
            tracks: tracks.iter().map(|&t| t.to_owned()).collect(),
        }
    }

    /// The tracks, in order.
    pub fn tracks(&self) -> &[String] {
        &self.tracks
    }

    /// Adds one track at the end.
    pub fn add(&mut self, title: &str) {
        self.tracks.push(title.to_owned());
    }

    /// Copies every track of `other`, in order, onto the end of this playlist.
    /// `other` is left as it was.
    pub fn append_from(&mut self, other: &Playlist) {
        // `self` and `other` cannot be the same playlist: the caller would
        // need a `&mut` and a `&` to it at once. So `other.tracks` stays put
        // while `self.tracks` grows, even if growing moves its buffer.
        self.tracks.extend_from_slice(&other.tracks);
    }

    /// Moves every track of `other`, in order, onto the end of this playlist,
    /// leaving `other` empty. No title needs to be copied.
    pub fn move_from(&mut self, other: &mut Playlist) {
        // `append` moves the `String`s themselves; their text is not copied.
        self.tracks.append(&mut other.tracks);
    }

    /// Makes the playlist `times` copies of itself, one after another:
    /// `[a, b]` repeated 3 times is `[a, b, a, b, a, b]`. Repeating 0 times
    /// empties it; repeating once changes nothing.
    pub fn repeat(&mut self, times: usize) {
        if times == 0 {
            self.tracks.clear();
            return;
        }
        let original = self.tracks.len();
        self.tracks.reserve(original * (times - 1));
        for _ in 1..times {
            // One method on one vector: it makes room first and copies
            // afterwards, so no borrow from outside watches the buffer move.
            self.tracks.extend_from_within(..original);
        }
    }
}
