#![cfg(not(loom))]
//! What each in-place operation does to a slice.

use disjoint_mut::{fold_mirror, pair_mut, swap_halves, transfer};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// `swap_halves` swaps the two halves of an even-length slice.
#[test]
fn swap_halves_of_an_even_slice() {
    let mut items = [1, 2, 3, 4, 5, 6];
    swap_halves(&mut items);
    assert_eq!(items, [4, 5, 6, 1, 2, 3]);
}

/// With an odd length the middle element stays where it is.
#[test]
fn swap_halves_keeps_the_middle_of_an_odd_slice() {
    let mut items = [1, 2, 3, 4, 5];
    swap_halves(&mut items);
    assert_eq!(items, [4, 5, 3, 1, 2]);
}

/// Slices of 0, 1 and 2 elements are handled.
#[test]
fn swap_halves_of_tiny_slices() {
    let mut empty: [i32; 0] = [];
    swap_halves(&mut empty);
    let mut one = [7];
    swap_halves(&mut one);
    assert_eq!(one, [7]);
    let mut two = [7, 8];
    swap_halves(&mut two);
    assert_eq!(two, [8, 7]);
}

/// `swap_halves` works for values that are not `Copy`.
#[test]
fn swap_halves_moves_values_that_cannot_be_copied() {
    let mut words: Vec<String> = ["a", "b", "c", "d"].iter().map(|s| s.to_string()).collect();
    swap_halves(&mut words);
    assert_eq!(words, ["c", "d", "a", "b"]);
}

/// Swapping the halves twice restores a long odd-length slice.
#[test]
fn swap_halves_twice_restores_the_slice() {
    let mut items: Vec<u32> = (0..101).collect();
    swap_halves(&mut items);
    swap_halves(&mut items);
    assert_eq!(items, (0..101).collect::<Vec<_>>());
}

/// Each element of the first half gains its mirror image.
#[test]
fn fold_mirror_of_an_even_slice() {
    let mut values = [1, 2, 3, 10, 20, 30];
    fold_mirror(&mut values);
    assert_eq!(values, [31, 22, 13, 10, 20, 30]);
}

/// The middle element of an odd-length slice is left as it was.
#[test]
fn fold_mirror_leaves_the_middle_of_an_odd_slice() {
    let mut values = [1, 2, 100, 10, 20];
    fold_mirror(&mut values);
    assert_eq!(values, [21, 12, 100, 10, 20]);
}

/// Slices of 0, 1 and 2 elements are handled.
#[test]
fn fold_mirror_of_tiny_slices() {
    let mut empty: [i64; 0] = [];
    fold_mirror(&mut empty);
    let mut one = [5];
    fold_mirror(&mut one);
    assert_eq!(one, [5]);
    let mut two = [5, -7];
    fold_mirror(&mut two);
    assert_eq!(two, [-2, -7]);
}

/// `pair_mut` returns the two elements in the order of the indices asked for.
#[test]
fn pair_mut_returns_the_elements_in_the_order_asked() {
    let mut items = [10, 20, 30, 40];
    let (a, b) = pair_mut(&mut items, 1, 3);
    assert_eq!((*a, *b), (20, 40));
    let (a, b) = pair_mut(&mut items, 3, 0);
    assert_eq!((*a, *b), (40, 10));
}

/// Both borrows from `pair_mut` can change their elements.
#[test]
fn pair_mut_lets_both_elements_change() {
    let mut items = [1, 2, 3, 4, 5];
    let (a, b) = pair_mut(&mut items, 4, 0);
    std::mem::swap(a, b);
    *a *= 100;
    assert_eq!(items, [5, 2, 3, 4, 100]);
}

/// Neighbouring elements and the two ends are handed out rightly.
#[test]
fn pair_mut_of_neighbours_and_of_the_ends() {
    let mut items = ['a', 'b', 'c'];
    let (x, y) = pair_mut(&mut items, 0, 1);
    (*x, *y) = ('A', 'B');
    let (x, y) = pair_mut(&mut items, 2, 1);
    (*x, *y) = ('C', 'b');
    assert_eq!(items, ['A', 'b', 'C']);
}

/// `transfer` moves the amount between accounts, in either direction.
#[test]
fn transfer_moves_the_amount() {
    let mut balances = [100, 5, 0];
    assert!(transfer(&mut balances, 0, 2, 40));
    assert_eq!(balances, [60, 5, 40]);
    assert!(transfer(&mut balances, 2, 1, 40));
    assert_eq!(balances, [60, 45, 0]);
}

/// `transfer` refuses more than the balance but accepts all of it.
#[test]
fn transfer_refuses_more_than_the_balance() {
    let mut balances = [10, 5];
    assert!(!transfer(&mut balances, 1, 0, 6));
    assert_eq!(balances, [10, 5]);
    assert!(transfer(&mut balances, 1, 0, 5));
    assert_eq!(balances, [15, 0]);
}

/// A transfer to the same account changes nothing and says whether the balance would allow it.
#[test]
fn transfer_to_the_same_account_changes_nothing() {
    let mut balances = [10, 5];
    assert!(transfer(&mut balances, 0, 0, 10));
    assert!(!transfer(&mut balances, 1, 1, 6));
    assert_eq!(balances, [10, 5]);
}

/// `transfer` panics when an account index is out of bounds, whichever side it is on.
#[test]
fn transfer_out_of_bounds_panics() {
    let mut balances = [10, 5];
    assert!(transfer(&mut balances, 0, 1, 1));
    for (from, to) in [(0, 2), (2, 0), (3, 3)] {
        let result = catch_unwind(AssertUnwindSafe(|| {
            transfer(&mut balances, from, to, 1);
        }));
        assert!(
            result.is_err(),
            "transfer(.., {from}, {to}, 1) between 2 accounts returned"
        );
    }
    assert_eq!(balances, [9, 6]);
}
