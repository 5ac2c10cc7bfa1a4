//! A download that is done from the start would skip the protocol.
use patterns_download::{Done, Download};

fn main() {
    let done: Download<Done> = Download::new("https://example.com"); //~ ERROR E0308 mismatched types
    assert_eq!(done.url(), "https://example.com");
}
