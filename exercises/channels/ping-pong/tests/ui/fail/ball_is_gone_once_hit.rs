//! Hitting the ball moves it to the other side. If the hitter could still
//! use it (as it could if `Ball` were `Copy`), there would be two balls in
//! play.
use ping_pong::{Ball, table};

fn main() {
    let (ping, pong) = table();
    let catcher = std::thread::spawn(move || pong.catch().map(|ball| ball.hits()));
    let ball = Ball::new();
    ping.hit(ball).unwrap();
    let again = ping.try_hit(ball); //~ ERROR E0382 use of moved value: `ball`
    assert!(again.is_err());
    assert_eq!(catcher.join().unwrap(), Some(1));
}
