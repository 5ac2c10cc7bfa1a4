use disjoint_mut::swap_halves;

fn main() {
    let mut items = vec![1, 2, 3, 4];
    let (left, right) = items.split_at_mut(2);
    left.swap_with_slice(right);
    swap_halves(&mut items);
    assert_eq!(items, [1, 2, 3, 4]);
}
