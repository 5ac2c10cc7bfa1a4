use borrow_tokens::Tokens;

fn main() {
    // The peeked token borrows the source, not the tokenizer: it may be kept
    // after the tokenizer is gone, as long as the source lives.
    let source = String::from("let x = 1;");
    let peeked;
    {
        let tokens = Tokens::new(&source);
        peeked = tokens.peek();
    }
    assert_eq!(peeked.as_deref(), Some("let"));
}
