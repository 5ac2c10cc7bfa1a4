//! What grading leaves in `--out DIR`:
//!
//! ```text
//! students/<entry>.json     one result per student, written as soon as it is known
//! gradebook.csv             a row per student: points per exercise, total, max, flags, errors
//! similarity.csv            pairs of students whose code for an exercise is alike
//! results.json              every student, every test, every message
//! feedback/<entry>.md       for the student
//! report/index.html         heat map, pass rates per exercise and per test (opens offline)
//! report/<entry>.html       a page per student: failures and flags
//! gradescope/<entry>.json   Gradescope's results.json for that student
//! prairielearn/<entry>.json PrairieLearn's results format
//! ```
//!
//! Every file is written atomically, so an interrupted run leaves whole files.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::json;

use super::{StudentResult, report, similarity};
use crate::engine::Status;
use crate::render::points;
use crate::store::write_atomically;
use crate::workbook::Workbook;

pub fn student_path(out: &Path, entry: &str) -> PathBuf {
    out.join("students")
        .join(format!("{}.json", safe_name(entry)))
}

/// A file name for an entry: anything unusual becomes `_`.
pub fn safe_name(entry: &str) -> String {
    entry
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

pub fn write_student(out: &Path, result: &StudentResult) -> Result<()> {
    let json = serde_json::to_vec_pretty(result)?;
    write_atomically(&student_path(out, &result.entry), &json)
}

/// Every student result in `out/students`, sorted by entry.
pub fn load_students(out: &Path) -> Result<Vec<StudentResult>> {
    let dir = out.join("students");
    let mut results = Vec::new();
    for entry in std::fs::read_dir(&dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .flatten()
    {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let result: StudentResult = serde_json::from_str(&text).with_context(|| {
            format!(
                "{} is not a student result; delete it to grade that student again",
                path.display()
            )
        })?;
        results.push(result);
    }
    results.sort_by(|a, b| a.entry.cmp(&b.entry));
    Ok(results)
}

/// Writes every summary file from the per-student results.
pub fn write_all(workbook: &Workbook, out: &Path, results: &[StudentResult]) -> Result<()> {
    write_atomically(
        &out.join("gradebook.csv"),
        &gradebook_csv(workbook, results)?,
    )?;
    write_atomically(
        &out.join("results.json"),
        &serde_json::to_vec_pretty(results)?,
    )?;
    for result in results {
        let name = safe_name(&result.entry);
        write_atomically(
            &out.join("feedback").join(format!("{name}.md")),
            feedback(result).as_bytes(),
        )?;
        write_atomically(
            &out.join("gradescope").join(format!("{name}.json")),
            &serde_json::to_vec_pretty(&gradescope(result))?,
        )?;
        write_atomically(
            &out.join("prairielearn").join(format!("{name}.json")),
            &serde_json::to_vec_pretty(&prairielearn(result))?,
        )?;
        write_atomically(
            &out.join("report").join(format!("{name}.html")),
            report::student_page(workbook, result).as_bytes(),
        )?;
    }
    let similar = similarity::similar_pairs(results);
    write_similarity(out, &similar)?;
    write_atomically(
        &out.join("report/index.html"),
        report::class_page(
            workbook,
            results,
            &similar,
            &report::RunFacts::now(workbook),
        )
        .as_bytes(),
    )?;
    Ok(())
}

/// `similarity.csv`: every pair of students whose code for an exercise is
/// alike, most similar first.
fn write_similarity(out: &Path, pairs: &[similarity::Pair]) -> Result<()> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record([
        "exercise",
        "student_a",
        "student_b",
        "similarity",
        "shared_fingerprints",
    ])?;
    for pair in pairs {
        writer.write_record([
            pair.exercise.to_string(),
            pair.a.clone(),
            pair.b.clone(),
            format!("{:.2}", pair.similarity),
            pair.shared.to_string(),
        ])?;
    }
    let bytes = writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    write_atomically(&out.join("similarity.csv"), &bytes)
}

/// `gradebook.csv`: a row per student, a column per exercise.
pub fn gradebook_csv(workbook: &Workbook, results: &[StudentResult]) -> Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["student_id".to_owned(), "name".into(), "entry".into()];
    header.extend(workbook.exercises().map(|e| e.id.to_string()));
    header.extend([
        "total".into(),
        "max".into(),
        "flags".into(),
        "errors".into(),
    ]);
    writer.write_record(&header)?;
    for result in results {
        let mut row = vec![
            result.student_id.clone(),
            result.name.clone(),
            result.entry.clone(),
        ];
        for exercise in workbook.exercises() {
            let score = result
                .exercises
                .iter()
                .find(|r| r.exercise == exercise.id)
                .map_or(0.0, |r| r.score);
            row.push(points(score));
        }
        row.push(points(result.total));
        row.push(points(result.max));
        row.push(
            result
                .flags
                .iter()
                .map(|f| f.message.clone())
                .collect::<Vec<_>>()
                .join("; "),
        );
        row.push(result.errors.join("; "));
        writer.write_record(&row)?;
    }
    writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))
}

