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

#[test]
fn longest_finds_the_longest_word() {
    let list = words(&["fig", "banana", "kiwi"]);
    assert_eq!(longest(&list), Some("banana"));
}

#[test]
fn longest_prefers_the_first_of_equal_lengths() {
    let list = words(&["pear", "plum", "lime"]);
    let found = longest(&list).unwrap();
    assert_eq!(found, "pear");
    assert!(
        points_into(found, &list[0]),
        "the answer must borrow the first word"
    );
}

#[test]
fn longest_counts_characters_not_bytes() {
    // "déjà" is 4 chars in 6 bytes; "bread" is 5 chars in 5 bytes.
    let list = words(&["déjà", "bread"]);
    assert_eq!(longest(&list), Some("bread"));
}

#[test]
fn longest_of_no_words_is_none() {
    assert_eq!(longest(&[]), None);
}

#[test]
fn longest_returns_a_borrow_of_the_word() {
    let list = words(&["a", "abc", "ab"]);
    let found = longest(&list).unwrap();
    assert!(
        points_into(found, &list[1]),
        "the answer is a copy, not a borrow"
    );
}

#[test]
fn first_with_prefix_finds_the_first_match() {
    let list = words(&["apple", "banana", "blueberry", "cherry"]);
    assert_eq!(first_with_prefix(&list, "b"), Some("banana"));
    assert_eq!(first_with_prefix(&list, "bl"), Some("blueberry"));
    assert_eq!(first_with_prefix(&list, "cherry"), Some("cherry"));
}

#[test]
fn first_with_prefix_without_a_match_is_none() {
    let list = words(&["apple", "banana"]);
    assert_eq!(first_with_prefix(&list, "z"), None);
    assert_eq!(first_with_prefix(&list, "apples"), None);
}

#[test]
fn first_with_an_empty_prefix_is_the_first_word() {
    let list = words(&["apple", "banana"]);
    let found = first_with_prefix(&list, "").unwrap();
    assert_eq!(found, "apple");
    assert!(points_into(found, &list[0]));
}

#[test]
fn key_value_splits_and_trims() {
    assert_eq!(key_value("port = 8080"), Some(("port", "8080")));
    assert_eq!(key_value("  name=Ferris  "), Some(("name", "Ferris")));
}

#[test]
fn key_value_splits_at_the_first_equals_sign() {
    assert_eq!(key_value("expr = a = b"), Some(("expr", "a = b")));
}

#[test]
fn key_value_allows_an_empty_value() {
    assert_eq!(key_value("empty ="), Some(("empty", "")));
}

#[test]
fn key_value_rejects_lines_without_a_key_or_an_equals_sign() {
    assert_eq!(key_value("no equals sign"), None);
    assert_eq!(key_value("   = 3"), None);
    assert_eq!(key_value(""), None);
}

#[test]
fn key_value_returns_borrows_of_the_line() {
    let line = String::from("colour = blue");
    let (key, value) = key_value(&line).unwrap();
    assert!(points_into(key, &line) && points_into(value, &line));
}

#[test]
fn label_or_trims_the_name() {
    assert_eq!(label_or("  Ferris ", "anonymous"), "Ferris");
}

#[test]
fn label_or_falls_back_on_a_blank_name() {
    assert_eq!(label_or("   ", "anonymous"), "anonymous");
    assert_eq!(label_or("", "anonymous"), "anonymous");
}
