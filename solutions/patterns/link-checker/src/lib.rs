//! # Capstone, stage 3: the link checker
//!
//! Book: book/src/patterns.md#stage-3-the-link-checker
//! Check: cargo xtask check patterns/link-checker
//!
//! Reference solution: one state behind one mutex (queue, in-flight count,
//! fetches per host), one condition variable for "something changed", the
//! visited set inside the same state so that "is it new?" and "queue it" are
//! one step, and workers on scoped threads.

use std::collections::{HashMap, VecDeque};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::Duration;

use rayon::prelude::*;

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
    page.par_lines()
        .flat_map_iter(|line| {
            line.split("href=\"")
                .skip(1)
                .filter_map(|rest| rest.split_once('"').map(|(link, _)| link))
        })
        .map(|link| without_fragment(link).to_owned())
        .collect()
}

fn without_fragment(url: &str) -> &str {
    url.split_once('#').map_or(url, |(page, _)| page)
}

/// Everything the workers share.
#[derive(Default)]
struct State {
    /// Found and not yet fetched.
    queue: VecDeque<String>,
    /// Every URL ever queued (the visited set).
    seen: std::collections::HashSet<String>,
    /// Fetches under way.
    in_flight: usize,
    /// Fetches under way per host.
    per_host: HashMap<String, usize>,
    report: Report,
}

struct Shared<'a, F> {
    fetcher: &'a F,
    limits: Limits,
    cancel: &'a Cancel,
    state: Mutex<State>,
    changed: Condvar,
}

/// How long a waiting worker sleeps before it looks at `cancel` again:
/// cancelling only sets a flag, so nobody notifies the condition variable.
const CANCEL_POLL: Duration = Duration::from_millis(2);

impl<F: Fetcher> Shared<'_, F> {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The next URL this worker may fetch, counted as in flight; `None` when
    /// the work has run out or the check is cancelled.
    fn next(&self) -> Option<String> {
        let mut state = self.lock();
        loop {
            if self.cancel.is_cancelled() {
                return None;
            }
            let per_host = self.limits.per_host;
            let free = state
                .queue
                .iter()
                .position(|url| state.per_host.get(host(url)).copied().unwrap_or(0) < per_host);
            if let Some(index) = free {
                let url = state
                    .queue
                    .remove(index)
                    .expect("the index is in the queue");
                state.in_flight += 1;
                *state.per_host.entry(host(&url).to_owned()).or_insert(0) += 1;
                return Some(url);
            }
            if state.queue.is_empty() && state.in_flight == 0 {
                // The work has run out: wake the others so they see it too.
                self.changed.notify_all();
                return None;
            }
            state = self
                .changed
                .wait_timeout(state, CANCEL_POLL)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }

    /// Records what fetching `url` gave, queues its new links, and counts
    /// the fetch as finished, all in one step.
    fn done(&self, url: String, page: Option<String>) {
        // Parse outside the lock: it is the slow part.
        let found = page.as_deref().map(links).unwrap_or_default();
        let mut state = self.lock();
        for link in found {
            if state.seen.insert(link.clone()) {
                state.queue.push_back(link);
            }
        }
        let host_count = state
            .per_host
            .get_mut(host(&url))
            .expect("the host was counted when the fetch started");
        *host_count -= 1;
        state.in_flight -= 1;
        match page {
            Some(_) => state.report.pages.insert(url),
            None => state.report.broken.insert(url),
        };
        drop(state);
        self.changed.notify_all();
    }

    fn work(&self) {
        while let Some(url) = self.next() {
            let page = self.fetcher.fetch(&url);
            self.done(url, page);
        }
    }
}

/// Checks every page reachable from `start`, within `limits`, until the work
/// runs out or `cancel` is cancelled.
pub fn check<F: Fetcher>(start: &str, fetcher: &F, limits: Limits, cancel: &Cancel) -> Report {
    assert!(
        limits.workers > 0 && limits.per_host > 0,
        "limits must be at least 1"
    );
    let start = without_fragment(start).to_owned();
    let mut state = State::default();
    state.seen.insert(start.clone());
    state.queue.push_back(start);
    let shared = Shared {
        fetcher,
        limits,
        cancel,
        state: Mutex::new(state),
        changed: Condvar::new(),
    };
    // Structured: every worker ends before the scope does.
    thread::scope(|s| {
        for _ in 0..limits.workers {
            s.spawn(|| shared.work());
        }
    });
    let state = shared.state.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut report = state.report;
    report.cancelled = cancel.is_cancelled() && !state.queue.is_empty();
    report
}
