//! # Functions that return borrows
//!
//! Book: book/src/borrowing.md#returning-borrows
//! Check: cargo xtask check borrowing/borrowed-results
//!
//! Reference solution.

/// The longest word, or `None` if there are no words. Of several words of
/// the greatest length, the first. Length is counted in `char`s.
pub fn longest(words: &[String]) -> Option<&str> {
    // One input reference, so elision ties the answer to `words`.
    let mut best: Option<&str> = None;
    for word in words {
        let longer = match best {
            None => true,
            Some(b) => word.chars().count() > b.chars().count(),
        };
        if longer {
            best = Some(word);
        }
    }
    best
}

/// The first word that starts with `prefix`, or `None`.
///
/// The answer is one of the `words`, never `prefix`, so a caller must be
/// able to drop `prefix` and keep using the answer.
pub fn first_with_prefix<'w>(words: &'w [String], prefix: &str) -> Option<&'w str> {
    // `prefix` gets its own, anonymous lifetime: the answer does not borrow it.
    words
        .iter()
        .map(String::as_str)
        .find(|word| word.starts_with(prefix))
}

/// Splits a line such as `"port = 8080"` at its first `=` into the key and
/// the value, each with the spaces around it trimmed off. `None` if the line
/// has no `=` or the key is empty.
pub fn key_value(line: &str) -> Option<(&str, &str)> {
    // Both halves are slices of `line`; nothing is copied.
    let (key, value) = line.split_once('=')?;
    let key = key.trim();
    if key.is_empty() {
        return None;
    }
    Some((key, value.trim()))
}

/// `name` with surrounding spaces trimmed off, or `fallback` if that leaves
/// nothing. Either argument may be returned, so the answer borrows from both.
pub fn label_or<'a>(name: &'a str, fallback: &'a str) -> &'a str {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        fallback
    } else {
        trimmed
    }
}
