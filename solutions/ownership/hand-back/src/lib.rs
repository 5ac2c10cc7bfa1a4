//! # Handing buffers over and back
//!
//! Book: book/src/ownership.md#passing-and-returning-ownership
//! Check: cargo xtask check ownership/hand-back
//!
//! Reference solution.

use std::thread::{self, JoinHandle};

/// Appends `line` and then a newline to `buffer`, and gives the buffer back.
pub fn append_line(mut buffer: String, line: &str) -> String {
    buffer.push_str(line);
    buffer.push('\n');
    buffer
}

/// Splits `words` into the words at most `max_len` bytes long and the longer
/// ones, both in their original order. Each word is moved into its new list.
pub fn split_by_length(words: Vec<String>, max_len: usize) -> (Vec<String>, Vec<String>) {
    // `into_iter` takes the vector by value and yields each `String` by value.
    words.into_iter().partition(|word| word.len() <= max_len)
}

/// Removes the longest word from `words` and returns it: the first one if
/// several are equally long, `None` if there are no words. The words left
/// keep their order.
pub fn take_longest(words: &mut Vec<String>) -> Option<String> {
    let mut longest: Option<usize> = None;
    for (index, word) in words.iter().enumerate() {
        if longest.is_none_or(|best| word.len() > words[best].len()) {
            longest = Some(index);
        }
    }
    // `remove` moves the word out of the vector and closes the gap.
    longest.map(|index| words.remove(index))
}

/// Puts `replacement` at `words[index]` and returns the word that was there.
/// Panics if `index` is out of bounds.
pub fn replace_word(words: &mut [String], index: usize, replacement: String) -> String {
    // A word cannot be moved out of a borrowed slice and leave a hole;
    // `replace` swaps the new word in and hands the old one out in one step.
    std::mem::replace(&mut words[index], replacement)
}

/// Moves `numbers` to a new thread, which sorts them in ascending order and
/// hands them back as the thread's result: the caller gets the sorted
/// vector from `join`.
pub fn sort_on_thread(mut numbers: Vec<u64>) -> JoinHandle<Vec<u64>> {
    thread::spawn(move || {
        numbers.sort_unstable();
        numbers
    })
}
