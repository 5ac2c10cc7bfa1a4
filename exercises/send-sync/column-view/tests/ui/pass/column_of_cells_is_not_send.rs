use std::sync::Mutex;
use std::thread;

use column_view::Matrix;

fn main() {
    // A guard of an `i32` is `Sync` (though not `Send`): a column of guards
    // may move to another thread, which only reads through it. Moving a
    // column needs `T: Sync`, and nothing more.
    let locks = [Mutex::new(1), Mutex::new(2)];
    let matrix = Matrix::from_rows(vec![
        vec![locks[0].lock().unwrap()],
        vec![locks[1].lock().unwrap()],
    ]);
    let column = matrix.column(0).unwrap();
    let sum = thread::scope(|s| {
        s.spawn(move || **column.get(0).unwrap() + **column.get(1).unwrap())
            .join()
            .unwrap()
    });
    assert_eq!(sum, 3);
    drop(matrix);
    assert_eq!(*locks[1].lock().unwrap(), 2);
}
