//! # Capstone, stage 4: a check that cannot run half-configured
//!
//! Book: book/src/patterns.md#stage-4-a-check-that-cannot-run-half-configured
//! Check: cargo xtask check patterns/check-builder
//!
//! The checker of stage 3 takes a start URL and limits. Put a builder in
//! front of it whose type says whether it has a start URL yet:
//! `LinkCheck<NoStart>` from `LinkCheck::new()`, `LinkCheck<Ready>` after
//! `start(url)`. Limits can be set in either state and have defaults
//! (4 workers, 2 per host).
//!
//! What must work: `LinkCheck::new().start(url).run(&fetcher)` crawls from
//! `url` with the limits set (use the given [`crawl`]); `workers(n)` and
//! `per_host(n)` may be called before or after `start`, in any order, and
//! panic for 0; a ready check can be run more than once.
//!
//! What must be impossible, each tested by a program that must not compile:
//!
//! - running a check that has no start URL;
//! - giving a check a second start URL.
//!
//! The starter puts every method but `new` in one `impl<S>` block. Where
//! each one belongs is yours to decide.

use std::marker::PhantomData;

/// A check without a start URL.
pub struct NoStart;
/// A check with a start URL, ready to run.
pub struct Ready;

/// A link check being set up, in state `S`.
pub struct LinkCheck<S> {
    start: String,
    limits: Limits,
    state: PhantomData<S>,
}

impl LinkCheck<NoStart> {
    /// A check with no start URL and the default limits.
    pub fn new() -> LinkCheck<NoStart> {
        todo!()
    }
}

impl<S> LinkCheck<S> {
    /// Sets the start URL.
    pub fn start(self, url: &str) -> LinkCheck<Ready> {
        todo!("start at {url}")
    }

    /// Sets how many workers fetch at once.
    pub fn workers(self, workers: usize) -> Self {
        todo!("{workers} workers")
    }

    /// Sets how many fetches may go to one host at once.
    pub fn per_host(self, per_host: usize) -> Self {
        todo!("{per_host} per host")
    }

    /// Runs the check.
    pub fn run<F: Fetcher>(&self, fetcher: &F) -> Report {
        let _ = (fetcher, &self.start, self.limits, &self.state);
        todo!()
    }
}

// ---------------------------------------------------------------------------
// Given: what the builder drives. Not yours to change.
// ---------------------------------------------------------------------------

use std::collections::{BTreeSet, VecDeque};

/// Where pages come from (as in stage 3).
pub trait Fetcher: Sync {
    fn fetch(&self, url: &str) -> Option<String>;
}

/// How many fetches may run at once, in all and per host.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub workers: usize,
    pub per_host: usize,
}

/// What a check found, and the limits it ran with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub pages: BTreeSet<String>,
    pub broken: BTreeSet<String>,
    pub limits: Limits,
}

/// A plain crawl from `start`, one page at a time; stage 3 is the
/// concurrent version. The limits are only reported.
pub fn crawl<F: Fetcher>(start: &str, fetcher: &F, limits: Limits) -> Report {
    let mut report = Report {
        pages: BTreeSet::new(),
        broken: BTreeSet::new(),
        limits,
    };
    let mut seen = BTreeSet::from([start.to_owned()]);
    let mut queue = VecDeque::from([start.to_owned()]);
    while let Some(url) = queue.pop_front() {
        match fetcher.fetch(&url) {
            Some(page) => {
                for link in page.split("href=\"").skip(1) {
                    let link = link.split('"').next().unwrap_or("");
                    let link = link.split('#').next().unwrap_or(link);
                    if seen.insert(link.to_owned()) {
                        queue.push_back(link.to_owned());
                    }
                }
                report.pages.insert(url);
            }
            None => {
                report.broken.insert(url);
            }
        }
    }
    report
}
