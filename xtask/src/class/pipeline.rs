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
#[derive(Debug, Clone)]
pub enum ClassEvent<'a> {
    /// A one-time download before grading: a progress line.
    Setup(&'a str),
    Started {
        todo: usize,
        total: usize,
        resumed: usize,
        jobs: usize,
        isolation: &'a str,
        /// Which slice of the class, and what said so.
        shard: Option<String>,
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

/// A scratch slot (`grade-<index>`, `grade-staging/<index>`) this process
/// holds: an exclusive lock on `target/workbook/grade-slots/<index>.lock`,
/// released when dropped (or when the process dies). The lowest free index
/// is taken, so a slot's build cache stays warm from one run to the next.
struct ScratchSlot {
    index: usize,
    _lock: std::fs::File,
}

impl ScratchSlot {
    fn take(workbook: &Workbook) -> Result<ScratchSlot> {
        let dir = workbook.scratch_dir().join("grade-slots");
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create {}", dir.display()))?;
        for index in 0.. {
            let path = dir.join(format!("{index}.lock"));
            let file = std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path)
                .with_context(|| format!("cannot open {}", path.display()))?;
            match file.try_lock() {
                Ok(()) => return Ok(ScratchSlot { index, _lock: file }),
                Err(std::fs::TryLockError::WouldBlock) => continue,
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(e).with_context(|| format!("cannot lock {}", path.display()));
                }
            }
        }
        unreachable!("some slot index is free")
    }
}

