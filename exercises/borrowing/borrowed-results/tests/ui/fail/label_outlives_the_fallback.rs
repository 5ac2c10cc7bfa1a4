//! `label_or` may hand back `fallback`, so the compiler must assume the answer
//! borrows it. The fallback is dropped at the end of the inner block, and the
//! label is used after that.
use borrowed_results::label_or;

fn main() {
    let name = String::from("   ");
    let label;
    {
        let fallback = String::from("anonymous");
        label = label_or(&name, &fallback); //~ ERROR E0597 `fallback` does not live long enough
    }
    assert_eq!(label, "anonymous");
}
