//! `a` and `b` borrow the vector mutably until their last use. A mutable
//! borrow excludes every other borrow, even one that only reads the length.
use disjoint_mut::pair_mut;

fn main() {
    let mut items = vec![1, 2, 3];
    let (a, b) = pair_mut(&mut items, 0, 2);
    let len = items.len(); //~ ERROR E0502 cannot borrow `items` as immutable because it is also borrowed as mutable
    std::mem::swap(a, b);
    assert_eq!(len, 3);
}
