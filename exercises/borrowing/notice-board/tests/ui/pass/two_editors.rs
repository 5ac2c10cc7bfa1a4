use notice_board::Board;

fn main() {
    let mut board = Board::new();
    let mut first = board.edit();
    first.post("one");
    // `first` is finished with, so a second editor may begin.
    let mut second = board.edit();
    second.post("two");
    assert_eq!(board.view().len(), 2);
}
