//! Two running downloads from one queued one would fetch the URL twice.
use patterns_download::{Download, Queued};

fn main() {
    let queued = Download::<Queued>::new("https://example.com");
    let first = queued.start();
    let second = queued.start(); //~ ERROR E0382 use of moved value: `queued`
    assert_eq!(first.url(), second.url());
}
