//! A scoped thread may borrow the caller's locals, and a `&Symbol` is as good
//! as a symbol: through it, the other thread would call `text` and look the
//! number up in its own table. So `&Symbol` must not be `Send`, which means
//! that `Symbol` must not be `Sync`. (Making it only not `Send` is not
//! enough.)
use std::thread;

use thread_symbols::intern;

fn main() {
    let name = intern("name");
    thread::scope(|s| {
        let shared = &name;
        s.spawn(move || assert_eq!(shared.text(), "name")); //~ ERROR E0277 cannot be shared between threads safely
    });
}
