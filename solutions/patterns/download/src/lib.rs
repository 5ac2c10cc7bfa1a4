//! # A download whose state is its type
//!
//! Book: book/src/patterns.md#states-as-types
//! Check: cargo xtask check patterns/download
//!
//! Reference solution.

use std::marker::PhantomData;

/// Waiting to start.
pub struct Queued;
/// Receiving bytes.
pub struct Running;
/// Finished.
pub struct Done;

/// A download in state `S`. The state is only a type: `PhantomData<S>` takes
/// no space, and `Download<S>` is `Send` and `Sync` because the markers are.
pub struct Download<S> {
    url: String,
    received: u64,
    state: PhantomData<S>,
}

impl Download<Queued> {
    /// A new, queued download of `url`.
    pub fn new(url: &str) -> Self {
        Download {
            url: url.to_owned(),
            received: 0,
            state: PhantomData,
        }
    }

    /// Starts the download. Takes `self`: the queued download is used up.
    pub fn start(self) -> Download<Running> {
        Download {
            url: self.url,
            received: self.received,
            state: PhantomData,
        }
    }
}

impl Download<Running> {
    /// Counts `bytes` more bytes received.
    pub fn receive(&mut self, bytes: u64) {
        self.received += bytes;
    }

    /// Ends the download.
    pub fn finish(self) -> Download<Done> {
        Download {
            url: self.url,
            received: self.received,
            state: PhantomData,
        }
    }
}

impl Download<Done> {
    /// How many bytes the finished download received.
    pub fn total(&self) -> u64 {
        self.received
    }
}

impl<S> Download<S> {
    /// What is being downloaded.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Bytes received so far.
    pub fn received(&self) -> u64 {
        self.received
    }
}
