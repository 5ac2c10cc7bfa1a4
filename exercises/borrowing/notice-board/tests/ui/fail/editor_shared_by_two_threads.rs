//! Each closure borrows `editor` mutably for as long as its thread runs, and
//! the two threads run at the same time: two `&mut` to one editor, which is
//! a data race on the board. The second spawn is refused.
use notice_board::Board;
use std::thread;

fn main() {
    let mut board = Board::new();
    let mut editor = board.edit();
    thread::scope(|s| {
        s.spawn(|| editor.post("from one thread"));
        s.spawn(|| editor.post("from another")); //~ ERROR E0499 cannot borrow `editor` as mutable more than once at a time
    });
}
