#![cfg(not(loom))]
//! Every function must give what a plain sequential loop gives. The corpus is
//! made by a fixed generator, so every run checks the same lines; what may
//! differ between runs is only how rayon splits the work.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon_word_count::{for_each_word, longest_word, total_words, word_frequencies};

const WORDS: [&str; 12] = [
    "the",
    "The",
    "rust",
    "Rust",
    "thread",
    "borrow",
    "a",
    "ownership",
    "RAYON",
    "join",
    "concurrency",
    "parallelism",
];
const SEPARATORS: [&str; 4] = [" ", "  ", "\t", " \t "];

/// Lines of words with mixed case, runs of spaces and tabs, leading and
/// trailing blanks, and some blank lines, from a fixed pseudo-random sequence.
fn corpus(lines: usize) -> Vec<String> {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    (0..lines)
        .map(|_| {
            let mut line = String::new();
            if next(4) == 0 {
                line.push(' ');
            }
            for _ in 0..next(9) {
                line.push_str(WORDS[next(WORDS.len())]);
                line.push_str(SEPARATORS[next(SEPARATORS.len())]);
            }
            line
        })
        .collect()
}

fn as_strs(lines: &[String]) -> Vec<&str> {
    lines.iter().map(String::as_str).collect()
}

fn sequential_frequencies(lines: &[&str]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for line in lines {
        for word in line.split_whitespace() {
            *counts.entry(word.to_lowercase()).or_insert(0) += 1;
        }
    }
    counts
}

/// The total is the sequential one, on 5,000 lines with runs of blanks.
#[test]
fn total_words_matches_sequential_count() {
    let owned = corpus(5_000);
    let lines = as_strs(&owned);
    let expected: usize = lines.iter().map(|l| l.split_whitespace().count()).sum();
    assert_eq!(total_words(&lines), expected);
}

/// No lines, or only blank ones, have no words.
#[test]
fn blank_input_has_no_words() {
    assert_eq!(total_words(&[]), 0);
    assert_eq!(total_words(&["", "   ", "\t"]), 0);
}

/// The longest word is the one a sequential scan finds first.
#[test]
fn longest_word_matches_sequential_scan() {
    let owned = corpus(5_000);
    let lines = as_strs(&owned);
    let mut expected: Option<&str> = None;
    for word in lines.iter().flat_map(|l| l.split_whitespace()) {
        if expected.is_none_or(|best| word.len() > best.len()) {
            expected = Some(word);
        }
    }
    assert_eq!(longest_word(&lines), expected);
}

/// Of equally long words the first in reading order wins, however the lines
/// are split between threads.
#[test]
fn longest_word_ties_go_to_the_first() {
    let mut owned = vec![String::from("ab cd")];
    owned.extend((0..2_000).map(|i| format!("w{:03} x{:03}", i % 1000, i % 7)));
    owned.push(String::from("efgh ijkl"));
    owned.extend((0..2_000).map(|i| format!("mnop{i:04}")));
    let lines = as_strs(&owned);
    // "mnop0000" (8 bytes) is longest, and many words after it are as long.
    assert_eq!(longest_word(&lines), Some("mnop0000"));
    assert_eq!(longest_word(&["one two six", "ten"]), Some("one"));
}

/// Without words there is no longest word.
#[test]
fn longest_word_of_blank_lines_is_none() {
    assert_eq!(longest_word(&[]), None);
    assert_eq!(longest_word(&["", " \t "]), None);
}

/// The frequencies are the sequential ones, counted in lower case.
#[test]
fn frequencies_match_sequential_counts() {
    let owned = corpus(5_000);
    let lines = as_strs(&owned);
    let counts = word_frequencies(&lines);
    assert_eq!(counts, sequential_frequencies(&lines));
    assert!(
        !counts.contains_key("The"),
        "words are counted in lower case"
    );
}

/// A small case, to read in a failure message.
#[test]
fn frequencies_of_a_few_lines() {
    let counts = word_frequencies(&["The cat", "the  dog", "", "CAT\tthe"]);
    let expected: HashMap<String, usize> = [("the", 3), ("cat", 2), ("dog", 1)]
        .into_iter()
        .map(|(w, c)| (w.to_string(), c))
        .collect();
    assert_eq!(counts, expected);
    assert!(word_frequencies(&[]).is_empty());
}

/// `f` sees every word exactly once.
#[test]
fn for_each_word_visits_every_word_once() {
    let owned = corpus(2_000);
    let lines = as_strs(&owned);
    let seen = Mutex::new(Vec::new());
    for_each_word(&lines, |word| seen.lock().unwrap().push(word.to_string()));
    let mut seen = seen.into_inner().unwrap();
    let mut expected: Vec<String> = lines
        .iter()
        .flat_map(|l| l.split_whitespace())
        .map(str::to_string)
        .collect();
    seen.sort();
    expected.sort();
    assert_eq!(seen, expected);
}

/// `f` runs on rayon's worker threads, not on the caller's thread one word
/// after another.
#[test]
fn for_each_word_runs_on_rayon_workers() {
    let owned = corpus(500);
    let lines = as_strs(&owned);
    let outside_pool = AtomicUsize::new(0);
    let calls = AtomicUsize::new(0);
    for_each_word(&lines, |_| {
        calls.fetch_add(1, Ordering::Relaxed);
        if rayon::current_thread_index().is_none() {
            outside_pool.fetch_add(1, Ordering::Relaxed);
        }
    });
    assert!(calls.into_inner() > 0);
    assert_eq!(
        outside_pool.into_inner(),
        0,
        "f was called outside rayon's thread pool"
    );
}
