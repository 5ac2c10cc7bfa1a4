//! # A tokenizer that borrows its source
//!
//! Book: book/src/borrowing.md#views-that-borrow-their-source
//! Check: cargo xtask check borrowing/tokens
//!
//! `Tokens` walks a piece of text and hands out its tokens as slices of that
//! text, copying nothing. A token is either a word (a run of letters, digits
//! and `_`) or any other single character that is not whitespace, so
//! `"total+=x_1;"` is `total`, `+`, `=`, `x_1`, `;`. Whitespace only separates
//! tokens. Because the tokenizer and its tokens borrow the source, the
//! compiler must refuse to let either outlive it, or the source be changed
//! while they are in use; `cargo xtask check` tries both. The tokens
//! themselves borrow the source, not the tokenizer, so they may outlive it.

use std::marker::PhantomData;

/// The tokens of a borrowed piece of text, in order.
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    // TODO: a borrow of the source text, or of the part of it not yet handed
    // out. The `PhantomData` only keeps the starter compiling: replace it.
    _todo: PhantomData<&'a str>,
}

impl<'a> Tokens<'a> {
    /// A tokenizer positioned at the start of `source`.
    pub fn new(source: &'a str) -> Tokens<'a> {
        todo!("tokenize {source:?}")
    }

    /// The token that `next` would return, without moving past it.
    pub fn peek(&self) -> Option<&'a str> {
        todo!()
    }

    /// The part of the source not yet handed out, starting at the next token
    /// (whitespace before it is skipped); `""` once every token is out.
    pub fn rest(&self) -> &'a str {
        todo!()
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    /// The next token, a slice of the source; `None` at the end, and again
    /// on every later call.
    fn next(&mut self) -> Option<&'a str> {
        todo!()
    }
}
