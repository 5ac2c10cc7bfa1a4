//! # Ping-pong over rendezvous channels
//!
//! Book: book/src/channels.md#rendezvous-channels-with-no-room
//! Check: cargo xtask check channels/ping-pong
//!
//! Two players, each on its own thread, hit one ball back and forth. They
//! are joined by two channels of capacity zero, one in each direction, so
//! every hit is a rendezvous: [`Player::hit`] returns only once the other
//! player has caught the ball, and [`Player::try_hit`] succeeds only if the
//! other player is waiting to catch it at that moment.
//!
//! What must work:
//!
//! - a hit counts on the ball, which also remembers the side that hit it
//!   last; a hit nobody catches does not count, and the ball comes back as
//!   it was;
//! - `try_hit` never waits, and fails while the other player is not waiting
//!   in `catch`;
//! - when the other player has left (its [`Player`] was dropped), `hit` and
//!   `try_hit` hand the ball back and `catch` returns `None`, without
//!   waiting;
//! - [`rally`] plays a given number of hits between two threads, `Ping`
//!   serving, and returns the ball once both threads are done.
//!
//! What must be impossible: there is one ball in play. Using a ball after
//! it was hit to the other side, and copying a ball (`ball.clone()`), must
//! both be compile errors; programs that try are tested. Which traits
//! `Ball` has is your decision (it must stay `Debug`).
//!
//! Loom cannot check this exercise: it does not see inside crossbeam's (or
//! std's) channels. Tests with real threads stand in for it, each with a
//! deadline, so a player that waits for ever fails a test instead of
//! hanging it.

/// The two sides of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Serves first.
    Ping,
    /// Receives the serve.
    Pong,
}

/// The one ball in play.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ball {
    // TODO: how many hits, and who hit it last.
}

impl Ball {
    /// A new ball: no hits yet.
    pub fn new() -> Ball {
        todo!()
    }

    /// How many hits the ball has had.
    pub fn hits(&self) -> u32 {
        todo!()
    }

    /// The side that hit the ball last, if anyone has.
    pub fn last_hit_by(&self) -> Option<Side> {
        todo!()
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
    // TODO
}

/// The two sides of a new table, `Ping` first, joined by two rendezvous
/// channels (capacity zero), one in each direction.
pub fn table() -> (Player, Player) {
    todo!()
}

impl Player {
    /// This player's side.
    pub fn side(&self) -> Side {
        todo!()
    }

    /// Hits `ball` to the other side: one more hit, by this side. Returns
    /// once the other player has caught it. If the other player has left,
    /// the ball comes back unchanged as `Err`.
    pub fn hit(&self, ball: Ball) -> Result<(), Ball> {
        todo!("hit {ball:?}")
    }

    /// Hits `ball` only if the other player is waiting in `catch` right
    /// now; never waits. Otherwise the ball comes back unchanged as `Err`.
    pub fn try_hit(&self, ball: Ball) -> Result<(), Ball> {
        todo!("try to hit {ball:?}")
    }

    /// Waits for the ball to come from the other side. `None` once the
    /// other player has left.
    pub fn catch(&self) -> Option<Ball> {
        todo!()
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
    todo!("a rally of {hits} hits")
}
