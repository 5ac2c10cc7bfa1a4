//! # Functions that return borrows
//!
//! Book: book/src/borrowing.md#returning-borrows
//! Check: cargo xtask check borrowing/borrowed-results
//!
//! Each function here finds something inside its input and returns it as a
//! borrow instead of a copy. The signature says which input the answer
//! borrows from, and so how long the caller may keep it. Three signatures
//! are right as given. One is not: `first_with_prefix` ties its answer to
//! `prefix` as well as to `words`, which stops a caller from dropping the
//! prefix while still using the word it found. Fix that signature and write
//! the four bodies. `cargo xtask check` tries callers that must be refused
//! and callers that must be accepted.

/// The longest word, or `None` if there are no words. Of several words of
/// the greatest length, the first. Length is counted in `char`s.
pub fn longest(words: &[String]) -> Option<&str> {
    todo!("the longest of {words:?}")
}

/// The first word that starts with `prefix`, or `None`.
///
/// The answer is one of the `words`, never `prefix`, so a caller must be
/// able to drop `prefix` and keep using the answer. TODO: the lifetimes
/// below do not allow that; change them so that they do.
pub fn first_with_prefix<'a>(words: &'a [String], prefix: &'a str) -> Option<&'a str> {
    todo!("the first of {words:?} that starts with {prefix:?}")
}

/// Splits a line such as `"port = 8080"` at its first `=` into the key and
/// the value, each with the spaces around it trimmed off. `None` if the line
/// has no `=` or the key is empty.
pub fn key_value(line: &str) -> Option<(&str, &str)> {
    todo!("split {line:?}")
}

/// `name` with surrounding spaces trimmed off, or `fallback` if that leaves
/// nothing. Either argument may be returned, so the answer borrows from both.
pub fn label_or<'a>(name: &'a str, fallback: &'a str) -> &'a str {
    todo!("{name:?} or {fallback:?}")
}
