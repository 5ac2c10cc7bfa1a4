//! Grader fixtures: solutions other than the reference, each with the verdict
//! it must get, in `xtask/tests/fixtures/<chapter>/<slug>/<name>/`.
//!
//! A fixture is an alternative correct solution (whole files, full marks) or a
//! plausible mistake, stated as a few `[[replace]]` edits of the reference
//! solution (or of a sibling fixture named by `base`) with the tests it must
//! fail. The integration test `tests/fixtures.rs` grades every fixture and
//! checks its `expect.toml`; `verify` reads the same files to check that the
//! fixtures give every test a reason to exist:
//!
//! - every test of an exercise fails for at least one wrong fixture that
//!   builds;
//! - every compile-fail case is failed by at least one wrong fixture whose
//!   API lets the misuse compile (not one whose twin fails), so each case
//!   grades a decision a learner can get wrong.

use anyhow::Context as _;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::workbook::{Exercise, Workbook};

/// `expect.toml`: what grading a fixture must give.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// The mistake or the alternative, in a sentence.
    pub about: String,
    /// Tests that must fail (`target::name`); empty for a correct solution.
    #[serde(default)]
    pub failing: Vec<String>,
    /// Compile-fail cases in `failing` that fail for another reason than the
    /// misuse compiling: the twin no longer works, or the misuse is still
    /// rejected but with another error.
    #[serde(default)]
    pub twin_fails: Vec<String>,
    /// Ordinary tests that this wrong solution's race fails in some runs and
    /// not in others: threads racing for real may or may not hit the window
    /// (loom always does, so its test belongs in `failing`). Either outcome is
    /// accepted, and the score is checked against what did fail.
    #[serde(default)]
    pub racy: Vec<String>,
    /// `false` for a fixture that must not compile.
    #[serde(default = "yes")]
    pub builds: bool,
    /// `true` for a fixture that uses a primitive the exercise forbids.
    #[serde(default)]
    pub breaks_rules: bool,
    /// Edits of the reference solution that make this fixture, for a fixture
    /// that keeps no files of its own.
    #[serde(default)]
    pub replace: Vec<Replace>,
    /// Apply `replace` to this sibling fixture's files instead of the reference
    /// solution (for a mistake in an alternative design).
    pub base: Option<String>,
}

impl Expect {
    /// What is wrong with `racy`, if anything.
    fn racy_problem(&self) -> Option<String> {
        if !self.racy.is_empty() && !self.is_graded_mistake() {
            return Some(
                "`racy` is for a wrong solution that builds; a correct one must pass every run"
                    .into(),
            );
        }
        if let Some(both) = self.racy.iter().find(|t| self.failing.contains(t)) {
            return Some(format!(
                "`{both}` is in both `failing` and `racy`; keep it in one"
            ));
        }
        self.racy
            .iter()
            .find(|t| t.starts_with("loom::"))
            .map(|loom| {
                format!(
                    "`{loom}` is a loom test, which explores every interleaving: it fails every \
                 run, so it belongs in `failing`"
                )
            })
    }

    /// A wrong solution that compiles and is graded test by test.
    pub fn is_graded_mistake(&self) -> bool {
        self.builds && !self.breaks_rules && !self.failing.is_empty()
    }
}

/// Replace the one occurrence of `find` in `file` with `with`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Replace {
    #[serde(default = "lib_rs")]
    pub file: String,
    pub find: String,
    pub with: String,
}

fn lib_rs() -> String {
    "src/lib.rs".into()
}

fn yes() -> bool {
    true
}

/// One fixture: its folder and what it expects.
#[derive(Debug)]
pub struct Fixture {
    /// `<chapter>/<slug>/<name>`.
    pub name: String,
    pub dir: PathBuf,
    pub expect: Expect,
}

/// Where the fixtures live; absent in a student's handout.
pub fn root(workbook: &Workbook) -> PathBuf {
    workbook.root.join("xtask/tests/fixtures")
}

/// The fixtures of `exercise`, by name; an unreadable `expect.toml` is an
/// error naming the file.
pub fn of_exercise(workbook: &Workbook, exercise: &Exercise) -> Result<Vec<Fixture>, String> {
    let dir = root(workbook).join(exercise.id.as_str());
    let mut fixtures = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(fixtures);
    };
    let mut dirs: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let path = dir.join("expect.toml");
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let expect: Expect =
            toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        if let Some(problem) = expect.racy_problem() {
            return Err(format!("{}: {problem}", path.display()));
        }
        let name = format!(
            "{}/{}",
            exercise.id,
            dir.file_name().unwrap_or_default().to_string_lossy()
        );
        fixtures.push(Fixture { name, dir, expect });
    }
    Ok(fixtures)
}

