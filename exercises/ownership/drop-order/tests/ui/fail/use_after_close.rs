//! `close` takes the resource by value: after the call the caller owns
//! nothing, so reading the resource's name afterwards must not compile.
use drop_order::{Log, Resource};

fn main() {
    let log = Log::new();
    let file = Resource::open("file", &log);
    file.close();
    println!("{}", file.name()); //~ ERROR E0382 borrow of moved value: `file`
}
