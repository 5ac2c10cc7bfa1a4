//! # A buffer on a raw pointer
//!
//! Book: book/src/send-sync.md#unsafe-impl-promises-the-compiler-cannot-check
//! Check: cargo xtask check send-sync/raw-buffer
//!
//! Inside, a `Vec<T>` is a raw pointer to memory it allocated, a length and
//! a capacity. This buffer is the same, with a capacity fixed when it is made:
//! it never grows, and `push` hands the value back when the buffer is full.
//!
//! A raw pointer is neither `Send` nor `Sync`, so neither is a struct that
//! holds one: the compiler cannot know what the pointer stands for. Here it
//! stands for values of type `T` that the buffer owns, so you know, and you
//! say it with an `unsafe impl` of each trait. Give each one exactly the
//! bounds it needs, no more and no fewer:
//!
//! - a buffer moved to another thread takes its values with it, so a buffer
//!   of `Rc`s must stay where it is (and so must a buffer of `MutexGuard`s,
//!   which must be dropped on the thread that locked the mutex), while a
//!   buffer of `Cell`s may move;
//! - threads that share a buffer share `&T` through `get`, so a buffer of
//!   `Cell`s must not be shared, while a buffer of `MutexGuard<'_, i32>`s may
//!   be (a guard of an `i32` is `Sync`).
//!
//! `cargo xtask check` counts drops to check that every value is dropped
//! exactly once, uses buffers from several threads, and tries programs that
//! must not compile.
//!
//! The memory, with `std::mem::ManuallyDrop`: a `Vec` allocates it, and you
//! keep its pointer without letting the `Vec` free it.
//!
//! ```ignore
//! let mut memory = ManuallyDrop::new(Vec::<T>::with_capacity(capacity));
//! let ptr: *mut T = memory.as_mut_ptr();
//! ```
//!
//! `ptr.add(i)` points at slot `i`; `.write(value)` moves a value into a slot
//! and `.read()` moves it out, and `&*ptr.add(i)` borrows it. To drop the
//! values and free the memory, give it back to a `Vec`, which drops its
//! `len` values and frees `capacity` slots:
//! `drop(Vec::from_raw_parts(ptr, len, capacity))`. Each of these is
//! `unsafe`: write a `// SAFETY:` comment saying why each use is sound.

use std::marker::PhantomData;

/// At most `capacity` values of type `T`, kept behind a raw pointer.
pub struct Buffer<T> {
    // TODO: a raw pointer to the memory, the number of values in it, and the
    // capacity. Then say, with an `unsafe impl` each, for which `T` a buffer
    // is `Send` and for which it is `Sync`. (The `PhantomData` is a
    // placeholder so that this file compiles; replace it.)
    _todo: PhantomData<T>,
}

impl<T> Buffer<T> {
    /// An empty buffer with room for `capacity` values.
    pub fn with_capacity(capacity: usize) -> Buffer<T> {
        let _ = capacity;
        todo!()
    }

    /// How many values the buffer holds.
    pub fn len(&self) -> usize {
        todo!()
    }

    /// Whether the buffer holds no values.
    pub fn is_empty(&self) -> bool {
        todo!()
    }

    /// How many values the buffer can hold.
    pub fn capacity(&self) -> usize {
        todo!()
    }

    /// Adds `value` after the others, or gives it back in `Err` when the
    /// buffer is full.
    pub fn push(&mut self, value: T) -> Result<(), T> {
        let _ = value;
        todo!()
    }

    /// Takes out the value added last, if there is one.
    pub fn pop(&mut self) -> Option<T> {
        todo!()
    }

    /// The value at `index` (0 is the first one added), if there is one.
    pub fn get(&self, index: usize) -> Option<&T> {
        let _ = index;
        todo!()
    }
}

impl<T> Drop for Buffer<T> {
    /// Drops the values still in the buffer, each once, and frees the memory.
    fn drop(&mut self) {
        // TODO
    }
}
