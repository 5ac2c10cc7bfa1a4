use drop_order::{Log, Resource};

fn main() {
    let log = Log::new();
    let file = Resource::open("file", &log);
    let name = file.name().to_owned();
    file.close();
    assert_eq!(name, "file");
    assert_eq!(log.entries(), ["open file", "close file"]);
}
