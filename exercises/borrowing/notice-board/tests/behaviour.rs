#![cfg(not(loom))]
//! What views and editors do with a board, on one thread and on several.

use notice_board::{Board, View};
use std::thread;

fn filled(notices: &[&str]) -> Board {
    let mut board = Board::new();
    let mut editor = board.edit();
    for notice in notices {
        editor.post(notice);
    }
    board
}

/// Every notice, oldest first, as owned text.
fn all(view: View<'_>) -> Vec<String> {
    (0..view.len())
        .map(|i| view.notice(i).unwrap().to_string())
        .collect()
}

/// A new board has no notices, and no changes have been made to it.
#[test]
fn a_new_board_is_empty_at_revision_zero() {
    let board = Board::new();
    let view = board.view();
    assert_eq!(view.len(), 0);
    assert!(view.is_empty());
    assert_eq!(view.notice(0), None);
    assert_eq!(view.revision(), 0);
}

/// Notices are kept in the order they were posted; an index past the last is `None`.
#[test]
fn posted_notices_are_kept_in_order() {
    let board = filled(&["lost: umbrella", "choir practice at 7", "found: keys"]);
    let view = board.view();
    assert!(!view.is_empty());
    assert_eq!(
        all(view),
        ["lost: umbrella", "choir practice at 7", "found: keys"]
    );
    assert_eq!(view.notice(3), None);
}

/// Every post counts as one change.
#[test]
fn every_post_is_a_change() {
    let board = filled(&["a", "b", "c"]);
    assert_eq!(board.view().revision(), 3);
}

/// `containing` finds every notice with the word in it, oldest first.
#[test]
fn containing_finds_the_matching_notices_oldest_first() {
    let board = filled(&[
        "lost: umbrella",
        "choir practice",
        "lost: cat",
        "found: cat",
    ]);
    let view = board.view();
    assert_eq!(view.containing("lost"), ["lost: umbrella", "lost: cat"]);
    assert_eq!(view.containing("cat"), ["lost: cat", "found: cat"]);
    assert!(view.containing("dog").is_empty());
}

/// Notices read from the board are borrows of the text on the board, not copies.
#[test]
fn notices_are_borrowed_not_copied() {
    let board = filled(&["lost: umbrella", "found: keys"]);
    let view = board.view();
    let first = view.notice(1).unwrap();
    let again = view.notice(1).unwrap();
    let found = view.containing("keys");
    assert_eq!(
        first.as_ptr(),
        again.as_ptr(),
        "two reads of one notice gave two copies"
    );
    assert_eq!(
        first.as_ptr(),
        found[0].as_ptr(),
        "containing gave a copy of the notice"
    );
}

/// `take_down` removes every notice with the word and says how many went.
#[test]
fn take_down_removes_the_matching_notices() {
    let mut board = filled(&["lost: umbrella", "choir practice", "lost: cat"]);
    assert_eq!(board.edit().take_down("lost"), 2);
    assert_eq!(all(board.view()), ["choir practice"]);
}

/// A `take_down` that removes nothing is not a change; one that removes a notice is.
#[test]
fn take_down_counts_as_a_change_only_when_it_removes_something() {
    let mut board = filled(&["a", "b"]);
    assert_eq!(board.edit().take_down("zzz"), 0);
    assert_eq!(board.view().revision(), 2);
    assert_eq!(board.edit().take_down("a"), 1);
    assert_eq!(board.view().revision(), 3);
}

/// A `take_down` that removes several notices is one change, not one per notice.
#[test]
fn take_down_of_several_notices_is_one_change() {
    let mut board = filled(&["lost: umbrella", "choir practice", "lost: cat"]);
    assert_eq!(board.edit().take_down("lost"), 2);
    assert_eq!(board.view().revision(), 4);
}

/// The editor's own view sees the changes the editor has made so far.
#[test]
fn the_editor_reads_its_own_changes() {
    let mut board = Board::new();
    let mut editor = board.edit();
    editor.post("first");
    assert_eq!(editor.view().len(), 1);
    editor.post("second");
    assert_eq!(all(editor.view()), ["first", "second"]);
    assert_eq!(editor.view().revision(), 2);
}

/// Copies of one view read the board from two scoped threads at once.
#[test]
fn views_are_read_from_several_threads_at_once() {
    let board = filled(&["red", "green", "blue", "green tea"]);
    let view = board.view();
    let (greens, total) = thread::scope(|s| {
        // Both threads borrow the board through copies of one view.
        let greens = s.spawn(move || view.containing("green").len());
        let total = s.spawn(move || view.len());
        (greens.join().unwrap(), total.join().unwrap())
    });
    assert_eq!((greens, total), (2, 4));
}

/// The editor can be lent to one scoped thread, and its changes are there afterwards.
#[test]
fn the_editor_can_be_lent_to_one_thread() {
    let mut board = filled(&["old"]);
    let mut editor = board.edit();
    thread::scope(|s| {
        s.spawn(|| {
            editor.post("from a thread");
            editor.take_down("old");
        });
    });
    assert_eq!(all(board.view()), ["from a thread"]);
    assert_eq!(board.view().revision(), 3);
}
