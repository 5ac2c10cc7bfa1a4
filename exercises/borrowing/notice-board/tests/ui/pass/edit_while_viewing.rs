use notice_board::Board;

fn main() {
    let mut board = Board::new();
    let view = board.view();
    assert_eq!(view.len(), 0);
    // The view is not used again, so its borrow has ended.
    let mut editor = board.edit();
    editor.post("hello");
    assert_eq!(board.view().len(), 1);
}
