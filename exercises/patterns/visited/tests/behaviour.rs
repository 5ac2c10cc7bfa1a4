#![cfg(not(loom))]
//! What the visited set answers. Sharing it between threads is loom's part
//! (`tests/loom.rs`): a race there shows up in every run, not once in a while.

use link_visited::Visited;

/// The first insert of a URL is new, later ones are not.
#[test]
fn first_insert_is_new_and_later_ones_are_not() {
    let visited = Visited::new();
    assert!(visited.is_empty());
    assert!(visited.insert("https://a.test/"));
    assert!(!visited.is_empty());
    assert!(!visited.insert("https://a.test/"));
    assert!(visited.insert("https://a.test/about"));
    assert!(!visited.insert("https://a.test/about"));
    assert_eq!(visited.len(), 2);
}

/// A fragment names a place in a page, not another page.
#[test]
fn fragments_name_the_same_page() {
    let visited = Visited::new();
    assert!(visited.insert("https://a.test/doc#intro"));
    assert!(!visited.insert("https://a.test/doc"));
    assert!(!visited.insert("https://a.test/doc#end"));
    assert!(visited.contains("https://a.test/doc#anything"));
    assert_eq!(visited.len(), 1);
}

/// `contains` and `len` do not mark anything.
#[test]
fn contains_does_not_insert() {
    let visited = Visited::new();
    assert!(!visited.contains("https://b.test/"));
    assert!(!visited.contains("https://b.test/"));
    assert_eq!(visited.len(), 0);
    assert!(visited.insert("https://b.test/"));
    assert!(visited.contains("https://b.test/"));
}
