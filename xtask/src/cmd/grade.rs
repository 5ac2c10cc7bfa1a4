//! The instructor's commands: `grade`, `grade merge`, `handout`, `gradescope`.
//!
//! `grade` takes a folder of submissions, one entry per student, and grades
//! them in parallel (`--jobs`, default the number of cores), each worker
//! reusing its own scratch space so the build cache stays the size of one
//! class member per worker. Each student's result is written the moment it is
//! known, so an interrupted run resumes where it stopped; one broken or
//! hostile submission never stops the batch. `--shard K/N` grades a slice and
//! `grade merge` joins the slices' folders.

use std::collections::{BTreeMap, VecDeque};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use anyhow::{Context, Result, bail};

use crate::class::{self, Student, StudentResult, outputs};
use crate::process::Sandbox;
use crate::workbook::Workbook;

/// What `cargo xtask grade` was asked to do.
pub struct Request {
    pub submissions: PathBuf,
    pub out: PathBuf,
    pub roster: Option<PathBuf>,
    pub jobs: Option<usize>,
    pub shard: Option<String>,
    pub fresh: bool,
    pub one: bool,
    pub compile_untouched: bool,
    /// Grade without a file-system sandbox where none can be had.
    pub no_fs_sandbox: bool,
}

/// A submission's name without its archive extension.
fn entry_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for suffix in [".tar.gz", ".tgz", ".tar", ".zip", ".bundle"] {
        if let Some(stem) = name.strip_suffix(suffix) {
            return stem.to_owned();
        }
    }
    name
}

/// `entry → (id, name)` from a CSV with a header `entry,id,name`.
fn read_roster(path: &Path) -> Result<BTreeMap<String, (String, String)>> {
    let mut reader = csv::Reader::from_path(path)
        .with_context(|| format!("cannot read the roster {}", path.display()))?;
    let headers = reader.headers()?.clone();
    let column = |name: &str| {
        headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name)).with_context(|| {
            format!("the roster {} needs a header row with the columns entry,id,name (missing `{name}`)", path.display())
        })
    };
    let (entry, id, name) = (column("entry")?, column("id")?, column("name")?);
    let mut roster = BTreeMap::new();
    for (index, record) in reader.records().enumerate() {
        let record = record
            .with_context(|| format!("{}: row {} is not valid CSV", path.display(), index + 2))?;
        let get = |at: usize| record.get(at).unwrap_or_default().trim().to_owned();
        roster.insert(get(entry), (get(id), get(name)));
    }
    Ok(roster)
}

/// `K/N` with 1 ≤ K ≤ N.
fn parse_shard(text: &str) -> Result<(usize, usize)> {
    let parsed = text
        .split_once('/')
        .and_then(|(k, n)| Some((k.trim().parse().ok()?, n.trim().parse().ok()?)));
    match parsed {
        Some((k, n)) if k >= 1 && k <= n => Ok((k, n)),
        _ => bail!("--shard takes K/N with 1 ≤ K ≤ N, such as 2/4; got `{text}`"),
    }
}

