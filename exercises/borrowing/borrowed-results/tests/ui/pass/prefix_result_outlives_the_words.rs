use borrowed_results::first_with_prefix;

fn main() {
    // The answer borrows `words` only: `prefix` may be gone while it is used.
    // (This compiles only when the signature does not tie the answer to `prefix`.)
    let words = vec![String::from("apple"), String::from("banana")];
    let found;
    {
        let prefix = String::from("b");
        found = first_with_prefix(&words, &prefix);
    }
    assert_eq!(found.as_deref(), Some("banana"));
}
