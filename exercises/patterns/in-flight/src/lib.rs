//! # Capstone, stage 2: knowing when the work has run out
//!
//! Book: book/src/patterns.md#stage-2-the-end-of-the-work
//! Check: cargo xtask check patterns/in-flight
//!
//! A crawler's queue being empty does not mean it is done: a worker that is
//! still fetching a page may find ten new links a moment later. The work has
//! run out when the queue is empty *and* no page is in flight. [`InFlight`]
//! counts the pages in flight, and lets the crawler's owner sleep until that
//! count is zero.
//!
//! What must work:
//!
//! - [`InFlight::start`] counts one more piece of work and returns a
//!   [`Ticket`]; dropping the ticket counts it as finished, also when its
//!   thread unwinds from a panic, so a crashed worker cannot leave the
//!   count up for ever;
//! - [`InFlight::wait_idle`] returns once the count is zero (at once if it
//!   is zero already), and sleeps on a condition variable until then
//!   instead of spinning;
//! - [`InFlight::count`] says how many tickets are out.
//!
//! What loom checks: the drop of the last ticket, on another thread, always
//! wakes a thread in `wait_idle`, whenever it happens (a lost wake-up is a
//! deadlock to loom), and `wait_idle` never returns while a ticket is out.
//!
//! Take `Mutex` and `Condvar` from `workbook_sync`, not `std::sync`, so that
//! loom sees them. In ordinary tests `workbook_sync`'s `Condvar` sometimes
//! wakes a waiter without a notification, as std's may.

/// How many pieces of work are in flight.
pub struct InFlight {
    // TODO
}

/// One piece of work in flight; dropping it finishes it.
pub struct Ticket<'a> {
    in_flight: &'a InFlight,
}

impl InFlight {
    /// Nothing in flight.
    pub fn new() -> InFlight {
        todo!()
    }

    /// Counts one more piece of work in flight, until the ticket is dropped.
    pub fn start(&self) -> Ticket<'_> {
        todo!()
    }

    /// Returns once nothing is in flight.
    pub fn wait_idle(&self) {
        todo!()
    }

    /// How many tickets are out.
    pub fn count(&self) -> usize {
        todo!()
    }
}

impl Default for InFlight {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Ticket<'_> {
    fn drop(&mut self) {
        let _ = self.in_flight;
        todo!("count the work as finished")
    }
}
