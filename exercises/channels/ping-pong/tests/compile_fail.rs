#![cfg(not(loom))]
//! What the compiler must refuse: there is one ball in play. Each case in
//! `tests/ui/fail/` has a twin in `tests/ui/pass/` that plays rightly and
//! must compile and run.

workbook_ui::cases! {
    /// A ball hit to the other side has moved there: the hitter cannot use it any more.
    ball_is_gone_once_hit,
    /// A ball cannot be copied: a copy would be a second ball in play.
    ball_cannot_be_cloned,
}
