//! Grading a class: one submission per student, graded by the same engine
//! that checks a learner's exercise, from the canonical workbook.
//!
//! For each student: the submission is staged ([`intake`]) without writing
//! into it; only the files each manifest lists as editable are taken from it,
//! and everything else comes from the workbook. What the student changed or
//! added among the canonical files, and what their own code does that a
//! reviewer should look at, becomes a [`Flag`], never a penalty. Builds and
//! tests run in a [`crate::process::Sandbox`]. The result is a
//! [`StudentResult`], written as soon as it is known ([`outputs`]).

pub mod handout;
pub mod intake;
pub mod outputs;
pub mod pipeline;
mod report;
pub mod similarity;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Result;
use serde::{Deserialize, Serialize};

use crate::assemble::{EditableFiles, Source};
use crate::engine::{self, Options, Report, Status};
use crate::process::Sandbox;
use crate::workbook::{Exercise, ExerciseId, Workbook};

/// Something a reviewer should look at. Flags never change a score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flag {
    /// The exercise it concerns, if any.
    pub exercise: Option<ExerciseId>,
    pub kind: FlagKind,
    pub path: String,
    pub message: String,
    /// The line of the student's code it points at, when it points at one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub code: String,
}

impl Flag {
    /// A flag that marks a score taken away, not just something to look at.
    pub fn is_forged(&self) -> bool {
        self.kind == FlagKind::ForgedResult
    }
}

/// What a flag is about. Written in results and reports as its short, stable
/// kebab-case name (`changed-canonical`, `process-exit`, ...), for sorting
/// and filtering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FlagKind {
    /// A pass the test harness did not write: the one flag that is never harmless.
    ForgedResult,
    /// A workbook file the submission changed; the workbook's copy was used.
    ChangedCanonical,
    /// Test files the submission deleted; the workbook's copies were used.
    DeletedCanonical,
    /// A file where only the workbook's files belong; it was not used.
    AddedFile,
    ProcessExit,
    IncludeFile,
    ModulePath,
    CfgLoom,
    Filesystem,
    Environment,
    Assembly,
    RawOutput,
    ForeignCode,
    Unsafe,
}

impl FlagKind {
    /// The name results and reports use.
    pub fn as_str(self) -> &'static str {
        match self {
            FlagKind::ForgedResult => "forged-result",
            FlagKind::ChangedCanonical => "changed-canonical",
            FlagKind::DeletedCanonical => "deleted-canonical",
            FlagKind::AddedFile => "added-file",
            FlagKind::ProcessExit => "process-exit",
            FlagKind::IncludeFile => "include-file",
            FlagKind::ModulePath => "module-path",
            FlagKind::CfgLoom => "cfg-loom",
            FlagKind::Filesystem => "filesystem",
            FlagKind::Environment => "environment",
            FlagKind::Assembly => "assembly",
            FlagKind::RawOutput => "raw-output",
            FlagKind::ForeignCode => "foreign-code",
            FlagKind::Unsafe => "unsafe",
        }
    }
}

impl std::fmt::Display for FlagKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StudentResult {
    /// The submission's name in the submissions folder.
    pub entry: String,
    pub student_id: String,
    pub name: String,
    /// One report per exercise, in workbook order.
    pub exercises: Vec<Report>,
    pub total: f64,
    pub max: f64,
    pub flags: Vec<Flag>,
    /// Why the submission, or parts of it, could not be graded.
    pub errors: Vec<String>,
    /// What isolation the code ran under.
    pub isolation: String,
    pub seconds: f64,
    /// Per exercise the student worked on, the winnowed fingerprints of their
    /// own code (`similarity.rs`), kept so that shards can be compared.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fingerprints: BTreeMap<ExerciseId, Vec<u64>>,
}

