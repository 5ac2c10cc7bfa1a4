//! # Column views
//!
//! Book: book/src/send-sync.md#unsafe-impl-promises-the-compiler-cannot-check
//! Check: cargo xtask check send-sync/column-view
//!
//! Reference solution.

use std::marker::PhantomData;

/// Values in `rows` rows of `cols` values each.
pub struct Matrix<T> {
    values: Vec<T>,
    rows: usize,
    cols: usize,
}

impl<T> Matrix<T> {
    /// The matrix whose rows are `rows`, which must all have the same length.
    pub fn from_rows(rows: Vec<Vec<T>>) -> Matrix<T> {
        let cols = rows.first().map_or(0, Vec::len);
        assert!(
            rows.iter().all(|row| row.len() == cols),
            "the rows of a matrix must have the same length"
        );
        Matrix {
            rows: rows.len(),
            cols,
            values: rows.into_iter().flatten().collect(),
        }
    }

    /// The number of rows.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The number of columns.
    pub fn cols(&self) -> usize {
        self.cols
    }

    /// The value in row `row` and column `col`, if there is one.
    pub fn get(&self, row: usize, col: usize) -> Option<&T> {
        if col < self.cols {
            self.values.get(row * self.cols + col)
        } else {
            None
        }
    }

    /// A view of column `col`, or `None` past the last column.
    pub fn column(&self, col: usize) -> Option<Column<'_, T>> {
        if col >= self.cols {
            return None;
        }
        Some(Column {
            // SAFETY: a matrix with a column has at least one row (`from_rows`
            // takes `cols` from the first row), so value `col` exists.
            start: unsafe { self.values.as_ptr().add(col) },
            len: self.rows,
            stride: self.cols,
            values: PhantomData,
        })
    }
}

/// A view of one column of a [`Matrix`]: its values, top to bottom.
pub struct Column<'a, T> {
    /// The value in row 0; row `i` is `i * stride` values further on.
    start: *const T,
    len: usize,
    stride: usize,
    /// The column borrows the matrix's values for `'a`, as `&'a T`s would.
    values: PhantomData<&'a T>,
}

// SAFETY: a column gives out nothing but `&'a T`s to values of a matrix that
// stays borrowed, unchanged, for `'a`. Moving the column to another thread
// lets that thread use those `&T`s while the matrix's thread may still use
// them too, which is sound exactly when `T: Sync` (the bound of `&T: Send`).
// `T: Send` is not needed: no value moves. A column of `Cell`s must stay;
// a column of `MutexGuard<'_, i32>`s may go.
unsafe impl<T: Sync> Send for Column<'_, T> {}

// SAFETY: sharing `&Column` shares the same `&T`s: sound exactly when
// `T: Sync`.
unsafe impl<T: Sync> Sync for Column<'_, T> {}

impl<'a, T> Column<'a, T> {
    /// How many values the column has: one per row.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the column has no values (the matrix has no rows).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The value in row `row`, if there is one. It borrows the matrix, not
    /// the view, so it may outlive the view.
    pub fn get(&self, row: usize) -> Option<&'a T> {
        if row < self.len {
            // SAFETY: `row < len`, so the value is inside the matrix's `Vec`,
            // which the `'a` borrow keeps alive and unchanged.
            Some(unsafe { &*self.start.add(row * self.stride) })
        } else {
            None
        }
    }
}
