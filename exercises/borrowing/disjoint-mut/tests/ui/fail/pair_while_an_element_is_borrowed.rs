//! `first` is a mutable borrow of element 0 and is still used at the end.
//! `pair_mut` needs a mutable borrow of the whole slice, element 0 included,
//! so the two would both be able to change element 0 at once.
use disjoint_mut::pair_mut;

fn main() {
    let mut items = vec![1, 2, 3];
    let first = &mut items[0];
    let (a, b) = pair_mut(&mut items, 1, 2); //~ ERROR E0499 cannot borrow `items` as mutable more than once at a time
    *first += *a + *b;
    assert_eq!(items[0], 6);
}
