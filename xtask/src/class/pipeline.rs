//! The class pipeline: which students a request names (the submissions
//! folder, a roster, a shard), a pool of workers that grade them in parallel
//! (`class::grade_student` each, in slots whose scratch space is reused, so
//! the build cache stays the size of one student per worker), results written
//! the moment they are known so an interrupted run resumes, and the merge of
//! shards. `cmd/grade.rs` is its front; `cmd/bench.rs` times it.

use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context, Result, bail};

use super::{Student, StudentResult, outputs};
use crate::process::Sandbox;
use crate::workbook::Workbook;

/// What the pipeline is doing, as it happens.
#[derive(Debug, Clone, Copy)]
pub enum ClassEvent<'a> {
    /// A one-time download before grading: a progress line.
    Setup(&'a str),
    Started {
        todo: usize,
        total: usize,
        resumed: usize,
        jobs: usize,
        isolation: &'a str,
    },
    /// A worker took this submission.
    Grading(&'a str),
    /// Its result is written.
    Graded(&'a str),
}

/// How a run ended.
pub struct ClassOutcome {
    /// Students in the output folder, this run's and earlier ones'.
    pub graded: usize,
    /// What failed because of the machine or the output folder, not a student.
    pub failures: Vec<String>,
}

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

/// Grades every student `request` names, `jobs` at a time, writing each
/// result the moment it is known and then the class's outputs. It reports
/// what it does through `on_event`, from several threads.
pub fn grade_class(
    workbook: &Workbook,
    request: &Request,
    on_event: &(dyn Fn(ClassEvent<'_>) + Sync),
) -> Result<ClassOutcome> {
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
    crate::setup::ensure_fetched(workbook, &mut |line| on_event(ClassEvent::Setup(line)))?;
    let jobs = request
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    on_event(ClassEvent::Started {
        todo: todo.len(),
        total,
        resumed,
        jobs,
        isolation: &sandbox.description,
    });
    let queue = Mutex::new(todo);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for slot in 0..jobs {
            let sandbox =
                sandbox.with_process_cap(&format!("{}-slot-{slot}", std::process::id()), 512);
            let (queue, failures) = (&queue, &failures);
            scope.spawn(move || {
                let sandbox = &sandbox;
                loop {
                    let Some((student, path)) = queue.lock().expect("queue").pop_front() else {
                        break;
                    };
                    on_event(ClassEvent::Grading(&student.entry));
                    let graded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        super::grade_student(
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
                    on_event(ClassEvent::Graded(&student.entry));
                }
            });
        }
    });
    let results = outputs::load_students(&request.out)?;
    outputs::write_all(workbook, &request.out, &results)?;
    Ok(ClassOutcome {
        graded: results.len(),
        failures: failures.into_inner().expect("failures"),
    })
}

fn failed_student(workbook: &Workbook, student: &Student, why: String) -> StudentResult {
    let mut result = StudentResult::empty(workbook, student);
    result.errors.push(why);
    result
}

/// Joins the result folders of shards into `out` and writes the class's
/// outputs there; returns how many students it holds.
pub fn merge(workbook: &Workbook, out: &Path, parts: &[PathBuf]) -> Result<usize> {
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
    Ok(results.len())
}
