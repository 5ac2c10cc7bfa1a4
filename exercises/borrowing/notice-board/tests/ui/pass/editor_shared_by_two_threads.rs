use notice_board::Board;
use std::thread;

fn main() {
    let mut board = Board::new();
    // One thread may have the editor...
    let mut editor = board.edit();
    thread::scope(|s| {
        s.spawn(|| {
            editor.post("from one thread");
            editor.post("and again");
        });
    });
    // ...and, once it is done, any number may share views.
    let view = board.view();
    thread::scope(|s| {
        s.spawn(|| assert_eq!(view.len(), 2));
        s.spawn(|| assert_eq!(view.containing("again").len(), 1));
    });
}