/// The student's feedback, in Markdown.
pub fn feedback(result: &StudentResult) -> String {
    let mut md = format!(
        "# Feedback for {}\n\nTotal: **{} / {}**\n\n",
        if result.name.is_empty() {
            &result.student_id
        } else {
            &result.name
        },
        points(result.total),
        points(result.max)
    );
    if !result.errors.is_empty() {
        md.push_str("## Problems with the submission\n\n");
        for error in &result.errors {
            let _ = writeln!(md, "- {error}");
        }
        md.push('\n');
    }
    for report in &result.exercises {
        let _ = writeln!(
            md,
            "## {}: {} / {} ({} of {} tests)\n",
            report.exercise,
            points(report.score),
            points(report.max_score),
            report.passed,
            report.total
        );
        match report.status {
            crate::engine::Status::NotStarted => {
                md.push_str("Not started: the files are still the starter.\n\n");
                continue;
            }
            crate::engine::Status::Missing => {
                let _ = writeln!(md, "Not graded: {}\n", report.build_errors.trim_end());
                continue;
            }
            crate::engine::Status::BreaksRules => {
                let _ = writeln!(
                    md,
                    "Not run, because the code breaks the exercise's rules:\n\n{}\n",
                    fenced(report.build_errors.trim_end(), "")
                );
                continue;
            }
            crate::engine::Status::DoesNotBuild => {
                let _ = writeln!(
                    md,
                    "The crate does not build:\n\n{}\n",
                    fenced(strip_ansi(&report.build_errors).trim_end(), "")
                );
                continue;
            }
            crate::engine::Status::Graded => {}
        }
        for test in report.tests.iter().filter(|t| !t.passed) {
            let _ = writeln!(
                md,
                "- `{}` failed:\n\n{}\n",
                test.name,
                fenced(strip_ansi(&test.message).trim_end(), "  ")
            );
        }
    }
    let (forged, flags): (Vec<_>, Vec<_>) = result.flags.iter().partition(|f| f.is_forged());
    if !forged.is_empty() {
        md.push_str(
            "## Forged results\n\nThese tests scored 0: the code printed their passes itself.\n\n",
        );
        for flag in forged {
            let _ = writeln!(md, "- **{}**", flag.message);
        }
        md.push('\n');
    }
    if !flags.is_empty() {
        md.push_str("## Notes for review\n\nThese do not change the score.\n\n");
        for flag in flags {
            let _ = writeln!(md, "- {}", flag.message);
        }
    }
    md
}

/// `text` as a Markdown code block indented by `indent`, fenced with more
/// backticks than any run inside it, so a message cannot close its fence.
fn fenced(text: &str, indent: &str) -> String {
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run.max(2) + 1);
    // Blank lines stay blank: no trailing spaces for an editor to strip.
    let body: Vec<String> = text
        .lines()
        .map(|line| {
            if line.is_empty() {
                String::new()
            } else {
                format!("{indent}{line}")
            }
        })
        .collect();
    format!("{indent}{fence}text\n{}\n{indent}{fence}", body.join("\n"))
}

/// `text` without terminal escapes: colours, and the hyperlinks newer
/// compilers print around paths (OSC 8), whose URL must not leak into a file.
pub(super) fn strip_ansi(text: &str) -> String {
    strip_ansi_escapes::strip_str(text)
}

/// Gradescope's `results.json`.
/// The fields Gradescope documents for each row of `results.json`'s `tests`.
pub const GRADESCOPE_TEST_FIELDS: &[&str] = &[
    "name",
    "score",
    "max_score",
    "status",
    "output",
    "visibility",
];