/// The fixture's files: its own, or the base with its edits applied, written
/// to a scratch folder.
pub fn materialise(
    workbook: &Workbook,
    exercise: &Exercise,
    fixture: &Fixture,
) -> anyhow::Result<PathBuf> {
    let expect = &fixture.expect;
    if expect.replace.is_empty() {
        return Ok(fixture.dir.clone());
    }
    let out = workbook
        .scratch_dir()
        .join("fixture-src")
        .join(&fixture.name);
    let _ = std::fs::remove_dir_all(&out);
    let base = match &expect.base {
        Some(sibling) => fixture.dir.parent().unwrap_or(Path::new("")).join(sibling),
        None => workbook.solution_dir(exercise),
    };
    for file in &exercise.manifest.editable {
        let from = base.join(file);
        let mut text = std::fs::read_to_string(&from)
            .with_context(|| format!("cannot read {}", from.display()))?;
        for edit in expect.replace.iter().filter(|r| r.file == *file) {
            match text.matches(&edit.find).count() {
                1 => text = text.replacen(&edit.find, &edit.with, 1),
                n => {
                    anyhow::bail!(
                        "`find` must occur exactly once in {}, but occurs {n} times: {:?}",
                        from.display(),
                        edit.find
                    );
                }
            }
        }
        let path = out.join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(out)
}

/// What the fixtures of one exercise leave unexamined: tests that no wrong
/// fixture fails, and compile-fail cases whose misuse no wrong fixture lets
/// compile. `tests` is the exercise's canonical list (`target::name`).
pub fn coverage_problems(tests: &[String], fixtures: &[Fixture]) -> Vec<String> {
    let mistakes: Vec<&Fixture> = fixtures
        .iter()
        .filter(|f| f.expect.is_graded_mistake())
        .collect();
    let failed: BTreeSet<&str> = mistakes
        .iter()
        .flat_map(|f| f.expect.failing.iter().map(String::as_str))
        .collect();
    let accepted: BTreeSet<&str> = mistakes
        .iter()
        .flat_map(|f| {
            f.expect
                .failing
                .iter()
                .filter(|t| !f.expect.twin_fails.contains(t))
                .map(String::as_str)
        })
        .collect();
    let mut problems = Vec::new();
    for test in tests {
        if !failed.contains(test.as_str()) {
            problems.push(format!(
                "no wrong fixture fails {test}: add a plausible mistake it catches, or drop the test"
            ));
        } else if test.starts_with("compile_fail::") && !accepted.contains(test.as_str()) {
            problems.push(format!(
                "no wrong fixture lets the misuse of {test} compile: the case grades no decision \
                 the learner makes; leave that decision open in the starter and add the fixture \
                 that gets it wrong"
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn racy_is_only_for_ordinary_tests_of_a_wrong_solution() {
        let racy = |failing: &[&str], racy: &[&str]| {
            let mut expect = fixture(failing, &[], true).expect;
            expect.racy = racy.iter().map(|s| s.to_string()).collect();
            expect.racy_problem()
        };
        assert_eq!(racy(&["loom::a"], &["behaviour::b"]), None);
        assert_eq!(racy(&[], &[]), None);
        assert!(
            racy(&[], &["behaviour::b"])
                .unwrap()
                .contains("correct one")
        );
        assert!(
            racy(&["behaviour::b"], &["behaviour::b"])
                .unwrap()
                .contains("both")
        );
        assert!(
            racy(&["loom::a"], &["loom::a2"])
                .unwrap()
                .contains("loom test")
        );
    }

    fn fixture(failing: &[&str], twin_fails: &[&str], builds: bool) -> Fixture {
        Fixture {
            name: "x/y/z".into(),
            dir: PathBuf::new(),
            expect: Expect {
                about: String::new(),
                failing: failing.iter().map(|s| s.to_string()).collect(),
                twin_fails: twin_fails.iter().map(|s| s.to_string()).collect(),
                racy: Vec::new(),
                builds,
                breaks_rules: false,
                replace: Vec::new(),
                base: None,
            },
        }
    }

    #[test]
    fn every_test_needs_a_mistake_and_every_case_an_accepted_misuse() {
        let tests: Vec<String> = [
            "behaviour::a",
            "compile_fail::b",
            "compile_fail::c",
            "loom::d",
        ]
        .map(String::from)
        .to_vec();
        let fixtures = [
            fixture(&["behaviour::a", "compile_fail::b"], &[], true),
            fixture(&["compile_fail::c"], &["compile_fail::c"], true),
            fixture(&["loom::d"], &[], false),
        ];
        let problems = coverage_problems(&tests, &fixtures);
        assert_eq!(problems.len(), 2, "{problems:#?}");
        assert!(problems[0].starts_with("no wrong fixture lets the misuse of compile_fail::c"));
        assert!(problems[1].starts_with("no wrong fixture fails loom::d"));
    }
}
