//! A guard borrows its lock. If it could outlive the lock, reading through it
//! would read a value that has already been dropped.
use spinlock::SpinLock;

fn main() {
    let guard;
    {
        let lock = SpinLock::new(String::from("gone"));
        guard = lock.lock(); //~ ERROR E0597 `lock` does not live long enough
    }
    println!("{}", *guard);
}
