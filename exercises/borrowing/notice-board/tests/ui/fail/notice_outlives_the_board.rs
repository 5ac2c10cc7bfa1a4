//! `first` is a borrow of a notice stored in the board. The board is dropped
//! at the end of the inner block, and with it the text of its notices, so
//! `first` cannot be used after it.
use notice_board::Board;

fn main() {
    let first;
    {
        let mut board = Board::new();
        board.edit().post("lost: umbrella");
        first = board.view().notice(0); //~ ERROR E0597 `board` does not live long enough
    }
    assert_eq!(first.as_deref(), Some("lost: umbrella"));
}
