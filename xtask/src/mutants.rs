//! Mutation testing of the reference solutions: how many plausible small
//! mistakes the exercise's tests catch.
//!
//! `cargo-mutants` (an author's tool, `cargo install cargo-mutants --locked`)
//! lists the mutants of the reference solution (`--list --json`): a function
//! body replaced by a default value, an operator swapped, a condition negated.
//! Each mutant is applied to the solution's text and graded by the engine
//! like any other source, with every stage: tests, compile-fail cases and
//! loom. So a mutant counts as caught exactly when a learner who made that
//! mistake would lose points. A mutant that does not compile is unviable and
//! does not count. The rest are caught, or missed: full marks for wrong code.
//! A missed mutant is a test to write, or, when it cannot change behaviour,
//! an entry under `[[mutants.equivalent]]` in exercise.toml that says why.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::assemble::{self, EditableFiles, Source};
use crate::engine::{self, Options, Stage, Status};
use crate::process;
use crate::workbook::{Exercise, ExerciseId, Workbook};

/// One mutant as `cargo mutants --list --json` describes it.
#[derive(Debug, Clone, Deserialize)]
pub struct Listed {
    pub file: String,
    #[serde(default)]
    pub function: Option<Function>,
    pub span: Span,
    pub replacement: String,
    #[serde(default)]
    pub genre: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Function {
    pub function_name: String,
}

/// 1-based lines and columns (in characters); `end` is exclusive.
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Span {
    pub start: LineColumn,
    pub end: LineColumn,
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct LineColumn {
    pub line: usize,
    pub column: usize,
}

/// What grading a mutant showed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// At least one test failed.
    Caught,
    /// Full marks for a changed program.
    Missed,
    /// Full marks, and exercise.toml says why that is right.
    Equivalent,
    /// It does not compile.
    Unviable,
}

/// One mutant of one editable file, and its outcome.
#[derive(Debug, Clone, Serialize)]
pub struct Graded {
    /// `src/lib.rs:12:5: replace `x` with `y` in `f``
    pub name: String,
    pub function: String,
    pub replacement: String,
    pub outcome: Outcome,
    /// The tests that failed, for a caught mutant.
    pub caught_by: Vec<String>,
}

/// The mutants of one exercise.
#[derive(Debug, Clone, Serialize)]
pub struct ExerciseMutants {
    pub exercise: ExerciseId,
    pub mutants: Vec<Graded>,
}

impl ExerciseMutants {
    pub fn count(&self, outcome: Outcome) -> usize {
        self.mutants.iter().filter(|m| m.outcome == outcome).count()
    }

    /// Caught (and declared equivalent) mutants over the viable ones.
    pub fn caught_share(&self) -> f64 {
        let viable = self.mutants.len() - self.count(Outcome::Unviable);
        if viable == 0 {
            return 1.0;
        }
        (self.count(Outcome::Caught) + self.count(Outcome::Equivalent)) as f64 / viable as f64
    }
}

/// Lists the mutants of the reference solution of `exercise`.
pub fn list(workbook: &Workbook, exercise: &Exercise) -> Result<Vec<Listed>> {
    let solution = EditableFiles::read(exercise, &workbook.solution_dir(exercise))?;
    let assembled = assemble::assemble(workbook, exercise, &solution, "mutants-list")?;
    let package = crate_name(&assembled.crate_dir)?;
    let mut command = engine::cargo_command();
    command
        .current_dir(&assembled.workspace)
        .args(["mutants", "--list", "--json", "--no-config", "--package"])
        .arg(&package)
        .env("CARGO_NET_OFFLINE", "true")
        .env("CARGO_TARGET_DIR", workbook.scratch_dir().join("target"));
    let finished = process::run(command, Duration::from_secs(300))?;
    if !finished.status.is_some_and(|s| s.success()) {
        bail!(
            "`cargo mutants --list` failed (is cargo-mutants installed? `cargo install cargo-mutants --locked`):\n{}",
            finished.stderr.trim_end()
        );
    }
    let listed: Vec<Listed> = serde_json::from_str(&finished.stdout)
        .context("cannot read the mutant list of cargo mutants --json")?;
    let crate_rel = assemble::crate_in_workspace(exercise, "mutants-list");
    Ok(listed
        .into_iter()
        .filter_map(|mut m| {
            let rel = m
                .file
                .strip_prefix(&format!("{}/", crate_rel.display()))?
                .to_owned();
            exercise.manifest.editable.contains(&rel).then(|| {
                m.file = rel;
                m
            })
        })
        .collect())
}

fn crate_name(crate_dir: &std::path::Path) -> Result<String> {
    let manifest = std::fs::read_to_string(crate_dir.join("Cargo.toml"))?;
    let value: toml::Value = toml::from_str(&manifest)?;
    value["package"]["name"]
        .as_str()
        .map(str::to_owned)
        .context("the exercise's Cargo.toml has no package name")
}

/// The bytes of `text` that `span` covers.
pub fn byte_range(text: &str, span: Span) -> Option<std::ops::Range<usize>> {
    let offset = |at: LineColumn| -> Option<usize> {
        let mut line_start = 0;
        for _ in 1..at.line {
            line_start += text[line_start..].find('\n')? + 1;
        }
        let line = &text[line_start..];
        let within = line
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(line.len()))
            .nth(at.column.checked_sub(1)?)?;
        Some(line_start + within)
    };
    let (start, end) = (offset(span.start)?, offset(span.end)?);
    (start <= end).then_some(start..end)
}

