use notice_board::Board;

fn main() {
    let mut board = Board::new();
    board.edit().post("lost: umbrella");
    // An owned copy of the text borrows nothing.
    let first = board.view().notice(0).unwrap().to_owned();
    board.edit().take_down("umbrella");
    assert_eq!(first, "lost: umbrella");
    assert!(board.view().is_empty());
}
