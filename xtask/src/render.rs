//! Text a learner reads: verdicts, stages, the overview. Plain strings, so
//! every front prints them its own way and tests can compare them.

use std::fmt::Write as _;

use crate::engine::{Event, Report, Stage, Status, TestResult};

/// One line (or block) for an engine event, as a check runs.
pub fn event(event: &Event<'_>) -> Option<String> {
    match event {
        Event::StagesStarted(stages) => {
            let titles: Vec<&str> = stages.iter().map(|stage| stage.title()).collect();
            let named = match titles.split_last() {
                Some((last, [])) => (*last).to_owned(),
                Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
                None => return None,
            };
            Some(format!("── {named} …"))
        }
        Event::BuildFailed(errors) => Some(format!(
            "✗ your crate does not build. The compiler says:\n\n{}\n",
            errors.trim_end()
        )),
        Event::Test(result) => Some(test_line(result)),
        Event::StagesFinished => None,
        Event::Setup(line) => Some(format!("── {line}")),
        Event::TestsDidNotBuild(target, errors) => Some(format!(
            "✗ tests/{target}.rs does not compile against your crate; does it still have the API the exercise asks for? The compiler says:\n\n{}\n",
            errors.trim_end()
        )),
    }
}

fn test_line(result: &TestResult) -> String {
    let mark = if result.passed { "✓" } else { "✗" };
    let mut line = format!("  {mark} {}", result.name);
    if !result.passed {
        for text in result.message.lines() {
            line.push('\n');
            // A blank line stays blank: no trailing spaces to copy along.
            if !text.is_empty() {
                let _ = write!(line, "      {text}");
            }
        }
    }
    line
}

/// The closing lines of a check: score and what to do next.
pub fn summary(report: &Report, id_hint: &str) -> String {
    let mut out = String::new();
    match report.status {
        Status::NotStarted => {
            let _ = writeln!(
                out,
                "{}: not started yet; its files are still the starter. Edit them and check again ({id_hint})",
                report.exercise
            );
        }
        Status::Missing => {
            let _ = writeln!(out, "{}: {}", report.exercise, report.build_errors);
        }
        Status::BreaksRules => {
            let _ = writeln!(
                out,
                "{}: 0/{} tests run: {}",
                report.exercise, report.total, report.build_errors
            );
        }
        Status::DoesNotBuild | Status::Graded => {
            let mut per_stage: Vec<(Stage, usize, usize)> = Vec::new();
            for test in &report.tests {
                match per_stage.iter_mut().find(|(s, _, _)| *s == test.stage) {
                    Some((_, passed, total)) => {
                        *passed += usize::from(test.passed);
                        *total += 1;
                    }
                    None => per_stage.push((test.stage, usize::from(test.passed), 1)),
                }
            }
            let stages: Vec<String> = per_stage
                .iter()
                .map(|(s, p, t)| format!("{} {p}/{t}", s.title()))
                .collect();
            let _ = writeln!(
                out,
                "{}: {}/{} tests passed ({}), score {}/{} in {:.1} s",
                report.exercise,
                report.passed,
                report.total,
                stages.join(", "),
                points(report.score),
                points(report.max_score),
                report.seconds
            );
            if report.solved() {
                let _ = writeln!(out, "✓ solved.");
            } else if report.status == Status::DoesNotBuild {
                let _ = writeln!(
                    out,
                    "Fix the compiler's first error above, save, and check again."
                );
            } else {
                let _ = writeln!(out, "Stuck? {id_hint}");
            }
        }
    }
    out
}

