//! What symbols do at run time, on the thread that made them.

use std::collections::HashSet;
use std::mem::size_of;
use std::thread;

use thread_symbols::{Symbol, intern};

/// Interning the same text twice gives the same symbol.
#[test]
fn the_same_text_gives_the_same_symbol() {
    let first = intern("alpha");
    let again = intern("alpha");
    assert_eq!(first, again, "the same text was given two symbols");
}

/// Different texts, even ones that differ only in case, give different
/// symbols.
#[test]
fn different_texts_give_different_symbols() {
    let texts = ["beta", "Beta", "gamma", ""];
    let symbols: HashSet<Symbol> = texts.iter().map(|text| intern(text)).collect();
    assert_eq!(
        symbols.len(),
        texts.len(),
        "two different texts share a symbol"
    );
}

/// A symbol gives back exactly the text it was interned from.
#[test]
fn a_symbol_gives_back_its_text() {
    for text in ["delta", "Delta", "epsilon", "delta"] {
        let symbol = intern(text);
        let copy = symbol;
        assert_eq!(symbol.text(), text);
        assert_eq!(copy.text(), text, "a copy of a symbol lost its text");
    }
}

/// A symbol is no bigger than the `u32` it carries: as cheap to copy,
/// compare and hash as a number.
#[test]
fn a_symbol_is_as_small_as_a_u32() {
    assert_eq!(
        size_of::<Symbol>(),
        size_of::<u32>(),
        "a symbol carries more than its number"
    );
}

/// Every thread interns into a table of its own, and its symbols give back
/// their texts there.
#[test]
fn each_thread_interns_for_itself() {
    let here = intern("zeta");
    let there = thread::spawn(|| {
        let symbol = intern("eta");
        assert_eq!(intern("eta"), symbol);
        symbol.text()
    })
    .join()
    .unwrap();
    assert_eq!(there, "eta");
    assert_eq!(here.text(), "zeta");
}
