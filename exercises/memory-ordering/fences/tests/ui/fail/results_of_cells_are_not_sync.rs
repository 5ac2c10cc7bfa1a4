//! Two collectors on two threads would hold `&Cell<i32>` to the same result
//! at once, and a `Cell` can be written through `&`.
use std::cell::Cell;

use finished_results::Results;

fn assert_sync<T: Sync>() {}

fn main() {
    assert_sync::<Results<Cell<i32>>>(); //~ ERROR E0277 `Cell<i32>` cannot be shared between threads safely
    let results = Results::new(1);
    results.finish(0, Cell::new(1));
    results.collect_ready()[0].1.set(2);
}
