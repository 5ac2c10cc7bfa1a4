use borrowed_results::key_value;

fn main() {
    // Owned copies of the two halves outlive the line they came from.
    let pair: Option<(String, String)>;
    {
        let line = String::from("port = 8080");
        pair = key_value(&line).map(|(k, v)| (k.to_owned(), v.to_owned()));
    }
    assert_eq!(pair, Some(("port".to_owned(), "8080".to_owned())));
}
