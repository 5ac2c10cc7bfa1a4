#![cfg(not(loom))]
//! How a tokenizer cuts text into tokens, and that the tokens are slices of it.

use borrow_tokens::Tokens;

fn all(source: &str) -> Vec<&str> {
    Tokens::new(source).collect()
}

/// Whether `part` lies inside `whole` (a borrow of it, not a copy).
fn points_into(part: &str, whole: &str) -> bool {
    let start = whole.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    at >= start && at + part.len() <= start + whole.len()
}

#[test]
fn words_are_separated_by_whitespace() {
    assert_eq!(all("let  answer\tis\n42"), ["let", "answer", "is", "42"]);
}

#[test]
fn other_characters_are_tokens_of_their_own() {
    assert_eq!(all("total+=x_1;"), ["total", "+", "=", "x_1", ";"]);
    assert_eq!(all("(a, b)"), ["(", "a", ",", "b", ")"]);
}

#[test]
fn symbols_are_never_grouped() {
    assert_eq!(all("a->>b"), ["a", "-", ">", ">", "b"]);
}

#[test]
fn words_may_hold_letters_beyond_ascii() {
    assert_eq!(all("naïve café"), ["naïve", "café"]);
    assert_eq!(all("größe=10"), ["größe", "=", "10"]);
}

#[test]
fn a_symbol_beyond_ascii_is_one_token() {
    assert_eq!(all("5€+2€"), ["5", "€", "+", "2", "€"]);
}

#[test]
fn empty_and_blank_sources_have_no_tokens() {
    assert!(all("").is_empty());
    assert!(all(" \n\t ").is_empty());
}

#[test]
fn next_keeps_returning_none_at_the_end() {
    let mut tokens = Tokens::new("x ");
    assert_eq!(tokens.next(), Some("x"));
    assert_eq!(tokens.next(), None);
    assert_eq!(tokens.next(), None);
}

#[test]
fn tokens_are_slices_of_the_source() {
    let source = String::from("alpha + beta");
    for token in Tokens::new(&source) {
        assert!(
            points_into(token, &source),
            "{token:?} is a copy, not a slice of the source"
        );
    }
}

#[test]
fn peek_does_not_move_past_the_token() {
    let mut tokens = Tokens::new("a = b");
    assert_eq!(tokens.peek(), Some("a"));
    assert_eq!(tokens.peek(), Some("a"));
    assert_eq!(tokens.next(), Some("a"));
    assert_eq!(tokens.peek(), Some("="));
    assert_eq!(tokens.next(), Some("="));
    assert_eq!(tokens.next(), Some("b"));
    assert_eq!(tokens.peek(), None);
}

#[test]
fn rest_starts_at_the_next_token() {
    let mut tokens = Tokens::new("  let x = 1;  ");
    assert_eq!(tokens.rest(), "let x = 1;  ");
    tokens.next();
    assert_eq!(tokens.rest(), "x = 1;  ");
    tokens.next();
    tokens.next();
    tokens.next();
    assert_eq!(tokens.rest(), ";  ");
    tokens.next();
    assert_eq!(tokens.rest(), "");
}

#[test]
fn rest_is_a_slice_of_the_source() {
    let source = String::from("one two");
    let mut tokens = Tokens::new(&source);
    tokens.next();
    assert!(points_into(tokens.rest(), &source));
}

#[test]
fn a_clone_continues_on_its_own() {
    let mut tokens = Tokens::new("a b c");
    tokens.next();
    let mut ahead = tokens.clone();
    assert_eq!(ahead.next(), Some("b"));
    assert_eq!(ahead.next(), Some("c"));
    assert_eq!(tokens.next(), Some("b"));
}

#[test]
fn tokens_outlive_the_tokenizer() {
    let source = String::from("keep these words");
    let kept: Vec<&str> = {
        let tokens = Tokens::new(&source);
        tokens.collect()
    };
    assert_eq!(kept, ["keep", "these", "words"]);
}
