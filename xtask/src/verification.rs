//! What `cargo xtask verify` finds: the author's check that the workbook is sound.
//!
//! For every exercise: the manifest agrees with the files; every compile-fail
//! case has a twin; the reference solution earns full marks (so every case is
//! rejected with it and every twin accepted); the untouched starter builds and
//! earns no points; the solution is clippy- and rustfmt-clean; the grader
//! fixtures give every test and compile-fail case a reason to exist; and what
//! rustc says about each compile-fail case with the reference solution matches
//! its trybuild snapshot. Sound verdicts are kept while nothing that decides
//! them changes. The book's own checks run as the `workbook-book` tool.
//! `cmd/verify.rs` prints; `cmd/bench.rs` times.

use std::time::Instant;

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

use crate::assemble::{EditableFiles, Source, test_targets};
use crate::engine::{self, Options, Report, Status};
use crate::fixtures;
use crate::process;
use crate::render;
use crate::workbook::{Exercise, Workbook};

/// What verify found for one exercise.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Verdict {
    pub id: String,
    pub solution: Option<Report>,
    pub starter: Option<Report>,
    pub problems: Vec<String>,
    pub seconds: f64,
}

pub fn verify_all(
    workbook: &Workbook,
    names: &[String],
    lint: bool,
    progress: &mut dyn FnMut(&str),
) -> Result<Vec<Verdict>> {
    let exercises = workbook.select(names)?;
    let mut verdicts = Vec::new();
    if names.is_empty() {
        let mut problems = check_folders(workbook);
        if !problems.is_empty() {
            problems
                .iter_mut()
                .for_each(|p| *p = format!("exercises/: {p}"));
            verdicts.push(Verdict {
                id: "(workbook)".into(),
                solution: None,
                starter: None,
                problems,
                seconds: 0.0,
            });
        }
    }
    let cache = VerdictCache::open(workbook)?;
    for exercise in exercises {
        let key = cache.key(workbook, exercise, lint)?;
        if let Some(verdict) = cache.load(exercise, &key) {
            progress(&format!(
                "{}: unchanged since it was last verified sound",
                exercise.id
            ));
            verdicts.push(verdict);
            continue;
        }
        progress(&format!("verifying {} …", exercise.id));
        let verdict = verify_one(workbook, exercise, lint)?;
        if verdict.problems.is_empty() {
            cache.store(exercise, &key, &verdict);
        }
        verdicts.push(verdict);
    }
    Ok(verdicts)
}

/// Sound verdicts, kept under `target/workbook/verify-cache/` with a digest of
/// everything that decides them: this runner's own executable, the
/// toolchain, `Cargo.lock`, `support/`, the exercise's folder, its solution
/// and its fixtures, and whether clippy ran. A warm `verify` after an edit
/// re-verifies only what the edit can change. `WORKBOOK_VERIFY_CACHE=off`
/// (or `TRYBUILD=overwrite`, which rewrites snapshots) verifies everything;
/// only sound verdicts are kept, so a problem is always shown afresh.
struct VerdictCache {
    dir: std::path::PathBuf,
    /// The digest of what every verdict shares: runner, toolchain, lock, support.
    shared: Option<String>,
}

