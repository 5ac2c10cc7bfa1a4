use pipeline::{Pipeline, spawn};

#[allow(unused_mut)]
fn main() {
    let Pipeline {
        mut input, output, ..
    } = spawn(1);
    input.send("first: 1".to_owned()).unwrap();
    input.send("second: 2".to_owned()).unwrap();
    input.close();
    let sums: Vec<i64> = output.iter().map(|summary| summary.sum).collect();
    assert_eq!(sums, [1, 2]);
}
