use patterns_download::{Download, Queued};

fn main() {
    let queued = Download::<Queued>::new("https://example.com");
    let first = queued.start();
    let again = Download::<Queued>::new(first.url()).start();
    assert_eq!(first.url(), again.url());
}
