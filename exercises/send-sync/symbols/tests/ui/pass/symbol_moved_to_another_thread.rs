use std::thread;

use thread_symbols::intern;

fn main() {
    // Send the text, which means the same thing everywhere, and intern it
    // again on the other thread if that thread needs a symbol.
    let name = intern("name");
    let text = name.text();
    let worker = thread::spawn(move || intern(&text).text());
    assert_eq!(worker.join().unwrap(), "name");
}
