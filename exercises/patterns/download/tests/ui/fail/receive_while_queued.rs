//! Bytes arrive only while a download runs.
use patterns_download::{Download, Queued};

fn main() {
    let mut queued = Download::<Queued>::new("https://example.com");
    queued.receive(10); //~ ERROR E0599 no method named `receive` found
    assert_eq!(queued.received(), 10);
}
