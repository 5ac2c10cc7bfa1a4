use patterns_download::{Download, Queued};

fn main() {
    let queued = Download::<Queued>::new("https://example.com");
    let done = queued.start().finish();
    assert_eq!(done.total(), 0);
}
