#![cfg(not(loom))]
//! A playlist must not be read and changed through two borrows at once. Each
//! case in `tests/ui/fail/` has a twin in `tests/ui/pass/` that does the same
//! job the way the borrow checker accepts, and must compile and run.

workbook_ui::cases! {
    /// `append_from` reads `other` while it grows `self`, so they cannot be one playlist.
    append_to_itself,
    /// `move_from` empties `other`, so it needs an exclusive borrow of it, not a shared one.
    move_from_a_shared_playlist,
    /// Titles borrowed from `tracks` would dangle if `add` moved them to a bigger buffer.
    add_while_a_title_is_borrowed,
}