impl StudentResult {
    /// A student with nothing graded yet: no points out of the workbook's maximum.
    pub fn empty(workbook: &Workbook, student: &Student) -> StudentResult {
        StudentResult {
            entry: student.entry.clone(),
            student_id: student.id.clone(),
            name: student.name.clone(),
            exercises: Vec::new(),
            total: 0.0,
            max: workbook
                .exercises()
                .map(|e| f64::from(e.manifest.points))
                .sum(),
            flags: Vec::new(),
            errors: Vec::new(),
            isolation: String::new(),
            seconds: 0.0,
            fingerprints: BTreeMap::new(),
        }
    }
}

/// Who a submission belongs to.
#[derive(Debug, Clone, Default)]
pub struct Student {
    pub entry: String,
    pub id: String,
    pub name: String,
}

/// Grades one submission. `slot` names the worker's scratch space, which is
/// reused student after student so the build cache does not grow.
pub fn grade_student(
    workbook: &Workbook,
    facts: &Facts,
    student: &Student,
    submission: Option<&Path>,
    slot: usize,
    sandbox: &Sandbox,
    compile_untouched: bool,
) -> Result<StudentResult> {
    let started = Instant::now();
    let mut result = StudentResult::empty(workbook, student);
    result.isolation = sandbox.description.clone();
    let Some(submission) = submission else {
        result
            .errors
            .push("no submission was found for this student".into());
        result.exercises = workbook
            .exercises()
            .map(|e| not_graded(e, "no submission"))
            .collect();
        return Ok(result);
    };
    let staging = workbook
        .scratch_dir()
        .join("grade-staging")
        .join(slot.to_string());
    let staged = intake::stage(submission, &staging)?;
    result.errors.extend(staged.errors);
    let Some(root) = staged.root else {
        result.exercises = workbook
            .exercises()
            .map(|e| not_graded(e, "the submission could not be taken in"))
            .collect();
        result.seconds = started.elapsed().as_secs_f64();
        return Ok(result);
    };
    result.flags.extend(tamper_flags(workbook, facts, &root));
    let options = Options {
        scratch: format!("grade-{slot}"),
        shortcut_untouched: !compile_untouched,
        loom: true,
        sandbox: Some(sandbox.clone()),
        audit: false,
    };
    for exercise in workbook.exercises() {
        let dir = root.join("exercises").join(exercise.id.as_str());
        if let Ok(files) = EditableFiles::read(exercise, &dir) {
            result.flags.extend(scan(facts, exercise, &files));
            let given = facts.exercise(exercise);
            if given.starter.as_ref().is_some_and(|s| *s != files) {
                result.fingerprints.insert(
                    exercise.id.clone(),
                    similarity::own_fingerprints(&files, &given.starter_prints),
                );
            }
        }
        let report = engine::grade(workbook, exercise, &Source::Dir(dir), &options, &mut |_| {})?;
        result.flags.extend(forged_results(&report));
        result.exercises.push(report);
    }
    result.total = result.exercises.iter().map(|r| r.score).sum();
    result.seconds = started.elapsed().as_secs_f64();
    Ok(result)
}

/// A flag for every test whose pass the code under test printed itself.
fn forged_results(report: &Report) -> Vec<Flag> {
    report
        .tests
        .iter()
        .filter(|t| t.forged)
        .map(|t| Flag {
            exercise: Some(report.exercise.clone()),
            kind: FlagKind::ForgedResult,
            path: format!("exercises/{}", report.exercise),
            message: format!(
                "{}: the code printed a pass for `{}` that the test harness did not write, and ended \
                 the test early; the test scored 0",
                report.exercise, t.name
            ),
            code: String::new(),
        })
        .collect()
}

fn not_graded(exercise: &Exercise, why: &str) -> Report {
    Report {
        exercise: exercise.id.clone(),
        source: String::new(),
        status: Status::Missing,
        build_errors: why.to_owned(),
        tests: Vec::new(),
        passed: 0,
        total: engine::expected_tests(exercise).map_or(0, |t| t.values().map(Vec::len).sum()),
        score: 0.0,
        max_score: f64::from(exercise.manifest.points),
        seconds: 0.0,
        digest: String::new(),
        unlisted_tests: Vec::new(),
    }
}

