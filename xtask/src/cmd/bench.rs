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
use crate::class::pipeline::{self, Request};
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
            audit: false,
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
    let verdicts = crate::verification::verify_all(workbook, &[], true, &mut |_| {})?;
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
    walkdir::WalkDir::new(path)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.metadata().ok())
        .filter(|metadata| !metadata.is_dir())
        .map(|metadata| metadata.len())
        .sum()
}

/// Kinds of synthetic student, in turn.
const KINDS: [&str; 5] = ["solved", "starter", "half-done", "broken", "hostile"];

/// Writes a synthetic student of `kind` into `dir`, from the handout files.
fn synthetic_student(
    workbook: &Workbook,
    handout: &[(String, Vec<u8>)],
    kind: &str,
    dir: &std::path::Path,
) -> Result<()> {
    for (name, bytes) in handout {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("a file in a folder"))?;
        std::fs::write(path, bytes)?;
    }
    let solve = |id: &str| -> Result<()> {
        let exercise = workbook.find(id)?;
        for file in &exercise.manifest.editable {
            std::fs::copy(
                workbook.solution_dir(exercise).join(file),
                dir.join("exercises").join(id).join(file),
            )?;
        }
        Ok(())
    };
    let ticket = dir.join("exercises/ownership/ticket/src/lib.rs");
    match kind {
        "solved" => workbook
            .exercises()
            .try_for_each(|e| solve(e.id.as_str()))?,
        "half-done" => {
            solve("ownership/ticket")?;
            solve("channels/pipeline")?;
        }
        "broken" => {
            solve("ownership/ticket")?;
            let text =
                std::fs::read_to_string(&ticket)?.replace("self.sold += 1;", "self.sold += \"1\";");
            std::fs::write(&ticket, text)?;
        }
        "hostile" => {
            solve("ownership/ticket")?;
            let text = std::fs::read_to_string(&ticket)?.replace(
                "    pub fn sold(&self) -> u32 {\n        self.sold",
                "    pub fn sold(&self) -> u32 {\n        std::process::exit(0)",
            );
            std::fs::write(&ticket, text)?;
            std::fs::write(
                dir.join("rust-toolchain.toml"),
                "[toolchain]\nchannel = \"nightly\"\n",
            )?;
        }
        _ => {}
    }
    Ok(())
}

