//! # Two mutable halves of one slice
//!
//! Book: book/src/borrowing.md#two-mutable-halves-with-split_at_mut
//! Check: cargo xtask check borrowing/disjoint-mut
//!
//! Each function below changes a slice in place while it works on two parts
//! of it at once. Writing `&mut items[..mid]` and `&mut items[mid..]` side by
//! side does not compile: the borrow checker sees two mutable borrows of
//! `items`, not two borrows of different elements. `split_at_mut` is the
//! way to get the two halves, because it proves that they do not overlap.
//! Write each function without `unsafe`, and without copying the slice into
//! a new vector.

/// Swaps the first half of `items` with the second half. With an odd number
/// of items the middle one stays where it is: `[1, 2, 3, 4, 5]` becomes
/// `[4, 5, 3, 1, 2]`.
pub fn swap_halves<T>(items: &mut [T]) {
    let _ = items;
    todo!()
}

/// Adds to each element of the first half its mirror image in the second
/// half: element `i` gains element `len - 1 - i`. The second half, and the
/// middle element of an odd-length slice, are left as they were:
/// `[1, 2, 3, 10, 20, 30]` becomes `[31, 22, 13, 10, 20, 30]`.
pub fn fold_mirror(values: &mut [i64]) {
    let _ = values;
    todo!()
}

/// Mutable borrows of the elements at `i` and `j`, in that order, so that a
/// caller can change both at once.
///
/// # Panics
///
/// If `i == j` (two `&mut` to one element are never allowed) or if either
/// index is out of bounds.
pub fn pair_mut<T>(items: &mut [T], i: usize, j: usize) -> (&mut T, &mut T) {
    let _ = items;
    todo!("elements {i} and {j}")
}

/// Moves `amount` from `balances[from]` to `balances[to]` and returns
/// `true`, or changes nothing and returns `false` if `balances[from]` holds
/// less than `amount`. A transfer from an account to itself changes nothing
/// and returns `true` when the account holds `amount` (`false` otherwise).
///
/// # Panics
///
/// If either index is out of bounds.
pub fn transfer(balances: &mut [u64], from: usize, to: usize, amount: u64) -> bool {
    let _ = balances;
    todo!("move {amount} from {from} to {to}")
}
