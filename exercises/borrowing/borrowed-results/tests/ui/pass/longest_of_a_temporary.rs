use borrowed_results::longest;

fn main() {
    // A `let` gives the vector a name, and a life to the end of the block.
    let words = vec![String::from("fig"), String::from("kiwi")];
    let word = longest(&words);
    assert_eq!(word.as_deref(), Some("kiwi"));
    // Or copy the answer out while the temporary is still alive.
    let owned = longest(&[String::from("fig"), String::from("kiwi")]).map(|word| word.to_string());
    assert_eq!(owned.as_deref(), Some("kiwi"));
}
