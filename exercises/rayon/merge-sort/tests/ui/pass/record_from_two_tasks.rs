use rayon_merge_sort::Histogram;
use std::thread;

fn main() {
    let (mut left, right) = thread::scope(|s| {
        let left = s.spawn(|| {
            let mut mine = Histogram::new();
            mine.record(1);
            mine
        });
        let right = s.spawn(|| {
            let mut mine = Histogram::new();
            mine.record(2);
            mine
        });
        (left.join().unwrap(), right.join().unwrap())
    });
    left.merge(right);
    assert_eq!(left.total(), 2);
}
