#![cfg(not(loom))]
//! Programs that could close a resource twice, or use it after closing it,
//! must be rejected by the compiler. Each case in `tests/ui/fail/` has a twin in
//! `tests/ui/pass/` that uses the API rightly and must compile and run.

workbook_ui::cases! {
    /// `close` consumes the resource, so using it afterwards uses a moved value.
    use_after_close,
    /// A resource is not `Clone`: two copies would close the same thing twice.
    clone_resource,
}
