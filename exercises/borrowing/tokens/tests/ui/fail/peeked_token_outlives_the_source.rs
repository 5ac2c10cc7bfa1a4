//! `peek` shows a slice of the source, as `next` does. The source is dropped
//! at the end of the inner block, so the peeked token cannot be used after it.
use borrow_tokens::Tokens;

fn main() {
    let peeked;
    {
        let source = String::from("let x = 1;");
        peeked = Tokens::new(&source).peek(); //~ ERROR E0597 `source` does not live long enough
    }
    assert_eq!(peeked.as_deref(), Some("let"));
}
