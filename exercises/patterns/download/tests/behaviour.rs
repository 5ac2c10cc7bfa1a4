#![cfg(not(loom))]
//! What a download does as it goes through its states.

use std::thread;

use patterns_download::{Done, Download, Queued, Running};

/// A new download has the URL it was given and no bytes.
#[test]
fn new_download_is_empty() {
    let download: Download<Queued> = Download::<Queued>::new("https://example.com/a");
    assert_eq!(download.url(), "https://example.com/a");
    assert_eq!(download.received(), 0);
}

/// Bytes received add up while the download runs.
#[test]
fn received_bytes_add_up() {
    let mut running: Download<Running> = Download::<Queued>::new("https://example.com/b").start();
    running.receive(100);
    running.receive(23);
    assert_eq!(running.received(), 123);
    running.receive(0);
    assert_eq!(running.received(), 123);
}

/// Finishing keeps the URL and every byte, and the total is what arrived.
#[test]
fn finish_keeps_url_and_total() {
    let mut running = Download::<Queued>::new("https://example.com/c").start();
    running.receive(4096);
    running.receive(1);
    let done: Download<Done> = running.finish();
    assert_eq!(done.total(), 4097);
    assert_eq!(done.received(), 4097);
    assert_eq!(done.url(), "https://example.com/c");
}

/// Starting keeps the URL.
#[test]
fn start_keeps_the_url() {
    let running = Download::<Queued>::new("https://example.com/d").start();
    assert_eq!(running.url(), "https://example.com/d");
    assert_eq!(running.finish().total(), 0);
}

/// Downloads in every state can move to another thread.
#[test]
fn downloads_move_between_threads() {
    let queued = Download::<Queued>::new("https://example.com/e");
    let running = thread::spawn(move || queued.start()).join().unwrap();
    let done = thread::spawn(move || {
        let mut running = running;
        running.receive(7);
        running.finish()
    })
    .join()
    .unwrap();
    let total = thread::spawn(move || done.total()).join().unwrap();
    assert_eq!(total, 7);
}
