//! `view` is still used after the editor changes the board, so a reader would
//! see the board change under it. A view is a shared borrow and an editor an
//! exclusive one; they cannot overlap.
use notice_board::Board;

fn main() {
    let mut board = Board::new();
    let view = board.view();
    let mut editor = board.edit(); //~ ERROR E0502 cannot borrow `board` as mutable because it is also borrowed as immutable
    editor.post("hello");
    assert_eq!(view.len(), 0);
}
