//! # Handing buffers over and back
//!
//! Book: book/src/ownership.md#passing-and-returning-ownership
//! Check: cargo xtask check ownership/hand-back
//!
//! Each function here is handed a buffer or a list of words, changes it, and
//! hands it back, to its caller or through a thread. None of them may copy
//! the text or the numbers: the tests compare the address of each heap
//! buffer before and after, so a `clone()` or a freshly collected `String`
//! shows up as a different allocation. Move values; never copy them.

use std::thread::JoinHandle;

/// Appends `line` and then a newline to `buffer`, and gives the buffer back.
pub fn append_line(buffer: String, line: &str) -> String {
    let _ = (buffer, line);
    todo!()
}

/// Splits `words` into the words at most `max_len` bytes long and the longer
/// ones, both in their original order. Each word is moved into its new list.
pub fn split_by_length(words: Vec<String>, max_len: usize) -> (Vec<String>, Vec<String>) {
    let _ = (words, max_len);
    todo!()
}

/// Removes the longest word from `words` and returns it: the first one if
/// several are equally long, `None` if there are no words. The words left
/// keep their order.
pub fn take_longest(words: &mut Vec<String>) -> Option<String> {
    let _ = words;
    todo!()
}

/// Puts `replacement` at `words[index]` and returns the word that was there.
/// Panics if `index` is out of bounds.
pub fn replace_word(words: &mut [String], index: usize, replacement: String) -> String {
    let _ = (words, index, replacement);
    todo!()
}

/// Moves `numbers` to a new thread, which sorts them in ascending order and
/// hands them back as the thread's result: the caller gets the sorted
/// vector from `join`.
pub fn sort_on_thread(numbers: Vec<u64>) -> JoinHandle<Vec<u64>> {
    let _ = numbers;
    todo!()
}
