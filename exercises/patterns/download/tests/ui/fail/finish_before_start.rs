//! A download that never ran cannot be done.
use patterns_download::{Download, Queued};

fn main() {
    let queued = Download::<Queued>::new("https://example.com");
    let done = queued.finish(); //~ ERROR E0599 no method named `finish` found
    assert_eq!(done.total(), 0);
}
