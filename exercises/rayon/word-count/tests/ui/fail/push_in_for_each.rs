//! Two threads pushing to one `Vec` at once could both write the same slot,
//! or one could reallocate the buffer while the other writes into it.
use rayon_word_count::for_each_word;

fn main() {
    let lines = ["one two", "three"];
    let mut lengths = Vec::new();
    for_each_word(&lines, |word| lengths.push(word.len())); //~ ERROR E0596 cannot borrow `lengths` as mutable
    assert_eq!(lengths.len(), 3);
}
