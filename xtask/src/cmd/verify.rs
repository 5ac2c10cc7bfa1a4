//! `cargo xtask verify`: prints what [`crate::verification`] finds, a table
//! on success and a precise list of problems on failure.

use std::process::ExitCode;

use anyhow::Result;

use crate::engine::Report;
use crate::verification::{self, Verdict};
use crate::workbook::Workbook;

/// What `verify` checks beyond grading solutions and starters.
#[derive(Debug, Clone, Copy)]
pub struct Checks {
    /// clippy and rustfmt over each reference solution.
    pub lint: bool,
    /// The book's snippets and links (only when verifying everything).
    pub book: bool,
}

pub fn verify(workbook: &Workbook, names: &[String], checks: Checks) -> Result<ExitCode> {
    let mut verdicts =
        verification::verify_all(workbook, names, checks.lint, &mut |line| println!("{line}"))?;
    if checks.book && names.is_empty() {
        println!("checking the book …");
        let problems = verification::book_problems(workbook)?;
        if !problems.is_empty() {
            verdicts.push(Verdict {
                id: "book".into(),
                solution: None,
                starter: None,
                problems,
                seconds: 0.0,
            });
        }
    }
    println!();
    println!(
        "{:<32} {:>10} {:>10} {:>8}",
        "exercise", "solution", "starter", "seconds"
    );
    for v in &verdicts {
        let cell = |r: &Option<Report>| {
            r.as_ref()
                .map_or("-".into(), |r| format!("{}/{}", r.passed, r.total))
        };
        let mark = if v.problems.is_empty() { "✓" } else { "✗" };
        println!(
            "{mark} {:<30} {:>10} {:>10} {:>8.1}",
            v.id,
            cell(&v.solution),
            cell(&v.starter),
            v.seconds
        );
    }
    let problems: Vec<String> = verdicts
        .iter()
        .flat_map(|v| v.problems.iter().map(move |p| format!("{}: {p}", v.id)))
        .collect();
    if problems.is_empty() {
        println!("\nverify: {} exercises, all sound", verdicts.len());
        Ok(ExitCode::SUCCESS)
    } else {
        println!("\nverify found {} problems:", problems.len());
        for problem in &problems {
            println!("- {}", problem.replace('\n', "\n  "));
        }
        Ok(ExitCode::FAILURE)
    }
}
