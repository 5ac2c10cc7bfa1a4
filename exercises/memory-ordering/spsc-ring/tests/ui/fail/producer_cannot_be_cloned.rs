//! The ring's correctness rests on each index having one writer: two
//! producers would both read the same `tail`, both write the same slot, and
//! both store `tail + 1`. So there is no way to get a second producer.
use spsc_ring::ring;

fn main() {
    let (mut producer, mut consumer) = ring::<i32>(2);
    let mut second = producer.clone(); //~ ERROR E0599 no method named `clone` found
    producer.try_push(1).unwrap();
    second.try_push(2).unwrap();
    assert_eq!(consumer.try_pop(), Some(1));
}
