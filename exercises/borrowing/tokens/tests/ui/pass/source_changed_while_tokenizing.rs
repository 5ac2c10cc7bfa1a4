use borrow_tokens::Tokens;

fn main() {
    let mut source = String::from("a b");
    // Finish with one tokenizer before changing the source...
    let before = Tokens::new(&source).count();
    source.push_str(" c");
    // ...and start a new one afterwards.
    let mut tokens = Tokens::new(&source);
    assert_eq!(tokens.next().as_deref(), Some("a"));
    // `b` and `c` are left: as many as the whole source had before.
    assert_eq!(tokens.count(), before);
}
