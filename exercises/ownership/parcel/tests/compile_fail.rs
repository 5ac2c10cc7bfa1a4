#![cfg(not(loom))]
//! Programs that skip a step, repeat one, keep using a parcel in a state it
//! has left, copy a parcel or make one out of nothing must be rejected by the
//! compiler. Each case in `tests/ui/fail/` has
//! a twin in `tests/ui/pass/` that uses the API rightly and must compile and run.

workbook_ui::cases! {
    /// `seal` consumes the open parcel, so nothing can be added to it afterwards.
    add_after_sealing,
    /// A sealed parcel has no `deliver`: only a parcel in transit can be delivered.
    deliver_before_shipping,
    /// `ship` consumes the sealed parcel, so it cannot be shipped twice.
    ship_twice,
    /// A sealed parcel is not `Clone`: a copy would be a second parcel with the same items.
    clone_sealed_parcel,
    /// A parcel in transit is not `Clone`: a copy could be delivered twice.
    clone_parcel_in_transit,
    /// A sealed parcel is not `Default`: it could be empty, and an empty parcel may not be sealed.
    default_sealed_parcel,
}
