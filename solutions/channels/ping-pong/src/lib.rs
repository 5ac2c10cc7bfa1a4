//! # Ping-pong over rendezvous channels
//!
//! Book: book/src/channels.md#rendezvous-channels-with-no-room
//! Check: cargo xtask check channels/ping-pong
//!
//! Reference solution.

use std::thread;

use crossbeam_channel::{Receiver, Sender, TrySendError, bounded};

/// The two sides of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Serves first.
    Ping,
    /// Receives the serve.
    Pong,
}

/// The one ball in play.
///
/// Neither `Clone` nor `Copy`: hitting the ball moves it to the other side,
/// and a copy left behind would be a second ball in play.
#[derive(Debug, PartialEq, Eq)]
pub struct Ball {
    hits: u32,
    last_hit_by: Option<Side>,
}

impl Ball {
    /// A new ball: no hits yet.
    pub fn new() -> Ball {
        Ball {
            hits: 0,
            last_hit_by: None,
        }
    }

    /// How many hits the ball has had.
    pub fn hits(&self) -> u32 {
        self.hits
    }

    /// The side that hit the ball last, if anyone has.
    pub fn last_hit_by(&self) -> Option<Side> {
        self.last_hit_by
    }

    /// The ball as it is after `side` hits it.
    fn hit_by(self, side: Side) -> Ball {
        Ball {
            hits: self.hits + 1,
            last_hit_by: Some(side),
        }
    }
}

impl Default for Ball {
    fn default() -> Ball {
        Ball::new()
    }
}

/// One side of the table: hits go out to the other side, and the ball
/// comes back from it.
pub struct Player {
    side: Side,
    to_other: Sender<(Side, Ball)>,
    from_other: Receiver<(Side, Ball)>,
}

/// The two sides of a new table, `Ping` first, joined by two rendezvous
/// channels (capacity zero), one in each direction.
pub fn table() -> (Player, Player) {
    let (to_pong, from_ping) = bounded(0);
    let (to_ping, from_pong) = bounded(0);
    let ping = Player {
        side: Side::Ping,
        to_other: to_pong,
        from_other: from_pong,
    };
    let pong = Player {
        side: Side::Pong,
        to_other: to_ping,
        from_other: from_ping,
    };
    (ping, pong)
}

impl Player {
    /// This player's side.
    pub fn side(&self) -> Side {
        self.side
    }

    /// Hits `ball` to the other side: one more hit, by this side. Returns
    /// once the other player has caught it. If the other player has left,
    /// the ball comes back unchanged as `Err`.
    pub fn hit(&self, ball: Ball) -> Result<(), Ball> {
        // The ball travels as it was, with the side that hit it: the catcher
        // counts the hit, so a hit nobody catches leaves the ball unchanged.
        self.to_other
            .send((self.side, ball))
            .map_err(|refused| refused.into_inner().1)
    }

    /// Hits `ball` only if the other player is waiting in `catch` right
    /// now; never waits. Otherwise the ball comes back unchanged as `Err`.
    pub fn try_hit(&self, ball: Ball) -> Result<(), Ball> {
        // On a channel of capacity zero, `try_send` succeeds only when a
        // receiver is waiting at this moment.
        self.to_other
            .try_send((self.side, ball))
            .map_err(|refused| match refused {
                TrySendError::Full((_, ball)) | TrySendError::Disconnected((_, ball)) => ball,
            })
    }

    /// Waits for the ball to come from the other side. `None` once the
    /// other player has left.
    pub fn catch(&self) -> Option<Ball> {
        let (hitter, ball) = self.from_other.recv().ok()?;
        Some(ball.hit_by(hitter))
    }
}

/// One player's half of a rally: hits the ball whenever it has it, until
/// the ball has had `hits` hits. Returns the ball if it ends up on this side.
fn play(me: Player, serve: Option<Ball>, hits: u32) -> Option<Ball> {
    let mut ball = match serve {
        Some(ball) => ball,
        None => me.catch()?,
    };
    loop {
        if ball.hits() >= hits {
            // The rally is over and the ball is here. Returning drops `me`,
            // which tells the other player, waiting in `catch`, to stop.
            return Some(ball);
        }
        if let Err(ball) = me.hit(ball) {
            // The other player left without the ball; cannot happen in a
            // rally, but the ball must not be lost.
            return Some(ball);
        }
        // The other player has the ball now; `None` here means they kept it
        // and left.
        ball = me.catch()?;
    }
}

/// Plays a rally of `hits` hits on two threads, one per side: `Ping` serves
/// a new ball, and the players hit it back and forth until it has had
/// `hits` hits. Returns the ball after the last hit (a ball with no hits
/// for `hits == 0`), once both threads have finished.
///
/// # Panics
///
/// If a player's thread panicked.
pub fn rally(hits: u32) -> Ball {
    let (ping, pong) = table();
    let ping = thread::spawn(move || play(ping, Some(Ball::new()), hits));
    let pong = thread::spawn(move || play(pong, None, hits));
    let ping = ping.join().expect("the Ping player panicked");
    let pong = pong.join().expect("the Pong player panicked");
    match (ping, pong) {
        (Some(ball), None) | (None, Some(ball)) => ball,
        _ => unreachable!("there is exactly one ball in play"),
    }
}
