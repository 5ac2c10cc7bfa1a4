use ping_pong::{Ball, table};

fn main() {
    let (ping, pong) = table();
    let catcher = std::thread::spawn(move || pong.catch().map(|ball| ball.hits()));
    let ball = Ball::new();
    ping.hit(ball).unwrap();
    assert_eq!(catcher.join().unwrap(), Some(1));
    let again = ping.try_hit(Ball::new());
    assert!(again.is_err());
}
