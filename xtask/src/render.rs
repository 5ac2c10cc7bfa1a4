//! Text a learner reads: verdicts, stages, the overview. Plain strings, so
//! every front prints them its own way and tests can compare them.

use std::fmt::Write as _;

use crate::engine::{Event, Report, Stage, Status, TestResult};

/// One line (or block) for an engine event, as a check runs.
pub fn event(event: &Event<'_>) -> Option<String> {
    match event {
        Event::StageStarted(stage) => Some(format!("── {} …", stage.title())),
        Event::BuildFailed(errors) => Some(format!(
            "✗ your crate does not build. The compiler says:\n\n{}\n",
            errors.trim_end()
        )),
        Event::Test(result) => Some(test_line(result)),
        Event::StageFinished => None,
    }
}

fn test_line(result: &TestResult) -> String {
    let mark = if result.passed { "✓" } else { "✗" };
    let mut line = format!("  {mark} {}", result.name);
    if !result.passed && !result.message.is_empty() {
        line.push('\n');
        for text in result.message.lines() {
            let _ = writeln!(line, "      {text}");
        }
        line.pop();
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
            let stages: Vec<String> =
                per_stage.iter().map(|(s, p, t)| format!("{} {p}/{t}", s.title())).collect();
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
                let _ = writeln!(out, "Fix the compiler's first error above, save, and check again.");
            } else {
                let _ = writeln!(out, "Stuck? {id_hint}");
            }
        }
    }
    out
}

/// A score with at most two decimals and no trailing zeros.
pub fn points(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// A bar of `width` cells, `filled` out of `total`.
pub fn bar(filled: usize, total: usize, width: usize) -> String {
    let cells = if total == 0 { 0 } else { (filled * width).div_ceil(total).min(width) };
    format!("{}{}", "█".repeat(cells), "░".repeat(width - cells))
}
