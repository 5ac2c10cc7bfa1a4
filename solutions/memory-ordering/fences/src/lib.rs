//! # Collect results with one fence
//!
//! Book: book/src/memory-ordering.md#fences
//! Check: cargo xtask check memory-ordering/fences
//!
//! Reference solution.

use workbook_sync::{AtomicU8, Ordering, UnsafeCell, fence};

const EMPTY: u8 = 0;
const WRITING: u8 = 1;
const DONE: u8 = 2;

struct Slot<T> {
    state: AtomicU8,
    value: UnsafeCell<Option<T>>,
}

/// A fixed number of result slots, each finished at most once.
pub struct Results<T> {
    slots: Box<[Slot<T>]>,
}

// SAFETY: a slot's value is written once, by the thread that moved its
// state from EMPTY to WRITING, before DONE is published (Release fence);
// then many threads read it at once (`T: Sync`). The values are made on
// worker threads and dropped wherever the `Results` is (`T: Send`).
unsafe impl<T: Send + Sync> Sync for Results<T> {}

impl<T> Results<T> {
    /// `slots` empty slots.
    pub fn new(slots: usize) -> Self {
        Results {
            slots: (0..slots)
                .map(|_| Slot {
                    state: AtomicU8::new(EMPTY),
                    value: UnsafeCell::new(None),
                })
                .collect(),
        }
    }

    /// Stores the result of slot `index`.
    ///
    /// # Panics
    ///
    /// If `index` is out of range, or the slot was already finished.
    pub fn finish(&self, index: usize, value: T) {
        let slot = &self.slots[index];
        // Claiming publishes nothing: Relaxed.
        if slot
            .state
            .compare_exchange(EMPTY, WRITING, Ordering::Relaxed, Ordering::Relaxed)
            .is_err()
        {
            panic!("slot {index} was finished twice");
        }
        // SAFETY: WRITING is ours; readers wait for DONE.
        slot.value.with_mut(|cell| unsafe { *cell = Some(value) });
        // The fence makes the Relaxed store below a release: the write
        // above happens before any read that an Acquire fence orders after
        // seeing DONE.
        fence(Ordering::Release);
        slot.state.store(DONE, Ordering::Relaxed);
    }

    /// Every result finished so far, by index, in increasing index order.
    pub fn collect_ready(&self) -> Vec<(usize, &T)> {
        let done: Vec<usize> = (0..self.slots.len())
            .filter(|&i| self.slots[i].state.load(Ordering::Relaxed) == DONE)
            .collect();
        if done.is_empty() {
            return Vec::new();
        }
        // One Acquire fence for every DONE seen above: each of those loads
        // read a store that followed a Release fence, so every worker's
        // write happens before the reads below.
        fence(Ordering::Acquire);
        done.into_iter()
            .map(|i| {
                // SAFETY: DONE: written, and never written again.
                let value = self.slots[i]
                    .value
                    .with(|cell| unsafe { (*cell).as_ref() })
                    .expect("a DONE slot holds its value");
                (i, value)
            })
            .collect()
    }
}
