//! One permit, one slot: a clone would give the slot back twice when both
//! are dropped, and the semaphore would let one thread too many in.
use channel_semaphore::Semaphore;

fn main() {
    let semaphore = Semaphore::new(1);
    let permit = semaphore.acquire();
    let copy = permit.clone(); //~ ERROR E0599 no method named `clone` found
    drop(permit);
    drop(copy);
}
