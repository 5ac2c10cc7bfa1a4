//! A one-shot channel carries one value. `send` takes the sender by value,
//! so after the first send there is no sender left to send with.
use oneshot::channel;

fn main() {
    let (sender, receiver) = channel::<i32>();
    sender.send(1);
    sender.send(2); //~ ERROR E0382 use of moved value: `sender`
    assert_eq!(receiver.recv(), 1);
}
