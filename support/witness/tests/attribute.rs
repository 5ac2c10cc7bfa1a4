//! The attribute is std's `#[test]` when no engine hands a secret over.

use workbook_witness::test;

#[test]
fn a_plain_body_runs_and_its_assertions_count() {
    let doubled: Vec<u32> = [1, 2, 3].iter().map(|n| n * 2).collect();
    assert_eq!(doubled, [2, 4, 6]);
}

#[test]
#[should_panic(expected = "boom")]
fn a_should_panic_body_still_has_to_panic() {
    panic!("boom");
}

#[test]
fn an_early_return_is_a_return_from_the_body() {
    if std::hint::black_box(true) {
        return;
    }
    unreachable!();
}
