//! `tokens` still reads `source` after the `push_str`. Growing a `String` may
//! move its text to a bigger buffer, which would leave the tokenizer reading
//! the old, freed one; so the source cannot change while it is borrowed.
use borrow_tokens::Tokens;

fn main() {
    let mut source = String::from("a b");
    let mut tokens = Tokens::new(&source);
    source.push_str(" c"); //~ ERROR E0502 cannot borrow `source` as mutable because it is also borrowed as immutable
    assert_eq!(tokens.next().as_deref(), Some("a"));
}
