#![cfg(not(loom))]
//! Each function gives back the very buffers it was given: the tests compare
//! heap addresses (`as_ptr`) before and after, so a copy is caught.

use hand_back::{append_line, replace_word, sort_on_thread, split_by_length, take_longest};

fn words(list: &[&str]) -> Vec<String> {
    list.iter().map(|w| w.to_string()).collect()
}

fn addresses(words: &[String]) -> Vec<*const u8> {
    words.iter().map(|w| w.as_ptr()).collect()
}

#[test]
fn append_line_adds_the_line_and_a_newline() {
    let buffer = append_line(String::from("first\n"), "second");
    let buffer = append_line(buffer, "third");
    assert_eq!(buffer, "first\nsecond\nthird\n");
}

#[test]
fn append_line_gives_back_the_same_buffer() {
    let buffer = String::with_capacity(64);
    let before = buffer.as_ptr();
    let buffer = append_line(buffer, "hello");
    assert_eq!(buffer, "hello\n");
    assert_eq!(
        buffer.as_ptr(),
        before,
        "the text was copied to a new buffer"
    );
}

#[test]
fn split_by_length_keeps_the_order() {
    let (short, long) = split_by_length(words(&["a", "tree", "is", "growing", "tall"]), 2);
    assert_eq!(short, ["a", "is"]);
    assert_eq!(long, ["tree", "growing", "tall"]);
}

#[test]
fn split_by_length_counts_bytes_and_includes_the_limit() {
    let (short, long) = split_by_length(words(&["abc", "abcd", "héé"]), 3);
    assert_eq!(short, ["abc"]);
    assert_eq!(long, ["abcd", "héé"]);
}

#[test]
fn split_by_length_moves_every_word() {
    let input = words(&["one", "three", "four", "seventeen"]);
    let before = addresses(&input);
    let (short, long) = split_by_length(input, 4);
    assert_eq!(short, ["one", "four"]);
    assert_eq!(long, ["three", "seventeen"]);
    assert_eq!(
        addresses(&short),
        [before[0], before[2]],
        "the short words were copied, not moved"
    );
    assert_eq!(
        addresses(&long),
        [before[1], before[3]],
        "the long words were copied, not moved"
    );
}

#[test]
fn split_by_length_of_nothing_is_two_empty_lists() {
    let (short, long) = split_by_length(Vec::new(), 10);
    assert!(short.is_empty());
    assert!(long.is_empty());
}

#[test]
fn take_longest_removes_the_first_longest_word() {
    let mut list = words(&["ab", "abcd", "abc", "wxyz", "a"]);
    assert_eq!(take_longest(&mut list).as_deref(), Some("abcd"));
    assert_eq!(list, ["ab", "abc", "wxyz", "a"]);
    assert_eq!(take_longest(&mut list).as_deref(), Some("wxyz"));
    assert_eq!(list, ["ab", "abc", "a"]);
}

#[test]
fn take_longest_moves_the_word_out() {
    let mut list = words(&["short", "the longest one", "mid"]);
    let before = addresses(&list);
    let longest = take_longest(&mut list).unwrap();
    assert_eq!(longest, "the longest one");
    assert_eq!(
        longest.as_ptr(),
        before[1],
        "the word was copied, not moved"
    );
    assert_eq!(addresses(&list), [before[0], before[2]]);
}

#[test]
fn take_longest_of_nothing_is_none() {
    let mut list: Vec<String> = Vec::new();
    assert_eq!(take_longest(&mut list), None);
    assert!(list.is_empty());
}

#[test]
fn replace_word_returns_the_old_word() {
    let mut list = words(&["red", "green", "blue"]);
    let old = replace_word(&mut list, 1, String::from("yellow"));
    assert_eq!(old, "green");
    assert_eq!(list, ["red", "yellow", "blue"]);
}

#[test]
fn replace_word_moves_both_words() {
    let mut list = words(&["red", "green", "blue"]);
    let old_address = list[2].as_ptr();
    let replacement = String::from("violet");
    let new_address = replacement.as_ptr();
    let old = replace_word(&mut list, 2, replacement);
    assert_eq!(old, "blue");
    assert_eq!(list[2], "violet");
    assert_eq!(
        old.as_ptr(),
        old_address,
        "the old word was copied, not moved out"
    );
    assert_eq!(
        list[2].as_ptr(),
        new_address,
        "the new word was copied, not moved in"
    );
}

#[test]
fn sort_on_thread_sorts() {
    let sorted = sort_on_thread(vec![5, 3, 9, 1, 3]).join().unwrap();
    assert_eq!(sorted, [1, 3, 3, 5, 9]);
}

#[test]
fn sort_on_thread_gives_back_the_same_vector() {
    let numbers: Vec<u64> = (0..1000).rev().collect();
    let before = numbers.as_ptr();
    let sorted = sort_on_thread(numbers).join().unwrap();
    assert!(sorted.windows(2).all(|pair| pair[0] <= pair[1]));
    assert_eq!(sorted.len(), 1000);
    assert_eq!(
        sorted.as_ptr(),
        before,
        "the numbers were copied, not moved"
    );
}

#[test]
fn sort_on_thread_runs_on_another_thread() {
    let handle = sort_on_thread(vec![2, 1]);
    assert_ne!(handle.thread().id(), std::thread::current().id());
    assert_eq!(handle.join().unwrap(), [1, 2]);
}

/// `replace_word` panics, as documented, when the index is out of bounds,
/// and leaves the words as they were.
#[test]
fn replace_word_panics_when_the_index_is_out_of_bounds() {
    let mut list = words(&["red", "green"]);
    assert_eq!(replace_word(&mut list, 1, String::from("blue")), "green");
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        replace_word(&mut list, 2, String::from("violet"))
    }));
    assert!(
        outcome.is_err(),
        "index 2 of a list of two words did not panic"
    );
    assert_eq!(list, ["red", "blue"]);
}
