#![cfg(not(loom))]
//! What a configured check does.

use std::collections::HashMap;
use std::panic;

use link_check_builder::{Fetcher, Limits, LinkCheck};

struct Web(HashMap<&'static str, &'static str>);

impl Fetcher for Web {
    fn fetch(&self, url: &str) -> Option<String> {
        self.0.get(url).map(|page| page.to_string())
    }
}

fn web() -> Web {
    Web(HashMap::from([
        (
            "https://a.test/",
            "<a href=\"https://a.test/x\"> <a href=\"https://b.test/#top\">",
        ),
        ("https://a.test/x", "<a href=\"https://a.test/gone\">"),
        ("https://b.test/", "<a href=\"https://a.test/\">"),
    ]))
}

/// A check runs from its start URL with the default limits, as often as
/// it is asked to.
#[test]
fn runs_from_the_start_with_default_limits() {
    let check = LinkCheck::new().start("https://a.test/");
    let report = check.run(&web());
    // A ready check can run again, with the same result.
    assert_eq!(check.run(&web()), report);
    assert_eq!(
        report.pages.into_iter().collect::<Vec<_>>(),
        ["https://a.test/", "https://a.test/x", "https://b.test/"]
    );
    assert_eq!(
        report.broken.into_iter().collect::<Vec<_>>(),
        ["https://a.test/gone"]
    );
    assert_eq!(
        report.limits,
        Limits {
            workers: 4,
            per_host: 2
        }
    );
}

/// Limits set before or after the start URL are kept.
#[test]
fn limits_can_be_set_in_either_state() {
    let before = LinkCheck::new()
        .workers(8)
        .per_host(1)
        .start("https://b.test/");
    assert_eq!(
        before.run(&web()).limits,
        Limits {
            workers: 8,
            per_host: 1
        }
    );
    let after = LinkCheck::new()
        .start("https://b.test/")
        .per_host(3)
        .workers(2);
    assert_eq!(
        after.run(&web()).limits,
        Limits {
            workers: 2,
            per_host: 3
        }
    );
    let mixed = LinkCheck::new()
        .workers(5)
        .start("https://b.test/")
        .per_host(5);
    assert_eq!(
        mixed.run(&web()).limits,
        Limits {
            workers: 5,
            per_host: 5
        }
    );
}

/// Zero workers or zero fetches per host are refused.
#[test]
fn zero_limits_are_refused() {
    assert!(panic::catch_unwind(|| LinkCheck::new().workers(0)).is_err());
    assert!(panic::catch_unwind(|| LinkCheck::new().start("https://a.test/").per_host(0)).is_err());
    let fine = LinkCheck::new()
        .workers(1)
        .per_host(1)
        .start("https://a.test/");
    assert_eq!(
        fine.run(&web()).limits,
        Limits {
            workers: 1,
            per_host: 1
        }
    );
}
