//! One ball in play: a clone would let a player hit one ball and keep
//! another.
use ping_pong::{Ball, table};

fn main() {
    let (ping, pong) = table();
    let catcher = std::thread::spawn(move || pong.catch().map(|ball| ball.hits()));
    let ball = Ball::new();
    let spare = ball.clone(); //~ ERROR E0599 no method named `clone` found
    ping.hit(ball).unwrap();
    assert_eq!(spare.hits(), 0);
    assert_eq!(catcher.join().unwrap(), Some(1));
}