impl VerdictCache {
    fn open(workbook: &Workbook) -> Result<VerdictCache> {
        let dir = workbook.scratch_dir().join("verify-cache");
        let off = std::env::var_os("WORKBOOK_VERIFY_CACHE").is_some_and(|v| v == "off")
            || std::env::var_os("TRYBUILD").is_some_and(|v| v == "overwrite");
        if off {
            return Ok(VerdictCache { dir, shared: None });
        }
        let mut hasher = Sha256::new();
        let runner = std::env::current_exe().and_then(std::fs::read);
        let toolchain = engine::cargo_command()
            .args(["--version", "--verbose"])
            .output();
        let rustc =
            std::process::Command::new(std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()))
                .arg("-vV")
                .output();
        let (Ok(runner), Ok(toolchain), Ok(rustc)) = (runner, toolchain, rustc) else {
            // Nothing to key on: verify everything.
            return Ok(VerdictCache { dir, shared: None });
        };
        hasher.update(b"verify-cache-1\0");
        hasher.update(Sha256::digest(&runner));
        hasher.update(&toolchain.stdout);
        hasher.update(&rustc.stdout);
        // The checking mode's seed changes which waits return early.
        hasher.update(
            std::env::var("WORKBOOK_SEED")
                .unwrap_or_default()
                .as_bytes(),
        );
        hash_file(&mut hasher, &workbook.root.join("Cargo.lock"))?;
        hash_tree(&mut hasher, &workbook.root.join("support"))?;
        Ok(VerdictCache {
            dir,
            shared: Some(format!("{:x}", hasher.finalize())),
        })
    }

    fn key(&self, workbook: &Workbook, exercise: &Exercise, lint: bool) -> Result<Option<String>> {
        let Some(shared) = &self.shared else {
            return Ok(None);
        };
        let mut hasher = Sha256::new();
        hasher.update(shared.as_bytes());
        hasher.update([u8::from(lint)]);
        hash_tree(&mut hasher, &exercise.dir)?;
        hash_tree(&mut hasher, &workbook.solution_dir(exercise))?;
        hash_tree(
            &mut hasher,
            &fixtures::root(workbook).join(exercise.id.as_str()),
        )?;
        Ok(Some(format!("{:x}", hasher.finalize())))
    }

    fn path(&self, exercise: &Exercise) -> std::path::PathBuf {
        self.dir.join(format!("{}.json", exercise.id.flat()))
    }

    fn load(&self, exercise: &Exercise, key: &Option<String>) -> Option<Verdict> {
        let key = key.as_ref()?;
        let text = std::fs::read_to_string(self.path(exercise)).ok()?;
        let (stored, verdict): (String, Verdict) = serde_json::from_str(&text).ok()?;
        // Nothing was run this time.
        (stored == *key).then_some(Verdict {
            seconds: 0.0,
            ..verdict
        })
    }

    /// Best effort: a verdict that cannot be kept is verified again next time.
    fn store(&self, exercise: &Exercise, key: &Option<String>, verdict: &Verdict) {
        let Some(key) = key else { return };
        let Ok(json) = serde_json::to_string(&(key, verdict)) else {
            return;
        };
        let _ = std::fs::create_dir_all(&self.dir);
        let _ = crate::store::write_atomically(&self.path(exercise), json.as_bytes());
    }
}

fn hash_file(hasher: &mut Sha256, path: &std::path::Path) -> Result<()> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    hasher.update((bytes.len() as u64).to_le_bytes());
    hasher.update(&bytes);
    Ok(())
}

