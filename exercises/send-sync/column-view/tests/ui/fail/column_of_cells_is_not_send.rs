//! A column does not own its values: it lends out `&T`s to values that the
//! matrix, on the thread that made the column, can still reach. Moving the
//! column to another thread therefore shares the values between two threads,
//! as moving a `&T` would. For a `Cell`, both threads could `set` the same
//! cell at once: a data race. So `Column<'_, Cell<i32>>` must not be `Send`:
//! a column may move only when `T: Sync`. (A `Cell` is `Send`: the bound of
//! an owner, `T: Send`, would let this program through.)
use std::cell::Cell;
use std::thread;

use column_view::Matrix;

fn main() {
    let matrix = Matrix::from_rows(vec![vec![Cell::new(1)], vec![Cell::new(2)]]);
    let column = matrix.column(0).unwrap();
    thread::scope(|s| {
        s.spawn(move || column.get(0).unwrap().set(10)); //~ ERROR E0277 `Cell<i32>` cannot be shared between threads safely
        matrix.get(0, 0).unwrap().set(20);
    });
}