/// A score with at most two decimals and no trailing zeros.
pub fn points(value: f64) -> String {
    // A sum over nothing is -0.0, and -0.001 rounds to it: neither is "-0".
    let value = if value.abs() < 0.005 { 0.0 } else { value };
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// A bar of `width` cells, `filled` out of `total`.
pub fn bar(filled: usize, total: usize, width: usize) -> String {
    let cells = if total == 0 {
        0
    } else {
        (filled * width).div_ceil(total).min(width)
    };
    format!("{}{}", "█".repeat(cells), "░".repeat(width - cells))
}

#[cfg(test)]
mod snapshot_tests;

#[cfg(test)]
mod tests {
    use super::*;

    fn test(name: &str, stage: Stage, passed: bool, message: &str) -> TestResult {
        TestResult {
            name: name.into(),
            stage,
            passed,
            message: message.into(),
            points: if passed { 2.5 } else { 0.0 },
            max_points: 2.5,
            seconds: 0.1,
            forged: false,
        }
    }

    fn report(status: Status, tests: Vec<TestResult>) -> Report {
        let passed = tests.iter().filter(|t| t.passed).count();
        Report {
            exercise: crate::workbook::ExerciseId::new("locks", "spinlock"),
            source: "working copy".into(),
            status,
            build_errors: String::new(),
            total: tests.len(),
            score: 2.5 * passed as f64,
            passed,
            tests,
            max_score: 10.0,
            seconds: 1.25,
            digest: String::new(),
            unlisted_tests: Vec::new(),
        }
    }

    #[test]
    fn a_failing_test_shows_its_message_indented_under_it() {
        let line = test_line(&test(
            "loom::holders_see_each_others_writes",
            Stage::Loom,
            false,
            "Causality violation:\nConcurrent write accesses to `UnsafeCell`.",
        ));
        assert_eq!(
            line,
            "  ✗ loom::holders_see_each_others_writes\n      Causality violation:\n      Concurrent write accesses to `UnsafeCell`."
        );
        assert_eq!(
            test_line(&test("tests::a", Stage::Tests, true, "")),
            "  ✓ tests::a"
        );
    }

    #[test]
    fn summary_counts_per_stage_and_points_the_way_on() {
        let tests = vec![
            test("behaviour::a", Stage::Tests, true, ""),
            test("behaviour::b", Stage::Tests, true, ""),
            test("compile_fail::c", Stage::CompileFail, false, "x"),
            test("loom::d", Stage::Loom, true, ""),
        ];
        assert_eq!(
            summary(
                &report(Status::Graded, tests),
                "run `cargo xtask hint locks/spinlock`"
            ),
            "locks/spinlock: 3/4 tests passed (tests 2/2, compile-fail cases 0/1, loom model checking 1/1), \
             score 7.5/10 in 1.2 s\nStuck? run `cargo xtask hint locks/spinlock`\n"
        );
    }

    #[test]
    fn summary_of_a_solved_exercise_and_of_a_crate_that_does_not_build() {
        let solved = report(
            Status::Graded,
            vec![test("behaviour::a", Stage::Tests, true, "")],
        );
        assert!(summary(&solved, "").ends_with("✓ solved.\n"));
        let broken = report(
            Status::DoesNotBuild,
            vec![test("behaviour::a", Stage::Tests, false, "not run")],
        );
        assert!(summary(&broken, "").contains("Fix the compiler's first error above"));
    }

    #[test]
    fn code_that_breaks_the_rules_is_told_which_rule_and_a_download_is_a_stage_line() {
        let mut broken = report(
            Status::BreaksRules,
            vec![test("behaviour::a", Stage::Tests, false, "not run")],
        );
        broken.build_errors = "this exercise does not allow `Mutex`: build it from atomics\n  src/lib.rs:3:22: `Mutex`".into();
        assert_eq!(
            summary(&broken, ""),
            "locks/spinlock: 0/1 tests run: this exercise does not allow `Mutex`: build it from atomics\n  src/lib.rs:3:22: `Mutex`\n"
        );
        assert_eq!(
            event(&Event::Setup("fetching the workbook's dependencies …")).as_deref(),
            Some("── fetching the workbook's dependencies …")
        );
    }

    #[test]
    fn points_and_bars() {
        assert_eq!(points(10.0), "10");
        assert_eq!(points(5.555), "5.55");
        assert_eq!(points(0.0), "0");
        assert_eq!(points(-0.0), "0");
        assert_eq!(points(-0.001), "0");
        assert_eq!(points(-2.5), "-2.5");
        assert_eq!(bar(0, 4, 8), "░░░░░░░░");
        assert_eq!(bar(1, 4, 8), "██░░░░░░");
        assert_eq!(bar(4, 4, 8), "████████");
        assert_eq!(bar(0, 0, 3), "░░░");
    }
}
