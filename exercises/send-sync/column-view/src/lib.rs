//! # Column views
//!
//! Book: book/src/send-sync.md#unsafe-impl-promises-the-compiler-cannot-check
//! Check: cargo xtask check send-sync/column-view
//!
//! A `Matrix` keeps its values row after row in one `Vec`. A row is a slice
//! of it, but a column is not: its values are `cols` apart. A `Column` is a
//! view of one column, made the way array libraries make views: a pointer
//! to its first value, a length and a stride (the distance from one value to
//! the next), so that it needs no allocation and no copy.
//!
//! A view is a shared borrow of the matrix's values, like a `&T` for each of
//! them. Once you store a raw pointer, the compiler no longer knows that, and
//! makes `Column` neither `Send` nor `Sync`. Say what is true, with an
//! `unsafe impl` of each trait and exactly the bounds they need:
//!
//! - columns are meant to be handed to threads, one each, to work on
//!   different columns at once; but a thread that gets a column of `Cell`s
//!   could `set` one while another thread sets the same cell through the
//!   matrix, so a column of `Cell`s must not move to another thread, while a
//!   column of `MutexGuard<'_, i32>`s may (only `&MutexGuard`s travel);
//! - a column shared between threads is no different: a column of `Cell`s
//!   must not be shared.
//!
//! Keep the lifetime: a column must not outlive the matrix it views. A
//! `PhantomData<&'a T>` field says "this holds `&'a T`s" without storing one.
//!
//! `cargo xtask check` reads columns, sums them on separate threads, and
//! tries programs that must not compile.

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
        let _ = col;
        todo!()
    }
}

/// A view of one column of a [`Matrix`]: its values, top to bottom.
pub struct Column<'a, T> {
    // TODO: a pointer to the column's first value (`*const T`), how many
    // values it has, how far apart they are, and a marker for the lifetime.
    // Then say, with an `unsafe impl` each, for which `T` a column is `Send`
    // and for which it is `Sync`. (The `PhantomData` is a placeholder so that
    // this file compiles; replace it.)
    _todo: PhantomData<&'a T>,
}

impl<'a, T> Column<'a, T> {
    /// How many values the column has: one per row.
    pub fn len(&self) -> usize {
        todo!()
    }

    /// Whether the column has no values (the matrix has no rows).
    pub fn is_empty(&self) -> bool {
        todo!()
    }

    /// The value in row `row`, if there is one. It borrows the matrix, not
    /// the view, so it may outlive the view.
    pub fn get(&self, row: usize) -> Option<&'a T> {
        let _ = row;
        todo!()
    }
}
