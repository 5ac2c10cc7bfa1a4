//! # A download whose state is its type
//!
//! Book: book/src/patterns.md#states-as-types
//! Check: cargo xtask check patterns/download
//!
//! A download is *queued*, then *running* (bytes arrive), then *done*.
//! Instead of a state field checked at run time, make the state a type
//! parameter: `Download<Queued>`, `Download<Running>`, `Download<Done>`,
//! with the marker kept in a `PhantomData`, so that a method that makes no
//! sense in a state does not exist in it.
//!
//! What must work: `Download::new(url)` makes a queued download; `start`
//! turns it into a running one; `receive` adds bytes to a running one;
//! `finish` turns a running download into a done one, whose `total` is the
//! number of bytes received. `url` and `received` work in every state. A
//! download of any state can be sent to another thread.
//!
//! What must be impossible, each tested by a program that must not compile:
//!
//! - finishing a download that was never started, or receiving bytes into a
//!   queued one;
//! - making a download in any state but queued (`new` gives only
//!   `Download<Queued>`);
//! - starting one queued download twice: `start` uses it up.
//!
//! The starter puts every method in one `impl<S>` block, for every state.
//! Where each one belongs, and how it takes the download, is yours to decide.

use std::marker::PhantomData;

/// Waiting to start.
pub struct Queued;
/// Receiving bytes.
pub struct Running;
/// Finished.
pub struct Done;

/// A download in state `S`.
pub struct Download<S> {
    url: String,
    received: u64,
    state: PhantomData<S>,
}

impl<S> Download<S> {
    /// A new, queued download of `url`.
    pub fn new(url: &str) -> Self {
        todo!("queue {url}")
    }

    /// Starts the download.
    pub fn start(&self) -> Download<Running> {
        todo!()
    }

    /// Counts `bytes` more bytes received.
    pub fn receive(&mut self, bytes: u64) {
        todo!("receive {bytes} bytes")
    }

    /// Ends the download.
    pub fn finish(&self) -> Download<Done> {
        todo!()
    }

    /// How many bytes the finished download received.
    pub fn total(&self) -> u64 {
        todo!()
    }

    /// What is being downloaded.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Bytes received so far.
    pub fn received(&self) -> u64 {
        let _ = &self.state;
        self.received
    }
}
