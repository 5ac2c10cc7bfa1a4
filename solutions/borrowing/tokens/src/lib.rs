//! # A tokenizer that borrows its source
//!
//! Book: book/src/borrowing.md#views-that-borrow-their-source
//! Check: cargo xtask check borrowing/tokens
//!
//! Reference solution.

/// The tokens of a borrowed piece of text, in order.
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    /// The part of the source not yet handed out. Every token is a slice of
    /// it, so tokens borrow the source for `'a`, not the tokenizer.
    rest: &'a str,
}

/// Whether `c` belongs to a word token.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl<'a> Tokens<'a> {
    /// A tokenizer positioned at the start of `source`.
    pub fn new(source: &'a str) -> Tokens<'a> {
        Tokens { rest: source }
    }

    /// The token that `next` would return, without moving past it.
    pub fn peek(&self) -> Option<&'a str> {
        // A copy of a tokenizer is one `&str`: cheap, and it borrows the
        // same source for the same `'a`.
        self.clone().next()
    }

    /// The part of the source not yet handed out, starting at the next token
    /// (whitespace before it is skipped); `""` once every token is out.
    pub fn rest(&self) -> &'a str {
        self.rest.trim_start()
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    /// The next token, a slice of the source; `None` at the end, and again
    /// on every later call.
    fn next(&mut self) -> Option<&'a str> {
        let text = self.rest.trim_start();
        let first = text.chars().next()?;
        // Byte offsets from `char_indices`, so a cut never splits a character.
        let end = if is_word(first) {
            text.char_indices()
                .find(|&(_, c)| !is_word(c))
                .map_or(text.len(), |(at, _)| at)
        } else {
            first.len_utf8()
        };
        let (token, rest) = text.split_at(end);
        self.rest = rest;
        Some(token)
    }
}
