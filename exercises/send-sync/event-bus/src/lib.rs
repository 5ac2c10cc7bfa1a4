//! # Porting an event bus to threads
//!
//! Book: book/src/send-sync.md#why-rc-cell-refcell-raw-pointers-and-mutexguard-are-what-they-are
//! Check: cargo xtask check send-sync/event-bus
//!
//! This event bus works, on one thread:
//!
//! ```ignore
//! type Handler<E> = Rc<dyn Fn(&E)>;
//!
//! pub struct Bus<E> {
//!     handlers: Rc<RefCell<Vec<Handler<E>>>>,
//! }
//!
//! impl<E> Bus<E> {
//!     pub fn new() -> Bus<E> {
//!         Bus { handlers: Rc::new(RefCell::new(Vec::new())) }
//!     }
//!
//!     pub fn subscribe<F>(&self, handler: F)
//!     where
//!         F: Fn(&E) + 'static,
//!     {
//!         self.handlers.borrow_mut().push(Rc::new(handler));
//!     }
//!
//!     pub fn publish(&self, event: &E) -> usize {
//!         // Copy the list (cloning an `Rc` only counts one more owner) and
//!         // end the borrow before calling anyone: a handler that subscribes
//!         // needs to borrow the list mutably, and may publish in turn.
//!         let handlers: Vec<Handler<E>> = self.handlers.borrow().clone();
//!         for handler in &handlers {
//!             handler(event);
//!         }
//!         handlers.len()
//!     }
//!
//!     pub fn handler_count(&self) -> usize {
//!         self.handlers.borrow().len()
//!     }
//! }
//!
//! impl<E> Clone for Bus<E> {
//!     fn clone(&self) -> Bus<E> {
//!         Bus { handlers: Rc::clone(&self.handlers) }
//!     }
//! }
//! ```
//!
//! Port it to threads, below:
//!
//! - a bus, and its clones, may be moved to other threads and shared between
//!   them: threads subscribe and publish at the same time;
//! - a handler runs on whichever thread publishes, and two threads that
//!   publish at once may run the same handler at the same time, so a handler
//!   that could not stand that (one that holds an `Rc`, or a `Cell`) must be
//!   refused by the compiler at `subscribe`;
//! - what works on one thread must keep working: handlers run in the order
//!   they subscribed, and a handler may subscribe another handler, or
//!   publish, while it runs (a handler subscribed during a publish is called
//!   from the next publish on).
//!
//! Keep the logic and change the types: paste the code above into the
//! methods, and the compiler will tell you, one error at a time, what cannot
//! cross a thread boundary and why. A port needs no promises, so `unsafe` is
//! ruled out here. `cargo xtask check` uses the bus from several threads and
//! tries handlers that must be refused.

use std::marker::PhantomData;

/// Where handlers subscribe and events are published. Every clone of a bus
/// is the same bus: it shares the handlers.
pub struct Bus<E> {
    // TODO: the shared list of handlers. What replaces `Rc`, `RefCell` and
    // `dyn Fn(&E)` when the list is reached from many threads at once? (The
    // `PhantomData` is a placeholder so that this file compiles; replace it.)
    _todo: PhantomData<fn(&E)>,
}

impl<E> Bus<E> {
    /// A bus with no handlers.
    pub fn new() -> Bus<E> {
        todo!()
    }

    /// Adds `handler`, to be called with every event published from now on,
    /// after the handlers that subscribed before it.
    ///
    /// TODO: what must a handler be, for the bus to call it on any thread,
    /// and on two threads at once?
    pub fn subscribe<F>(&self, handler: F)
    where
        F: Fn(&E) + 'static,
    {
        let _ = handler;
        todo!()
    }

    /// Calls every handler with `event`, in the order they subscribed, and
    /// returns how many it called. Handlers that subscribe while this runs
    /// are called from the next publish on.
    pub fn publish(&self, event: &E) -> usize {
        let _ = event;
        todo!()
    }

    /// How many handlers have subscribed.
    pub fn handler_count(&self) -> usize {
        todo!()
    }
}

impl<E> Clone for Bus<E> {
    /// Another handle to the same bus.
    fn clone(&self) -> Bus<E> {
        todo!()
    }
}

impl<E> Default for Bus<E> {
    fn default() -> Bus<E> {
        Bus::new()
    }
}
