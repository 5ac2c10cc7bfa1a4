use borrow_tokens::Tokens;

fn main() {
    let source = String::from("let x = 1;");
    let mut tokens;
    {
        tokens = Tokens::new(&source);
    }
    assert_eq!(tokens.next().as_deref(), Some("let"));
}
