#![cfg(not(loom))]
//! What a playlist does at run time.

use borrow_playlist::Playlist;

/// The titles, as owned text that is easy to compare.
fn titles(list: &Playlist) -> Vec<String> {
    list.tracks().to_vec()
}

/// `new` keeps the titles in the order given.
#[test]
fn new_keeps_the_tracks_in_order() {
    let list = Playlist::new(&["intro", "verse", "outro"]);
    assert_eq!(titles(&list), ["intro", "verse", "outro"]);
}

/// `add` puts each new title after all the others.
#[test]
fn add_puts_the_track_at_the_end() {
    let mut list = Playlist::new(&["one"]);
    list.add("two");
    list.add("three");
    assert_eq!(titles(&list), ["one", "two", "three"]);
}

/// `append_from` copies the other playlist's titles, in order, after this one's.
#[test]
fn append_from_copies_the_tracks_onto_the_end() {
    let mut list = Playlist::new(&["a", "b"]);
    let other = Playlist::new(&["c", "d", "e"]);
    list.append_from(&other);
    assert_eq!(titles(&list), ["a", "b", "c", "d", "e"]);
}

/// `append_from` leaves the other playlist as it was.
#[test]
fn append_from_leaves_the_source_unchanged() {
    let mut list = Playlist::new(&["a"]);
    let other = Playlist::new(&["b", "c"]);
    list.append_from(&other);
    assert_eq!(titles(&other), ["b", "c"]);
}

/// Appending an empty playlist changes nothing.
#[test]
fn append_from_an_empty_playlist_changes_nothing() {
    let mut list = Playlist::new(&["a", "b"]);
    list.append_from(&Playlist::new(&[]));
    assert_eq!(titles(&list), ["a", "b"]);
}

/// Appending a copy of a playlist doubles it, repeated titles and all.
#[test]
fn append_from_a_copy_of_itself_doubles_the_playlist() {
    let mut list = Playlist::new(&["x", "y"]);
    let copy = list.clone();
    list.append_from(&copy);
    assert_eq!(titles(&list), ["x", "y", "x", "y"]);
}

/// `move_from` moves the other playlist's titles, in order, after this one's.
#[test]
fn move_from_takes_the_tracks_in_order() {
    let mut list = Playlist::new(&["a"]);
    let mut other = Playlist::new(&["b", "c"]);
    list.move_from(&mut other);
    assert_eq!(titles(&list), ["a", "b", "c"]);
}

/// `move_from` leaves the other playlist empty, and still usable.
#[test]
fn move_from_leaves_the_source_empty() {
    let mut list = Playlist::new(&["a"]);
    let mut other = Playlist::new(&["b", "c"]);
    list.move_from(&mut other);
    assert!(
        other.tracks().is_empty(),
        "the source still has {:?}",
        titles(&other)
    );
    other.add("d");
    assert_eq!(
        titles(&other),
        ["d"],
        "the emptied source must still be usable"
    );
}

/// Neither `tracks` nor `move_from` copies a title: the text read before the move is the very text found after it.
#[test]
fn titles_are_lent_and_moved_never_copied() {
    let mut list = Playlist::new(&["a"]);
    let mut other = Playlist::new(&["a title long enough to notice"]);
    // Keep whatever `tracks` returns alive: were it a copy, dropping it would
    // free its memory for the next copy to reuse, at the same address.
    let before = std::mem::ManuallyDrop::new(other.tracks());
    let text = before[0].as_ptr();
    list.move_from(&mut other);
    assert_eq!(
        list.tracks()[1].as_ptr(),
        text,
        "`tracks` or `move_from` copied the title"
    );
}

/// Repeating 3 times makes three copies, one after another.
#[test]
fn repeat_three_times_makes_three_copies_in_order() {
    let mut list = Playlist::new(&["a", "b"]);
    list.repeat(3);
    assert_eq!(titles(&list), ["a", "b", "a", "b", "a", "b"]);
}

/// Repeating once changes nothing.
#[test]
fn repeat_once_changes_nothing() {
    let mut list = Playlist::new(&["a", "b"]);
    list.repeat(1);
    assert_eq!(titles(&list), ["a", "b"]);
}

/// Repeating 0 times empties the playlist.
#[test]
fn repeat_zero_times_empties_the_playlist() {
    let mut list = Playlist::new(&["a", "b"]);
    list.repeat(0);
    assert!(list.tracks().is_empty(), "left {:?}", titles(&list));
}

/// An empty playlist repeated stays empty.
#[test]
fn repeat_of_an_empty_playlist_stays_empty() {
    let mut list = Playlist::new(&[]);
    list.repeat(4);
    assert!(list.tracks().is_empty(), "got {:?}", titles(&list));
}

/// A long playlist repeated many times has every copy in order.
#[test]
fn repeat_a_long_playlist_many_times() {
    let names: Vec<String> = (0..100).map(|i| format!("track {i}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut list = Playlist::new(&refs);
    list.repeat(50);
    assert_eq!(list.tracks().len(), 5000);
    for (i, title) in list.tracks().iter().enumerate() {
        assert_eq!(*title, names[i % 100], "track {i}");
    }
}
