use std::thread;

use thread_symbols::intern;

fn main() {
    // Share the text; keep using the symbol on its own thread.
    let name = intern("name");
    let text = name.text();
    thread::scope(|s| {
        s.spawn(|| assert_eq!(text, "name"));
        assert_eq!(intern("name"), name);
    });
}
