// A `Cell` is not `Sync`, but the queue never shares its items: each `Cell`
// belongs to the pusher, then to the queue, then to the popper. So a queue of
// `Cell`s can be shared between threads, as long as `Cell<i32>` is `Send`.
use bounded_queue::BoundedQueue;
use std::cell::Cell;
use std::thread;

fn assert_sync<T: Sync>() {}

fn main() {
    assert_sync::<BoundedQueue<Cell<i32>>>();
    let queue = BoundedQueue::new(3);
    thread::scope(|s| {
        // One thread pushes, another pops: both use the same `&queue`.
        s.spawn(|| {
            for i in 1..=3 {
                queue.push(Cell::new(i));
            }
        })
        .join()
        .unwrap();
        let sum = s
            .spawn(|| {
                (0..3)
                    .map(|_| {
                        let cell = queue.pop();
                        cell.set(cell.get() * 10);
                        cell.get()
                    })
                    .sum::<i32>()
            })
            .join()
            .unwrap();
        assert_eq!(sum, 60);
    });
}
