use oneshot::channel;

fn main() {
    let (sender, receiver) = channel::<i32>();
    sender.send(1);
    assert_eq!(receiver.recv(), 1);
}
