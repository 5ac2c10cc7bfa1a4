//! `first` is a slice of a notice stored in the board. It outlives the view
//! it came from, but not the borrow of the board: taking the notice down
//! would free the text `first` points to.
use notice_board::Board;

fn main() {
    let mut board = Board::new();
    board.edit().post("lost: umbrella");
    let first = board.view().notice(0).unwrap();
    board.edit().take_down("umbrella"); //~ ERROR E0502 cannot borrow `board` as mutable because it is also borrowed as immutable
    assert_eq!(first, "lost: umbrella");
}
