//! Grades every fixture in `tests/fixtures/` and checks the verdict it must get:
//! alternative correct solutions earn full marks, wrong ones lose exactly the
//! tests their `expect.toml` names.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use xtask::assemble::Source;
use xtask::engine::{self, Options, Status};
use xtask::workbook::{ExerciseId, Workbook};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    about: String,
    #[serde(default)]
    failing: Vec<String>,
    #[serde(default = "yes")]
    builds: bool,
}

fn yes() -> bool {
    true
}

/// `(exercise id, fixture folder)` for every fixture.
fn fixtures(root: &Path) -> Vec<(ExerciseId, PathBuf)> {
    let mut found = Vec::new();
    for chapter in std::fs::read_dir(root).unwrap().flatten().filter(|e| e.path().is_dir()) {
        for slug in std::fs::read_dir(chapter.path()).unwrap().flatten() {
            for fixture in std::fs::read_dir(slug.path()).unwrap().flatten() {
                let id = ExerciseId::new(
                    &chapter.file_name().to_string_lossy(),
                    &slug.file_name().to_string_lossy(),
                );
                found.push((id, fixture.path()));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn every_fixture_gets_the_verdict_it_expects() {
    let workbook = Workbook::locate().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut mismatches = Vec::new();
    let all = fixtures(&root);
    assert!(all.len() >= 6, "the fixtures folder looks empty");
    for (id, dir) in all {
        let name = dir.strip_prefix(&root).unwrap().display().to_string();
        let expect_path = dir.join("expect.toml");
        let expect: Expect = toml::from_str(&std::fs::read_to_string(&expect_path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", expect_path.display()));
        let exercise = workbook.get(&id).unwrap_or_else(|| panic!("{name}: no exercise {id}"));
        let options = Options { scratch: "fixtures".into(), shortcut_untouched: false, loom: true };
        let report = engine::grade(&workbook, exercise, &Source::Dir(dir.clone()), &options, &mut |_| {}).unwrap();
        eprintln!("{name}: {}/{} in {:.1} s ({})", report.passed, report.total, report.seconds, expect.about);
        if !expect.builds {
            if report.status != Status::DoesNotBuild || report.passed != 0 || report.build_errors.is_empty() {
                mismatches.push(format!("{name}: expected a build failure with the compiler's messages and no points, got {:?} with {} passed", report.status, report.passed));
            }
            continue;
        }
        let failing: BTreeSet<&str> = report.tests.iter().filter(|t| !t.passed).map(|t| t.name.as_str()).collect();
        let expected: BTreeSet<&str> = expect.failing.iter().map(String::as_str).collect();
        if failing != expected {
            let details: Vec<String> = report
                .tests
                .iter()
                .filter(|t| !t.passed && !expected.contains(t.name.as_str()))
                .map(|t| format!("    {}: {}", t.name, t.message.lines().take(6).collect::<Vec<_>>().join("\n      ")))
                .collect();
            mismatches.push(format!(
                "{name}: failing tests differ\n  unexpectedly failing: {:?}\n  unexpectedly passing: {:?}\n{}",
                failing.difference(&expected).collect::<Vec<_>>(),
                expected.difference(&failing).collect::<Vec<_>>(),
                details.join("\n")
            ));
        }
        let expected_score = exercise.manifest.points as f64 * (report.total - expected.len()) as f64 / report.total as f64;
        if (report.score - expected_score).abs() > 1e-9 {
            mismatches.push(format!("{name}: score {} but {} expected", report.score, expected_score));
        }
    }
    assert!(mismatches.is_empty(), "\n{}\n", mismatches.join("\n\n"));
}