/// What grading any submission needs to know about the workbook, gathered
/// once per run instead of once per student: the canonical files a
/// submission might carry, and for each exercise its starter (with that
/// starter's fingerprints) and whether its reference solution needs `unsafe`.
pub struct Facts {
    /// `(relative path, contents)` of every canonical file, by path.
    canonical: BTreeMap<String, Option<Vec<u8>>>,
    exercises: BTreeMap<ExerciseId, ExerciseFacts>,
}

struct ExerciseFacts {
    starter: Option<EditableFiles>,
    starter_prints: BTreeSet<u64>,
    solution_uses_unsafe: bool,
}

impl Facts {
    pub fn gather(workbook: &Workbook) -> Facts {
        let canonical = canonical_files(workbook)
            .into_iter()
            .map(|(rel, path)| (rel, std::fs::read(path).ok()))
            .collect();
        let exercises = workbook
            .exercises()
            .map(|exercise| {
                let starter = EditableFiles::read(exercise, &exercise.starter_dir()).ok();
                let starter_prints = starter
                    .as_ref()
                    .map(similarity::fingerprints)
                    .unwrap_or_default();
                // No solution to compare with: `unsafe` is never flagged.
                let solution_uses_unsafe = EditableFiles::read(
                    exercise,
                    &workbook.solution_dir(exercise),
                )
                .map_or(true, |s| {
                    s.0.values()
                        .any(|bytes| String::from_utf8_lossy(bytes).contains("unsafe"))
                });
                let facts = ExerciseFacts {
                    starter,
                    starter_prints,
                    solution_uses_unsafe,
                };
                (exercise.id.clone(), facts)
            })
            .collect();
        Facts {
            canonical,
            exercises,
        }
    }

    fn exercise(&self, exercise: &Exercise) -> &ExerciseFacts {
        &self.exercises[&exercise.id]
    }
}

/// The workbook's canonical files that a submission might carry, by relative path.
fn canonical_files(workbook: &Workbook) -> Vec<(String, PathBuf)> {
    let mut files = Vec::new();
    for name in [
        "Cargo.toml",
        "Cargo.lock",
        "rust-toolchain.toml",
        ".cargo/config.toml",
    ] {
        files.push((name.to_owned(), workbook.root.join(name)));
    }
    let mut walk = |dir: &Path, prefix: &str, skip: &dyn Fn(&str) -> bool| {
        let relative = |path: &Path| {
            path.strip_prefix(dir)
                .unwrap_or(path)
                .to_string_lossy()
                .into_owned()
        };
        let entries = walkdir::WalkDir::new(dir)
            .min_depth(1)
            .into_iter()
            .filter_entry(|entry| !skip(&relative(entry.path())))
            .flatten();
        for entry in entries.filter(|e| !e.file_type().is_dir()) {
            files.push((
                format!("{prefix}{}", relative(entry.path())),
                entry.into_path(),
            ));
        }
    };
    walk(&workbook.root.join("support"), "support/", &|rel| {
        rel.starts_with("target")
    });
    for exercise in workbook.exercises() {
        let editable = &exercise.manifest.editable;
        walk(
            &exercise.dir,
            &format!("exercises/{}/", exercise.id),
            &|rel| rel.starts_with("target") || editable.iter().any(|e| e == rel),
        );
    }
    files
}

