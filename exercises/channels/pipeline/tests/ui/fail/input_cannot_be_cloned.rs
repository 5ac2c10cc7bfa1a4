//! The stages stop once the input is closed. A spare handle on the input,
//! kept by anyone, would keep them waiting for ever, so `Input` must not be
//! `Clone`.
use pipeline::{Pipeline, spawn};

fn main() {
    let Pipeline { input, output, .. } = spawn(1);
    let spare = input.clone(); //~ ERROR E0599 no method named `clone` found
    input.close();
    spare.send("late: 1".to_owned()).unwrap();
    assert_eq!(output.iter().count(), 1);
}
