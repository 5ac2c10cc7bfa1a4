//! # A single-producer single-consumer ring buffer
//!
//! Book: book/src/memory-ordering.md#a-ring-buffer-between-two-threads
//! Check: cargo xtask check memory-ordering/spsc-ring
//!
//! `ring(capacity)` makes a queue of at most `capacity` values with two
//! ends: one `Producer`, which pushes, and one `Consumer`, which pops, in
//! first-in first-out order. Neither end ever waits or takes a lock:
//! `try_push` hands the value back when the ring is full, `try_pop` returns
//! `None` when it is empty. Values still in the ring when both ends are gone
//! are dropped, once.
//!
//! There is exactly one producer and one consumer, so each index has one
//! writer. The hard part is what the indices *publish*: when the consumer
//! sees the producer's index move, it must also see the value written into
//! the slot; when the producer sees the consumer's index move, the consumer
//! must be done reading that slot. `cargo xtask check` runs the ring under
//! loom, which reports a read of a slot that is not ordered after its write.
//!
//! What must be impossible: a second producer or consumer (the ends cannot be
//! cloned), and an end of a ring of `Rc`s moving to another thread. Take the
//! atomics, `Arc` and `UnsafeCell` from `workbook_sync`.
//! Under loom these atomics have no `get_mut`: in a `Drop`, read them with
//! `load`.

use std::marker::PhantomData;

/// The pushing end.
pub struct Producer<T> {
    // TODO: what the two ends share (the slots and two indices). (This
    // placeholder only keeps `T` in use; replace it.)
    _todo: PhantomData<T>,
}

/// The popping end.
pub struct Consumer<T> {
    // TODO: as for `Producer`.
    _todo: PhantomData<T>,
}

/// A ring of `capacity` slots.
///
/// # Panics
///
/// If `capacity` is 0.
pub fn ring<T>(capacity: usize) -> (Producer<T>, Consumer<T>) {
    let _ = capacity;
    todo!()
}

impl<T> Producer<T> {
    /// Adds `value` at the back; `Err(value)` if the ring is full.
    pub fn try_push(&mut self, value: T) -> Result<(), T> {
        todo!(
            "push a {} or hand it back",
            std::any::type_name_of_val(&value)
        )
    }
}

impl<T> Consumer<T> {
    /// Takes the value at the front; `None` if the ring is empty.
    pub fn try_pop(&mut self) -> Option<T> {
        todo!()
    }
}
