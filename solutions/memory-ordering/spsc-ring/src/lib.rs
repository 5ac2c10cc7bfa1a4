//! # A single-producer single-consumer ring buffer
//!
//! Book: book/src/memory-ordering.md#a-ring-buffer-between-two-threads
//! Check: cargo xtask check memory-ordering/spsc-ring
//!
//! Reference solution.

use std::mem::MaybeUninit;

use workbook_sync::{Arc, AtomicUsize, Ordering, UnsafeCell};

/// What the two ends share.
struct Ring<T> {
    slots: Box<[UnsafeCell<MaybeUninit<T>>]>,
    /// How many values the consumer has taken, ever. Written only by the
    /// consumer.
    head: AtomicUsize,
    /// How many values the producer has added, ever. Written only by the
    /// producer.
    tail: AtomicUsize,
}

// SAFETY: values move from the producer's thread to the consumer's (`T:
// Send`); a slot is written only by the producer while it is outside
// `head..tail` and read only by the consumer while it is inside, and the
// indices order the two (see `try_push` and `try_pop`).
unsafe impl<T: Send> Sync for Ring<T> {}

impl<T> Ring<T> {
    fn slot(&self, index: usize) -> &UnsafeCell<MaybeUninit<T>> {
        &self.slots[index % self.slots.len()]
    }
}

impl<T> Drop for Ring<T> {
    fn drop(&mut self) {
        // Both ends are gone (the last `Arc` synchronised with them), so
        // `head..tail` are exactly the values pushed and never popped.
        let (head, tail) = (
            self.head.load(Ordering::Relaxed),
            self.tail.load(Ordering::Relaxed),
        );
        for index in head..tail {
            // SAFETY: written by `try_push`, never read by `try_pop`.
            self.slot(index)
                .with_mut(|slot| unsafe { (*slot).assume_init_drop() });
        }
    }
}

/// The pushing end.
pub struct Producer<T> {
    ring: Arc<Ring<T>>,
}

/// The popping end.
pub struct Consumer<T> {
    ring: Arc<Ring<T>>,
}

/// A ring of `capacity` slots.
///
/// # Panics
///
/// If `capacity` is 0.
pub fn ring<T>(capacity: usize) -> (Producer<T>, Consumer<T>) {
    assert!(capacity > 0, "a ring needs at least one slot");
    let ring = Arc::new(Ring {
        slots: (0..capacity)
            .map(|_| UnsafeCell::new(MaybeUninit::uninit()))
            .collect(),
        head: AtomicUsize::new(0),
        tail: AtomicUsize::new(0),
    });
    (
        Producer {
            ring: Arc::clone(&ring),
        },
        Consumer { ring },
    )
}

impl<T> Producer<T> {
    /// Adds `value` at the back; `Err(value)` if the ring is full.
    pub fn try_push(&mut self, value: T) -> Result<(), T> {
        let ring = &*self.ring;
        // Relaxed: only this thread writes `tail`.
        let tail = ring.tail.load(Ordering::Relaxed);
        // Acquire: pairs with the consumer's Release store of `head`, so its
        // read of the slot we are about to reuse happens before our write.
        let head = ring.head.load(Ordering::Acquire);
        if tail - head == ring.slots.len() {
            return Err(value);
        }
        // SAFETY: the slot is outside `head..tail`: the consumer is done
        // with it and will not touch it before `tail` moves past it.
        ring.slot(tail)
            .with_mut(|slot| unsafe { (*slot).write(value) });
        // Release: the write above happens before the consumer's Acquire
        // load that sees the new `tail`.
        ring.tail.store(tail + 1, Ordering::Release);
        Ok(())
    }
}

impl<T> Consumer<T> {
    /// Takes the value at the front; `None` if the ring is empty.
    pub fn try_pop(&mut self) -> Option<T> {
        let ring = &*self.ring;
        // Relaxed: only this thread writes `head`.
        let head = ring.head.load(Ordering::Relaxed);
        // Acquire: pairs with the producer's Release store of `tail`.
        let tail = ring.tail.load(Ordering::Acquire);
        if head == tail {
            return None;
        }
        // SAFETY: the slot is inside `head..tail`: written, and the
        // producer will not touch it before `head` moves past it.
        let value = ring
            .slot(head)
            .with(|slot| unsafe { (*slot).assume_init_read() });
        // Release: our read happens before the producer reuses the slot.
        ring.head.store(head + 1, Ordering::Release);
        Some(value)
    }
}