/// Canonical files the submission changed, and files it added where only
/// canonical files belong. None of them is used.
pub fn tamper_flags(workbook: &Workbook, facts: &Facts, root: &Path) -> Vec<Flag> {
    let mut flags = Vec::new();
    let known: BTreeSet<&str> = facts.canonical.keys().map(String::as_str).collect();
    let mut deleted: BTreeMap<ExerciseId, Vec<String>> = BTreeMap::new();
    for (rel, ours) in &facts.canonical {
        let Ok(theirs) = std::fs::read(root.join(rel)) else {
            // A test deleted from an exercise the submission otherwise carries whole.
            if let Some(exercise) = exercise_of(rel)
                && rel.contains("/tests/")
                && root
                    .join("exercises")
                    .join(exercise.as_str())
                    .join("Cargo.toml")
                    .is_file()
            {
                deleted.entry(exercise).or_default().push(rel.clone());
            }
            continue;
        };
        if ours.as_ref().is_some_and(|ours| *ours != theirs) {
            flags.push(Flag {
                exercise: exercise_of(rel),
                kind: FlagKind::ChangedCanonical,
                path: rel.clone(),
                message: format!("changed {rel}; the workbook's own copy was used"),
                code: String::new(),
            });
        }
    }
    for (exercise, files) in deleted {
        flags.push(Flag {
            exercise: Some(exercise.clone()),
            kind: FlagKind::DeletedCanonical,
            path: format!("exercises/{exercise}/tests"),
            message: format!(
                "deleted {} test file(s) of {exercise} ({}); the workbook's own copies were used",
                files.len(),
                files.join(", ")
            ),
            code: String::new(),
        });
    }
    for exercise in workbook.exercises() {
        let dir = root.join("exercises").join(exercise.id.as_str());
        // Links are not followed: a submission's link to `/` is one added file.
        let files = walkdir::WalkDir::new(&dir)
            .min_depth(1)
            .into_iter()
            .flatten();
        for entry in files.filter(|e| !e.file_type().is_dir()) {
            let path = entry.path();
            let rel = format!(
                "exercises/{}/{}",
                exercise.id,
                path.strip_prefix(&dir).unwrap_or(path).to_string_lossy()
            );
            let editable = exercise
                .manifest
                .editable
                .iter()
                .any(|e| rel.ends_with(&format!("/{e}")));
            if !editable && !known.contains(rel.as_str()) {
                flags.push(Flag {
                    exercise: Some(exercise.id.clone()),
                    kind: FlagKind::AddedFile,
                    path: rel.clone(),
                    message: format!(
                        "added {rel}, which is not one of the files to edit; it was not used"
                    ),
                    code: String::new(),
                });
            }
        }
    }
    for name in [
        "rust-toolchain",
        "build.rs",
        ".cargo/config",
        ".cargo/config.toml",
    ] {
        if root.join(name).is_file() && !known.contains(name) {
            flags.push(Flag {
                exercise: None,
                kind: FlagKind::AddedFile,
                path: name.into(),
                message: format!("added {name}; it was not used"),
                code: String::new(),
            });
        }
    }
    flags
}

fn exercise_of(rel: &str) -> Option<ExerciseId> {
    let mut parts = rel.strip_prefix("exercises/")?.split('/');
    Some(ExerciseId::new(parts.next()?, parts.next()?))
}

/// What a reviewer should look at in the learner's own code.
const SUSPICIOUS: &[(&str, FlagKind, &str)] = &[
    (
        "process::exit",
        FlagKind::ProcessExit,
        "calls std::process::exit, which ends a test before it can fail",
    ),
    (
        "process::abort",
        FlagKind::ProcessExit,
        "calls std::process::abort",
    ),
    (
        "include_str!",
        FlagKind::IncludeFile,
        "includes a file's text at compile time",
    ),
    (
        "include_bytes!",
        FlagKind::IncludeFile,
        "includes a file's bytes at compile time",
    ),
    (
        "include!",
        FlagKind::IncludeFile,
        "includes another file's code at compile time",
    ),
    (
        "#[path",
        FlagKind::ModulePath,
        "points a module at another file with #[path]",
    ),
    (
        "cfg(loom)",
        FlagKind::CfgLoom,
        "behaves differently under loom than in ordinary tests",
    ),
    (
        "cfg!(loom)",
        FlagKind::CfgLoom,
        "behaves differently under loom than in ordinary tests",
    ),
    (
        "cfg(not(loom))",
        FlagKind::CfgLoom,
        "behaves differently under loom than in ordinary tests",
    ),
    ("std::fs", FlagKind::Filesystem, "uses the file system"),
    ("fs::", FlagKind::Filesystem, "uses the file system"),
    (
        "std::env",
        FlagKind::Environment,
        "reads or changes the environment",
    ),
    (
        "env::",
        FlagKind::Environment,
        "reads or changes the environment",
    ),
    ("asm!", FlagKind::Assembly, "contains inline assembly"),
    (
        "io::stdout",
        FlagKind::RawOutput,
        "writes to the raw standard output, which could imitate the test harness",
    ),
    ("libc::", FlagKind::ForeignCode, "calls into libc directly"),
    (
        "extern \"C\"",
        FlagKind::ForeignCode,
        "declares foreign functions",
    ),
    (
        "#[no_mangle]",
        FlagKind::ForeignCode,
        "exports unmangled symbols",
    ),
];

