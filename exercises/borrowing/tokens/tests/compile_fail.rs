#![cfg(not(loom))]
//! A tokenizer and its tokens borrow the source text: they must not outlive
//! it, and it must not change under them. Each case in `tests/ui/fail/` has a
//! twin in `tests/ui/pass/` that must compile and run.

workbook_ui::cases! {
    /// A tokenizer borrows its source, so it cannot outlive the source.
    tokenizer_outlives_the_source,
    /// A token is a slice of the source, so it cannot outlive the source either.
    token_outlives_the_source,
    /// The source cannot be changed while a tokenizer still reads it.
    source_changed_while_tokenizing,
    /// A peeked token is a slice of the source: it may outlive the tokenizer, not the source.
    peeked_token_outlives_the_source,
}
