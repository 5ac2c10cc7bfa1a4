//! # Capstone, stage 3: the link checker
//!
//! Book: book/src/patterns.md#stage-3-the-link-checker
//! Check: cargo xtask check patterns/link-checker
//!
//! Starting from one URL, fetch the page, find its links, fetch those, and
//! so on, until every page reachable from the start has been fetched; report
//! the pages found and the links that lead nowhere. Pages come from a
//! [`Fetcher`], which the tests implement with a small in-memory web.
//!
//! A link is the text between `href="` and the next `"`, wherever it occurs
//! in a page; links are absolute (`https://host/path`), and a `#fragment`
//! names a place in a page, not another page (drop it). Find the links of a
//! page with rayon (`par_lines` or `par_split`), since pages can be long.
//!
//! What must work:
//!
//! - the report is the same in every run, whatever the timing: every page
//!   reachable from `start` is in `pages` or `broken`;
//! - every page is fetched at most once (stage 1: a visited set whose
//!   `insert` says whether the URL is new);
//! - at most `limits.workers` fetches are under way at once, and at most
//!   `limits.per_host` to any one host;
//! - the check ends when the work runs out: nothing queued *and* nothing in
//!   flight (stage 2), not merely when the queue is empty;
//! - [`Cancel::cancel`] stops the check: no fetch starts after it, the
//!   fetches under way finish, `check` returns promptly with what it found
//!   so far and `cancelled: true`;
//! - every thread `check` starts has ended when it returns (the fetcher is
//!   borrowed, so scoped threads are the natural choice).
//!
//! Your solutions to stages 1 and 2 are good starting points: copy them in
//! as private modules, or write the same ideas into one shared state behind
//! one `Mutex` with one `Condvar`.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};

/// Where pages come from. The tests implement it with an in-memory web.
pub trait Fetcher: Sync {
    /// The text of the page at `url` (never with a `#fragment`), or `None`
    /// if there is no such page: a broken link.
    fn fetch(&self, url: &str) -> Option<String>;
}

/// How the checker may use the web.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Worker threads that fetch pages, at least 1.
    pub workers: usize,
    /// Fetches that may be under way at once to one host, at least 1.
    pub per_host: usize,
}

/// Asks a running check to stop. Shared by reference; `cancel` may be
/// called from any thread, or from inside `Fetcher::fetch`.
#[derive(Debug, Default)]
pub struct Cancel {
    cancelled: AtomicBool,
}

impl Cancel {
    pub fn new() -> Cancel {
        Cancel::default()
    }

    /// Asks the check to stop: no fetch starts after this returns.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::SeqCst);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::SeqCst)
    }
}

/// What a check found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Every page that was fetched and exists.
    pub pages: BTreeSet<String>,
    /// Every linked page (or the start page) that does not exist.
    pub broken: BTreeSet<String>,
    /// Whether the check was cancelled before the work ran out.
    pub cancelled: bool,
}

/// The host of `url`: what lies between `://` and the next `/`.
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split('/').next().unwrap_or(rest)
}

/// The links in `page`, in the order they appear, without fragments.
pub fn links(page: &str) -> Vec<String> {
    todo!("find the links of a page of {} bytes", page.len())
}

/// Checks every page reachable from `start`, within `limits`, until the work
/// runs out or `cancel` is cancelled.
pub fn check<F: Fetcher>(start: &str, fetcher: &F, limits: Limits, cancel: &Cancel) -> Report {
    let _ = (fetcher, limits, cancel);
    todo!("check the pages reachable from {start}")
}
