#![cfg(not(loom))]
//! Programs that skip a step, repeat one, or keep using a parcel in a state it
//! has left must be rejected by the compiler. Each case in `tests/ui/fail/` has
//! a twin in `tests/ui/pass/` that uses the API rightly and must compile and run.

workbook_ui::cases! {
    /// `seal` consumes the open parcel, so nothing can be added to it afterwards.
    add_after_sealing,
    /// A sealed parcel has no `deliver`: only a parcel in transit can be delivered.
    deliver_before_shipping,
    /// `ship` consumes the sealed parcel, so it cannot be shipped twice.
    ship_twice,
}
