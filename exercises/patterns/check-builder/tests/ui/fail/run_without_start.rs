//! Where would it start?
use link_check_builder::{Fetcher, LinkCheck};

struct Nothing;
impl Fetcher for Nothing {
    fn fetch(&self, _url: &str) -> Option<String> {
        None
    }
}

fn main() {
    let report = LinkCheck::new().workers(2).run(&Nothing); //~ ERROR E0599 no method named `run` found
    assert!(report.pages.is_empty());
}
