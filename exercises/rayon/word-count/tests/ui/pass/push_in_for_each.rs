use rayon_word_count::for_each_word;
use std::sync::atomic::{AtomicUsize, Ordering};

fn main() {
    let lines = ["one two", "three"];
    let longest = AtomicUsize::new(0);
    for_each_word(&lines, |word| {
        longest.fetch_max(word.len(), Ordering::Relaxed);
    });
    assert_eq!(longest.into_inner(), 5);
}
