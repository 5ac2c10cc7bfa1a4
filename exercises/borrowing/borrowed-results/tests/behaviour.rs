#![cfg(not(loom))]
//! What each function finds, and that what it returns is a view of its input.

use borrowed_results::{first_with_prefix, key_value, label_or, longest};

fn words(list: &[&str]) -> Vec<String> {
    list.iter().map(|&w| w.to_owned()).collect()
}

/// Whether `part` lies inside `whole` (a borrow of it, not a copy).
fn points_into(part: &str, whole: &str) -> bool {
    let start = whole.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    at >= start && at + part.len() <= start + whole.len()
}

/// The key and the value of `line`, as owned text that is easy to compare.
fn split(line: &str) -> Option<(String, String)> {
    key_value(line).map(|(key, value)| (key.to_string(), value.to_string()))
}

fn pair(key: &str, value: &str) -> Option<(String, String)> {
    Some((key.to_owned(), value.to_owned()))
}

/// `longest` finds the word with the most characters.
#[test]
fn longest_finds_the_longest_word() {
    let list = words(&["fig", "banana", "kiwi"]);
    assert_eq!(longest(&list).as_deref(), Some("banana"));
}

/// Of several words of the greatest length, `longest` returns the first.
#[test]
fn longest_prefers_the_first_of_equal_lengths() {
    let list = words(&["pear", "plum", "lime"]);
    let found = longest(&list).unwrap();
    assert_eq!(found, "pear");
    assert!(
        points_into(&found, &list[0]),
        "the answer must borrow the first word"
    );
}

/// `longest` counts characters, not bytes.
#[test]
fn longest_counts_characters_not_bytes() {
    // "déjà" is 4 chars in 6 bytes; "bread" is 5 chars in 5 bytes.
    let list = words(&["déjà", "bread"]);
    assert_eq!(longest(&list).as_deref(), Some("bread"));
}

/// `longest` of no words is `None`.
#[test]
fn longest_of_no_words_is_none() {
    assert_eq!(longest(&[]).as_deref(), None);
}

/// The word `longest` returns is a borrow of the word in the list, not a copy.
#[test]
fn longest_returns_a_borrow_of_the_word() {
    let list = words(&["a", "abc", "ab"]);
    let found = longest(&list).unwrap();
    assert!(
        points_into(&found, &list[1]),
        "the answer is a copy, not a borrow"
    );
}

/// `first_with_prefix` returns the first word that starts with the prefix.
#[test]
fn first_with_prefix_finds_the_first_match() {
    let list = words(&["apple", "banana", "blueberry", "cherry"]);
    assert_eq!(first_with_prefix(&list, "b").as_deref(), Some("banana"));
    assert_eq!(first_with_prefix(&list, "bl").as_deref(), Some("blueberry"));
    assert_eq!(
        first_with_prefix(&list, "cherry").as_deref(),
        Some("cherry")
    );
}

/// A prefix no word starts with, even one longer than a word it begins with, finds nothing.
#[test]
fn first_with_prefix_without_a_match_is_none() {
    let list = words(&["apple", "banana"]);
    assert_eq!(first_with_prefix(&list, "z").as_deref(), None);
    assert_eq!(first_with_prefix(&list, "apples").as_deref(), None);
}

/// Every word starts with the empty prefix, so the answer is the first word, borrowed.
#[test]
fn first_with_an_empty_prefix_is_the_first_word() {
    let list = words(&["apple", "banana"]);
    let found = first_with_prefix(&list, "").unwrap();
    assert_eq!(found, "apple");
    assert!(points_into(&found, &list[0]));
}

/// `key_value` splits at the `=` and trims the spaces around key and value.
#[test]
fn key_value_splits_and_trims() {
    assert_eq!(split("port = 8080"), pair("port", "8080"));
    assert_eq!(split("  name=Ferris  "), pair("name", "Ferris"));
}

/// Only the first `=` separates the key from the value.
#[test]
fn key_value_splits_at_the_first_equals_sign() {
    assert_eq!(split("expr = a = b"), pair("expr", "a = b"));
}

/// A line with a key and nothing after the `=` has an empty value.
#[test]
fn key_value_allows_an_empty_value() {
    assert_eq!(split("empty ="), pair("empty", ""));
}

/// A line with no `=`, or with nothing but spaces before it, is `None`.
#[test]
fn key_value_rejects_lines_without_a_key_or_an_equals_sign() {
    assert_eq!(split("no equals sign"), None);
    assert_eq!(split("   = 3"), None);
    assert_eq!(split(""), None);
}

/// The key and the value are slices of the line, not copies.
#[test]
fn key_value_returns_borrows_of_the_line() {
    let line = String::from("colour = blue");
    let (key, value) = key_value(&line).unwrap();
    assert!(points_into(&key, &line) && points_into(&value, &line));
}

/// `label_or` returns the name without the spaces around it.
#[test]
fn label_or_trims_the_name() {
    assert_eq!(label_or("  Ferris ", "anonymous"), "Ferris");
}

/// A name that is empty or only spaces gives the fallback.
#[test]
fn label_or_falls_back_on_a_blank_name() {
    assert_eq!(label_or("   ", "anonymous"), "anonymous");
    assert_eq!(label_or("", "anonymous"), "anonymous");
}

/// The label is a slice of the name, or the fallback itself, not a copy.
#[test]
fn label_or_returns_a_borrow_of_an_argument() {
    let name = String::from("  Ferris ");
    let fallback = String::from("anonymous");
    let label = label_or(&name, &fallback);
    assert!(
        points_into(&label, &name),
        "the label is a copy of the name"
    );
    let blank = String::from("  ");
    let label = label_or(&blank, &fallback);
    assert!(
        points_into(&label, &fallback),
        "the label is a copy of the fallback"
    );
}
