//! # Functions that return borrows
//!
//! Book: book/src/borrowing.md#returning-borrows
//! Check: cargo xtask check borrowing/borrowed-results
//!
//! Each function here finds something inside its input. It must hand the
//! answer back as a borrow of that input, not as a copy: a slice of the
//! word, of the line, of the name. The signatures below compile, but they
//! return new `String`s. Change each one to return a borrow, and say, with
//! lifetimes where elision cannot, which input the answer borrows from.
//!
//! The signature is a promise that the compiler holds every caller to. A
//! caller must not be able to keep an answer after the input it may come
//! from is gone, and must be able to drop an input the answer never comes
//! from and keep the answer. `cargo xtask check` tries callers of both kinds.

/// The longest word, or `None` if there are no words. Of several words of
/// the greatest length, the first. Length is counted in `char`s.
pub fn longest(words: &[String]) -> Option<String> {
    todo!("the longest of {words:?}")
}

/// The first word that starts with `prefix`, or `None`.
///
/// The answer is one of the `words`, never `prefix`, so a caller must be
/// able to drop `prefix` and keep using the answer.
pub fn first_with_prefix(words: &[String], prefix: &str) -> Option<String> {
    todo!("the first of {words:?} that starts with {prefix:?}")
}

/// Splits a line such as `"port = 8080"` at its first `=` into the key and
/// the value, each with the spaces around it trimmed off. `None` if the line
/// has no `=` or the key is empty.
pub fn key_value(line: &str) -> Option<(String, String)> {
    todo!("split {line:?}")
}

/// `name` with surrounding spaces trimmed off, or `fallback` if that leaves
/// nothing. Either argument may be the answer.
pub fn label_or(name: &str, fallback: &str) -> String {
    todo!("{name:?} or {fallback:?}")
}
