//! `cargo xtask mutants [ID…]`: the author's mutation-testing table.
//!
//! A thin front over [`crate::mutants`]: one line per graded mutant as it
//! finishes, then a table per exercise (viable mutants, caught, declared
//! equivalent, missed, share caught) and every missed mutant by name, to be
//! triaged into a new test or an `[[mutants.equivalent]]` note. The table is
//! also written as JSON to `target/workbook/mutants.json`.

use std::process::ExitCode;

use anyhow::Result;

use crate::mutants::{self, ExerciseMutants, Outcome};
use crate::workbook::Workbook;

pub fn mutants(workbook: &Workbook, names: &[String], goal: f64) -> Result<ExitCode> {
    let exercises = workbook.select(names)?;
    crate::setup::ensure_fetched(workbook, &mut |line| eprintln!("{line}"))?;
    let mut all: Vec<ExerciseMutants> = Vec::new();
    for exercise in exercises {
        eprintln!("mutating {} …", exercise.id);
        let graded = mutants::grade_all(workbook, exercise, &mut |mutant, at, of| {
            let mark = match mutant.outcome {
                Outcome::Caught => "caught",
                Outcome::Missed => "MISSED",
                Outcome::Equivalent => "equivalent",
                Outcome::Unviable => "unviable",
            };
            eprintln!("  [{at}/{of}] {mark:<10} {}", mutant.name);
        })?;
        all.push(graded);
    }
    let path = workbook.scratch_dir().join("mutants.json");
    crate::store::write_atomically(&path, serde_json::to_string_pretty(&all)?.as_bytes())?;

    println!("| exercise | mutants | unviable | caught | equivalent | missed | caught of viable |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let mut below = Vec::new();
    for exercise in &all {
        let share = exercise.caught_share();
        println!(
            "| {} | {} | {} | {} | {} | {} | {:.0} % |",
            exercise.exercise,
            exercise.mutants.len(),
            exercise.count(Outcome::Unviable),
            exercise.count(Outcome::Caught),
            exercise.count(Outcome::Equivalent),
            exercise.count(Outcome::Missed),
            share * 100.0
        );
        if share < goal {
            below.push(&exercise.exercise);
        }
    }
    for exercise in &all {
        for missed in exercise
            .mutants
            .iter()
            .filter(|m| m.outcome == Outcome::Missed)
        {
            println!("missed in {}: {}", exercise.exercise, missed.name);
        }
    }
    println!("(written to {})", path.display());
    if below.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        println!(
            "below the goal of {:.0} %: {}",
            goal * 100.0,
            below
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
        Ok(ExitCode::FAILURE)
    }
}
