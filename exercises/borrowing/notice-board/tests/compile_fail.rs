#![cfg(not(loom))]
//! A board has any number of views or one editor, never both, on one thread
//! or on many. Each case in `tests/ui/fail/` has a twin in `tests/ui/pass/`
//! that must compile and run.

workbook_ui::cases! {
    /// An editor cannot be opened while a view of the board is still in use.
    edit_while_viewing,
    /// A board has at most one editor at a time.
    two_editors,
    /// A notice borrowed from the board keeps the board borrowed, so it cannot be edited meanwhile.
    notice_kept_across_an_edit,
    /// Two threads cannot both use the one editor.
    editor_shared_by_two_threads,
    /// A notice borrows the board, so it may outlive the view it was read through, but not the board.
    notice_outlives_the_board,
}
