//! Closing the input says "there are no more lines". A line sent after that
//! would be lost or refused at run time; with `close(self)` it is refused at
//! compile time instead, because the closed `Input` is gone. (The binding is
//! `mut` only so that this program is about what `close` does to its
//! `Input`, whatever receiver it takes.)
use pipeline::{Pipeline, spawn};

#[allow(unused_mut)]
fn main() {
    let Pipeline {
        mut input, output, ..
    } = spawn(1);
    input.send("first: 1".to_owned()).unwrap();
    input.close();
    let _ = input.send("late: 2".to_owned()); //~ ERROR E0382 borrow of moved value: `input`
    assert_eq!(output.iter().count(), 1);
}
