//! What a column view does at run time: the values it reads, and columns
//! moved to and shared between threads.

use std::thread;

use column_view::Matrix;

/// A matrix of 4 rows and 3 columns: row `r`, column `c` holds `10 * r + c`.
fn tall() -> Matrix<i64> {
    Matrix::from_rows(
        (0..4)
            .map(|r| (0..3).map(|c| 10 * r + c).collect())
            .collect(),
    )
}

/// A column reads the values of one column, top to bottom: the values the
/// matrix has in that column.
#[test]
fn a_column_reads_down_one_column() {
    let matrix = tall();
    assert_eq!((matrix.rows(), matrix.cols()), (4, 3));
    for col in 0..3 {
        let column = matrix.column(col).unwrap();
        for row in 0..4 {
            assert_eq!(
                column.get(row),
                matrix.get(row, col),
                "row {row} of column {col}"
            );
        }
    }
    assert_eq!(matrix.get(1, 2), Some(&12));
    assert_eq!(matrix.get(4, 0), None);
    assert_eq!(
        matrix.get(0, 3),
        None,
        "the matrix read past the end of a row"
    );
    let column = matrix.column(1).expect("column 1 of 3 is missing");
    let values: Vec<i64> = (0..4).map(|row| *column.get(row).unwrap()).collect();
    assert_eq!(
        values,
        [1, 11, 21, 31],
        "the column read values of other columns"
    );
    let last = matrix.column(2).unwrap();
    assert_eq!(last.get(3), Some(&32));
}

/// A column has one value per row, and `get` gives `None` below the last.
#[test]
fn a_column_has_one_value_per_row() {
    let matrix = tall();
    let column = matrix.column(0).unwrap();
    assert_eq!(column.len(), 4, "a column has one value per row");
    assert!(!column.is_empty());
    assert_eq!(column.get(3), Some(&30));
    assert_eq!(column.get(4), None, "get read below the last row");
}

/// There is no column past the last one.
#[test]
fn no_column_past_the_last() {
    let matrix = tall();
    assert!(
        matrix.column(3).is_none(),
        "a 3-column matrix has no column 3"
    );
    assert!(matrix.column(usize::MAX).is_none());
    let empty: Matrix<i64> = Matrix::from_rows(Vec::new());
    assert!(empty.column(0).is_none(), "an empty matrix has no columns");
}

/// A value read through a column borrows the matrix, not the column, so it
/// may outlive the column.
#[test]
fn values_outlive_the_view() {
    let matrix = Matrix::from_rows(vec![vec!["a".to_string(), "b".to_string()]]);
    let value = {
        let column = matrix.column(1).unwrap();
        column.get(0).unwrap()
    };
    assert_eq!(value, "b");
}

/// Each column goes to a thread of its own, which sums it.
#[test]
fn columns_are_summed_on_separate_threads() {
    let matrix = tall();
    let sums: Vec<i64> = thread::scope(|s| {
        let workers: Vec<_> = (0..matrix.cols())
            .map(|col| {
                let column = matrix.column(col).unwrap();
                s.spawn(move || (0..column.len()).map(|row| column.get(row).unwrap()).sum())
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    assert_eq!(sums, [60, 64, 68]);
}

/// Threads share one column by reference and read it at the same time.
#[test]
fn threads_share_one_column() {
    let matrix = tall();
    let column = matrix.column(2).unwrap();
    let read: Vec<i64> = thread::scope(|s| {
        let readers: Vec<_> = (0..4)
            .map(|row| {
                let column = &column;
                s.spawn(move || *column.get(row).unwrap())
            })
            .collect();
        readers.into_iter().map(|r| r.join().unwrap()).collect()
    });
    assert_eq!(read, [2, 12, 22, 32]);
}