/// Flags for one exercise's editable files.
pub fn scan(facts: &Facts, exercise: &Exercise, files: &EditableFiles) -> Vec<Flag> {
    let solution_uses_unsafe = facts.exercise(exercise).solution_uses_unsafe;
    let mut flags = Vec::new();
    for (name, bytes) in &files.0 {
        let text = String::from_utf8_lossy(bytes);
        let path = format!("exercises/{}/{name}", exercise.id);
        let mut seen = BTreeSet::new();
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            let mut found: Vec<(FlagKind, String)> = SUSPICIOUS
                .iter()
                .filter(|(needle, _, _)| code.contains(needle))
                .map(|(_, kind, what)| (*kind, (*what).to_owned()))
                .collect();
            if !solution_uses_unsafe
                && code
                    .split(|c: char| !c.is_alphanumeric() && c != '_')
                    .any(|w| w == "unsafe")
            {
                found.push((
                    FlagKind::Unsafe,
                    "uses `unsafe`, which this exercise does not need".into(),
                ));
            }
            for (kind, what) in found {
                if seen.insert(kind) {
                    flags.push(Flag {
                        exercise: Some(exercise.id.clone()),
                        kind,
                        path: format!("{path}:{}", number + 1),
                        message: format!("{path}:{} {what}", number + 1),
                        code: line.trim().to_owned(),
                    });
                }
            }
        }
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What every student is compared with: each exercise's starter and the
    /// workbook's own files, never an editable file (those are the student's).
    #[test]
    fn facts_hold_every_starter_and_no_editable_file() {
        let workbook = Workbook::locate().unwrap();
        let started = Instant::now();
        let facts = Facts::gather(&workbook);
        eprintln!("gathered in {:?}", started.elapsed());
        assert!(facts.canonical["Cargo.lock"].is_some());
        for exercise in workbook.exercises() {
            let given = facts.exercise(exercise);
            assert!(given.starter.is_some(), "{}", exercise.id);
            for file in &exercise.manifest.editable {
                let rel = format!("exercises/{}/{file}", exercise.id);
                assert!(!facts.canonical.contains_key(&rel), "{rel}");
            }
            assert!(
                facts
                    .canonical
                    .contains_key(&format!("exercises/{}/Cargo.toml", exercise.id)),
                "{}",
                exercise.id
            );
        }
    }

    /// Results name a flag by its serialised form and reports by `as_str`: the two agree.
    #[test]
    fn a_flag_kind_is_written_as_its_name() {
        use FlagKind::*;
        for kind in [
            ForgedResult,
            ChangedCanonical,
            DeletedCanonical,
            AddedFile,
            ProcessExit,
            IncludeFile,
            ModulePath,
            CfgLoom,
            Filesystem,
            Environment,
            Assembly,
            RawOutput,
            ForeignCode,
            Unsafe,
        ] {
            let written = serde_json::to_string(&kind).unwrap();
            assert_eq!(written, format!("\"{kind}\""));
            assert_eq!(serde_json::from_str::<FlagKind>(&written).unwrap(), kind);
        }
    }
}