pub fn gradescope(result: &StudentResult) -> serde_json::Value {
    // One row per exercise, not per test: a student scrolls past 60 rows, not
    // 300, and each row holds its own failing tests.
    let mut tests = Vec::new();
    for report in &result.exercises {
        let mut output = String::new();
        match report.status {
            Status::NotStarted => output.push_str("not started: the file is still the starter"),
            Status::Missing => output.push_str(report.build_errors.trim()),
            _ => {
                if report.status != Status::Graded {
                    output.push_str(&strip_ansi(report.build_errors.trim()));
                    output.push('\n');
                }
                let failed: Vec<_> = report.tests.iter().filter(|t| !t.passed).collect();
                let _ = writeln!(output, "{} of {} tests pass", report.passed, report.total);
                for test in failed {
                    let _ = write!(
                        output,
                        "\n✗ {}{}\n{}\n",
                        test.name,
                        if test.forged {
                            " (forged: scored 0)"
                        } else {
                            ""
                        },
                        strip_ansi(test.message.trim_end())
                    );
                }
            }
        }
        tests.push(json!({
            "name": report.exercise,
            "score": report.score,
            "max_score": report.max_score,
            "status": if report.solved() { "passed" } else { "failed" },
            "output": output.trim_end(),
            "visibility": "visible",
        }));
    }
    let mut output = result.errors.join("\n");
    for flag in result.flags.iter().filter(|f| f.is_forged()) {
        output.push_str(&format!("\nFORGED: {}", flag.message));
    }
    // A forged result did change the score; it is said above, not counted here.
    let notes = result.flags.iter().filter(|f| !f.is_forged()).count();
    if notes > 0 {
        output.push_str(&format!(
            "\n{notes} note{} for review (no effect on the score)",
            if notes == 1 { "" } else { "s" }
        ));
    }
    json!({
        "score": result.total,
        "execution_time": result.seconds,
        "output": output.trim(),
        "visibility": "visible",
        "tests": tests,
    })
}

