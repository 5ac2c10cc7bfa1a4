//! # A parcel that moves through states
//!
//! Book: book/src/ownership.md#one-type-per-state
//! Check: cargo xtask check ownership/parcel
//!
//! A parcel is packed, sealed, shipped and delivered, in that order. Each
//! state is its own type, with only the methods that make sense in it, and
//! each step takes the parcel in one state and returns it in the next. The
//! items move along with the parcel from state to state: they are never
//! copied.
//!
//! The type system must enforce the order. None of these may compile:
//! adding an item to a parcel after sealing it, shipping a sealed parcel
//! twice, delivering a parcel that was never shipped, copying a sealed parcel
//! or one in transit (one parcel on two trucks), and making a sealed parcel
//! out of nothing (an empty parcel may not be sealed). The signatures and
//! derives below compile, but not all of them are right yet: choosing them
//! is part of the exercise.

/// A parcel still open, being filled.
#[derive(Debug, Clone, Default)]
pub struct Packing {
    // TODO
}

impl Packing {
    /// An empty, open parcel.
    pub fn new() -> Packing {
        todo!()
    }

    /// Puts an item in the parcel.
    pub fn add(&mut self, item: &str) {
        let _ = item;
        todo!()
    }

    /// The items packed so far, in the order they were added.
    pub fn items(&self) -> &[String] {
        todo!()
    }

    /// Closes the parcel. An empty parcel cannot be sealed: the caller gets
    /// it back, unchanged, as the `Err`.
    pub fn seal(&self) -> Result<Sealed, Packing> {
        todo!()
    }
}

/// A closed parcel, ready to ship.
#[derive(Debug, Clone, Default)]
pub struct Sealed {
    // TODO
}

impl Sealed {
    /// How many items are inside.
    pub fn item_count(&self) -> usize {
        todo!()
    }

    /// Opens the parcel again, to change what is inside.
    pub fn unseal(self) -> Packing {
        todo!()
    }

    /// Hands the parcel to a carrier, who gives it a tracking number.
    pub fn ship(&self, tracking: &str) -> InTransit {
        let _ = tracking;
        todo!()
    }
}

/// A parcel on its way.
#[derive(Debug, Clone, Default)]
pub struct InTransit {
    // TODO
}

impl InTransit {
    /// The carrier's tracking number.
    pub fn tracking(&self) -> &str {
        todo!()
    }

    /// Hands the parcel over to `signed_by`, who signs for it.
    pub fn deliver(self, signed_by: &str) -> Delivered {
        let _ = signed_by;
        todo!()
    }
}

/// A parcel that has arrived.
#[derive(Debug, Clone, Default)]
pub struct Delivered {
    // TODO
}

impl Delivered {
    /// The tracking number it travelled under.
    pub fn tracking(&self) -> &str {
        todo!()
    }

    /// Who signed for it.
    pub fn signed_by(&self) -> &str {
        todo!()
    }

    /// Opens the parcel and takes everything out: the very items packed.
    pub fn unpack(self) -> Vec<String> {
        todo!()
    }
}
