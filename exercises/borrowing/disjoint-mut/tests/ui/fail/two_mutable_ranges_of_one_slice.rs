//! The borrow checker does not compare index ranges: `&mut items[..2]` is a
//! mutable borrow of `items`, so a second one is refused while the first is
//! alive, though the ranges do not overlap. `split_at_mut` is the way to get
//! both halves.
use disjoint_mut::swap_halves;

fn main() {
    let mut items = vec![1, 2, 3, 4];
    let left = &mut items[..2];
    let right = &mut items[2..]; //~ ERROR E0499 cannot borrow `items` as mutable more than once at a time
    left.swap_with_slice(right);
    swap_halves(&mut items);
    assert_eq!(items, [1, 2, 3, 4]);
}
