use disjoint_mut::pair_mut;

fn main() {
    let mut items = vec![1, 2, 3];
    // Read the two elements first; the pair is dead before element 0 is borrowed.
    let (a, b) = pair_mut(&mut items, 1, 2);
    let sum = *a + *b;
    let first = &mut items[0];
    *first += sum;
    assert_eq!(items[0], 6);
}
