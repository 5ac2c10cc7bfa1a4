//! The instructor's commands: `grade`, `grade merge`, `handout`, `gradescope`.
//!
//! Fronts over [`crate::class`]: `grade` shows the pipeline's progress with a
//! bar and says where the gradebook and the report are; `handout` writes the
//! handout's files as a git repository; `gradescope` packs the autograder.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::class::handout;
pub use crate::class::pipeline::Request;
use crate::class::pipeline::{self, ClassEvent};
use crate::workbook::Workbook;

pub fn grade(workbook: &Workbook, request: &Request) -> Result<ExitCode> {
    let bar = indicatif::ProgressBar::hidden();
    let outcome = pipeline::grade_class(workbook, request, &|event| match event {
        ClassEvent::Setup(line) => eprintln!("{line}"),
        ClassEvent::Started {
            todo,
            total,
            resumed,
            jobs,
            isolation,
            shard,
        } => {
            eprintln!(
                "grading {todo} of {total} students{} ({resumed} already graded in {}), {jobs} at a time\nisolation: {isolation}",
                shard.map(|s| format!(" of {s}")).unwrap_or_default(),
                request.out.display(),
            );
            bar.set_length(todo as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:30} {pos}/{len} students, {elapsed} elapsed, about {eta} left  {msg}",
                )
                .expect("a valid template"),
            );
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
        ClassEvent::Grading(entry) => bar.set_message(entry.to_owned()),
        ClassEvent::Graded(_) => bar.inc(1),
    })?;
    bar.finish_and_clear();
    for failure in &outcome.failures {
        eprintln!("error: {failure}");
    }
    println!(
        "graded {} students; gradebook: {}, report: {}",
        outcome.graded,
        request.out.join("gradebook.csv").display(),
        request.out.join("report/index.html").display()
    );
    Ok(if outcome.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

pub fn merge(workbook: &Workbook, out: &Path, parts: &[PathBuf]) -> Result<ExitCode> {
    let students = pipeline::merge(workbook, out, parts)?;
    println!("merged {students} students into {}", out.display());
    Ok(ExitCode::SUCCESS)
}

pub fn handout(workbook: &Workbook, out: &Path) -> Result<ExitCode> {
    if out.exists() && std::fs::read_dir(out)?.next().is_some() {
        bail!(
            "{} is not empty; choose a new folder for the handout",
            out.display()
        );
    }
    let files = handout::files(workbook)?;
    for (name, bytes) in &files {
        let path = out.join(name);
        std::fs::create_dir_all(path.parent().expect("a file in a folder"))?;
        std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .current_dir(out)
            .args([
                "-c",
                "user.name=Workbook",
                "-c",
                "user.email=workbook@localhost",
            ])
            .args(args)
            .output()
    };
    let committed = git(&["init", "-q"]).is_ok_and(|o| o.status.success())
        && git(&["add", "-A"]).is_ok_and(|o| o.status.success())
        && git(&["commit", "-q", "-m", "The Rust concurrency workbook"])
            .is_ok_and(|o| o.status.success());
    println!(
        "handout: {} files in {}{}; no solutions, no grader fixtures",
        files.len(),
        out.display(),
        if committed {
            ", as a git repository with one commit"
        } else {
            ""
        }
    );
    Ok(ExitCode::SUCCESS)
}

const SETUP_SH: &str = r#"#!/usr/bin/env bash
# Gradescope runs this once, when the autograder image is built.
set -euo pipefail
apt-get update -qq && apt-get install -y -qq curl git build-essential util-linux bubblewrap >/dev/null
curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --default-toolchain none
source "$HOME/.cargo/env"
cd /autograder/source/workbook
rustup toolchain install
cargo fetch --locked
cargo build --locked -p xtask
# Compile every dependency once, so that grading a submission builds only its code.
cargo xtask grade . --one --out /tmp/warm-up --fresh --compile-untouched || true
"#;

const RUN_AUTOGRADER: &str = r#"#!/usr/bin/env bash
# Gradescope runs this for each submission, in a fresh container.
# AUTOGRADER_ROOT moves the whole tree (tests run it in a temporary one).
set -uo pipefail
root="${AUTOGRADER_ROOT:-/autograder}"
if [ -f "$HOME/.cargo/env" ]; then source "$HOME/.cargo/env"; fi
cd "$root/source/workbook" || exit 1
cargo xtask grade "$root/submission" --one --fresh --out "$root/results/grading"
cp "$root/results/grading/gradescope/submission.json" "$root/results/results.json"
"#;

pub fn gradescope(workbook: &Workbook, out: &Path) -> Result<ExitCode> {
    let file =
        std::fs::File::create(out).with_context(|| format!("cannot create {}", out.display()))?;
    let mut zip = zip::ZipWriter::new(file);
    let plain = zip::write::SimpleFileOptions::default();
    let executable = plain.unix_permissions(0o755);
    zip.start_file("setup.sh", executable)?;
    zip.write_all(SETUP_SH.as_bytes())?;
    zip.start_file("run_autograder", executable)?;
    zip.write_all(RUN_AUTOGRADER.as_bytes())?;
    let files = handout::files(workbook)?;
    for (name, bytes) in &files {
        zip.start_file(format!("workbook/{name}"), plain)?;
        zip.write_all(bytes)?;
    }
    zip.finish()?;
    println!(
        "{}: Gradescope autograder (setup.sh, run_autograder, and the workbook without solutions, {} files)",
        out.display(),
        files.len()
    );
    Ok(ExitCode::SUCCESS)
}
