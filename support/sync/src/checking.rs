//! Checking mode: which calls of a thread return early, and the wrappers that
//! ask.
//!
//! Every thread counts its own `Condvar::wait` and `compare_exchange_weak`
//! calls. Call number 0 of each kind returns early, and after that a call
//! returns early when a hash of the seed, the kind and its number says so
//! (about one in three). Under loom the counters are loom thread-locals, which
//! start again in every execution, so each interleaving sees the same
//! pattern and loom's exploration stays deterministic.
//!
//! Invariant: an early return is one that std's documentation allows (a
//! spurious wake-up, a spurious weak compare-exchange failure).

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::panic::Location;
use std::sync::OnceLock;

/// The two calls checking mode may cut short.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    Wait,
    WeakCas,
}

#[cfg(not(loom))]
std::thread_local! {
    static CALLS: Cell<[u64; 2]> = const { Cell::new([0; 2]) };
}

#[cfg(loom)]
loom::thread_local! {
    static CALLS: Cell<[u64; 2]> = Cell::new([0; 2]);
}

std::thread_local! {
    /// Call sites already explained on this OS thread.
    static NOTED: RefCell<HashSet<(Kind, &'static str, u32, u32)>> = RefCell::new(HashSet::new());
}

/// `WORKBOOK_SEED`: a number, `off`, or unset (0).
fn seed() -> Option<u64> {
    static SEED: OnceLock<Option<u64>> = OnceLock::new();
    *SEED.get_or_init(|| match std::env::var("WORKBOOK_SEED") {
        Err(_) => Some(0),
        Ok(text) if text.trim().eq_ignore_ascii_case("off") => None,
        Ok(text) => Some(text.trim().parse().unwrap_or_else(|_| {
            // Any text is a seed: the same text gives the same pattern.
            text.bytes().fold(0u64, |h, b| mix(h ^ u64::from(b)))
        })),
    })
}

/// splitmix64's finaliser: a well-spread hash of one number.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Whether call number `call` of `kind` on a thread returns early.
fn chosen(seed: u64, kind: Kind, call: u64) -> bool {
    call == 0 || mix(seed ^ mix(call.wrapping_mul(2) + kind as u64)).is_multiple_of(3)
}

/// Counts this call of `kind` and says whether it returns early; the first
/// time a call site does, explains why on standard error.
pub(crate) fn early_return(kind: Kind, location: &'static Location<'static>) -> bool {
    let Some(seed) = seed() else {
        return false;
    };
    let call = CALLS.with(|calls| {
        let mut counts = calls.get();
        let call = counts[kind as usize];
        counts[kind as usize] += 1;
        calls.set(counts);
        call
    });
    if !chosen(seed, kind, call) {
        return false;
    }
    let site = (kind, location.file(), location.line(), location.column());
    if NOTED.with(|noted| noted.borrow_mut().insert(site)) {
        let what = match kind {
            Kind::Wait => {
                "`Condvar::wait` returned without a notification (a spurious wake-up, which std \
                 allows): wait in a loop that re-checks the condition"
            }
            Kind::WeakCas => {
                "`compare_exchange_weak` failed although the value matched (a spurious failure, \
                 which std allows): retry it in a loop, or use `compare_exchange`"
            }
        };
        eprintln!(
            "note: at {location}, {what} [workbook_sync checking mode, seed {seed}; \
             WORKBOOK_SEED=<n> repeats or varies it]"
        );
    }
    true
}

#[cfg(loom)]
loom::thread_local! {
    /// The last atomic this thread looked at without changing it, and what it saw.
    static LAST_SEEN: Cell<Option<(usize, u64)>> = Cell::new(None);
}

/// Under loom: this thread read `value` at `address` and left it as it was.
/// Seeing the same value at the same place twice in a row is a spin loop
/// waiting for another thread, so the thread yields, as
/// `workbook_sync::hint::spin_loop()` would. Without that, a correct lock
/// that spins with `std::hint::spin_loop()` (which loom cannot see) keeps the
/// model running until loom gives up ("exceeded maximum number of
/// branches"). A single failed attempt, as in `try_lock`, never yields, so
/// loom still explores everything that can follow it.
#[cfg(loom)]
pub(crate) fn saw_unchanged(address: usize, value: u64) {
    let again =
        LAST_SEEN.with(|last| last.replace(Some((address, value))) == Some((address, value)));
    if again {
        loom::thread::yield_now();
    }
}

/// The ordering of the read half of a read-modify-write with `order`.
#[cfg(loom)]
pub(crate) fn read_half(order: std::sync::atomic::Ordering) -> std::sync::atomic::Ordering {
    use std::sync::atomic::Ordering::*;
    match order {
        Release | Relaxed => Relaxed,
        Acquire | AcqRel => Acquire,
        _ => SeqCst,
    }
}

/// Under loom: this thread changed an atomic, so it is not spinning.
#[cfg(loom)]
pub(crate) fn changed() {
    LAST_SEEN.with(|last| last.set(None));
}

/// Exclusive access to an atomic's value, for [`AtomicMut`].
#[cfg(loom)]
pub trait Exclusive {
    type Value: Copy;
    fn read(&mut self) -> Self::Value;
    fn write(&mut self, value: Self::Value);
}

/// What `get_mut` lends under loom, whose atomics cannot lend a `&mut`: the
/// value, read when it is made and written back when it is dropped. Holding
/// `&mut` to the atomic, no other thread can look in between, so
/// `*counter.get_mut() += 1` does what it does with std's atomics.
#[cfg(loom)]
pub struct AtomicMut<'a, A: Exclusive> {
    atomic: &'a mut A,
    value: A::Value,
}

