use background_task::Task;

fn main() {
    let words = vec![String::from("thread"), String::from("spawn")];
    // The task gets its own copy of the word.
    let first = words[0].clone();
    let task = Task::spawn(move || first.len());
    assert_eq!(task.wait(), 6);
    assert_eq!(words.len(), 2);
}
