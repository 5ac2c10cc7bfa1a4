//! Similarity on real code: a disguised copy of a reference solution is found,
//! and an independent correct solution is not. It reads `solutions/` and the
//! grader fixtures, which a student's handout does not have, so it lives here
//! (hidden from the handout) rather than beside `class/similarity.rs`.

use std::collections::BTreeMap;

use xtask::assemble::EditableFiles;
use xtask::class::{Student, StudentResult, similarity};
use xtask::workbook::{ExerciseId, Workbook};

fn lib(text: &str) -> EditableFiles {
    EditableFiles(BTreeMap::from([(
        "src/lib.rs".to_owned(),
        text.as_bytes().to_vec(),
    )]))
}

fn read(workbook: &Workbook, rel: &str) -> String {
    std::fs::read_to_string(workbook.root.join(rel)).unwrap()
}

/// A copy of `source` with every name changed, comments dropped and the
/// layout squeezed onto one line: what a student who copied it would hand
/// in. (It need not compile; only its tokens matter.)
fn disguised(source: &str) -> String {
    let mut text = String::new();
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or_default().trim();
        if !code.is_empty() {
            text.push_str(code);
            text.push(' ');
        }
    }
    let mut renamed = String::new();
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            let starts_lower = word.starts_with(|c: char| c.is_ascii_lowercase());
            if starts_lower && !similarity::KEYWORDS.contains(&word.as_str()) {
                renamed.push_str("their_");
            }
            renamed.push_str(&word);
            word.clear();
        }
        renamed.push(c);
    }
    renamed
}

#[test]
fn a_renamed_copy_is_found_and_independent_solutions_are_not() {
    let workbook = Workbook::locate().unwrap();
    let id = &ExerciseId::new("channels", "pipeline");
    let exercise = workbook.get(id).unwrap();
    let starter = EditableFiles::read(exercise, &exercise.starter_dir()).unwrap();
    let given = similarity::fingerprints(&starter);
    let reference = read(&workbook, "solutions/channels/pipeline/src/lib.rs");
    let independent = read(
        &workbook,
        "xtask/tests/fixtures/channels/pipeline/alternative-std-links-feeder-thread/src/lib.rs",
    );
    let copy = disguised(&reference);
    assert_ne!(copy, reference);

    let student = |entry: &str, text: &str| {
        let mut result = StudentResult::empty(
            &workbook,
            &Student {
                entry: entry.into(),
                id: entry.into(),
                name: String::new(),
            },
        );
        result
            .fingerprints
            .insert(id.clone(), similarity::own_fingerprints(&lib(text), &given));
        result
    };
    let results = [
        student("original", &reference),
        student("copier", &copy),
        student("independent", &independent),
    ];
    let pairs = similarity::similar_pairs(&results);
    let listed: Vec<(&str, &str)> = pairs.iter().map(|p| (p.a.as_str(), p.b.as_str())).collect();
    assert_eq!(listed, [("original", "copier")], "{pairs:?}");
    assert!(pairs[0].similarity > 0.9, "{pairs:?}");

    let (apart, _) =
        similarity::jaccard(&results[0].fingerprints[id], &results[2].fingerprints[id]);
    assert!(apart < 0.3, "two independent solutions score {apart}");
    // The starter's own code never counts.
    let untouched = similarity::own_fingerprints(&starter, &given);
    assert!(untouched.is_empty());
}
