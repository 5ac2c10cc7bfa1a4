use ping_pong::{Ball, table};

fn main() {
    let (ping, pong) = table();
    let catcher = std::thread::spawn(move || pong.catch().map(|ball| ball.hits()));
    let ball = Ball::new();
    assert_eq!(ball.hits(), 0);
    ping.hit(ball).unwrap();
    assert_eq!(catcher.join().unwrap(), Some(1));
}
