//! # Porting an event bus to threads
//!
//! Book: book/src/send-sync.md#why-rc-cell-refcell-raw-pointers-and-mutexguard-are-what-they-are
//! Check: cargo xtask check send-sync/event-bus
//!
//! Reference solution.

use std::sync::{Arc, Mutex, MutexGuard};

/// A subscribed handler. A trait object has only the auto traits it names:
/// `Send` because the list of handlers, and so each handler, may be reached
/// from any thread; `Sync` because two threads that publish at once call
/// the same handler through a shared reference.
type Handler<E> = Arc<dyn Fn(&E) + Send + Sync>;

/// Where handlers subscribe and events are published. Every clone of a bus
/// is the same bus: it shares the handlers.
pub struct Bus<E> {
    // `Rc` became `Arc`: its count is updated atomically, so clones may live
    // on different threads. `RefCell` became `Mutex`: `RefCell`'s borrow
    // flag is not atomic, so it is not `Sync`; a `Mutex` makes the list
    // `Sync` (it needs only `Vec<Handler<E>>: Send`).
    handlers: Arc<Mutex<Vec<Handler<E>>>>,
}

impl<E> Bus<E> {
    /// A bus with no handlers.
    pub fn new() -> Bus<E> {
        Bus {
            handlers: Arc::new(Mutex::new(Vec::new())),
        }
    }

    /// The list of handlers, locked. No handler ever runs while the lock is
    /// held, so no handler's panic can poison it.
    fn handlers(&self) -> MutexGuard<'_, Vec<Handler<E>>> {
        self.handlers.lock().unwrap()
    }

    /// Adds `handler`, to be called with every event published from now on,
    /// after the handlers that subscribed before it.
    pub fn subscribe<F>(&self, handler: F)
    where
        F: Fn(&E) + Send + Sync + 'static,
    {
        self.handlers().push(Arc::new(handler));
    }

    /// Calls every handler with `event`, in the order they subscribed, and
    /// returns how many it called. Handlers that subscribe while this runs
    /// are called from the next publish on.
    pub fn publish(&self, event: &E) -> usize {
        // Copy the list and unlock before calling anyone, as the `Rc`
        // version did with its borrow: a handler that subscribes or publishes
        // locks the list again, which would deadlock if this thread still
        // held it, and no other thread waits while handlers run.
        let handlers: Vec<Handler<E>> = self.handlers().clone();
        for handler in &handlers {
            handler(event);
        }
        handlers.len()
    }

    /// How many handlers have subscribed.
    pub fn handler_count(&self) -> usize {
        self.handlers().len()
    }
}

impl<E> Clone for Bus<E> {
    /// Another handle to the same bus.
    fn clone(&self) -> Bus<E> {
        Bus {
            handlers: Arc::clone(&self.handlers),
        }
    }
}

impl<E> Default for Bus<E> {
    fn default() -> Bus<E> {
        Bus::new()
    }
}
