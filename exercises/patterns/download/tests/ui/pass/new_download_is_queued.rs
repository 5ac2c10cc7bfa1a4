use patterns_download::{Download, Queued};

fn main() {
    let queued: Download<Queued> = Download::new("https://example.com");
    assert_eq!(queued.url(), "https://example.com");
}
