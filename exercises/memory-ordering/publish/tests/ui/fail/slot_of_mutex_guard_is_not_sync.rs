//! A `MutexGuard` may be shared between threads but must be dropped on the
//! thread that locked the mutex: it is `Sync` but not `Send`. Any thread that
//! shares a slot can `publish` into it, and the slot's owner later drops the
//! value, so sharing the slot moves the value between threads: a
//! `Slot<MutexGuard<'static, i32>>` must not be `Sync`. (`Slot<T>` is `Sync`
//! only when `T: Send` as well as `T: Sync`.)
use std::sync::MutexGuard;

use publish::Slot;

fn assert_sync<T: Sync>() {}

fn main() {
    assert_sync::<Slot<MutexGuard<'static, i32>>>(); //~ ERROR E0277 MutexGuard<'static, i32>` cannot be sent between threads safely
}
