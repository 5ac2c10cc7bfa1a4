//! `cargo xtask bench`: the numbers the workbook promises, measured again.
//!
//! Prints, on this machine: the overview's time; save-to-verdict for one
//! exercise of each check kind, unchanged and after an edit (first verdict and
//! full verdict); `verify` warm (and cold with `--cold`); the disk used by
//! `target/`. Nothing a learner owns is touched: edits happen in a copy of the
//! reference solution under `target/workbook/bench-src/`.

use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::assemble::Source;
use crate::engine::{self, Event, Options};
use crate::workbook::Workbook;

pub fn bench(workbook: &Workbook, cold: bool, runs: usize) -> Result<ExitCode> {
    let runs = runs.max(1);
    println!(
        "Benchmark on {} cores; medians of {runs} runs\n",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );

    let overview = median(
        (0..runs)
            .map(|_| time_command(&["xtask", "--json"]))
            .collect::<Result<_>>()?,
    );
    println!(
        "overview (`cargo xtask`, nothing changed)              {overview:>7.2} s   goal ≤ 0.5 s"
    );

    for (kind, id) in [
        ("unit tests", "channels/pipeline"),
        ("compile-fail", "ownership/ticket"),
        ("loom", "memory-ordering/publish"),
    ] {
        let Some(exercise) = workbook.exercises().find(|e| e.id.as_str() == id) else {
            println!("{kind}: {id} is not in the workbook; skipped");
            continue;
        };
        let source_dir = workbook
            .scratch_dir()
            .join("bench-src")
            .join(exercise.id.flat());
        let _ = std::fs::remove_dir_all(&source_dir);
        for file in &exercise.manifest.editable {
            let to = source_dir.join(file);
            std::fs::create_dir_all(to.parent().expect("file in a folder"))?;
            std::fs::copy(workbook.solution_dir(exercise).join(file), &to)
                .with_context(|| format!("cannot copy the solution of {id}"))?;
        }
        let source = Source::Dir(source_dir.clone());
        let options = Options {
            scratch: "bench".into(),
            shortcut_untouched: true,
            loom: true,
            sandbox: None,
        };
        let measure = || -> Result<(f64, f64)> {
            let started = Instant::now();
            let mut first: Option<f64> = None;
            let report = engine::grade(workbook, exercise, &source, &options, &mut |event| {
                if let Event::Test(_) = event {
                    first.get_or_insert(started.elapsed().as_secs_f64());
                }
            })?;
            anyhow::ensure!(
                report.solved(),
                "the reference solution of {id} did not pass during the benchmark"
            );
            Ok((first.unwrap_or(report.seconds), report.seconds))
        };
        measure()?; // warm up: dependencies and the first build
        let unchanged: Vec<(f64, f64)> = (0..runs).map(|_| measure()).collect::<Result<_>>()?;
        let mut edited = Vec::new();
        for run in 0..runs {
            let file = source_dir.join(&exercise.manifest.editable[0]);
            let mut text = std::fs::read_to_string(&file)?;
            text.push_str(&format!(
                "\n// benchmark edit {run}\npub fn bench_edit_{run}() -> u32 {{ {run} }}\n"
            ));
            std::fs::write(&file, text)?;
            edited.push(measure()?);
        }
        let first_edit = median(edited.iter().map(|r| r.0).collect());
        let full_edit = median(edited.iter().map(|r| r.1).collect());
        let full_same = median(unchanged.iter().map(|r| r.1).collect());
        println!(
            "{kind:<13} {id:<26} unchanged {full_same:>6.2} s   after edit: first verdict {first_edit:>5.2} s, full {full_edit:>5.2} s"
        );
    }
    println!(
        "  goals: first verdict after an edit ≤ 0.8 s (unit tests); full ≤ 2 s (compile-fail), ≤ 6 s (loom)"
    );

    if cold {
        let _ = std::fs::remove_dir_all(workbook.scratch_dir());
        let started = Instant::now();
        run_verify(workbook)?;
        println!(
            "verify, cold (empty target/workbook)                  {:>7.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    run_verify(workbook)?;
    let started = Instant::now();
    run_verify(workbook)?;
    println!(
        "verify, warm                                          {:>7.1} s   goal ≤ 30 s",
        started.elapsed().as_secs_f64()
    );

    for dir in ["target", "target/workbook"] {
        println!(
            "disk used by {dir:<40} {:>7.0} MB",
            du(&workbook.root.join(dir)) as f64 / 1e6
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn run_verify(workbook: &Workbook) -> Result<()> {
    let verdicts = super::verify::verify_all(workbook, &[], true, &mut |_| {})?;
    let bad: Vec<&str> = verdicts
        .iter()
        .filter(|v| !v.problems.is_empty())
        .map(|v| v.id.as_str())
        .collect();
    anyhow::ensure!(
        bad.is_empty(),
        "verify found problems in {}; run `cargo xtask verify`",
        bad.join(", ")
    );
    Ok(())
}

fn time_command(args: &[&str]) -> Result<f64> {
    let started = Instant::now();
    let status =
        std::process::Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
            .args(args)
            .stdout(std::process::Stdio::null())
            .status()?;
    anyhow::ensure!(status.success(), "`cargo {}` failed", args.join(" "));
    Ok(started.elapsed().as_secs_f64())
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(0.0)
}

fn du(path: &std::path::Path) -> u64 {
    let mut total = 0;
    let mut pending = vec![path.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            match entry.metadata() {
                Ok(m) if m.is_dir() => pending.push(entry.path()),
                Ok(m) => total += m.len(),
                Err(_) => {}
            }
        }
    }
    total
}
