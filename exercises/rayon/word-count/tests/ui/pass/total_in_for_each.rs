use rayon_word_count::for_each_word;
use std::sync::atomic::{AtomicUsize, Ordering};

fn main() {
    let lines = ["one two", "three"];
    let total = AtomicUsize::new(0);
    for_each_word(&lines, |_word| {
        total.fetch_add(1, Ordering::Relaxed);
    });
    assert_eq!(total.into_inner(), 3);
}