pub fn grade(workbook: &Workbook, request: &Request) -> Result<ExitCode> {
    let mut sandbox = Sandbox::detect(&workbook.root);
    if sandbox.fs.is_none() {
        if !request.no_fs_sandbox {
            anyhow::bail!(
                "grading needs a file-system sandbox, so that submitted code cannot read your \
                 files or the reference solutions, or change what is graded after it, and \
                 bubblewrap could not make one here.\n{}\nfix: install bubblewrap (`apt install \
                 bubblewrap` on Debian and Ubuntu, `dnf install bubblewrap` on Fedora) on a Linux \
                 machine that allows unprivileged user namespaces; or, knowing the risk, pass \
                 --no-fs-sandbox",
                sandbox.description
            );
        }
        sandbox.description = format!(
            "WARNING: graded with --no-fs-sandbox, so submitted code could read and change the \
             grader's files. {}",
            sandbox.description
        );
    }
    let mut found: Vec<(String, PathBuf)> = if request.one {
        vec![(
            entry_name(&request.submissions),
            request.submissions.clone(),
        )]
    } else {
        let listing = std::fs::read_dir(&request.submissions).with_context(|| {
            format!(
                "cannot list the submissions folder {}",
                request.submissions.display()
            )
        })?;
        listing
            .flatten()
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .map(|e| (entry_name(&e.path()), e.path()))
            .collect()
    };
    found.sort();
    let roster = match &request.roster {
        Some(path) => read_roster(path)?,
        None => BTreeMap::new(),
    };
    let mut students: Vec<(Student, Option<PathBuf>)> = found
        .iter()
        .map(|(entry, path)| {
            let (id, name) = roster
                .get(entry)
                .cloned()
                .unwrap_or_else(|| (entry.clone(), String::new()));
            (
                Student {
                    entry: entry.clone(),
                    id,
                    name,
                },
                Some(path.clone()),
            )
        })
        .collect();
    for (entry, (id, name)) in &roster {
        if !found.iter().any(|(e, _)| e == entry) {
            students.push((
                Student {
                    entry: entry.clone(),
                    id: id.clone(),
                    name: name.clone(),
                },
                None,
            ));
        }
    }
    students.sort_by(|a, b| a.0.entry.cmp(&b.0.entry));
    if let Some(shard) = &request.shard {
        let (k, n) = parse_shard(shard)?;
        students = students
            .into_iter()
            .enumerate()
            .filter(|(i, _)| i % n == k - 1)
            .map(|(_, s)| s)
            .collect();
    }
    std::fs::create_dir_all(&request.out)
        .with_context(|| format!("cannot create {}", request.out.display()))?;
    let total = students.len();
    let todo: VecDeque<_> = students
        .into_iter()
        .filter(|(student, _)| {
            request.fresh || !outputs::student_path(&request.out, &student.entry).exists()
        })
        .collect();
    let resumed = total - todo.len();
    // Submissions build offline inside the sandbox: everything is downloaded first.
    crate::setup::ensure_fetched(workbook, &mut |line| eprintln!("{line}"))?;
    let jobs = request
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    eprintln!(
        "grading {} of {total} students ({resumed} already graded in {}), {jobs} at a time\nisolation: {}",
        todo.len(),
        request.out.display(),
        sandbox.description
    );
    let bar = indicatif::ProgressBar::new(todo.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{bar:30} {pos}/{len} students, {elapsed} elapsed, about {eta} left  {msg}",
        )
        .expect("a valid template"),
    );
    let queue = Mutex::new(todo);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for slot in 0..jobs {
            let sandbox =
                sandbox.with_process_cap(&format!("{}-slot-{slot}", std::process::id()), 512);
            let (queue, failures, bar) = (&queue, &failures, &bar);
            scope.spawn(move || {
                let sandbox = &sandbox;
                loop {
                    let Some((student, path)) = queue.lock().expect("queue").pop_front() else {
                        break;
                    };
                    bar.set_message(student.entry.clone());
                    let graded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        class::grade_student(
                            workbook,
                            &student,
                            path.as_deref(),
                            slot,
                            sandbox,
                            request.compile_untouched,
                        )
                    }));
                    let result = match graded {
                        Ok(Ok(result)) => result,
                        Ok(Err(error)) if crate::setup::as_setup_error(&error).is_some() => {
                            // The machine failed, not the student: write no result (a
                            // rerun grades them), and stop before every student fails alike.
                            queue.lock().expect("queue").clear();
                            failures
                                .lock()
                                .expect("failures")
                                .push(format!("{}: {error:#}", student.entry));
                            continue;
                        }
                        Ok(Err(error)) => failed_student(
                            workbook,
                            &student,
                            format!("the grader failed: {error:#}"),
                        ),
                        Err(_) => failed_student(
                            workbook,
                            &student,
                            "the grader crashed on this submission".into(),
                        ),
                    };
                    if let Err(error) = outputs::write_student(&request.out, &result) {
                        failures.lock().expect("failures").push(format!(
                            "could not save a result: {}: {error:#}",
                            student.entry
                        ));
                    }
                    bar.inc(1);
                }
            });
        }
    });
    bar.finish_and_clear();
    let results = outputs::load_students(&request.out)?;
    outputs::write_all(workbook, &request.out, &results)?;
    let failures = failures.into_inner().expect("failures");
    for failure in &failures {
        eprintln!("error: {failure}");
    }
    println!(
        "graded {} students; gradebook: {}, report: {}",
        results.len(),
        request.out.join("gradebook.csv").display(),
        request.out.join("report/index.html").display()
    );
    Ok(if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn failed_student(workbook: &Workbook, student: &Student, why: String) -> StudentResult {
    let mut result = StudentResult::empty(workbook, student);
    result.errors.push(why);
    result
}

pub fn merge(workbook: &Workbook, out: &Path, parts: &[PathBuf]) -> Result<ExitCode> {
    let mut merged: BTreeMap<String, StudentResult> = BTreeMap::new();
    for part in parts {
        for result in outputs::load_students(part)? {
            if merged.contains_key(&result.entry) {
                bail!(
                    "{} is graded in more than one part; were the shards overlapping?",
                    result.entry
                );
            }
            merged.insert(result.entry.clone(), result);
        }
    }
    for result in merged.values() {
        outputs::write_student(out, result)?;
    }
    let results: Vec<StudentResult> = merged.into_values().collect();
    outputs::write_all(workbook, out, &results)?;
    println!("merged {} students into {}", results.len(), out.display());
    Ok(ExitCode::SUCCESS)
}

/// The files a student gets: everything tracked except solutions and the
/// grader's fixtures (which contain solutions), with starters as working copies.
fn handout_files(workbook: &Workbook) -> Result<Vec<(String, Vec<u8>)>> {
    let listed = std::process::Command::new("git")
        .current_dir(&workbook.root)
        .args(["ls-files", "-z"])
        .output()
        .context(
            "cannot run git ls-files; the handout is made from a git checkout of the workbook",
        )?;
    if !listed.status.success() {
        bail!("git ls-files failed; the handout is made from a git checkout of the workbook");
    }
    let hidden = [
        "solutions/",
        "xtask/tests/fixtures",
        "xtask/tests/verify.rs",
        "xtask/tests/isolation.rs",
        "xtask/tests/fixtures.rs",
    ];
    let mut files = Vec::new();
    for name in String::from_utf8_lossy(&listed.stdout)
        .split('\0')
        .filter(|n| !n.is_empty())
    {
        if hidden.iter().any(|h| name.starts_with(h)) {
            continue;
        }
        let bytes = std::fs::read(workbook.root.join(name))
            .with_context(|| format!("cannot read {name}"))?;
        files.push((name.to_owned(), bytes));
    }
    for exercise in workbook.exercises() {
        for file in &exercise.manifest.editable {
            let name = format!("exercises/{}/{file}", exercise.id);
            let starter = std::fs::read(exercise.starter_dir().join(file))?;
            match files.iter_mut().find(|(n, _)| *n == name) {
                Some(entry) => entry.1 = starter,
                None => files.push((name, starter)),
            }
        }
    }
    Ok(files)
}

pub fn handout(workbook: &Workbook, out: &Path) -> Result<ExitCode> {
    if out.exists() && std::fs::read_dir(out)?.next().is_some() {
        bail!(
            "{} is not empty; choose a new folder for the handout",
            out.display()
        );
    }
    let files = handout_files(workbook)?;
    for (name, bytes) in &files {
        let path = out.join(name);
        std::fs::create_dir_all(path.parent().expect("a file in a folder"))?;
        std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let ci = out.join(".ci/run");
        if ci.exists() {
            std::fs::set_permissions(&ci, std::fs::Permissions::from_mode(0o755))?;
        }
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
set -uo pipefail
source "$HOME/.cargo/env"
cd /autograder/source/workbook
cargo xtask grade /autograder/submission --one --fresh --out /autograder/results/grading
cp /autograder/results/grading/gradescope/submission.json /autograder/results/results.json
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
    let files = handout_files(workbook)?;
    for (name, bytes) in &files {
        let options = if name.ends_with(".ci/run") {
            executable
        } else {
            plain
        };
        zip.start_file(format!("workbook/{name}"), options)?;
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
