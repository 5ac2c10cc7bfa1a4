use channel_semaphore::Semaphore;

fn main() {
    let semaphore = Semaphore::new(1);
    let permit = semaphore.acquire();
    assert_eq!(permit.semaphore().available(), 0);
    drop(permit);
    assert_eq!(semaphore.available(), 1);
}
