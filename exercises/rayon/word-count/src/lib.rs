//! # Counting words in parallel
//!
//! Book: book/src/rayon.md#map-filter-reduce-and-fold
//! Check: cargo xtask check rayon/word-count
//!
//! Count the words of many lines with rayon's parallel iterators. A *word*
//! is what `str::split_whitespace` yields: runs of spaces and tabs separate
//! words, and never make an empty one.
//!
//! What must work: every function gives exactly the result a plain
//! sequential loop over the lines would give, for any number of lines,
//! including none:
//!
//! - [`total_words`]: how many words there are in all;
//! - [`longest_word`]: the longest word, the *first* one in reading order
//!   when several are equally long, and `None` when there are no words;
//! - [`word_frequencies`]: how often each word occurs, counting words in
//!   lower case (`"The"` and `"the"` are one word);
//! - [`for_each_word`]: calls `f` once for every word, on rayon's worker
//!   threads, several words at once.
//!
//! What must be impossible: a caller of [`for_each_word`] adding to a
//! captured `let mut total` or pushing to a captured `Vec` from `f`. Calls
//! of `f` run at the same time on different threads, so that would be a
//! data race; the bound you put on `F` decides whether the compiler refuses
//! it. Two programs that must not compile test that.
//!
//! The work of each thread must be its own: no `Mutex` or `RwLock` (the
//! exercise forbids them). Give each thread its own partial result and
//! combine the partial results.

use std::collections::HashMap;

/// The number of words in all `lines`.
pub fn total_words(lines: &[&str]) -> usize {
    todo!("count the words of {} lines in parallel", lines.len())
}

/// The longest word in `lines`; of equally long words, the first one.
/// `None` when there are no words at all.
pub fn longest_word<'a>(lines: &[&'a str]) -> Option<&'a str> {
    todo!("find the longest of the words in {} lines", lines.len())
}

/// How many times each word occurs in `lines`, words taken in lower case.
pub fn word_frequencies(lines: &[&str]) -> HashMap<String, usize> {
    todo!("count each word of {} lines", lines.len())
}

/// Calls `f` once with every word of `lines`, on rayon's worker threads.
pub fn for_each_word<F>(lines: &[&str], f: F)
where
    F: FnMut(&str),
{
    let _ = f;
    todo!(
        "call f for every word of {} lines, in parallel",
        lines.len()
    )
}
