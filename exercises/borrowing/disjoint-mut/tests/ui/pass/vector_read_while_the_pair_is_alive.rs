use disjoint_mut::pair_mut;

fn main() {
    let mut items = vec![1, 2, 3];
    let len = items.len();
    let (a, b) = pair_mut(&mut items, 0, 2);
    std::mem::swap(a, b);
    assert_eq!(len, 3);
    assert_eq!(items, [3, 2, 1]);
}
