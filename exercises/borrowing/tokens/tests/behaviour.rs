#![cfg(not(loom))]
//! How a tokenizer cuts text into tokens, and that the tokens are slices of it.

use borrow_tokens::Tokens;

fn all(source: &str) -> Vec<String> {
    Tokens::new(source).map(|token| token.to_string()).collect()
}

/// Whether `part` lies inside `whole` (a borrow of it, not a copy).
fn points_into(part: &str, whole: &str) -> bool {
    let start = whole.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    at >= start && at + part.len() <= start + whole.len()
}

/// Spaces, tabs and newlines separate tokens.
#[test]
fn words_are_separated_by_whitespace() {
    assert_eq!(all("let  answer\tis\n42"), ["let", "answer", "is", "42"]);
}

/// A character that is not part of a word, nor whitespace, is a token of its own; `_` is part of a word.
#[test]
fn other_characters_are_tokens_of_their_own() {
    assert_eq!(all("total+=x_1;"), ["total", "+", "=", "x_1", ";"]);
    assert_eq!(all("(a, b)"), ["(", "a", ",", "b", ")"]);
}

/// Symbols next to each other are separate tokens.
#[test]
fn symbols_are_never_grouped() {
    assert_eq!(all("a->>b"), ["a", "-", ">", ">", "b"]);
}

/// Letters beyond ASCII belong to words.
#[test]
fn words_may_hold_letters_beyond_ascii() {
    assert_eq!(all("naïve café"), ["naïve", "café"]);
    assert_eq!(all("größe=10"), ["größe", "=", "10"]);
}

/// A symbol beyond ASCII, several bytes long, is one token.
#[test]
fn a_symbol_beyond_ascii_is_one_token() {
    assert_eq!(all("5€+2€"), ["5", "€", "+", "2", "€"]);
}

/// An empty or blank source has no tokens.
#[test]
fn empty_and_blank_sources_have_no_tokens() {
    assert!(all("").is_empty());
    assert!(all(" \n\t ").is_empty());
}

/// At the end `next` returns `None`, and keeps doing so.
#[test]
fn next_keeps_returning_none_at_the_end() {
    let mut tokens = Tokens::new("x ");
    assert_eq!(tokens.next().as_deref(), Some("x"));
    assert_eq!(tokens.next().as_deref(), None);
    assert_eq!(tokens.next().as_deref(), None);
}

/// Every token is a slice of the source, not a copy.
#[test]
fn tokens_are_slices_of_the_source() {
    let source = String::from("alpha + beta");
    for token in Tokens::new(&source) {
        assert!(
            points_into(&token, &source),
            "{token:?} is a copy, not a slice of the source"
        );
    }
}

/// `peek` shows the next token without moving past it.
#[test]
fn peek_does_not_move_past_the_token() {
    let mut tokens = Tokens::new("a = b");
    assert_eq!(tokens.peek().as_deref(), Some("a"));
    assert_eq!(tokens.peek().as_deref(), Some("a"));
    assert_eq!(tokens.next().as_deref(), Some("a"));
    assert_eq!(tokens.peek().as_deref(), Some("="));
    assert_eq!(tokens.next().as_deref(), Some("="));
    assert_eq!(tokens.next().as_deref(), Some("b"));
    assert_eq!(tokens.peek().as_deref(), None);
}

/// `rest` is the text from the next token on, and `""` at the end.
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

/// `rest` is a slice of the source, not a copy.
#[test]
fn rest_is_a_slice_of_the_source() {
    let source = String::from("one two");
    let mut tokens = Tokens::new(&source);
    tokens.next();
    assert!(points_into(&tokens.rest(), &source));
}
