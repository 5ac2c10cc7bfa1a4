//! What indentation guards do at run time, each on its own thread.

use std::thread;

use indent_guard::{depth, indent, line};

/// The depth starts at zero, goes up by one for each guard, and comes back
/// down as the guards are dropped.
#[test]
fn depth_follows_the_guards() {
    assert_eq!(depth(), 0, "a new thread starts indented");
    let outer = indent();
    assert_eq!(depth(), 1);
    let inner = indent();
    assert_eq!(depth(), 2);
    drop(inner);
    assert_eq!(depth(), 1, "dropping a guard did not take its level away");
    drop(outer);
    assert_eq!(depth(), 0);
}

/// A guard's level is the depth it set up, and stays so while deeper guards
/// come and go.
#[test]
fn a_guard_knows_its_level() {
    let outer = indent();
    assert_eq!(outer.level(), 1);
    let inner = indent();
    assert_eq!(inner.level(), 2);
    assert_eq!(
        outer.level(),
        1,
        "a guard's level changed when another guard was made"
    );
    drop(inner);
    drop(outer);
}

/// Lines are indented by two spaces per level of this thread's depth.
#[test]
fn lines_are_indented_two_spaces_per_level() {
    assert_eq!(line("start"), "start");
    let outer = indent();
    assert_eq!(line("step"), "  step");
    let inner = indent();
    assert_eq!(line("detail"), "    detail");
    drop(inner);
    drop(outer);
    assert_eq!(line("end"), "end");
}

/// Guards may be dropped in any order: each takes away one level.
#[test]
fn guards_may_be_dropped_in_any_order() {
    let outer = indent();
    let inner = indent();
    drop(outer);
    assert_eq!(
        depth(),
        1,
        "dropping the outer guard first left the wrong depth"
    );
    let again = indent();
    assert_eq!(again.level(), 2);
    drop(inner);
    drop(again);
    assert_eq!(depth(), 0);
}

/// Every thread has a depth of its own: a thread started inside an indent
/// starts at zero, and its guards do not change the first thread's depth.
#[test]
fn each_thread_has_its_own_depth() {
    let _outer = indent();
    let seen = thread::spawn(|| {
        let at_start = depth();
        let guard = indent();
        let inside = line("worker");
        drop(guard);
        (at_start, inside)
    })
    .join()
    .unwrap();
    assert_eq!(seen, (0, "  worker".to_string()), "threads share one depth");
    assert_eq!(
        depth(),
        1,
        "another thread's guard changed this thread's depth"
    );
}
