//! A token is a slice of the source text. The source is dropped at the end
//! of the inner block, so the token cannot be used after it.
use borrow_tokens::Tokens;

fn main() {
    let first;
    {
        let source = String::from("let x = 1;");
        first = Tokens::new(&source).next(); //~ ERROR E0597 `source` does not live long enough
    }
    assert_eq!(first.as_deref(), Some("let"));
}
