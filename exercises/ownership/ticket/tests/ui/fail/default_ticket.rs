//! Only a box office makes tickets. If `Ticket` implemented `Default`, anyone
//! could mint one for nothing and walk in.
use ticket::Ticket;

fn main() {
    let forged = Ticket::default(); //~ ERROR E0599 no function or associated item named `default`
    println!("{}", forged.id());
}
