//! The tokenizer holds a borrow of `source`, which is dropped at the end of
//! the inner block. Calling `next` after that would read freed memory.
use borrow_tokens::Tokens;

fn main() {
    let mut tokens;
    {
        let source = String::from("let x = 1;");
        tokens = Tokens::new(&source); //~ ERROR E0597 `source` does not live long enough
    }
    assert_eq!(tokens.next().as_deref(), Some("let"));
}