/// PrairieLearn's external grader results.
pub fn prairielearn(result: &StudentResult) -> serde_json::Value {
    let tests: Vec<serde_json::Value> = result
        .exercises
        .iter()
        .flat_map(|report| {
            report.tests.iter().map(move |test| {
                json!({
                    "name": format!("{} :: {}", report.exercise, test.name),
                    "points": test.points,
                    "max_points": test.max_points,
                    "output": strip_ansi(&test.message),
                    "message": if test.passed { "" } else { "failed" },
                })
            })
        })
        .collect();
    json!({
        "gradable": result.errors.is_empty() || !result.exercises.iter().all(|r| r.tests.is_empty()),
        "score": if result.max > 0.0 { result.total / result.max } else { 0.0 },
        "message": result.errors.join("\n"),
        "tests": tests,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fence_is_longer_than_any_backtick_run_in_the_message() {
        assert_eq!(fenced("plain", ""), "```text\nplain\n```");
        let hostile = "panicked: ```\n# Forged heading\n````` more";
        let block = fenced(hostile, "  ");
        assert!(block.starts_with("  ``````text\n"), "{block}");
        assert!(block.ends_with("\n  ``````"), "{block}");
        assert!(block.contains("\n  # Forged heading\n"), "{block}");
        assert_eq!(
            fenced("one\n\ntwo", "  "),
            "  ```text\n  one\n\n  two\n  ```"
        );
    }

    #[test]
    fn colours_and_hyperlinks_leave_only_their_text() {
        let coloured = "\u{1b}[1m\u{1b}[38;5;9merror[E0382]\u{1b}[0m: use of moved value";
        assert_eq!(strip_ansi(coloured), "error[E0382]: use of moved value");
        // OSC 8, as rustc prints around a path when the terminal supports links.
        let linked =
            "--> \u{1b}]8;;file:///home/s/src/lib.rs\u{1b}\\src/lib.rs:3:5\u{1b}]8;;\u{1b}\\ here";
        assert_eq!(strip_ansi(linked), "--> src/lib.rs:3:5 here");
    }

    #[test]
    fn gradescope_has_one_row_per_exercise_with_its_failing_tests_inside() {
        use crate::engine::{Report, Stage, TestResult};
        let test = |name: &str, passed: bool| TestResult {
            name: name.into(),
            stage: Stage::Tests,
            passed,
            message: if passed {
                String::new()
            } else {
                format!("{name} broke")
            },
            points: if passed { 5.0 } else { 0.0 },
            max_points: 5.0,
            seconds: 0.0,
            forged: false,
        };
        let report = |exercise: &str, status: Status, tests: Vec<TestResult>| Report {
            exercise: crate::workbook::ExerciseId::from_str_unchecked(exercise),
            source: String::new(),
            status,
            build_errors: String::new(),
            passed: tests.iter().filter(|t| t.passed).count(),
            total: 2,
            score: tests.iter().map(|t| t.points).sum(),
            tests,
            max_score: 10.0,
            seconds: 0.0,
            digest: String::new(),
            unlisted_tests: Vec::new(),
        };
        let result = StudentResult {
            entry: "s".into(),
            student_id: "s".into(),
            name: String::new(),
            exercises: vec![
                report(
                    "a/one",
                    Status::Graded,
                    vec![test("behaviour::x", true), test("behaviour::y", false)],
                ),
                report("a/two", Status::NotStarted, Vec::new()),
                Report {
                    build_errors: "exercises/a/three/src/lib.rs is missing".into(),
                    ..report("a/three", Status::Missing, Vec::new())
                },
            ],
            total: 5.0,
            max: 20.0,
            flags: Vec::new(),
            errors: Vec::new(),
            isolation: String::new(),
            seconds: 1.0,
            fingerprints: Default::default(),
        };
        let json = gradescope(&result);
        let rows = json["tests"].as_array().unwrap();
        assert_eq!(rows.len(), 3, "{json}");
        assert_eq!(rows[0]["name"], "a/one");
        assert_eq!(rows[0]["score"], 5.0);
        assert_eq!(rows[0]["max_score"], 10.0);
        assert_eq!(rows[0]["status"], "failed");
        let output = rows[0]["output"].as_str().unwrap();
        assert!(output.starts_with("1 of 2 tests pass"), "{output}");
        assert!(
            output.contains("✗ behaviour::y\nbehaviour::y broke"),
            "{output}"
        );
        assert!(!output.contains("behaviour::x"), "{output}");
        assert!(rows[1]["output"].as_str().unwrap().contains("not started"));
        // A missing file is said as it is, with no count of tests that never ran.
        assert_eq!(rows[2]["output"], "exercises/a/three/src/lib.rs is missing");
        assert!(!json["output"].as_str().unwrap().contains("note"), "{json}");
        for row in rows {
            for key in GRADESCOPE_TEST_FIELDS {
                assert!(!row[key].is_null(), "{key} missing in {row}");
            }
        }
        assert_eq!(json["score"], 5.0);

        // Flags: a forged result is said on its own line and is not a note.
        let flag = |kind: crate::class::FlagKind| crate::class::Flag {
            exercise: None,
            kind,
            path: String::new(),
            message: format!("{kind} here"),
            code: String::new(),
        };
        let mut flagged = result.clone();
        flagged.flags = vec![
            flag(crate::class::FlagKind::ForgedResult),
            flag(crate::class::FlagKind::ProcessExit),
            flag(crate::class::FlagKind::AddedFile),
        ];
        let output = gradescope(&flagged)["output"].as_str().unwrap().to_owned();
        assert!(output.contains("FORGED: forged-result here"), "{output}");
        assert!(
            output.ends_with("\n2 notes for review (no effect on the score)"),
            "{output}"
        );
        flagged.flags.truncate(2);
        let output = gradescope(&flagged)["output"].as_str().unwrap().to_owned();
        assert!(
            output.ends_with("\n1 note for review (no effect on the score)"),
            "{output}"
        );

        // PrairieLearn: one row per test, the score as a fraction.
        let json = prairielearn(&result);
        assert_eq!(json["score"], 0.25);
        assert_eq!(json["gradable"], true);
        let rows = json["tests"].as_array().unwrap();
        assert_eq!(rows.len(), 2, "{json}");
        assert_eq!(rows[1]["name"], "a/one :: behaviour::y");
        assert_eq!(rows[1]["message"], "failed");
        assert_eq!(rows[0]["message"], "");
    }

    #[test]
    fn an_entry_becomes_a_file_name_that_stays_in_its_folder() {
        assert_eq!(safe_name("ann-lee_2.zip"), "ann-lee_2.zip");
        assert_eq!(safe_name("Ann Lee/../x"), "Ann_Lee_.._x");
        let out = Path::new("out");
        assert_eq!(student_path(out, "a/b"), Path::new("out/students/a_b.json"));
    }
}
