#![cfg(not(loom))]
//! What the players do at run time, on real threads.
//!
//! Loom cannot look inside crossbeam's (or std's) channels, so there is no
//! `tests/loom.rs`: these tests use real threads, and every wait has a
//! deadline, so a player that waits for ever (a ball sent into the wrong
//! channel, a rally that never ends) fails a test instead of hanging it.
//! Whether a hit is a rendezvous is checked with `try_hit`, which does not
//! depend on timing: nobody is waiting in `catch`, so it must fail.

use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use ping_pong::{Ball, Side, rally, table};

/// How long any thread of a test may take to finish its work.
const DEADLINE: Duration = Duration::from_secs(5);

/// Joins `thread`, failing the test if it is still running after `DEADLINE`
/// or if it panicked.
fn join<T>(thread: JoinHandle<T>, what: &str) -> T {
    let deadline = Instant::now() + DEADLINE;
    while !thread.is_finished() {
        assert!(
            Instant::now() < deadline,
            "{what} is still running after {DEADLINE:?}"
        );
        thread::sleep(Duration::from_millis(1));
    }
    match thread.join() {
        Ok(value) => value,
        Err(_) => panic!("{what} panicked"),
    }
}

/// A hit is caught by the other side, with one more hit on the ball and the
/// hitter's side as the last to hit it; and the ball comes back the same way.
#[test]
fn a_hit_is_caught_by_the_other_side() {
    let (ping, pong) = table();
    assert_eq!(ping.side(), Side::Ping);
    assert_eq!(pong.side(), Side::Pong);
    let ball = Ball::new();
    assert_eq!((ball.hits(), ball.last_hit_by()), (0, None));

    let pong_player = thread::spawn(move || {
        let ball = pong.catch().expect("Pong caught nothing");
        let caught = (ball.hits(), ball.last_hit_by());
        pong.hit(ball).expect("Ping is still at the table");
        caught
    });
    let ping_player = thread::spawn(move || {
        ping.hit(ball).expect("Pong is still at the table");
        let ball = ping.catch().expect("Ping caught nothing");
        (ball.hits(), ball.last_hit_by())
    });
    assert_eq!(
        join(pong_player, "Pong, catching and hitting back"),
        (1, Some(Side::Ping)),
        "what Pong caught (hits, last hit by)"
    );
    assert_eq!(
        join(ping_player, "Ping, hitting and catching"),
        (2, Some(Side::Pong)),
        "what Ping caught back (hits, last hit by)"
    );
}

/// `try_hit` fails while nobody waits in `catch` (the channel has no room),
/// hands the ball back unchanged, and succeeds once the other player waits.
#[test]
fn try_hit_needs_the_other_player_waiting() {
    let (ping, pong) = table();
    let ball = match ping.try_hit(Ball::new()) {
        Ok(()) => panic!(
            "try_hit succeeded although nobody was waiting in catch: \
             the channel has room, so this is not a rendezvous"
        ),
        Err(ball) => ball,
    };
    assert_eq!(
        (ball.hits(), ball.last_hit_by()),
        (0, None),
        "a hit nobody caught changed the ball"
    );

    let catcher = thread::spawn(move || {
        let ball = pong.catch().expect("Pong caught nothing");
        (ball.hits(), ball.last_hit_by())
    });
    // Pong will soon be waiting in `catch`; until then, `try_hit` fails.
    let deadline = Instant::now() + DEADLINE;
    let mut ball = ball;
    loop {
        match ping.try_hit(ball) {
            Ok(()) => break,
            Err(back) => {
                assert_eq!(
                    (back.hits(), back.last_hit_by()),
                    (0, None),
                    "a hit nobody caught changed the ball"
                );
                assert!(
                    Instant::now() < deadline,
                    "try_hit still fails {DEADLINE:?} after Pong started waiting in catch"
                );
                ball = back;
                thread::sleep(Duration::from_millis(1));
            }
        }
    }
    assert_eq!(join(catcher, "Pong, catching"), (1, Some(Side::Ping)));
}

/// Once the other player has left, `hit` and `try_hit` hand the ball back
/// unchanged and `catch` returns `None`, none of them waiting.
#[test]
fn the_ball_comes_back_when_the_other_player_has_left() {
    let (ping, pong) = table();
    drop(pong);
    let alone = thread::spawn(move || {
        let ball = match ping.hit(Ball::new()) {
            Ok(()) => panic!("hit succeeded although Pong has left"),
            Err(ball) => ball,
        };
        let after_hit = (ball.hits(), ball.last_hit_by());
        let ball = match ping.try_hit(ball) {
            Ok(()) => panic!("try_hit succeeded although Pong has left"),
            Err(ball) => ball,
        };
        let after_try_hit = (ball.hits(), ball.last_hit_by());
        let caught = ping.catch().map(|ball| ball.hits());
        (after_hit, after_try_hit, caught)
    });
    let (after_hit, after_try_hit, caught) = join(
        alone,
        "Ping, alone at the table (does hit, try_hit or catch wait for a player who left?)",
    );
    assert_eq!(after_hit, (0, None), "hit changed a ball nobody caught");
    assert_eq!(
        after_try_hit,
        (0, None),
        "try_hit changed a ball nobody caught"
    );
    assert_eq!(caught, None, "catch returned a ball although Pong has left");
}

/// A rally of n hits returns the ball with exactly n hits, the last one by
/// Ping when n is odd and by Pong when it is even.
#[test]
fn a_rally_makes_exactly_the_given_number_of_hits() {
    for hits in [1, 2, 3, 10, 101] {
        let ball = join(
            thread::spawn(move || rally(hits)),
            &format!("a rally of {hits} hits"),
        );
        let last = if hits % 2 == 1 {
            Side::Ping
        } else {
            Side::Pong
        };
        assert_eq!(
            (ball.hits(), ball.last_hit_by()),
            (hits, Some(last)),
            "the ball after a rally of {hits} hits (hits, last hit by)"
        );
    }
}

/// A rally of no hits returns the served ball untouched.
#[test]
fn a_rally_of_no_hits_returns_a_new_ball() {
    let ball = join(thread::spawn(|| rally(0)), "a rally of 0 hits");
    assert_eq!((ball.hits(), ball.last_hit_by()), (0, None));
}
