//! # Capstone, stage 4: a check that cannot run half-configured
//!
//! Book: book/src/patterns.md#stage-4-a-check-that-cannot-run-half-configured
//! Check: cargo xtask check patterns/check-builder
//!
//! Reference solution.

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
        LinkCheck {
            start: String::new(),
            limits: Limits {
                workers: 4,
                per_host: 2,
            },
            state: PhantomData,
        }
    }

    /// Sets the start URL. Only a check without one has this method.
    pub fn start(self, url: &str) -> LinkCheck<Ready> {
        LinkCheck {
            start: url.to_owned(),
            limits: self.limits,
            state: PhantomData,
        }
    }
}

impl Default for LinkCheck<NoStart> {
    fn default() -> Self {
        Self::new()
    }
}

impl<S> LinkCheck<S> {
    /// Sets how many workers fetch at once.
    pub fn workers(mut self, workers: usize) -> Self {
        assert!(workers > 0, "a check needs at least one worker");
        self.limits.workers = workers;
        self
    }

    /// Sets how many fetches may go to one host at once.
    pub fn per_host(mut self, per_host: usize) -> Self {
        assert!(per_host > 0, "at least one fetch per host");
        self.limits.per_host = per_host;
        self
    }
}

impl LinkCheck<Ready> {
    /// Runs the check. Only a check with a start URL has this method.
    pub fn run<F: Fetcher>(&self, fetcher: &F) -> Report {
        crawl(&self.start, fetcher, self.limits)
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
