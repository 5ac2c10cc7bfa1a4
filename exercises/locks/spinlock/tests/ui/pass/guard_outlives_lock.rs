use spinlock::SpinLock;

fn main() {
    let text;
    {
        let lock = SpinLock::new(String::from("kept"));
        let guard = lock.lock();
        text = guard.clone();
    }
    assert_eq!(text, "kept");
}
