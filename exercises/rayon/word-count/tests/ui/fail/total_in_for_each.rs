//! Calls of `f` run at the same time on different threads: two of them
//! adding to one `usize` would be a data race.
use rayon_word_count::for_each_word;

fn main() {
    let lines = ["one two", "three"];
    let mut total = 0;
    for_each_word(&lines, |_word| total += 1); //~ ERROR E0594 cannot assign to `total`
    assert_eq!(total, 3);
}
