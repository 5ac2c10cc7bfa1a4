//! Threads that share a column can each `get` a `&T` to the same value. For a
//! `Cell`, that lets two threads `set` it at the same time: a data race. So
//! `Column<'_, Cell<i32>>` must not be `Sync`: a column may be shared only
//! when `T: Sync`.
use std::cell::Cell;
use std::thread;

use column_view::Matrix;

fn main() {
    let matrix = Matrix::from_rows(vec![vec![Cell::new(1)]]);
    let column = matrix.column(0).unwrap();
    thread::scope(|s| {
        s.spawn(|| column.get(0).unwrap().set(10)); //~ ERROR E0277 `Cell<i32>` cannot be shared between threads safely
        column.get(0).unwrap().set(20);
    });
}
