use pipeline::{Pipeline, spawn};

fn main() {
    let Pipeline {
        input,
        output,
        parse,
        summarise,
    } = spawn(1);
    input.send("only: 1".to_owned()).unwrap();
    drop(input);
    assert_eq!(output.iter().count(), 1);
    parse.join().unwrap();
    summarise.join().unwrap();
}
