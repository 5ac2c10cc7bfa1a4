use patterns_download::{Download, Queued};

fn main() {
    let mut running = Download::<Queued>::new("https://example.com").start();
    running.receive(10);
    assert_eq!(running.received(), 10);
}