/// Which slice of the class this run grades, `(K, N, where it came from)`
/// with 1 ≤ K ≤ N: `--shard K/N`; else `WORKBOOK_SHARD=K/N`; else the batch
/// system's own variables: a Slurm job array (`SLURM_ARRAY_TASK_ID`,
/// `SLURM_ARRAY_TASK_COUNT`, `SLURM_ARRAY_TASK_MIN`), a Kubernetes Indexed Job
/// (`JOB_COMPLETION_INDEX`, 0-based, with `WORKBOOK_SHARD_COUNT`, since
/// Kubernetes does not say how many completions there are), or any 0-based
/// index (`WORKBOOK_SHARD_INDEX` with `WORKBOOK_SHARD_COUNT`, which a GitHub
/// Actions matrix sets from `strategy.job-index` and `strategy.job-total`).
pub fn shard_of(
    flag: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Option<(usize, usize, String)>> {
    if let Some(text) = flag {
        let (k, n) = parse_shard(text)?;
        return Ok(Some((k, n, "--shard".into())));
    }
    if let Some(text) = env("WORKBOOK_SHARD") {
        let (k, n) = parse_shard(&text).context("in WORKBOOK_SHARD")?;
        return Ok(Some((k, n, "WORKBOOK_SHARD".into())));
    }
    let number = |key: &str| -> Result<Option<usize>> {
        env(key)
            .map(|v| {
                v.trim()
                    .parse::<usize>()
                    .with_context(|| format!("{key}={v} is not a whole number"))
            })
            .transpose()
    };
    let zero_based =
        |index: usize, count: usize, source: &str| -> Result<Option<(usize, usize, String)>> {
            if index >= count {
                bail!("{source}: shard index {index} is not below the number of shards {count}");
            }
            Ok(Some((index + 1, count, source.to_owned())))
        };
    if let (Some(id), Some(count)) = (
        number("SLURM_ARRAY_TASK_ID")?,
        number("SLURM_ARRAY_TASK_COUNT")?,
    ) {
        let min = number("SLURM_ARRAY_TASK_MIN")?.unwrap_or(0);
        let step = number("SLURM_ARRAY_TASK_STEP")?.unwrap_or(1).max(1);
        let index = id.checked_sub(min).map(|i| i / step).with_context(|| {
            format!("SLURM_ARRAY_TASK_ID={id} is below SLURM_ARRAY_TASK_MIN={min}")
        })?;
        return zero_based(index, count, "a Slurm job array");
    }
    let count = number("WORKBOOK_SHARD_COUNT")?;
    for (key, source) in [
        ("JOB_COMPLETION_INDEX", "a Kubernetes Indexed Job"),
        ("WORKBOOK_SHARD_INDEX", "WORKBOOK_SHARD_INDEX"),
    ] {
        if let Some(index) = number(key)? {
            let Some(count) = count else {
                bail!(
                    "{key} is set but not the number of shards: set WORKBOOK_SHARD_COUNT to it \
                     (for a Kubernetes Indexed Job, its completions)"
                );
            };
            return zero_based(index, count, source);
        }
    }
    Ok(None)
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
    let shard = shard_of(request.shard.as_deref(), &|key| std::env::var(key).ok())?;
    if let Some((k, n, _)) = &shard {
        let (k, n) = (*k, *n);
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
        shard: shard
            .as_ref()
            .map(|(k, n, from)| format!("shard {k} of {n} (from {from})")),
    });
    let facts = &super::Facts::gather(workbook);
    let queue = Mutex::new(todo);
    let failures = Mutex::new(Vec::new());
    // Each worker holds a scratch slot of its own for the whole run, locked
    // against every other grader on this machine (shards of one class, a
    // second `grade`), so no two ever build or stage in the same folder.
    let mut slots = Vec::new();
    for _ in 0..jobs {
        slots.push(ScratchSlot::take(workbook)?);
    }
    std::thread::scope(|scope| {
        for held in &slots {
            let slot = held.index;
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
                            facts,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn shard(flag: Option<&str>, vars: &[(&str, &str)]) -> Result<Option<(usize, usize, String)>> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| ((*k).into(), (*v).into()))
            .collect();
        shard_of(flag, &|key| {
            vars.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
        })
    }

    fn slice(flag: Option<&str>, vars: &[(&str, &str)]) -> Option<(usize, usize)> {
        shard(flag, vars).unwrap().map(|(k, n, _)| (k, n))
    }

    #[test]
    fn two_graders_never_share_a_scratch_slot() {
        let workbook = Workbook::locate().unwrap();
        let first = ScratchSlot::take(&workbook).unwrap();
        let second = ScratchSlot::take(&workbook).unwrap();
        assert_ne!(first.index, second.index);
        let index = first.index;
        drop(first);
        let third = ScratchSlot::take(&workbook).unwrap();
        assert!(third.index <= index.max(second.index));
        assert_ne!(third.index, second.index);
    }

    #[test]
    fn shards_come_from_the_flag_or_the_batch_systems_variables() {
        assert_eq!(slice(None, &[]), None);
        assert_eq!(
            slice(Some("2/4"), &[("WORKBOOK_SHARD", "1/4")]),
            Some((2, 4))
        );
        assert_eq!(slice(None, &[("WORKBOOK_SHARD", "3/3")]), Some((3, 3)));
        // Slurm: `--array=0-3` and `--array=1-4` both make four shards.
        let slurm = |id: &str, min: &str| {
            slice(
                None,
                &[
                    ("SLURM_ARRAY_TASK_ID", id),
                    ("SLURM_ARRAY_TASK_COUNT", "4"),
                    ("SLURM_ARRAY_TASK_MIN", min),
                ],
            )
        };
        assert_eq!(slurm("0", "0"), Some((1, 4)));
        assert_eq!(slurm("4", "1"), Some((4, 4)));
        // `--array=1-9:4` runs tasks 1, 5 and 9.
        assert_eq!(
            slice(
                None,
                &[
                    ("SLURM_ARRAY_TASK_ID", "9"),
                    ("SLURM_ARRAY_TASK_COUNT", "3"),
                    ("SLURM_ARRAY_TASK_MIN", "1"),
                    ("SLURM_ARRAY_TASK_STEP", "4"),
                ]
            ),
            Some((3, 3))
        );
        assert_eq!(
            slice(
                None,
                &[("JOB_COMPLETION_INDEX", "2"), ("WORKBOOK_SHARD_COUNT", "3")]
            ),
            Some((3, 3))
        );
        assert_eq!(
            slice(
                None,
                &[("WORKBOOK_SHARD_INDEX", "0"), ("WORKBOOK_SHARD_COUNT", "2")]
            ),
            Some((1, 2))
        );
        for wrong in [
            vec![("JOB_COMPLETION_INDEX", "2")],
            vec![("JOB_COMPLETION_INDEX", "3"), ("WORKBOOK_SHARD_COUNT", "3")],
            vec![("WORKBOOK_SHARD", "5/4")],
            vec![
                ("SLURM_ARRAY_TASK_ID", "x"),
                ("SLURM_ARRAY_TASK_COUNT", "4"),
            ],
        ] {
            assert!(shard(None, &wrong).is_err(), "{wrong:?}");
        }
        let said = shard(None, &[("JOB_COMPLETION_INDEX", "2")])
            .unwrap_err()
            .to_string();
        assert!(said.contains("WORKBOOK_SHARD_COUNT"), "{said}");
    }
}
