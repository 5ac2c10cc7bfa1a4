//! # Two mutable halves of one slice
//!
//! Book: book/src/borrowing.md#two-mutable-halves-with-split_at_mut
//! Check: cargo xtask check borrowing/disjoint-mut
//!
//! Reference solution.

/// Swaps the first half of `items` with the second half. With an odd number
/// of items the middle one stays where it is: `[1, 2, 3, 4, 5]` becomes
/// `[4, 5, 3, 1, 2]`.
pub fn swap_halves<T>(items: &mut [T]) {
    let half = items.len() / 2;
    // `left` is the first half; `rest` is the middle (if any) and the second half.
    let (left, rest) = items.split_at_mut(half);
    let right_start = rest.len() - half;
    left.swap_with_slice(&mut rest[right_start..]);
}

/// Adds to each element of the first half its mirror image in the second
/// half: element `i` gains element `len - 1 - i`. The second half, and the
/// middle element of an odd-length slice, are left as they were:
/// `[1, 2, 3, 10, 20, 30]` becomes `[31, 22, 13, 10, 20, 30]`.
pub fn fold_mirror(values: &mut [i64]) {
    let half = values.len() / 2;
    // A `&mut` to the first half and a `&` to the rest, alive together.
    let (left, right) = values.split_at_mut(half);
    for (target, source) in left.iter_mut().zip(right.iter().rev()) {
        *target += *source;
    }
}

/// Mutable borrows of the elements at `i` and `j`, in that order, so that a
/// caller can change both at once.
///
/// # Panics
///
/// If `i == j` (two `&mut` to one element are never allowed) or if either
/// index is out of bounds.
pub fn pair_mut<T>(items: &mut [T], i: usize, j: usize) -> (&mut T, &mut T) {
    assert_ne!(i, j, "two mutable borrows of element {i}");
    let len = items.len();
    assert!(
        i < len && j < len,
        "index out of bounds: {i}, {j} for {len}"
    );
    if i < j {
        // Split just after `i`: `i` is the last element of `low`, and `j`
        // is at `j - (i + 1)` in `high`, which starts at index `i + 1`.
        let (low, high) = items.split_at_mut(i + 1);
        (&mut low[i], &mut high[j - i - 1])
    } else {
        let (low, high) = items.split_at_mut(j + 1);
        (&mut high[i - j - 1], &mut low[j])
    }
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
    if from == to {
        return balances[from] >= amount;
    }
    let (source, target) = pair_mut(balances, from, to);
    if *source < amount {
        return false;
    }
    *source -= amount;
    *target += amount;
    true
}
