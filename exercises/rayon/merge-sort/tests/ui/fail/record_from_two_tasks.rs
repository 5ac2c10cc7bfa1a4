//! Each task needs the histogram for as long as it runs, and the two run at
//! the same time: two mutable borrows of one value at once.
use rayon_merge_sort::Histogram;
use std::thread;

fn main() {
    let mut histogram = Histogram::new();
    thread::scope(|s| {
        s.spawn(|| histogram.record(1));
        s.spawn(|| histogram.record(2)); //~ ERROR E0499 cannot borrow `histogram` as mutable more than once at a time
    });
    assert_eq!(histogram.total(), 2);
}
