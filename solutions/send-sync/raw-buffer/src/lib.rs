//! # A buffer on a raw pointer
//!
//! Book: book/src/send-sync.md#unsafe-impl-promises-the-compiler-cannot-check
//! Check: cargo xtask check send-sync/raw-buffer
//!
//! Reference solution.

use std::mem::ManuallyDrop;

/// At most `capacity` values of type `T`, kept behind a raw pointer.
pub struct Buffer<T> {
    /// The memory a `Vec` allocated for `capacity` values; the first `len`
    /// slots hold values this buffer owns, the rest are uninitialised.
    ptr: *mut T,
    len: usize,
    capacity: usize,
}

// SAFETY: a `Buffer<T>` owns its values and nothing else; no other pointer to
// its memory exists. Moving the buffer to another thread moves those values
// there, which is sound exactly when `T: Send`. (`Sync` is not needed: the
// old thread keeps no access.) A buffer of `Rc`s or of `MutexGuard`s must not
// move; a buffer of `Cell`s may.
unsafe impl<T: Send> Send for Buffer<T> {}

// SAFETY: through `&Buffer<T>` a thread can only read the length and get
// `&T`s (`get`); every change needs `&mut Buffer<T>`. So sharing a buffer
// shares its values by reference, which is sound exactly when `T: Sync`.
// (`Send` is not needed: no value leaves the buffer through `&self`.) A buffer
// of `Cell`s must not be shared; a buffer of `MutexGuard<'_, i32>`s may.
unsafe impl<T: Sync> Sync for Buffer<T> {}

impl<T> Buffer<T> {
    /// An empty buffer with room for `capacity` values.
    pub fn with_capacity(capacity: usize) -> Buffer<T> {
        // A `Vec` allocates exactly `capacity` slots (or none, for a
        // zero-sized `T`); `ManuallyDrop` keeps it from freeing them.
        let mut memory = ManuallyDrop::new(Vec::with_capacity(capacity));
        Buffer {
            ptr: memory.as_mut_ptr(),
            len: 0,
            capacity,
        }
    }

    /// How many values the buffer holds.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the buffer holds no values.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// How many values the buffer can hold.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Adds `value` after the others, or gives it back in `Err` when the
    /// buffer is full.
    pub fn push(&mut self, value: T) -> Result<(), T> {
        if self.len == self.capacity {
            return Err(value);
        }
        // SAFETY: `len < capacity`, so the slot is inside the allocation, and
        // it is uninitialised, so writing over it drops nothing.
        unsafe { self.ptr.add(self.len).write(value) };
        self.len += 1;
        Ok(())
    }

    /// Takes out the value added last, if there is one.
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: the slot at the old `len - 1` holds a value; shrinking
        // `len` first hands that value to the caller, so the buffer will
        // neither read nor drop it again.
        Some(unsafe { self.ptr.add(self.len).read() })
    }

    /// The value at `index` (0 is the first one added), if there is one.
    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len {
            // SAFETY: slots below `len` hold values; the reference borrows
            // `self`, so no `&mut self` method can move or drop the value
            // while it lives.
            Some(unsafe { &*self.ptr.add(index) })
        } else {
            None
        }
    }
}

impl<T> Drop for Buffer<T> {
    /// Drops the values still in the buffer, each once, and frees the memory.
    fn drop(&mut self) {
        // SAFETY: `ptr` and `capacity` are those of the `Vec` that allocated
        // the memory, and its first `len` slots hold values: the `Vec` drops
        // those and frees the memory, once, since this runs once.
        drop(unsafe { Vec::from_raw_parts(self.ptr, self.len, self.capacity) });
    }
}
