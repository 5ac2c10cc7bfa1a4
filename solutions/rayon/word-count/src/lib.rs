//! # Counting words in parallel
//!
//! Book: book/src/rayon.md#map-filter-reduce-and-fold
//! Check: cargo xtask check rayon/word-count
//!
//! Reference solution.

use std::collections::HashMap;

use rayon::prelude::*;

/// The number of words in all `lines`.
pub fn total_words(lines: &[&str]) -> usize {
    lines
        .par_iter()
        .map(|line| line.split_whitespace().count())
        .sum()
}

/// The longest word in `lines`; of equally long words, the first one.
/// `None` when there are no words at all.
pub fn longest_word<'a>(lines: &[&'a str]) -> Option<&'a str> {
    // `reduce_with` combines neighbours in their order, so keeping the left
    // word on a tie keeps the first one.
    lines
        .par_iter()
        .flat_map_iter(|line| line.split_whitespace())
        .reduce_with(|left, right| {
            if right.len() > left.len() {
                right
            } else {
                left
            }
        })
}

/// How many times each word occurs in `lines`, words taken in lower case.
pub fn word_frequencies(lines: &[&str]) -> HashMap<String, usize> {
    lines
        .par_iter()
        // Each of rayon's pieces of work counts into a map of its own...
        .fold(HashMap::new, |mut counts: HashMap<String, usize>, line| {
            for word in line.split_whitespace() {
                *counts.entry(word.to_lowercase()).or_insert(0) += 1;
            }
            counts
        })
        // ...and the maps are merged two at a time.
        .reduce(HashMap::new, |mut left, right| {
            for (word, count) in right {
                *left.entry(word).or_insert(0) += count;
            }
            left
        })
}

/// Calls `f` once with every word of `lines`, on rayon's worker threads.
///
/// `Fn`, not `FnMut`: several threads call `f` at once through a shared
/// reference, so `f` may not mutate what it captures (`Sync` lets it be
/// shared, `Send` lets it reach the workers).
pub fn for_each_word<F>(lines: &[&str], f: F)
where
    F: Fn(&str) + Sync + Send,
{
    lines
        .par_iter()
        .flat_map_iter(|line| line.split_whitespace())
        .for_each(f);
}