/// Every file below `root` but build output, path and content; nothing for a
/// folder that does not exist.
fn hash_tree(hasher: &mut Sha256, root: &std::path::Path) -> Result<()> {
    if !root.is_dir() {
        hasher.update(b"absent\0");
        return Ok(());
    }
    let files = crate::assemble::read_tree(root, &|rel| !rel.starts_with("target"))?;
    for (rel, bytes) in files {
        let rel = rel.to_string_lossy();
        hasher.update((rel.len() as u64).to_le_bytes());
        hasher.update(rel.as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    Ok(())
}

/// Every exercise folder is listed in chapters.toml.
fn check_folders(workbook: &Workbook) -> Vec<String> {
    workbook
        .unlisted()
        .map(|e| {
            format!(
                "{} has a crate but exercises/chapters.toml does not list it",
                e.id
            )
        })
        .collect()
}

fn verify_one(workbook: &Workbook, exercise: &Exercise, lint: bool) -> Result<Verdict> {
    let started = Instant::now();
    let mut problems = check_manifest(workbook, exercise);
    let grade = |source: Source, scratch: &str| {
        let options = Options {
            scratch: scratch.into(),
            shortcut_untouched: false,
            loom: true,
            sandbox: None,
            audit: true,
        };
        engine::grade(workbook, exercise, &source, &options, &mut |_| {})
    };
    let solution = grade(Source::Solution, "solution")?;
    if !solution.solved() {
        if !solution.build_errors.is_empty() {
            problems.push(format!(
                "the reference solution does not build:\n{}",
                solution.build_errors
            ));
        }
        for test in solution.tests.iter().filter(|t| !t.passed) {
            problems.push(format!(
                "the reference solution fails {}:\n{}",
                test.name, test.message
            ));
        }
    }
    if !solution.unlisted_tests.is_empty() {
        problems.push(format!(
            "these tests exist but are not graded, because the runner could not read them from the \
             test sources (keep `#[test] fn` at the top level of the file): {}",
            solution.unlisted_tests.join(", ")
        ));
    }
    let starter = grade(Source::Starter, "starter")?;
    // A learner starts from the starter: its crate must compile, so the first
    // check shows failing tests, not a broken crate. (A test file may need
    // what the learner decides, such as a derive, before it compiles.)
    if starter.status != Status::Graded {
        problems.push(format!(
            "the untouched starter does not build; learners must start from a crate that \
             compiles:\n{}",
            starter.build_errors.trim_end()
        ));
    }
    if starter.score > 0.0 {
        let earned: Vec<&str> = starter
            .tests
            .iter()
            .filter(|t| t.passed)
            .map(|t| t.name.as_str())
            .collect();
        problems.push(format!(
            "the untouched starter earns {} points; these tests must fail on it: {}",
            render::points(starter.score),
            earned.join(", ")
        ));
    }
    if lint {
        problems.extend(lint_solution(workbook, exercise));
    }
    problems.extend(fixture_problems(workbook, exercise));
    problems.extend(crate::snapshots::check(workbook, exercise)?);
    Ok(Verdict {
        id: exercise.id.to_string(),
        solution: Some(solution),
        starter: Some(starter),
        problems,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// Tests and compile-fail cases that no wrong fixture gives a reason to exist
/// (see [`fixtures`]). A handout has no fixtures, and nothing to check.
fn fixture_problems(workbook: &Workbook, exercise: &Exercise) -> Vec<String> {
    if !fixtures::root(workbook).is_dir() {
        return Vec::new();
    }
    let found = match fixtures::of_exercise(workbook, exercise) {
        Ok(found) => found,
        Err(why) => return vec![why],
    };
    let tests: Vec<String> = engine::expected_tests(exercise)
        .unwrap_or_default()
        .into_iter()
        .flat_map(|(target, names)| names.into_iter().map(move |n| format!("{target}::{n}")))
        .collect();
    fixtures::coverage_problems(&tests, &found)
        .into_iter()
        .map(|p| format!("fixtures: {p}"))
        .collect()
}

/// The manifest and the files agree.
pub fn check_manifest(workbook: &Workbook, exercise: &Exercise) -> Vec<String> {
    let mut problems = Vec::new();
    let m = &exercise.manifest;
    if m.points == 0 {
        problems.push("exercise.toml: `points` is 0".into());
    }
    if m.hints.is_empty() {
        problems.push("exercise.toml: `hints` is empty; give at least one".into());
    }
    for (label, dir) in [
        ("working copy", exercise.dir.clone()),
        ("starter", exercise.starter_dir()),
        ("solution", workbook.solution_dir(exercise)),
    ] {
        if let Err(why) = EditableFiles::read(exercise, &dir) {
            problems.push(format!("{label}: {why}"));
        }
    }
    let starter = EditableFiles::read(exercise, &exercise.starter_dir()).ok();
    for (name, bytes) in starter.iter().flat_map(|s| &s.0) {
        let text = String::from_utf8_lossy(bytes);
        let page = format!("Book: book/src/{}", m.book);
        if !text.contains(&page) {
            problems.push(format!(
                "starter/{name} does not name its book page (`{page}`) in its header"
            ));
        }
    }
    let targets = match test_targets(&exercise.dir) {
        Ok(t) => t,
        Err(e) => {
            problems.push(format!("{e:#}"));
            return problems;
        }
    };
    let has_loom_tests = targets.iter().any(|(t, _)| t == "loom");
    if has_loom_tests != m.loom.is_some() {
        problems.push("tests/loom.rs and the manifest's [loom] table must come together".into());
    }
    let expected = engine::expected_tests(exercise).unwrap_or_default();
    for (target, names) in &expected {
        if names.is_empty() {
            problems.push(format!("tests/{target}.rs declares no test"));
        }
    }
    let ui = exercise.dir.join("tests/ui");
    let listed: Vec<String> = expected.get("compile_fail").cloned().unwrap_or_default();
    let files = |kind: &str| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(ui.join(kind))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                e.path()
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
            })
            .collect();
        names.sort();
        names
    };
    let (fails, passes) = (files("fail"), files("pass"));
    for case in &fails {
        if !passes.contains(case) {
            problems.push(format!(
                "tests/ui/fail/{case}.rs has no compile-pass twin tests/ui/pass/{case}.rs"
            ));
        }
        if !listed.contains(case) {
            problems.push(format!(
                "tests/ui/fail/{case}.rs is not listed in tests/compile_fail.rs, so it never runs"
            ));
        }
    }
    for case in &passes {
        if !fails.contains(case) {
            problems.push(format!(
                "tests/ui/pass/{case}.rs has no failing case tests/ui/fail/{case}.rs"
            ));
        }
    }
    for case in &listed {
        if !fails.contains(case) {
            problems.push(format!(
                "tests/compile_fail.rs lists `{case}` but tests/ui/fail/{case}.rs does not exist"
            ));
        }
    }
    problems
}

fn lint_solution(workbook: &Workbook, exercise: &Exercise) -> Vec<String> {
    let mut problems = Vec::new();
    let solution_dir = workbook.solution_dir(exercise);
    for file in &exercise.manifest.editable {
        let mut rustfmt = std::process::Command::new("rustfmt");
        rustfmt
            .args(["--check", "--edition", "2024"])
            .arg(solution_dir.join(file));
        match process::run(rustfmt, std::time::Duration::from_secs(60)) {
            Ok(done) if done.status.is_some_and(|s| s.success()) => {}
            Ok(done) => problems.push(format!(
                "rustfmt would change solutions/{}/{file}:\n{}",
                exercise.id,
                done.stdout.trim_end()
            )),
            Err(e) => problems.push(format!("cannot run rustfmt: {e:#}")),
        }
    }
    let Ok(files) = EditableFiles::read(exercise, &solution_dir) else {
        return problems;
    };
    let assembled = match crate::assemble::assemble(workbook, exercise, &files, "solution") {
        Ok(a) => a,
        Err(e) => return vec![format!("{e:#}")],
    };
    let mut clippy = engine::cargo_command();
    clippy
        .current_dir(&assembled.workspace)
        .args([
            "clippy",
            "--offline",
            "--quiet",
            "--lib",
            "--",
            "-D",
            "warnings",
        ])
        .env("CARGO_TARGET_DIR", workbook.scratch_dir().join("target"));
    match process::run(clippy, std::time::Duration::from_secs(600)) {
        Ok(done) if done.status.is_some_and(|s| s.success()) => {}
        Ok(done) => problems.push(format!(
            "clippy -D warnings rejects the solution:\n{}",
            done.stderr.trim_end()
        )),
        Err(e) => problems.push(format!("cannot run clippy: {e:#}")),
    }
    problems
}

/// The book's own checks (build, boxes, snippets, links), as problems for `verify`.
pub fn book_problems(workbook: &Workbook) -> Result<Vec<String>> {
    let mut command = crate::engine::cargo_command();
    command.current_dir(&workbook.root).args([
        "run",
        "--quiet",
        "-p",
        "workbook-book",
        "--",
        "check",
    ]);
    let done = crate::process::run(command, std::time::Duration::from_secs(1800))?;
    if done.status.is_some_and(|s| s.success()) {
        return Ok(Vec::new());
    }
    let listed: Vec<String> = done
        .stdout
        .split("\n- ")
        .skip(1)
        .map(|p| p.trim_end().to_owned())
        .collect();
    if listed.is_empty() {
        return Ok(vec![format!(
            "the book's check failed:\n{}{}",
            done.stdout, done.stderr
        )]);
    }
    Ok(listed)
}