/// `cargo xtask bench --rayon`: the rayon chapter's speed-ups on this machine.
/// Each pattern's parallel result is checked against the sequential one before
/// any time is shown; the speed-up is measured, never asserted by a test.
pub fn bench_rayon(workbook: &Workbook) -> Result<ExitCode> {
    let mut command = engine::cargo_command();
    command.current_dir(&workbook.root).args([
        "run",
        "--release",
        "--quiet",
        "-p",
        "workbook-rayon-bench",
    ]);
    let status = command.status().context("cannot run cargo")?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `cargo xtask bench --class N`: a class graded by `grade` against the naive way.
pub fn bench_class(workbook: &Workbook, students: usize, naive: usize) -> Result<ExitCode> {
    let students = students.max(4);
    let root = workbook.scratch_dir().join("bench-class");
    let _ = std::fs::remove_dir_all(&root);
    let handout = crate::class::handout::files(workbook)?;
    let submissions = root.join("submissions");
    for index in 0..students {
        let kind = KINDS[index % KINDS.len()];
        synthetic_student(
            workbook,
            &handout,
            kind,
            &submissions.join(format!("student-{index:03}-{kind}")),
        )?;
    }
    println!(
        "Class benchmark on {} cores: {students} synthetic students ({})\n",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        KINDS.join(", ")
    );
    let request = |submissions: std::path::PathBuf, out: &str, one: bool, fresh: bool| Request {
        submissions,
        out: root.join(out),
        roster: None,
        jobs: None,
        shard: None,
        fresh,
        one,
        compile_untouched: false,
        no_fs_sandbox: false,
    };
    let quiet = |request: Request| -> Result<f64> {
        let started = Instant::now();
        pipeline::grade_class(workbook, &request, &|_| {})?;
        Ok(started.elapsed().as_secs_f64())
    };
    // The reference: one fully solved student, graded alone with the
    // dependencies built, after another submission went through the same
    // scratch slot, so that its own code is compiled afresh.
    let solved = submissions.join("student-000-solved");
    quiet(request(solved.clone(), "reference", true, true))?;
    quiet(request(
        submissions.join("student-002-half-done"),
        "reference",
        true,
        true,
    ))?;
    let reference = quiet(request(solved, "reference", true, true))?;

    // Half the class, then the other half: the second half's time per student is the marginal cost.
    let first_half = root.join("first-half");
    std::fs::create_dir_all(&first_half)?;
    let mut names: Vec<_> = std::fs::read_dir(&submissions)?
        .flatten()
        .map(|e| e.file_name())
        .collect();
    names.sort();
    for name in &names[..students / 2] {
        std::fs::rename(submissions.join(name), first_half.join(name))?;
    }
    let t_first = quiet(request(first_half.clone(), "class", false, true))?;
    let cache_before = du(&workbook.scratch_dir().join("target"))
        + du(&workbook.scratch_dir().join("loom-target"));
    for name in &names[..students / 2] {
        std::fs::rename(first_half.join(name), submissions.join(name))?;
    }
    let t_second = quiet(request(submissions.clone(), "class", false, false))?;
    let cache_after = du(&workbook.scratch_dir().join("target"))
        + du(&workbook.scratch_dir().join("loom-target"));
    let second = students - students / 2;
    let per_student = (t_first + t_second) / students as f64;
    let marginal = t_second / second as f64;
    println!("reference solutions, one student, warm         {reference:>7.1} s");
    println!(
        "class of {students}: {:.1} s in all, {per_student:.1} s per student",
        t_first + t_second
    );
    println!(
        "marginal cost of one more student              {marginal:>7.1} s   goal ≤ 2 × reference = {:.1} s",
        2.0 * reference
    );
    println!(
        "build cache growth over the last {second} students   {:>7.1} MB   goal: none",
        (cache_after as f64 - cache_before as f64) / 1e6
    );

    // The naive way: a fresh copy and `cargo test` of every exercise, per student.
    let mut naive_times = Vec::new();
    for name in names.iter().take(naive) {
        let copy = root.join("naive").join(name);
        let _ = std::fs::remove_dir_all(&copy);
        std::fs::create_dir_all(root.join("naive"))?;
        synthetic_copy(&submissions.join(name), &copy)?;
        let mut command = crate::engine::cargo_command();
        command
            .current_dir(&copy)
            .args(["test", "--no-fail-fast", "--quiet"]);
        for exercise in workbook.exercises() {
            command.args(["-p", &crate_name(exercise)?]);
        }
        let started = Instant::now();
        let _ = crate::process::run(command, std::time::Duration::from_secs(1800))?;
        naive_times.push(started.elapsed().as_secs_f64());
        // Each naive copy built everything in its own target directory: gigabytes.
        let _ = std::fs::remove_dir_all(&copy);
    }
    if !naive_times.is_empty() {
        let naive_per_student = naive_times.iter().sum::<f64>() / naive_times.len() as f64;
        println!(
            "naive (fresh copy + cargo test), {} students   {naive_per_student:>7.1} s per student; grade is {:.1}x faster   goal ≥ 5x",
            naive_times.len(),
            naive_per_student / per_student
        );
        println!("  (the naive way runs no loom tests and no per-test timeouts, so it does less)");
    }
    Ok(ExitCode::SUCCESS)
}

fn synthetic_copy(from: &std::path::Path, to: &std::path::Path) -> Result<()> {
    let status = std::process::Command::new("cp")
        .arg("-r")
        .arg(from)
        .arg(to)
        .status()?;
    anyhow::ensure!(status.success(), "cannot copy {}", from.display());
    Ok(())
}

fn crate_name(exercise: &crate::workbook::Exercise) -> Result<String> {
    let text = std::fs::read_to_string(exercise.dir.join("Cargo.toml"))?;
    let value: toml::Value = toml::from_str(&text)?;
    Ok(value["package"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_owned())
}
