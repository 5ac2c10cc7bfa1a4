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
    /// Edits of the reference solution that make this fixture, for a fixture
    /// that keeps no files of its own.
    #[serde(default)]
    replace: Vec<Replace>,
    /// Apply `replace` to this sibling fixture's files instead of the reference
    /// solution (for a mistake in an alternative design).
    base: Option<String>,
}

/// Replace the one occurrence of `find` in `file` with `with`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Replace {
    #[serde(default = "lib_rs")]
    file: String,
    find: String,
    with: String,
}

fn lib_rs() -> String {
    "src/lib.rs".into()
}

/// The fixture's files: its own, or the reference solution with its edits
/// applied, written to a scratch folder.
fn materialise(
    workbook: &Workbook,
    exercise: &xtask::workbook::Exercise,
    dir: &Path,
    expect: &Expect,
) -> Result<PathBuf, String> {
    if expect.replace.is_empty() {
        return Ok(dir.to_path_buf());
    }
    let out = workbook
        .scratch_dir()
        .join("fixture-src")
        .join(dir.strip_prefix(&workbook.root).unwrap_or(dir));
    let _ = std::fs::remove_dir_all(&out);
    let base = match &expect.base {
        Some(sibling) => dir.parent().unwrap().join(sibling),
        None => workbook.solution_dir(exercise),
    };
    for file in &exercise.manifest.editable {
        let mut text = std::fs::read_to_string(base.join(file))
            .map_err(|e| format!("{}: {e}", base.join(file).display()))?;
        for edit in expect.replace.iter().filter(|r| r.file == *file) {
            match text.matches(&edit.find).count() {
                1 => text = text.replacen(&edit.find, &edit.with, 1),
                n => {
                    return Err(format!(
                        "`find` must occur exactly once in {}, but occurs {n} times: {:?}",
                        base.join(file).display(),
                        edit.find
                    ));
                }
            }
        }
        let path = out.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
    }
    Ok(out)
}

fn yes() -> bool {
    true
}

/// `(exercise id, fixture folder)` for every fixture.
fn fixtures(root: &Path) -> Vec<(ExerciseId, PathBuf)> {
    let mut found = Vec::new();
    for chapter in std::fs::read_dir(root)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
    {
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
    // `FIXTURES=locks/spinlock cargo test -p xtask --test fixtures` grades only those.
    let only = std::env::var("FIXTURES").unwrap_or_default();
    for (id, dir) in all
        .into_iter()
        .filter(|(id, _)| id.as_str().starts_with(&only))
    {
        let name = dir.strip_prefix(&root).unwrap().display().to_string();
        let expect_path = dir.join("expect.toml");
        let expect: Expect = toml::from_str(&std::fs::read_to_string(&expect_path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", expect_path.display()));
        let exercise = workbook
            .get(&id)
            .unwrap_or_else(|| panic!("{name}: no exercise {id}"));
        let source_dir = match materialise(&workbook, exercise, &dir, &expect) {
            Ok(dir) => dir,
            Err(why) => {
                mismatches.push(format!("{name}: {why}"));
                continue;
            }
        };
        let options = Options {
            scratch: "fixtures".into(),
            shortcut_untouched: false,
            loom: true,
            sandbox: None,
            audit: false,
        };
        let report = engine::grade(
            &workbook,
            exercise,
            &Source::Dir(source_dir),
            &options,
            &mut |_| {},
        )
        .unwrap();
        eprintln!(
            "{name}: {}/{} in {:.1} s ({})",
            report.passed, report.total, report.seconds, expect.about
        );
        if !expect.builds {
            if report.status != Status::DoesNotBuild
                || report.passed != 0
                || report.build_errors.is_empty()
            {
                mismatches.push(format!("{name}: expected a build failure with the compiler's messages and no points, got {:?} with {} passed", report.status, report.passed));
            }
            continue;
        }
        let failing: BTreeSet<&str> = report
            .tests
            .iter()
            .filter(|t| !t.passed)
            .map(|t| t.name.as_str())
            .collect();
        let expected: BTreeSet<&str> = expect.failing.iter().map(String::as_str).collect();
        if failing != expected {
            let details: Vec<String> = report
                .tests
                .iter()
                .filter(|t| !t.passed && !expected.contains(t.name.as_str()))
                .map(|t| {
                    format!(
                        "    {}: {}",
                        t.name,
                        t.message
                            .lines()
                            .take(6)
                            .collect::<Vec<_>>()
                            .join("\n      ")
                    )
                })
                .collect();
            mismatches.push(format!(
                "{name}: failing tests differ\n  unexpectedly failing: {:?}\n  unexpectedly passing: {:?}\n{}",
                failing.difference(&expected).collect::<Vec<_>>(),
                expected.difference(&failing).collect::<Vec<_>>(),
                details.join("\n")
            ));
        }
        let expected_score = exercise.manifest.points as f64
            * (report.total - expected.len()) as f64
            / report.total as f64;
        if (report.score - expected_score).abs() > 1e-9 {
            mismatches.push(format!(
                "{name}: score {} but {} expected",
                report.score, expected_score
            ));
        }
    }
    assert!(mismatches.is_empty(), "\n{}\n", mismatches.join("\n\n"));
}
