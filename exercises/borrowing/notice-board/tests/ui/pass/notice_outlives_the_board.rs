use notice_board::Board;

fn main() {
    let mut board = Board::new();
    board.edit().post("lost: umbrella");
    // The notice borrows the board, not the view: the view may be gone.
    let first;
    {
        let view = board.view();
        first = view.notice(0);
    }
    assert_eq!(first.as_deref(), Some("lost: umbrella"));
}
