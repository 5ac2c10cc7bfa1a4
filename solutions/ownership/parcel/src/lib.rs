//! # A parcel that moves through states
//!
//! Book: book/src/ownership.md#one-type-per-state
//! Check: cargo xtask check ownership/parcel
//!
//! Reference solution.

/// A parcel still open, being filled.
#[derive(Debug, Default)]
pub struct Packing {
    items: Vec<String>,
}

impl Packing {
    /// An empty, open parcel.
    pub fn new() -> Packing {
        Packing::default()
    }

    /// Puts an item in the parcel.
    pub fn add(&mut self, item: &str) {
        self.items.push(item.to_owned());
    }

    /// The items packed so far, in the order they were added.
    pub fn items(&self) -> &[String] {
        &self.items
    }

    /// Closes the parcel. An empty parcel cannot be sealed: the caller gets
    /// it back, unchanged, as the `Err`.
    pub fn seal(self) -> Result<Sealed, Packing> {
        if self.items.is_empty() {
            // `self` was moved in; moving it back out returns ownership.
            return Err(self);
        }
        Ok(Sealed { items: self.items })
    }
}

/// A closed parcel, ready to ship.
#[derive(Debug)]
pub struct Sealed {
    items: Vec<String>,
}

impl Sealed {
    /// How many items are inside.
    pub fn item_count(&self) -> usize {
        self.items.len()
    }

    /// Opens the parcel again, to change what is inside.
    pub fn unseal(self) -> Packing {
        Packing { items: self.items }
    }

    /// Hands the parcel to a carrier, who gives it a tracking number.
    pub fn ship(self, tracking: &str) -> InTransit {
        InTransit {
            items: self.items,
            tracking: tracking.to_owned(),
        }
    }
}

/// A parcel on its way.
#[derive(Debug)]
pub struct InTransit {
    items: Vec<String>,
    tracking: String,
}

impl InTransit {
    /// The carrier's tracking number.
    pub fn tracking(&self) -> &str {
        &self.tracking
    }

    /// Hands the parcel over to `signed_by`, who signs for it.
    pub fn deliver(self, signed_by: &str) -> Delivered {
        Delivered {
            items: self.items,
            tracking: self.tracking,
            signed_by: signed_by.to_owned(),
        }
    }
}

/// A parcel that has arrived.
#[derive(Debug)]
pub struct Delivered {
    items: Vec<String>,
    tracking: String,
    signed_by: String,
}

impl Delivered {
    /// The tracking number it travelled under.
    pub fn tracking(&self) -> &str {
        &self.tracking
    }

    /// Who signed for it.
    pub fn signed_by(&self) -> &str {
        &self.signed_by
    }

    /// Opens the parcel and takes everything out: the very items packed.
    pub fn unpack(self) -> Vec<String> {
        self.items
    }
}
