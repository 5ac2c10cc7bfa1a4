use borrow_tokens::Tokens;

fn main() {
    // The token borrows the source, not the tokenizer: the tokenizer is a
    // temporary dropped at the end of the statement, the token lives on.
    let source = String::from("let x = 1;");
    let first;
    {
        first = Tokens::new(&source).next();
    }
    assert_eq!(first.as_deref(), Some("let"));
}
