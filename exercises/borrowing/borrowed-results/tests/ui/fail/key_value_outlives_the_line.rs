//! The key and the value are slices of `line`, which is dropped at the end of
//! the inner block; using them after it would read freed memory.
use borrowed_results::key_value;

fn main() {
    let pair;
    {
        let line = String::from("port = 8080");
        pair = key_value(&line); //~ ERROR E0597 `line` does not live long enough
    }
    let (key, value) = pair.unwrap();
    assert_eq!((key.len(), value.len()), (4, 4));
}