/// `text` with the characters in `span` replaced by `replacement`.
pub fn apply(text: &str, span: Span, replacement: &str) -> Option<String> {
    let range = byte_range(text, span)?;
    Some(format!(
        "{}{replacement}{}",
        &text[..range.start],
        &text[range.end..]
    ))
}

/// Grades every mutant of `exercise`; `progress` hears of each one.
pub fn grade_all(
    workbook: &Workbook,
    exercise: &Exercise,
    progress: &mut dyn FnMut(&Graded, usize, usize),
) -> Result<ExerciseMutants> {
    let listed = list(workbook, exercise)?;
    let solution_dir = workbook.solution_dir(exercise);
    let originals: BTreeMap<&String, String> = exercise
        .manifest
        .editable
        .iter()
        .map(|f| Ok((f, std::fs::read_to_string(solution_dir.join(f))?)))
        .collect::<Result<_>>()?;
    let work: PathBuf = workbook
        .scratch_dir()
        .join("mutant-src")
        .join(exercise.id.flat());
    let options = Options {
        scratch: "mutants".into(),
        shortcut_untouched: false,
        loom: true,
        sandbox: None,
        audit: false,
    };
    let mut graded = Vec::new();
    for (index, mutant) in listed.iter().enumerate() {
        let original = &originals[&mutant.file];
        let Some(mutated) = apply(original, mutant.span, &mutant.replacement) else {
            continue;
        };
        let replaced = byte_range(original, mutant.span).map_or("", |r| &original[r]);
        let _ = std::fs::remove_dir_all(&work);
        for (file, text) in &originals {
            let text = if *file == &mutant.file {
                &mutated
            } else {
                text
            };
            let path = work.join(file);
            std::fs::create_dir_all(path.parent().expect("a parent"))?;
            std::fs::write(&path, text)?;
        }
        // Loom's release build is the slow part: run it only for a mutant that
        // the other stages let through.
        let grade = |loom: bool| {
            let options = Options {
                loom,
                ..options.clone()
            };
            engine::grade(
                workbook,
                exercise,
                &Source::Dir(work.clone()),
                &options,
                &mut |_| {},
            )
        };
        let quick = grade(false)?;
        let caught_without_loom = quick
            .tests
            .iter()
            .any(|t| !t.passed && t.stage != Stage::Loom);
        let report = if quick.status != Status::Graded || caught_without_loom {
            quick
        } else {
            grade(true)?
        };
        let function = mutant
            .function
            .as_ref()
            .map(|f| f.function_name.clone())
            .unwrap_or_default();
        let outcome = match report.status {
            Status::DoesNotBuild | Status::BreaksRules | Status::Missing => Outcome::Unviable,
            _ if report.solved() => {
                if is_declared_equivalent(exercise, &function, &mutant.replacement) {
                    Outcome::Equivalent
                } else {
                    Outcome::Missed
                }
            }
            _ => Outcome::Caught,
        };
        let result = Graded {
            name: format!(
                "{}:{}:{}: replace `{}` with `{}`{}",
                mutant.file,
                mutant.span.start.line,
                mutant.span.start.column,
                one_line(replaced),
                mutant.replacement,
                if function.is_empty() {
                    String::new()
                } else {
                    format!(" in {function}")
                }
            ),
            function,
            replacement: mutant.replacement.clone(),
            outcome,
            caught_by: report
                .tests
                .iter()
                .filter(|t| !t.passed && !t.message.starts_with("not run: loom stage skipped"))
                .map(|t| t.name.clone())
                .collect(),
        };
        progress(&result, index + 1, listed.len());
        graded.push(result);
    }
    Ok(ExerciseMutants {
        exercise: exercise.id.clone(),
        mutants: graded,
    })
}

fn is_declared_equivalent(exercise: &Exercise, function: &str, replacement: &str) -> bool {
    exercise
        .manifest
        .mutants
        .equivalent
        .iter()
        .any(|e| e.function == function && e.replacement == replacement)
}

/// The first line of `text`, shortened for a table.
fn one_line(text: &str) -> String {
    let first = text.lines().next().unwrap_or_default().trim();
    let more = text.lines().count() > 1;
    let mut shown: String = first.chars().take(60).collect();
    if more || first.chars().count() > 60 {
        shown.push_str(" …");
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> LineColumn {
        LineColumn { line, column }
    }

    #[test]
    fn a_span_is_replaced_by_lines_and_characters() {
        let text = "fn a() -> bool {\n    x < 1 && ÿ\n}\n";
        let span = Span {
            start: at(2, 7),
            end: at(2, 8),
        };
        assert_eq!(
            apply(text, span, "<=").unwrap(),
            "fn a() -> bool {\n    x <= 1 && ÿ\n}\n"
        );
        let body = Span {
            start: at(1, 16),
            end: at(3, 2),
        };
        assert_eq!(
            apply(text, body, "{ true }").unwrap(),
            "fn a() -> bool { true }\n"
        );
        let after_non_ascii = Span {
            start: at(2, 14),
            end: at(2, 15),
        };
        assert_eq!(
            apply(text, after_non_ascii, "z").unwrap(),
            "fn a() -> bool {\n    x < 1 && z\n}\n"
        );
        assert_eq!(
            apply(
                text,
                Span {
                    start: at(9, 1),
                    end: at(9, 2)
                },
                "z"
            ),
            None
        );
    }
}
