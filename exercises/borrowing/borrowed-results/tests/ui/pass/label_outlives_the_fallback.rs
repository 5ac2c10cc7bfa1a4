use borrowed_results::label_or;

fn main() {
    let name = String::from("   ");
    let fallback = String::from("anonymous");
    let label;
    {
        label = label_or(&name, &fallback);
    }
    assert_eq!(label, "anonymous");
}
