//! Two editors alive at once would be two exclusive borrows of one board;
//! each could, for instance, remove a notice the other is in the middle of
//! reading. The second `edit` is refused while the first editor is in use.
use notice_board::Board;

fn main() {
    let mut board = Board::new();
    let mut first = board.edit();
    let mut second = board.edit(); //~ ERROR E0499 cannot borrow `board` as mutable more than once at a time
    first.post("one");
    second.post("two");
}
