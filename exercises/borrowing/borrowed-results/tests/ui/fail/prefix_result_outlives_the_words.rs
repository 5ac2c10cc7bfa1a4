//! `first_with_prefix` returns one of the words, a borrow of `words`. The
//! words are dropped at the end of the inner block, so using the answer after
//! it would read freed memory.
use borrowed_results::first_with_prefix;

fn main() {
    let found;
    {
        let words = vec![String::from("apple"), String::from("banana")];
        found = first_with_prefix(&words, "b"); //~ ERROR E0597 `words` does not live long enough
    }
    assert_eq!(found.as_deref(), Some("banana"));
}