#[cfg(loom)]
impl<'a, A: Exclusive> AtomicMut<'a, A> {
    pub(crate) fn new(atomic: &'a mut A) -> AtomicMut<'a, A> {
        let value = atomic.read();
        AtomicMut { atomic, value }
    }
}

#[cfg(loom)]
impl<A: Exclusive> std::ops::Deref for AtomicMut<'_, A> {
    type Target = A::Value;
    fn deref(&self) -> &A::Value {
        &self.value
    }
}

#[cfg(loom)]
impl<A: Exclusive> std::ops::DerefMut for AtomicMut<'_, A> {
    fn deref_mut(&mut self) -> &mut A::Value {
        &mut self.value
    }
}

#[cfg(loom)]
impl<A: Exclusive> Drop for AtomicMut<'_, A> {
    fn drop(&mut self) {
        self.atomic.write(self.value);
    }
}

/// Defines the atomic integer and bool types: the root's own type, with a
/// `compare_exchange_weak` that fails spuriously in checking mode. Every other
/// method is the root's, through `Deref`.
macro_rules! atomics {
    ($root:ident; $($name:ident: $value:ty;)*) => {$(
        #[doc = concat!("`", stringify!($name), "` (std's, or loom's under `--cfg loom`); ")]
        #[doc = "its `compare_exchange_weak` fails spuriously now and then, as std allows."]
        #[derive(Default)]
        pub struct $name($root::sync::atomic::$name);

        impl $name {
            /// A new atomic holding `value`.
            #[cfg(not(loom))]
            pub const fn new(value: $value) -> $name {
                $name($root::sync::atomic::$name::new(value))
            }

            /// A new atomic holding `value` (loom's is not `const`).
            #[cfg(loom)]
            pub fn new(value: $value) -> $name {
                $name($root::sync::atomic::$name::new(value))
            }

            /// Consumes the atomic and returns the value.
            pub fn into_inner(self) -> $value {
                self.0.into_inner()
            }

            /// Like std's: stores `new` if the value is `current`, and may
            /// fail even when it is (checking mode makes that happen).
            #[track_caller]
            pub fn compare_exchange_weak(
                &self,
                current: $value,
                new: $value,
                success: $crate::Ordering,
                failure: $crate::Ordering,
            ) -> Result<$value, $value> {
                if $crate::checking::early_return(
                    $crate::checking::Kind::WeakCas,
                    std::panic::Location::caller(),
                ) {
                    return Err(self.0.load(failure));
                }
                let result = self.0.compare_exchange_weak(current, new, success, failure);
                #[cfg(loom)]
                match result {
                    Ok(old) => self.seen(old, old != new),
                    Err(seen) => self.seen(seen, false),
                }
                result
            }
        }

        #[cfg(loom)]
        impl $crate::checking::Exclusive for $name {
            type Value = $value;
            fn read(&mut self) -> $value {
                self.0.load($crate::Ordering::SeqCst)
            }
            fn write(&mut self, value: $value) {
                self.0.store(value, $crate::Ordering::SeqCst)
            }
        }

        /// Under loom, the reads a spin loop makes tell the model to run
        /// another thread when they see nothing new (see `saw_unchanged`).
        #[cfg(loom)]
        impl $name {
            /// std's `get_mut`, for loom too: the value of an atomic nobody
            /// else can reach, to read and change through `*`.
            pub fn get_mut(&mut self) -> $crate::checking::AtomicMut<'_, $name> {
                $crate::checking::AtomicMut::new(self)
            }

            fn seen(&self, value: $value, changed: bool) {
                if changed {
                    $crate::checking::changed();
                } else {
                    $crate::checking::saw_unchanged(self as *const $name as usize, value as u64);
                }
            }

            /// loom's `load`.
            pub fn load(&self, order: $crate::Ordering) -> $value {
                let value = self.0.load(order);
                self.seen(value, false);
                value
            }

            /// loom's `swap` (see `rmw`).
            pub fn swap(&self, value: $value, order: $crate::Ordering) -> $value {
                self.rmw(order, |_| value, !value, |this| this.0.swap(value, order))
            }

            /// A read-modify-write `f`, built under loom from `compare_exchange`
            /// so that, when `f` would write the value already there, it is
            /// only a read of the newest value. loom explores every same-value
            /// write of a spinning `swap(true)` as a new store, and gives up on
            /// a correct swap-based spin lock ("exceeded maximum number of
            /// branches"); a spin on a failing `compare_exchange` it finishes.
            /// `probe` is any value that `f` changes; when there is none, `real`
            /// performs the operation itself.
            fn rmw(
                &self,
                order: $crate::Ordering,
                f: impl Fn($value) -> $value,
                probe: $value,
                real: impl Fn(&Self) -> $value,
            ) -> $value {
                if f(probe) == probe {
                    let old = real(self);
                    self.seen(old, false);
                    return old;
                }
                let read = $crate::checking::read_half(order);
                let mut guess = probe;
                loop {
                    match self.0.compare_exchange(guess, f(guess), order, read) {
                        Ok(old) => {
                            $crate::checking::changed();
                            return old;
                        }
                        Err(seen) if f(seen) == seen => {
                            self.seen(seen, false);
                            return seen;
                        }
                        Err(seen) => guess = seen,
                    }
                }
            }

            /// loom's `fetch_or`, modelled as a read when it changes nothing.
            pub fn fetch_or(&self, value: $value, order: $crate::Ordering) -> $value {
                self.rmw(order, |old| old | value, Default::default(), |this| {
                    this.0.fetch_or(value, order)
                })
            }

            /// loom's `fetch_and`, modelled as a read when it changes nothing.
            pub fn fetch_and(&self, value: $value, order: $crate::Ordering) -> $value {
                self.rmw(order, |old| old & value, !<$value>::default(), |this| {
                    this.0.fetch_and(value, order)
                })
            }
        }

        impl std::ops::Deref for $name {
            type Target = $root::sync::atomic::$name;
            fn deref(&self) -> &Self::Target {
                &self.0
            }
        }

        impl std::ops::DerefMut for $name {
            fn deref_mut(&mut self) -> &mut Self::Target {
                &mut self.0
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl From<$value> for $name {
            fn from(value: $value) -> $name {
                $name::new(value)
            }
        }
    )*};
}

/// Defines `AtomicPtr<T>` like [`atomics`] does the integer types.
macro_rules! atomic_ptr {
    ($root:ident) => {
        /// `AtomicPtr` (std's, or loom's under `--cfg loom`); its
        /// `compare_exchange_weak` fails spuriously now and then, as std allows.
        pub struct AtomicPtr<T>($root::sync::atomic::AtomicPtr<T>);

        impl<T> AtomicPtr<T> {
            /// A new atomic holding `pointer`.
            #[cfg(not(loom))]
            pub const fn new(pointer: *mut T) -> AtomicPtr<T> {
                AtomicPtr($root::sync::atomic::AtomicPtr::new(pointer))
            }

            /// A new atomic holding `pointer` (loom's is not `const`).
            #[cfg(loom)]
            pub fn new(pointer: *mut T) -> AtomicPtr<T> {
                AtomicPtr($root::sync::atomic::AtomicPtr::new(pointer))
            }

            /// Consumes the atomic and returns the pointer.
            pub fn into_inner(self) -> *mut T {
                self.0.into_inner()
            }

            /// Like std's: stores `new` if the pointer is `current`, and may
            /// fail even when it is (checking mode makes that happen).
            #[track_caller]
            pub fn compare_exchange_weak(
                &self,
                current: *mut T,
                new: *mut T,
                success: $crate::Ordering,
                failure: $crate::Ordering,
            ) -> Result<*mut T, *mut T> {
                if $crate::checking::early_return(
                    $crate::checking::Kind::WeakCas,
                    std::panic::Location::caller(),
                ) {
                    return Err(self.0.load(failure));
                }
                let result = self.0.compare_exchange_weak(current, new, success, failure);
                #[cfg(loom)]
                match result {
                    Ok(old) => self.seen(old, old != new),
                    Err(seen) => self.seen(seen, false),
                }
                result
            }
        }

        /// Under loom, spin loops yield as for the integer types.
        #[cfg(loom)]
        impl<T> AtomicPtr<T> {
            fn seen(&self, value: *mut T, changed: bool) {
                if changed {
                    $crate::checking::changed();
                } else {
                    $crate::checking::saw_unchanged(
                        self as *const AtomicPtr<T> as usize,
                        value as usize as u64,
                    );
                }
            }

            /// loom's `load`.
            pub fn load(&self, order: $crate::Ordering) -> *mut T {
                let value = self.0.load(order);
                self.seen(value, false);
                value
            }

            /// loom's `swap`, built from `compare_exchange` as for the integer
            /// types, so that a swap that changes nothing is only a read.
            pub fn swap(&self, value: *mut T, order: $crate::Ordering) -> *mut T {
                let read = $crate::checking::read_half(order);
                // Any pointer other than `value`; only compared, never used.
                let mut guess = value.map_addr(|address| address ^ 1);
                loop {
                    match self.0.compare_exchange(guess, value, order, read) {
                        Ok(old) => {
                            $crate::checking::changed();
                            return old;
                        }
                        Err(seen) if seen == value => {
                            self.seen(seen, false);
                            return seen;
                        }
                        Err(seen) => guess = seen,
                    }
                }
            }

            /// loom's `compare_exchange`.
            pub fn compare_exchange(
                &self,
                current: *mut T,
                new: *mut T,
                success: $crate::Ordering,
                failure: $crate::Ordering,
            ) -> Result<*mut T, *mut T> {
                let result = self.0.compare_exchange(current, new, success, failure);
                match result {
                    Ok(old) => self.seen(old, old != new),
                    Err(seen) => self.seen(seen, false),
                }
                result
            }
        }

        impl<T> Default for AtomicPtr<T> {
            fn default() -> AtomicPtr<T> {
                AtomicPtr::new(std::ptr::null_mut())
            }
        }

        impl<T> std::ops::Deref for AtomicPtr<T> {
            type Target = $root::sync::atomic::AtomicPtr<T>;
            fn deref(&self) -> &Self::Target {
                &self.0
            }
        }

        impl<T> std::ops::DerefMut for AtomicPtr<T> {
            fn deref_mut(&mut self) -> &mut Self::Target {
                &mut self.0
            }
        }

        impl<T> std::fmt::Debug for AtomicPtr<T> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl<T> From<*mut T> for AtomicPtr<T> {
            fn from(pointer: *mut T) -> AtomicPtr<T> {
                AtomicPtr::new(pointer)
            }
        }
    };
}

/// Defines `Condvar`: the root's own, whose `wait` returns spuriously in
/// checking mode. Every other method is the root's, through `Deref`.
macro_rules! condvar {
    ($root:ident) => {
        /// A condition variable (std's, or loom's under `--cfg loom`); its
        /// `wait` returns now and then without a notification, as std allows.
        #[derive(Debug, Default)]
        pub struct Condvar($root::sync::Condvar);

        impl Condvar {
            /// A new condition variable.
            #[cfg(not(loom))]
            pub const fn new() -> Condvar {
                Condvar($root::sync::Condvar::new())
            }

            /// A new condition variable (loom's is not `const`).
            #[cfg(loom)]
            pub fn new() -> Condvar {
                Condvar($root::sync::Condvar::new())
            }

            /// Like std's: releases the lock, waits, and takes the lock again.
            /// It may return without a notification (checking mode makes that
            /// happen), so call it in a loop that re-checks the condition.
            #[track_caller]
            pub fn wait<'a, T>(
                &self,
                guard: $root::sync::MutexGuard<'a, T>,
            ) -> std::sync::LockResult<$root::sync::MutexGuard<'a, T>> {
                if $crate::checking::early_return(
                    $crate::checking::Kind::Wait,
                    std::panic::Location::caller(),
                ) {
                    // A wake-up so quick that no other thread ran meanwhile.
                    return Ok(guard);
                }
                self.0.wait(guard)
            }

            /// Like std's: waits while `condition` holds, re-checking it after
            /// every wake-up, spurious ones included. Built on [`Condvar::wait`]
            /// so that it exists under loom too (loom's `Condvar` has none),
            /// and a solution that uses it is graded like one with a loop.
            #[track_caller]
            pub fn wait_while<'a, T, F>(
                &self,
                mut guard: $root::sync::MutexGuard<'a, T>,
                mut condition: F,
            ) -> std::sync::LockResult<$root::sync::MutexGuard<'a, T>>
            where
                F: FnMut(&mut T) -> bool,
            {
                while condition(&mut *guard) {
                    guard = self.wait(guard)?;
                }
                Ok(guard)
            }
        }

        impl std::ops::Deref for Condvar {
            type Target = $root::sync::Condvar;
            fn deref(&self) -> &Self::Target {
                &self.0
            }
        }
    };
}

pub(crate) use {atomic_ptr, atomics, condvar};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_call_of_each_kind_returns_early_and_later_ones_sometimes() {
        for seed in [0, 1, 42] {
            for kind in [Kind::Wait, Kind::WeakCas] {
                assert!(chosen(seed, kind, 0));
                let early = (1..3000).filter(|&call| chosen(seed, kind, call)).count();
                assert!(
                    (800..1200).contains(&early),
                    "seed {seed}, {kind:?}: {early} of 2999 calls returned early"
                );
            }
        }
    }

    #[test]
    fn seeds_give_different_patterns() {
        let pattern =
            |seed| -> Vec<bool> { (0..64).map(|call| chosen(seed, Kind::Wait, call)).collect() };
        assert_eq!(pattern(7), pattern(7));
        assert_ne!(pattern(7), pattern(8));
    }
}
