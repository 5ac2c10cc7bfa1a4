//! The array built in the argument is a temporary: it is dropped at the end
//! of the statement. `longest` returns a borrow of it, so `word` would point
//! into an array that no longer exists.
use borrowed_results::longest;

fn main() {
    let word = longest(&[String::from("fig"), String::from("kiwi")]); //~ ERROR E0716 temporary value dropped while borrowed
    assert_eq!(word.as_deref(), Some("kiwi"));
}
