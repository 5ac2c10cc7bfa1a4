//! # A tokenizer that borrows its source
//!
//! Book: book/src/borrowing.md#views-that-borrow-their-source
//! Check: cargo xtask check borrowing/tokens
//!
//! `Tokens` walks a piece of text and hands out its tokens. A token is either
//! a word (a run of letters, digits and `_`) or any other single character
//! that is not whitespace, so `"total+=x_1;"` is `total`, `+`, `=`, `x_1`,
//! `;`. Whitespace only separates tokens.
//!
//! The signatures below compile, but they copy: every token is a new
//! `String`, and nothing ties a tokenizer to the text it reads. Change them
//! so that `Tokens` borrows its source and hands out its tokens (and `peek`
//! and `rest`) as slices of that text, copying nothing. Then the compiler
//! must refuse to let a tokenizer or a token outlive the source, and to let
//! the source change while a tokenizer still reads it. It must still accept
//! a token, from `next` or from `peek`, that outlives the tokenizer: tokens
//! borrow the source, not the tokenizer. `cargo xtask check` tries all of
//! these.

/// The tokens of a piece of text, in order.
#[derive(Debug, Clone)]
pub struct Tokens {
    // TODO: what does a tokenizer need to remember, and whose is it?
}

impl Tokens {
    /// A tokenizer positioned at the start of `source`.
    pub fn new(source: &str) -> Tokens {
        todo!("tokenize {source:?}")
    }

    /// The token that `next` would return, without moving past it.
    pub fn peek(&self) -> Option<String> {
        todo!()
    }

    /// The part of the source not yet handed out, starting at the next token
    /// (whitespace before it is skipped); `""` once every token is out.
    pub fn rest(&self) -> String {
        todo!()
    }
}

impl Iterator for Tokens {
    type Item = String;

    /// The next token; `None` at the end, and again on every later call.
    fn next(&mut self) -> Option<String> {
        todo!()
    }
}
