#![cfg(not(loom))]
//! The checker against a small in-memory web. The web records every fetch:
//! how many were under way at once, per host and in all, and which threads
//! made them. Every check runs with a deadline.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::thread;
use std::time::{Duration, Instant};

use link_checker::{Cancel, Fetcher, Limits, Report, check, host, links};

const DEADLINE: Duration = Duration::from_secs(5);

/// How long a fetch waits at most for the other workers to wait for work
/// (or quit); a worker that still runs after that is left running.
const SETTLE_LIMIT: Duration = Duration::from_secs(2);

/// A web of pages kept in a map, which notes what the checker did to it.
#[derive(Default)]
struct Web {
    pages: HashMap<String, String>,
    /// How long each fetch takes, so that fetches overlap.
    delay: Duration,
    fetched: Mutex<Vec<String>>,
    now_total: AtomicUsize,
    max_total: AtomicUsize,
    now_per_host: Mutex<HashMap<String, usize>>,
    max_per_host: AtomicUsize,
    /// Cancel this after that many fetches.
    cancel_after: Option<(usize, &'static Cancel)>,
}

impl Web {
    fn page(mut self, url: &str, links: &[&str]) -> Web {
        let body: String = links
            .iter()
            .map(|l| format!("<p>See <a href=\"{l}\">this</a>.</p>\n"))
            .collect();
        self.pages.insert(url.to_owned(), body);
        self
    }
}

impl Fetcher for Web {
    fn fetch(&self, url: &str) -> Option<String> {
        let count = {
            let mut fetched = self.fetched.lock().unwrap();
            fetched.push(url.to_owned());
            fetched.len()
        };
        let total = self.now_total.fetch_add(1, SeqCst) + 1;
        self.max_total.fetch_max(total, SeqCst);
        let on_host = {
            let mut now = self.now_per_host.lock().unwrap();
            let n = now.entry(host(url).to_owned()).or_insert(0);
            *n += 1;
            *n
        };
        self.max_per_host.fetch_max(on_host, SeqCst);
        thread::sleep(self.delay);
        *self
            .now_per_host
            .lock()
            .unwrap()
            .get_mut(host(url))
            .unwrap() -= 1;
        self.now_total.fetch_sub(1, SeqCst);
        if let Some((after, cancel)) = self.cancel_after {
            if count >= after {
                cancel.cancel();
            }
        }
        self.pages.get(url).cloned()
    }
}

/// A site of `n` pages on each of `hosts` hosts, every page linking to the
/// next two on its host and to the first page of the next host, plus one
/// broken link per host and links with fragments.
fn site(hosts: usize, n: usize) -> Web {
    let mut web = Web::default();
    for h in 0..hosts {
        for i in 0..n {
            let here = format!("https://h{h}.test/{i}");
            let links = [
                format!("https://h{h}.test/{}", (i + 1) % n),
                format!("https://h{h}.test/{}#section", (i + 2) % n),
                format!("https://h{}.test/0", (h + 1) % hosts),
                format!("https://h{h}.test/missing"),
            ];
            let links: Vec<&str> = links.iter().map(String::as_str).collect();
            web = web.page(&here, &links);
        }
    }
    web
}

fn expected_site(hosts: usize, n: usize) -> Report {
    Report {
        pages: (0..hosts)
            .flat_map(|h| (0..n).map(move |i| format!("https://h{h}.test/{i}")))
            .collect(),
        broken: (0..hosts)
            .map(|h| format!("https://h{h}.test/missing"))
            .collect(),
        cancelled: false,
    }
}

/// Runs a check on a helper thread, failing the test after `DEADLINE`.
fn run(web: &Web, start: &str, limits: Limits, cancel: &Cancel) -> Report {
    thread::scope(|s| {
        let handle = s.spawn(|| check(start, web, limits, cancel));
        let begun = Instant::now();
        while !handle.is_finished() {
            assert!(
                begun.elapsed() < DEADLINE,
                "check did not return within {DEADLINE:?}"
            );
            thread::sleep(Duration::from_millis(1));
        }
        handle.join().unwrap()
    })
}

const LIMITS: Limits = Limits {
    workers: 4,
    per_host: 2,
};

/// Links are found in order, without fragments, wherever they are.
#[test]
fn links_are_found_in_order_without_fragments() {
    let page = "<a href=\"https://a.test/1\">one</a> text <a href=\"https://b.test/2#x\">\n\
                no link here\n<img src=\"https://a.test/pic\"> <a href=\"https://a.test/3\">";
    assert_eq!(
        links(page),
        ["https://a.test/1", "https://b.test/2", "https://a.test/3"]
    );
    assert!(links("").is_empty());
    assert_eq!(host("https://a.test/x/y"), "a.test");
    assert_eq!(host("http://b.test"), "b.test");
    let long: String = (0..5_000)
        .map(|i| format!("<a href=\"https://a.test/{i}\">{i}</a>\n"))
        .collect();
    let found = links(&long);
    assert_eq!(found.len(), 5_000);
    assert_eq!(found[4_321], "https://a.test/4321");
}

/// The report lists every reachable page and broken link, the same in every
/// run.
#[test]
fn report_is_complete_and_the_same_every_run() {
    for _ in 0..5 {
        let web = site(3, 8);
        let report = run(&web, "https://h0.test/0", LIMITS, &Cancel::new());
        assert_eq!(report, expected_site(3, 8));
    }
}

/// A broken start page is reported, and nothing else is fetched.
#[test]
fn broken_start_page_is_reported() {
    let web = Web::default();
    let report = run(&web, "https://nowhere.test/", LIMITS, &Cancel::new());
    assert!(report.pages.is_empty());
    assert_eq!(
        report.broken,
        BTreeSet::from(["https://nowhere.test/".to_owned()])
    );
    assert!(!report.cancelled);
    assert_eq!(web.fetched.lock().unwrap().len(), 1);
}

/// No page is fetched twice, and no URL is fetched with its fragment.
#[test]
fn every_page_is_fetched_once() {
    let mut web = site(2, 12);
    web.delay = Duration::from_millis(1);
    let report = run(&web, "https://h0.test/0#top", LIMITS, &Cancel::new());
    assert_eq!(report, expected_site(2, 12));
    let fetched = web.fetched.into_inner().unwrap();
    let distinct: HashSet<&String> = fetched.iter().collect();
    assert_eq!(
        distinct.len(),
        fetched.len(),
        "a page was fetched twice: {fetched:?}"
    );
    assert!(
        fetched.iter().all(|url| !url.contains('#')),
        "a URL was fetched with its fragment"
    );
}

/// Never more than `per_host` fetches to one host at once, nor more than
/// `workers` in all.
#[test]
fn concurrency_stays_within_the_limits() {
    let mut web = site(2, 10);
    web.delay = Duration::from_millis(3);
    let limits = Limits {
        workers: 4,
        per_host: 1,
    };
    let report = run(&web, "https://h0.test/0", limits, &Cancel::new());
    assert_eq!(report, expected_site(2, 10));
    assert!(
        web.max_per_host.load(SeqCst) <= 1,
        "{} fetches to one host at once, with a limit of 1",
        web.max_per_host.load(SeqCst)
    );
    assert!(web.max_total.load(SeqCst) <= 4);
}

/// Cancelling stops the check promptly: no fetch starts after the cancel,
/// the report keeps what was found and says it was cancelled.
#[test]
fn cancel_stops_the_check() {
    let cancel: &'static Cancel = Box::leak(Box::new(Cancel::new()));
    let mut web = site(4, 50);
    web.delay = Duration::from_millis(2);
    // The fifth fetch cancels the check on its way out.
    web.cancel_after = Some((5, cancel));
    let limits = Limits {
        workers: 3,
        per_host: 1,
    };
    let report = run(&web, "https://h0.test/0", limits, cancel);
    assert!(report.cancelled, "the report does not say it was cancelled");
    let fetched = web.fetched.into_inner().unwrap().len();
    // Fetches that had started before the cancel may finish: at most one
    // per other worker.
    assert!(
        (5..=5 + 2).contains(&fetched),
        "{fetched} fetches: the check went on after it was cancelled"
    );
    assert!(report.pages.len() + report.broken.len() <= fetched);
    assert!(report.pages.contains("https://h0.test/0"));
}

/// A check cancelled before it starts fetches nothing.
#[test]
fn cancelled_before_the_start_fetches_nothing() {
    let web = site(1, 3);
    let cancel = Cancel::new();
    cancel.cancel();
    let report = run(&web, "https://h0.test/0", LIMITS, &cancel);
    assert!(web.fetched.lock().unwrap().is_empty());
    assert!(report.pages.is_empty() && report.broken.is_empty());
    assert!(report.cancelled);
}

/// A web in which two pages can only be served together: fetching either
/// waits (up to two seconds) until the other is being fetched too. Fetching
/// the start page, which links to both, first waits until every other
/// thread is asleep or has ended, so that the other workers have looked for
/// work and found the queue empty.
struct Pair {
    /// The two pages that must be fetched together.
    pair: [&'static str; 2],
    met: Mutex<usize>,
    arrived: std::sync::Condvar,
    /// Fetches that gave up waiting for their partner.
    alone: AtomicUsize,
}

impl Fetcher for Pair {
    fn fetch(&self, url: &str) -> Option<String> {
        match url {
            "https://p.test/" => {
                // Before this page's links are queued, let every other
                // worker get going until it waits for work (asleep) or has
                // quit (ended), whatever the machine's load: a worker that
                // quits on an empty queue has then certainly looked and quit.
                workbook_probe::settle_others(SETTLE_LIMIT, Duration::from_millis(50));
                Some(format!(
                    "<a href=\"{}\"> <a href=\"{}\">",
                    self.pair[0], self.pair[1]
                ))
            }
            url if self.pair.contains(&url) => {
                let mut met = self.met.lock().unwrap();
                *met += 1;
                self.arrived.notify_all();
                let (met, _) = self
                    .arrived
                    .wait_timeout_while(met, Duration::from_secs(2), |met| *met < 2)
                    .unwrap();
                if *met < 2 {
                    self.alone.fetch_add(1, SeqCst);
                }
                Some(String::new())
            }
            _ => None,
        }
    }
}

/// While one worker fetches a page, a second worker takes the other page
/// that is waiting: a worker does not stop just because the queue was empty
/// when it looked, while work was still in flight.
#[test]
fn idle_workers_take_work_that_appears_later() {
    let web = Pair {
        pair: ["https://p.test/a", "https://p.test/b"],
        met: Mutex::new(0),
        arrived: std::sync::Condvar::new(),
        alone: AtomicUsize::new(0),
    };
    let limits = Limits {
        workers: 2,
        per_host: 2,
    };
    let report = run_on(&web, "https://p.test/", limits);
    assert_eq!(report.pages.len(), 3);
    assert_eq!(
        web.alone.load(SeqCst),
        0,
        "the two pages were fetched one after the other: only one worker was left"
    );
}

fn run_on<F: Fetcher>(web: &F, start: &str, limits: Limits) -> Report {
    let cancel = Cancel::new();
    thread::scope(|s| {
        let handle = s.spawn(|| check(start, web, limits, &cancel));
        let begun = Instant::now();
        while !handle.is_finished() {
            assert!(
                begun.elapsed() < DEADLINE,
                "check did not return within {DEADLINE:?}"
            );
            thread::sleep(Duration::from_millis(1));
        }
        handle.join().unwrap()
    })
}

/// Two pages on two different hosts are fetched at the same time even with
/// one fetch per host: the limit is per host, not for the whole check.
#[test]
fn the_host_limit_is_per_host() {
    let web = Pair {
        pair: ["https://p.test/a", "https://q.test/b"],
        met: Mutex::new(0),
        arrived: std::sync::Condvar::new(),
        alone: AtomicUsize::new(0),
    };
    let limits = Limits {
        workers: 2,
        per_host: 1,
    };
    let report = run_on(&web, "https://p.test/", limits);
    assert_eq!(report.pages.len(), 3);
    assert_eq!(
        web.alone.load(SeqCst),
        0,
        "pages on two hosts were fetched one after the other"
    );
}

/// A cancel that arrives once the work has run out (during the last fetch,
/// which finds nothing new) does not make the report "cancelled".
#[test]
fn a_cancel_after_the_work_ran_out_is_not_reported() {
    let cancel: &'static Cancel = Box::leak(Box::new(Cancel::new()));
    let mut web = Web::default().page("https://one.test/", &[]);
    web.cancel_after = Some((1, cancel));
    let report = run(&web, "https://one.test/", LIMITS, cancel);
    assert!(cancel.is_cancelled());
    assert_eq!(report.pages.len(), 1);
    assert!(
        !report.cancelled,
        "nothing was left to do when the cancel came"
    );
}
