//! The grading engine: one exercise, one source, a verdict per test.
//!
//! It assembles the crate ([`crate::assemble`]), builds it once, runs each
//! canonical test target, then builds and runs the loom tests with `--cfg loom`
//! in their own release target directory. It reports what happens as
//! [`Event`]s, so a screen can show stages as they finish, and returns a
//! [`Report`]. It prints nothing: the learner's screen, `verify` and `grade`
//! are fronts over it.
//!
//! A test passes only when libtest reports it passed. Tests run one at a time
//! per test binary, with libtest's JSON events, under a per-test deadline:
//! a test that started and never reported (it hung, called
//! `std::process::exit`, aborted or crashed) fails with a message naming it,
//! its process group is killed, and the remaining tests run in a new process.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde::Serialize;

use crate::assemble::{self, EditableFiles, Source};
use crate::paths::LearnerPaths;
use crate::process;
use crate::rules;
use crate::setup::{self, SetupError};
use crate::workbook::{Exercise, Workbook};

/// How long one compile-fail case may take, its share of building all the
/// case programs included (each twin is also held to its own deadline).
const COMPILE_FAIL_TIMEOUT: Duration = Duration::from_secs(120);

/// How long a build may take; generous, because the first one compiles dependencies.
const BUILD_TIMEOUT: Duration = Duration::from_secs(900);

/// The kinds of check, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Build,
    Tests,
    CompileFail,
    Loom,
}

impl Stage {
    pub fn of_target(target: &str) -> Stage {
        match target {
            "loom" => Stage::Loom,
            "compile_fail" => Stage::CompileFail,
            _ => Stage::Tests,
        }
    }
    pub fn title(self) -> &'static str {
        match self {
            Stage::Build => "build",
            Stage::Tests => "tests",
            Stage::CompileFail => "compile-fail cases",
            Stage::Loom => "loom model checking",
        }
    }
}

#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct TestResult {
    /// `<target>::<test>`, e.g. `compile_fail::redeem_twice`.
    pub name: String,
    pub stage: Stage,
    pub passed: bool,
    /// Why it failed, for the learner; empty when it passed.
    pub message: String,
    pub points: f64,
    pub max_points: f64,
    pub seconds: f64,
    /// The pass was claimed by a line the test harness did not write (no
    /// witness with the process's secret, see `support/witness`): the test
    /// scores 0 and the class grader raises a flag.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub forged: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The editable files are the starter's, byte for byte; nothing was compiled.
    NotStarted,
    /// An editable file is missing or unreadable.
    Missing,
    /// The learner's crate does not compile.
    DoesNotBuild,
    /// The code uses a primitive the exercise forbids (`[rules]`); nothing was compiled.
    BreaksRules,
    /// Built and tested; see the tests.
    Graded,
}

#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Report {
    pub exercise: String,
    pub source: String,
    pub status: Status,
    /// The compiler's messages when something did not build, said once.
    pub build_errors: String,
    pub tests: Vec<TestResult>,
    pub passed: usize,
    pub total: usize,
    pub score: f64,
    pub max_score: f64,
    pub seconds: f64,
    /// Digest of the editable files that were graded.
    pub digest: String,
    /// Tests a binary contains that the canonical list read from the sources
    /// missed, so they were not graded. Always empty in a sound workbook.
    pub unlisted_tests: Vec<String>,
}

impl Report {
    pub fn solved(&self) -> bool {
        self.status == Status::Graded && self.total > 0 && self.passed == self.total
    }
}

/// What the engine is doing, as it happens.
#[derive(Debug)]
pub enum Event<'a> {
    StageStarted(Stage),
    BuildFailed(&'a str),
    Test(&'a TestResult),
    StageFinished,
    /// A test file does not compile against the learner's crate: its name and the errors.
    TestsDidNotBuild(&'a str, &'a str),
    /// The machine is being prepared (a one-time download): a progress line.
    Setup(&'a str),
}

#[derive(Debug, Clone)]
pub struct Options {
    /// Names the scratch workspace, so different sources build side by side.
    pub scratch: String,
    /// Report an untouched starter as not started without compiling it.
    pub shortcut_untouched: bool,
    /// Run the loom stage.
    pub loom: bool,
    /// Build and run inside this sandbox: for untrusted submissions.
    pub sandbox: Option<process::Sandbox>,
    /// Also ask each test binary for its full test list and report tests the
    /// canonical list missed (`verify`); off on the learner's and grader's paths.
    pub audit: bool,
}

/// Grades `exercise` with the editable files of `source`. Every path in what
/// it reports names the file the learner edits or reads, not its assembled
/// copy ([`LearnerPaths`]).
pub fn grade(
    workbook: &Workbook,
    exercise: &Exercise,
    source: &Source,
    options: &Options,
    on_event: &mut dyn FnMut(Event<'_>),
) -> Result<Report> {
    let paths = LearnerPaths::new(workbook, exercise, source, &options.scratch);
    let mut report = grade_assembled(workbook, exercise, source, options, &mut |event| {
        paths.forward(event, on_event)
    })?;
    paths.rewrite_report(&mut report);
    Ok(report)
}

fn grade_assembled(
    workbook: &Workbook,
    exercise: &Exercise,
    source: &Source,
    options: &Options,
    on_event: &mut dyn FnMut(Event<'_>),
) -> Result<Report> {
    let started = Instant::now();
    let declared = declared_tests(exercise)?;
    let docs = |target: &str| -> BTreeMap<String, String> {
        declared
            .get(target)
            .into_iter()
            .flatten()
            .map(|t| (t.name.clone(), t.doc.clone()))
            .collect()
    };
    let expected: BTreeMap<String, Vec<String>> = declared
        .iter()
        .map(|(target, tests)| {
            (
                target.clone(),
                tests.iter().map(|t| t.name.clone()).collect(),
            )
        })
        .collect();
    let mut report = Report {
        exercise: exercise.id.to_string(),
        source: source.label(),
        status: Status::Graded,
        build_errors: String::new(),
        tests: Vec::new(),
        passed: 0,
        total: expected.values().map(Vec::len).sum(),
        score: 0.0,
        max_score: f64::from(exercise.manifest.points),
        seconds: 0.0,
        digest: String::new(),
        unlisted_tests: Vec::new(),
    };
    let per_test = if report.total == 0 {
        0.0
    } else {
        report.max_score / report.total as f64
    };

    let editable = match EditableFiles::read(exercise, &source.dir(workbook, exercise)) {
        Ok(files) => files,
        Err(why) => {
            report.status = Status::Missing;
            report.build_errors = why;
            fail_all(
                &mut report,
                &expected,
                per_test,
                "not graded: an editable file is missing",
            );
            return Ok(finish(report, started));
        }
    };
    report.digest = editable.digest();
    if options.shortcut_untouched
        && let Ok(starter) = EditableFiles::read(exercise, &exercise.starter_dir())
        && starter == editable
    {
        report.status = Status::NotStarted;
        fail_all(
            &mut report,
            &expected,
            per_test,
            "not started: the file is still the starter",
        );
        return Ok(finish(report, started));
    }

    let forbidden = rules::forbidden_uses(&exercise.manifest.rules, &editable);
    if !forbidden.is_empty() {
        report.status = Status::BreaksRules;
        report.build_errors = rules::explain(&exercise.manifest.rules, &forbidden);
        fail_all(
            &mut report,
            &expected,
            per_test,
            "not run: your code uses a primitive this exercise rules out (see above)",
        );
        return Ok(finish(report, started));
    }
    if options.sandbox.is_none() {
        setup::ensure_fetched(workbook, &mut |line| on_event(Event::Setup(line)))?;
    } else if !setup::fetched(workbook) {
        // A sandbox has no network: the grader fetches before it enters one.
        return Err(SetupError {
            what: "the workbook's dependencies were not fetched before grading in the sandbox"
                .into(),
            detail: String::new(),
            fix: "call setup::ensure_fetched before grading with a sandbox".into(),
        }
        .into());
    }
    let assembled = assemble::assemble(workbook, exercise, &editable, &options.scratch)?;
    let normal_targets: Vec<&str> = expected
        .keys()
        .map(String::as_str)
        .filter(|t| Stage::of_target(t) != Stage::Loom)
        .collect();
    let target_dir = workbook.scratch_dir().join("target");

    on_event(Event::StageStarted(Stage::Build));
    let build = build_tests(
        workbook,
        &assembled,
        &normal_targets,
        &target_dir,
        false,
        options.sandbox.as_ref(),
    )?;
    on_event(Event::StageFinished);
    if !build.lib_errors.is_empty() {
        report.status = Status::DoesNotBuild;
        report.build_errors = build.lib_errors.join("\n");
        on_event(Event::BuildFailed(&report.build_errors));
        fail_all(
            &mut report,
            &expected,
            per_test,
            "not run: your crate does not build (see the compiler's messages)",
        );
        return Ok(finish(report, started));
    }

    // The compile-fail judge's programs are built here, where building may
    // write, so the test process (read-only in a grader's sandbox) only reads
    // the result, and their dependencies stay built from one run to the next.
    let prebuilt = if normal_targets.contains(&"compile_fail") {
        Some(build_cases(
            workbook,
            &assembled,
            &options.scratch,
            options.sandbox.as_ref(),
        )?)
    } else {
        None
    };

    let mut stages: Vec<Stage> = normal_targets.iter().map(|t| Stage::of_target(t)).collect();
    stages.sort();
    stages.dedup();
    for &stage in &stages {
        on_event(Event::StageStarted(stage));
    }
    let runs: Vec<TargetRun> = normal_targets
        .iter()
        .map(|&target| TargetRun {
            sandbox: options.sandbox.as_ref().map(process::Sandbox::for_tests),
            readable: [assembled.workspace.clone(), target_dir.clone()]
                .into_iter()
                .chain(prebuilt.iter().map(|p| p.scratch.clone()))
                .collect(),
            target: target.to_owned(),
            docs: docs(target),
            executable: build.executables.get(target).cloned(),
            target_errors: build.target_errors.get(target).map(|e| e.join("\n")),
            names: expected[target].clone(),
            timeout: match Stage::of_target(target) {
                // The first case of a process builds every case program: on a busy
                // machine that alone can take longer than a test's deadline.
                Stage::CompileFail => exercise.test_timeout().max(COMPILE_FAIL_TIMEOUT),
                _ => exercise.test_timeout(),
            },
            env: match (&prebuilt, Stage::of_target(target)) {
                (Some(cases), Stage::CompileFail) => vec![(
                    workbook_ui::PREBUILT.into(),
                    cases.output.display().to_string(),
                )],
                _ => Vec::new(),
            },
        })
        .collect();
    for run in &runs {
        if let Some(errors) = &run.target_errors {
            on_event(Event::TestsDidNotBuild(&run.target, errors));
            report.build_errors.push_str(errors);
        }
    }
    if options.audit {
        for run in &runs {
            report.unlisted_tests.extend(unlisted_tests(run));
        }
    }
    run_targets(&assembled.crate_dir, runs, per_test, &mut report, on_event);
    for _ in &stages {
        on_event(Event::StageFinished);
    }
    if let Some(unstarted) = sandbox_failure(&report) {
        return Err(unstarted.into());
    }
    // The compile-fail judge (support/ui) begins a verdict with this when its own
    // build failed because of the machine (its `SETUP_PROBLEM`).
    if let Some(judged) = report.tests.iter().find(|t| {
        t.stage == Stage::CompileFail
            && t.message
                .lines()
                .any(|l| l.starts_with("setup problem (not your code): "))
    }) {
        setup::forget_fetch(workbook);
        return Err(SetupError {
            what: "the compile-fail judge could not build its programs".into(),
            detail: judged.message.clone(),
            fix: "run the command again with network access: it downloads what is missing first"
                .into(),
        }
        .into());
    }

    if let (Some(loom), true) = (&exercise.manifest.loom, expected.contains_key("loom")) {
        on_event(Event::StageStarted(Stage::Loom));
        let names = expected["loom"].clone();
        if options.loom {
            let loom_dir = workbook.scratch_dir().join("loom-target");
            let build = build_tests(
                workbook,
                &assembled,
                &["loom"],
                &loom_dir,
                true,
                options.sandbox.as_ref(),
            )?;
            let mut target_errors = build.lib_errors.clone();
            target_errors.extend(build.target_errors.get("loom").cloned().unwrap_or_default());
            let run = TargetRun {
                sandbox: options.sandbox.as_ref().map(process::Sandbox::for_tests),
                readable: vec![assembled.workspace.clone(), loom_dir.clone()],
                target: "loom".into(),
                docs: docs("loom"),
                executable: build.executables.get("loom").cloned(),
                target_errors: (!target_errors.is_empty()).then(|| target_errors.join("\n")),
                names,
                timeout: exercise.loom_test_timeout(),
                env: vec![
                    (
                        "LOOM_MAX_PREEMPTIONS".into(),
                        loom.max_preemptions.to_string(),
                    ),
                    ("LOOM_LOCATION".into(), "1".into()),
                ],
            };
            if let Some(errors) = &run.target_errors {
                on_event(Event::TestsDidNotBuild("loom", errors));
                report.build_errors.push_str(errors);
            }
            if options.audit {
                report.unlisted_tests.extend(unlisted_tests(&run));
            }
            run_targets(
                &assembled.crate_dir,
                vec![run],
                per_test,
                &mut report,
                on_event,
            );
            if let Some(unstarted) = sandbox_failure(&report) {
                return Err(unstarted.into());
            }
        } else {
            for name in names {
                let result = failed(
                    format!("loom::{name}"),
                    Stage::Loom,
                    per_test,
                    "not run: loom stage skipped",
                );
                on_event(Event::Test(&result));
                report.tests.push(result);
            }
        }
        on_event(Event::StageFinished);
    }
    Ok(finish(report, started))
}

/// A test binary that never started because bubblewrap could not build its
/// sandbox: the machine's failure, not the tests'.
fn sandbox_failure(report: &Report) -> Option<SetupError> {
    report.tests.iter().find_map(|t| {
        let (_, said) = t
            .message
            .split_once("not run: the test binary ended without running them\n")?;
        said.starts_with("bwrap: ")
            .then(|| setup::diagnose_build_failure(said))
            .flatten()
    })
}

fn finish(mut report: Report, started: Instant) -> Report {
    report
        .tests
        .sort_by(|a, b| (a.stage, &a.name).cmp(&(b.stage, &b.name)));
    report.passed = report.tests.iter().filter(|t| t.passed).count();
    report.score = report.tests.iter().map(|t| t.points).sum();
    // Guard against float dust: a full pass is exactly the maximum.
    if report.passed == report.total {
        report.score = report.max_score;
    }
    report.seconds = started.elapsed().as_secs_f64();
    report
}

fn failed(name: String, stage: Stage, max_points: f64, message: &str) -> TestResult {
    TestResult {
        name,
        stage,
        passed: false,
        message: message.to_owned(),
        points: 0.0,
        max_points,
        seconds: 0.0,
        forged: false,
    }
}

fn fail_all(
    report: &mut Report,
    expected: &BTreeMap<String, Vec<String>>,
    per_test: f64,
    message: &str,
) {
    for (target, names) in expected {
        for name in names {
            report.tests.push(failed(
                format!("{target}::{name}"),
                Stage::of_target(target),
                per_test,
                message,
            ));
        }
    }
}

/// The canonical tests of an exercise, per test target, read from the test
/// sources without compiling anything: `#[test]` functions and the cases of
/// `workbook_ui::cases!`. `verify` checks this against what libtest lists.
pub fn expected_tests(exercise: &Exercise) -> Result<BTreeMap<String, Vec<String>>> {
    Ok(declared_tests(exercise)?
        .into_iter()
        .map(|(target, tests)| (target, tests.into_iter().map(|t| t.name).collect()))
        .collect())
}

/// A test as its source declares it: its name and its `///` documentation,
/// which says what property it checks.
#[derive(Debug, Clone, PartialEq)]
pub struct DeclaredTest {
    pub name: String,
    pub doc: String,
}

pub fn declared_tests(exercise: &Exercise) -> Result<BTreeMap<String, Vec<DeclaredTest>>> {
    let mut tests = BTreeMap::new();
    for (target, path) in assemble::test_targets(&exercise.dir)? {
        let source = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        tests.insert(target, tests_in(&source));
    }
    Ok(tests)
}

fn tests_in(source: &str) -> Vec<DeclaredTest> {
    let mut tests = Vec::new();
    let mut doc: Vec<&str> = Vec::new();
    let mut after_test_attribute = false;
    let mut in_cases = false;
    for line in source.lines().map(str::trim) {
        if let Some(text) = line.strip_prefix("///") {
            doc.push(text.trim());
            continue;
        }
        if in_cases {
            if line.starts_with('}') {
                in_cases = false;
            } else if !(line.starts_with("//") || line.starts_with("#[") || line.is_empty()) {
                for name in line.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    tests.push(DeclaredTest {
                        name: name.to_owned(),
                        doc: doc.join(" "),
                    });
                }
                doc.clear();
            }
            continue;
        }
        if line.starts_with("workbook_ui::cases!") {
            in_cases = true;
            doc.clear();
            continue;
        }
        let line = match line.strip_prefix("#[test]") {
            Some(rest) => {
                after_test_attribute = true;
                rest.trim()
            }
            None => line,
        };
        if after_test_attribute {
            if let Some(rest) = line.split_once("fn ").map(|(_, rest)| rest) {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                tests.push(DeclaredTest {
                    name,
                    doc: doc.join(" "),
                });
                after_test_attribute = false;
                doc.clear();
            }
        } else if !line.starts_with("#[") && !line.is_empty() {
            doc.clear();
        }
    }
    tests
}

/// What one `cargo test --no-run` produced.
struct Build {
    /// Rendered errors of the crate itself (or anything that is not a test target).
    lib_errors: Vec<String>,
    target_errors: BTreeMap<String, Vec<String>>,
    executables: BTreeMap<String, PathBuf>,
}

fn build_tests(
    workbook: &Workbook,
    assembled: &crate::assemble::Assembled,
    targets: &[&str],
    target_dir: &Path,
    loom: bool,
    sandbox: Option<&process::Sandbox>,
) -> Result<Build> {
    let writable = [assembled.workspace.as_path(), target_dir];
    let mut command = cargo_command_in(sandbox, &writable);
    command
        .current_dir(&assembled.workspace)
        // `cargo build --test X --keep-going` (cargo test has no --keep-going): a
        // test file that does not compile against the learner's
        // API must not stop cargo from building the others, or which tests run
        // would depend on cargo's build order.
        .args([
            "build",
            "--offline",
            "--keep-going",
            "--message-format=json",
        ])
        .env("CARGO_TARGET_DIR", target_dir);
    for target in targets {
        command.args(["--test", target]);
    }
    if loom {
        command.arg("--release").env("RUSTFLAGS", "--cfg loom");
    }
    if sandbox.is_some() {
        // Graded code is built once: incremental state would only fill the disk.
        command.env("CARGO_INCREMENTAL", "0");
    }
    let finished = process::run(command, BUILD_TIMEOUT)?;
    if finished.status.is_none() {
        anyhow::bail!(
            "building {} took longer than {} s",
            assembled.crate_dir.display(),
            BUILD_TIMEOUT.as_secs()
        );
    }
    let output = CargoOutput::parse(&finished.stdout);
    let mut build = Build {
        lib_errors: Vec::new(),
        target_errors: BTreeMap::new(),
        executables: output.executables,
    };
    for error in output.errors {
        if error.test_target {
            build
                .target_errors
                .entry(error.target)
                .or_default()
                .push(error.rendered);
        } else {
            build.lib_errors.push(error.rendered);
        }
    }
    let finished_ok = output.success;
    let machine_trouble = build
        .lib_errors
        .iter()
        .chain(build.target_errors.values().flatten())
        // Only the header line: the rest quotes source code, which the learner writes.
        .filter_map(|rendered| rendered.lines().next())
        .filter(|header| header.contains("No space left on device"))
        .find_map(setup::diagnose_build_failure);
    if let Some(trouble) = machine_trouble {
        return Err(trouble.into());
    }
    if finished_ok.is_none()
        || (finished_ok == Some(false)
            && build.lib_errors.is_empty()
            && build.target_errors.is_empty())
    {
        if let Some(trouble) = setup::diagnose_build_failure(&finished.stderr) {
            setup::forget_fetch(workbook);
            return Err(trouble.into());
        }
        // Cargo itself failed (a bad manifest, a missing dependency offline...).
        build.lib_errors.push(format!(
            "cargo could not build the crate:\n{}",
            finished.stderr.trim_end()
        ));
    }
    Ok(build)
}

/// The compile-fail judge's programs, built by [`build_cases`].
struct PrebuiltCases {
    /// The folder they were built in (the test process reads it).
    scratch: PathBuf,
    /// cargo's JSON messages, which the judge reads instead of building.
    output: PathBuf,
}

/// Builds every case program and twin of the assembled crate, as the judge
/// would (`workbook_ui::plan`), in a folder of `scratch`'s own. A build that
/// fails because of the code is the judge's to explain, case by case; one
/// that fails because of the machine is a setup error.
fn build_cases(
    workbook: &Workbook,
    assembled: &crate::assemble::Assembled,
    scratch: &str,
    sandbox: Option<&process::Sandbox>,
) -> Result<PrebuiltCases> {
    let dir = workbook.scratch_dir().join("ui").join(scratch);
    let manifest = assembled.crate_dir.join("Cargo.toml");
    let package: toml::Value = toml::from_str(
        &std::fs::read_to_string(&manifest)
            .with_context(|| format!("cannot read {}", manifest.display()))?,
    )
    .with_context(|| format!("{} is not valid TOML", manifest.display()))?;
    let package = package["package"]["name"]
        .as_str()
        .with_context(|| format!("{} names no package", manifest.display()))?;
    let crate_dir = assembled.crate_dir.to_string_lossy();
    let scratch_text = dir.to_string_lossy();
    let krate = workbook_ui::Crate {
        manifest_dir: &crate_dir,
        package,
        scratch_dir: &scratch_text,
    };
    let plan = workbook_ui::plan(&krate, &dir).map_err(anyhow::Error::msg)?;
    let writable = [assembled.workspace.as_path(), dir.as_path()];
    let mut command = cargo_command_in(sandbox, &writable);
    command
        .current_dir(&assembled.workspace)
        .args(&plan.args)
        .env("CARGO_TARGET_DIR", &plan.target_dir);
    if sandbox.is_some() {
        command.env("CARGO_INCREMENTAL", "0");
    }
    let finished = process::run(command, BUILD_TIMEOUT)?;
    if finished.status.is_none() {
        anyhow::bail!(
            "building the compile-fail cases of {} took longer than {} s",
            assembled.crate_dir.display(),
            BUILD_TIMEOUT.as_secs()
        );
    }
    if CargoOutput::parse(&finished.stdout).success.is_none()
        && workbook_ui::is_machine_trouble(&finished.stderr)
        && let Some(trouble) = setup::diagnose_build_failure(&finished.stderr)
    {
        setup::forget_fetch(workbook);
        return Err(trouble.into());
    }
    let output = dir.join("cargo-messages.json");
    for (path, text) in [
        (output.clone(), &finished.stdout),
        (output.with_extension("stderr"), &finished.stderr),
    ] {
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(PrebuiltCases {
        scratch: dir,
        output,
    })
}

/// One compiler error, from cargo's `--message-format=json`.
#[derive(Debug, Clone)]
pub struct CompilerError {
    /// The target it belongs to (a test file's stem, a bin's name, the lib's name).
    pub target: String,
    /// Whether that target is a test target.
    pub test_target: bool,
    pub code: Option<String>,
    /// As the compiler printed it.
    pub rendered: String,
}

/// What a `cargo build --message-format=json` reported.
#[derive(Debug, Default)]
pub struct CargoOutput {
    pub errors: Vec<CompilerError>,
    /// Executables built, by target name.
    pub executables: BTreeMap<String, PathBuf>,
    /// `build-finished`'s verdict; `None` when cargo never got that far.
    pub success: Option<bool>,
}

impl CargoOutput {
    pub fn parse(stdout: &str) -> CargoOutput {
        let mut output = CargoOutput::default();
        for line in stdout.lines().filter(|l| l.starts_with('{')) {
            let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let target = value["target"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            let test_target = value["target"]["kind"]
                .as_array()
                .is_some_and(|k| k.iter().any(|k| k == "test"));
            match value["reason"].as_str() {
                Some("compiler-message") if value["message"]["level"] == "error" => {
                    let text = value["message"]["message"].as_str().unwrap_or_default();
                    if text.starts_with("aborting due to") {
                        continue;
                    }
                    output.errors.push(CompilerError {
                        target,
                        test_target,
                        code: value["message"]["code"]["code"].as_str().map(str::to_owned),
                        rendered: value["message"]["rendered"]
                            .as_str()
                            .unwrap_or(text)
                            .to_owned(),
                    });
                }
                Some("compiler-artifact") => {
                    if let Some(exe) = value["executable"].as_str() {
                        output.executables.insert(target, PathBuf::from(exe));
                    }
                }
                Some("build-finished") => output.success = value["success"].as_bool(),
                _ => {}
            }
        }
        output
    }
}

/// `cargo` with an environment that the learner's shell cannot steer.
pub fn cargo_command() -> Command {
    cargo_command_in(None, &[])
}

/// `cargo` with a clean environment, inside `sandbox` if one is given, where
/// it may write only to `writable` (and cargo's registry).
pub fn cargo_command_in(sandbox: Option<&process::Sandbox>, writable: &[&Path]) -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = match sandbox {
        Some(sandbox) => sandbox.command(&cargo, process::Access::Build(writable)),
        None => Command::new(&cargo),
    };
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy();
        if steers_the_build(&key) {
            command.env_remove(key.as_ref());
        }
    }
    command
}

/// Variables that would change how cargo, rustc, libtest or loom behave.
fn steers_the_build(key: &str) -> bool {
    let kept = ["CARGO_HOME", "RUSTUP_HOME", "RUSTUP_TOOLCHAIN"];
    !kept.contains(&key)
        && (key.starts_with("CARGO_")
            || key.starts_with("RUST")
            || key.starts_with("LOOM_")
            || key == "TRYBUILD")
}

struct TargetRun {
    /// Where the test process runs, for untrusted code.
    sandbox: Option<process::Sandbox>,
    /// What a sandboxed test may read: the assembled workspace and the target
    /// directory holding its binary.
    readable: Vec<PathBuf>,
    target: String,
    /// What each test checks, from its documentation.
    docs: BTreeMap<String, String>,
    executable: Option<PathBuf>,
    target_errors: Option<String>,
    names: Vec<String>,
    timeout: Duration,
    env: Vec<(String, String)>,
}

/// Tests that libtest lists in a binary but the canonical list does not name.
fn unlisted_tests(run: &TargetRun) -> Vec<String> {
    let Some(executable) = &run.executable else {
        return Vec::new();
    };
    let mut command = Command::new(executable);
    command.args(["--list", "--format", "terse"]);
    let Ok(listed) = process::run(command, Duration::from_secs(30)) else {
        return Vec::new();
    };
    listed
        .stdout
        .lines()
        .filter_map(|line| line.strip_suffix(": test"))
        .filter(|name| !run.names.iter().any(|n| n == name))
        .map(|name| format!("{}::{name}", run.target))
        .collect()
}

/// Runs test targets in parallel, forwarding each result as it arrives.
fn run_targets(
    crate_dir: &Path,
    runs: Vec<TargetRun>,
    per_test: f64,
    report: &mut Report,
    on_event: &mut dyn FnMut(Event<'_>),
) {
    let (sender, results) = mpsc::channel::<TestResult>();
    std::thread::scope(|scope| {
        for run in runs {
            let sender = sender.clone();
            scope.spawn(move || run_target(crate_dir, &run, per_test, &sender));
        }
        drop(sender);
        for result in results {
            on_event(Event::Test(&result));
            report.tests.push(result);
        }
    });
}

fn run_target(
    crate_dir: &Path,
    run: &TargetRun,
    per_test: f64,
    results: &mpsc::Sender<TestResult>,
) {
    let stage = Stage::of_target(&run.target);
    let qualified = |name: &str| format!("{}::{name}", run.target);
    let executable = match (&run.executable, &run.target_errors) {
        (Some(exe), None) => exe,
        (_, errors) => {
            let why = match errors {
                Some(_) => format!(
                    "not run: tests/{}.rs does not compile against your crate; does it still have the API the exercise asks for? (see the compiler's messages)",
                    run.target
                ),
                None => format!(
                    "not run: cargo built no test binary for tests/{}.rs",
                    run.target
                ),
            };
            for name in &run.names {
                let _ = results.send(failed(qualified(name), stage, per_test, &why));
            }
            return;
        }
    };
    let mut remaining: Vec<String> = run.names.clone();
    // After a process imitated the harness, none of its results are trusted, and
    // the remaining tests run one per process, where an imitation shows up as a
    // second result for the one test that is running.
    let mut one_at_a_time = false;
    while !remaining.is_empty() {
        let batch = if one_at_a_time {
            &remaining[..1]
        } else {
            &remaining[..]
        };
        let outcome = run_once(executable, crate_dir, batch, run);
        if outcome.tampered {
            if !one_at_a_time {
                one_at_a_time = true;
                continue;
            }
            let name = remaining.remove(0);
            let why = "the test printed result lines that the test harness did not write; output that \
                       imitates the harness cannot be trusted, so the test fails";
            let _ = results.send(failed(qualified(&name), stage, per_test, why));
            continue;
        }
        let before = remaining.len();
        for settled in outcome.results {
            if let Some(at) = remaining.iter().position(|n| *n == settled.name) {
                remaining.remove(at);
                let message = if settled.passed {
                    settled.message
                } else {
                    explain(
                        run.docs.get(&settled.name).map_or("", String::as_str),
                        &settled.message,
                        stage,
                    )
                };
                let _ = results.send(TestResult {
                    name: qualified(&settled.name),
                    stage,
                    passed: settled.passed,
                    message,
                    points: if settled.passed { per_test } else { 0.0 },
                    max_points: per_test,
                    seconds: settled.seconds,
                    forged: settled.forged,
                });
            }
        }
        if remaining.len() == before {
            // Nothing was reported at all: the binary cannot run these tests.
            let why = format!(
                "not run: the test binary ended without running them\n{}",
                outcome.stderr.trim_end()
            );
            for name in remaining.drain(..) {
                let _ = results.send(failed(qualified(&name), stage, per_test, &why));
            }
        }
    }
}

/// One test's verdict from one process.
struct Settled {
    name: String,
    passed: bool,
    message: String,
    seconds: f64,
    /// A pass was claimed with no witness from the test body (see [`WITNESS_FD`]).
    forged: bool,
}

impl Settled {
    fn failed(name: String, message: String, seconds: f64) -> Settled {
        Settled {
            name,
            passed: false,
            message,
            seconds,
            forged: false,
        }
    }
}

/// The descriptor on which a test process finds its secret: the witnessing
/// `#[test]` of `support/witness` reads it before the first test body runs
/// and prints it after each body ends, so a pass without it was forged.
const WITNESS_FD: i32 = 3;

struct Outcome {
    /// Every test the process settled.
    results: Vec<Settled>,
    /// The process printed result lines that libtest did not write: a result for
    /// a test that was not running, or a second result for one test.
    tampered: bool,
    stderr: String,
}

/// One process running `names` in order, until they finish or one test goes wrong.
fn run_once(executable: &Path, crate_dir: &Path, names: &[String], run: &TargetRun) -> Outcome {
    let readable: Vec<&Path> = run.readable.iter().map(PathBuf::as_path).collect();
    let mut command = match &run.sandbox {
        Some(sandbox) => sandbox.command(executable, process::Access::Test(&readable)),
        None => Command::new(executable),
    };
    if run.sandbox.as_ref().is_some_and(|s| s.fs.is_some()) {
        // The target directory is read-only there: the compile-fail judge
        // builds its programs in the private /tmp instead.
        command.env("WORKBOOK_UI_SCRATCH", "/tmp/workbook-ui-scratch");
    }
    command
        .current_dir(crate_dir)
        .args([
            "-Z",
            "unstable-options",
            "--format",
            "json",
            "--test-threads=1",
            "--exact",
        ])
        .args(names)
        .env("RUSTC_BOOTSTRAP", "1")
        .env("RUST_BACKTRACE", "0")
        .env_remove("RUST_TEST_THREADS")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(cargo) = std::env::var_os("CARGO") {
        command.env("CARGO", cargo);
    }
    for (key, value) in &run.env {
        command.env(key, value);
    }
    let mut results = Vec::new();
    let secret = match witness_secret(&mut command) {
        Ok(secret) => secret,
        Err(e) => {
            return Outcome {
                results,
                tampered: false,
                stderr: format!("{e:#}"),
            };
        }
    };
    let mut group = match process::Group::spawn(command) {
        Ok(group) => group,
        Err(e) => {
            return Outcome {
                results,
                tampered: false,
                stderr: format!("{e:#}"),
            };
        }
    };
    let (sender, lines) = mpsc::channel();
    process::spawn_line_reader(group.child().stdout.take().expect("piped"), sender);
    let stderr = process::spawn_collector(group.child().stderr.take().expect("piped"));
    let mut current: Option<(String, Instant)> = None;
    // The running test's body ended as the test expects, by its witness line.
    let mut witnessed = false;
    let mut forged_witness = false;
    let mut tampered = false;
    loop {
        let wait = match &current {
            Some((_, since)) => run.timeout.saturating_sub(since.elapsed()),
            None => run.timeout,
        };
        match lines.recv_timeout(wait) {
            Ok(line) => {
                let Ok(event) = serde_json::from_str::<serde_json::Value>(&line) else {
                    continue;
                };
                if event["type"] == workbook_witness::LINE_TYPE {
                    let genuine = secret.as_deref().is_some_and(|s| event["secret"] == s);
                    let running = current
                        .as_ref()
                        .is_some_and(|(name, _)| event["name"] == name.as_str());
                    if genuine && running {
                        witnessed = true;
                    } else if !genuine {
                        forged_witness = true;
                    }
                    continue;
                }
                if event["type"] != "test" {
                    continue;
                }
                let name = event["name"].as_str().unwrap_or_default().to_owned();
                let seconds = current
                    .as_ref()
                    .map_or(0.0, |(_, since)| since.elapsed().as_secs_f64());
                let kind = event["event"].as_str().unwrap_or_default();
                if kind == "started" {
                    current = Some((name, Instant::now()));
                    witnessed = false;
                    continue;
                }
                // A result must be for the test that is running, and come once. Anything
                // else was written by the code under test, imitating the harness.
                let genuine = current
                    .as_ref()
                    .is_some_and(|(running, _)| *running == name);
                if !genuine {
                    tampered = true;
                    group.kill();
                    break;
                }
                current = None;
                match kind {
                    "ok" if secret.is_some() && (!witnessed || forged_witness) => {
                        // The body never ended under the harness: something
                        // else printed this pass, and then the process ended.
                        results.push(Settled {
                            forged: true,
                            ..Settled::failed(name, FORGED.into(), seconds)
                        });
                        group.kill();
                        break;
                    }
                    "ok" => results.push(Settled {
                        name,
                        passed: true,
                        message: String::new(),
                        seconds,
                        forged: false,
                    }),
                    "ignored" => results.push(Settled::failed(
                        name,
                        "the test was ignored, which a canonical test never is".into(),
                        0.0,
                    )),
                    _ => {
                        let message = clean_failure(event["stdout"].as_str().unwrap_or_default());
                        results.push(Settled::failed(name, message, seconds));
                    }
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                group.kill();
                let name = current.take().map_or_else(
                    || names[results.len().min(names.len() - 1)].clone(),
                    |(n, _)| n,
                );
                results.push(Settled::failed(
                    name,
                    format!(
                        "did not finish within {} s and was stopped: a deadlock, a lost wake-up or an endless loop?",
                        run.timeout.as_secs()
                    ),
                    run.timeout.as_secs_f64(),
                ));
                break;
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                let status = group.wait().ok();
                if let Some((name, since)) = current.take() {
                    let how = match status.and_then(|s| s.code()) {
                        Some(code) => format!("exited with status {code}"),
                        None => {
                            "was killed by a signal (an abort, a stack overflow or a crash)".into()
                        }
                    };
                    results.push(Settled::failed(
                        name,
                        format!(
                            "the test process {how} while this test was running, before the test harness \
                             could report a result; does your code call std::process::exit or abort?"
                        ),
                        since.elapsed().as_secs_f64(),
                    ));
                }
                break;
            }
        }
    }
    group.kill();
    drop(group);
    Outcome {
        results,
        tampered,
        stderr: stderr.join().unwrap_or_default(),
    }
}

/// Why a forged pass scores nothing.
const FORGED: &str = "the test was reported as passed, but its body never finished: the pass was \
printed by the code under test, not by the test harness, so the test fails (and a class grader flags it)";

/// Gives the test process a fresh secret on [`WITNESS_FD`]; `None` where
/// there is no way to hand one over (not Unix), and then no witness is asked for.
#[cfg(unix)]
fn witness_secret(command: &mut Command) -> Result<Option<String>> {
    let secret = process::fresh_secret()?;
    process::hand_secret(command, WITNESS_FD, &secret)?;
    command.env(workbook_witness::FD_VAR, WITNESS_FD.to_string());
    Ok(Some(secret))
}

#[cfg(not(unix))]
fn witness_secret(_: &mut Command) -> Result<Option<String>> {
    Ok(None)
}

/// A failure message for the learner: what the test checks, what went wrong,
/// and, for a loom test, what loom's verdict means in plain words.
fn explain(doc: &str, message: &str, stage: Stage) -> String {
    let mut out = String::new();
    if !doc.is_empty() {
        out.push_str(&format!("checks: {doc}\n"));
    }
    out.push_str(message);
    if stage != Stage::Loom {
        // The glosses below explain loom's verdicts; elsewhere the words mean less.
        return out;
    }
    let glosses = [
        (
            "Causality violation",
            "loom found an interleaving in which two threads touched the same data with no \
             happens-before edge between them: a store that should be Release, a load that should \
             be Acquire, or a lock that let two holders in at once. The lines above say where.",
        ),
        (
            "deadlock",
            "loom found an interleaving in which every thread waits and none can proceed: a lost \
             wake-up (a notify before the wait, or on the wrong condition variable) or a lock never released.",
        ),
        (
            "maximum number of branches",
            "loom gave up exploring: in some interleaving a thread kept running without end. \
             A lock that is never released, or a wait for something that never happens, does \
             this; so does a spin loop that never lets the other thread run (spin with \
             `workbook_sync::hint::spin_loop()`).",
        ),
    ];
    for (needle, gloss) in glosses {
        if message.contains(needle) {
            out.push_str(&format!("\nwhat this means: {gloss}"));
            break;
        }
    }
    out
}

/// The captured output of a failed test, without libtest's boilerplate:
/// `thread 'name' (id) panicked at place:` becomes `panicked at place:`, and
/// disappears when the place is inside the compile-fail harness.
fn clean_failure(stdout: &str) -> String {
    let mut kept = Vec::new();
    for line in stdout.lines() {
        if line.starts_with("note: run with `RUST_BACKTRACE=1`") {
            continue;
        }
        if let Some(place) = line
            .strip_prefix("thread '")
            .and_then(|rest| rest.split_once(" panicked at "))
            .map(|(_, p)| p)
        {
            if !place.contains("support/ui/src") && !place.contains("/.cargo/registry/") {
                kept.push(format!("panicked at {place}"));
            }
            continue;
        }
        kept.push(line.to_owned());
    }
    kept.join("\n").trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tests_and_their_docs_come_from_test_functions_and_case_lists() {
        let source = r#"
#![cfg(not(loom))]
use x::Y;

#[test]
fn first() {}

#[test] fn same_line() {}

/// Second,
/// documented.
#[test]
#[should_panic]
fn second_one() {}

fn helper() {}

workbook_ui::cases! {
    /// Doc.
    case_a,
    /// More doc.
    case_b,
}
"#;
        let tests = tests_in(source);
        let names: Vec<&str> = tests.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            ["first", "same_line", "second_one", "case_a", "case_b"]
        );
        assert_eq!(tests[2].doc, "Second, documented.");
        assert_eq!(tests[3].doc, "Doc.");
        assert_eq!(tests[0].doc, "");
    }

    #[test]
    fn failure_text_drops_thread_ids_and_harness_locations() {
        let raw = "\nthread 'a' (123) panicked at tests/behaviour.rs:17:5:\nboom\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
        assert_eq!(
            clean_failure(raw),
            "panicked at tests/behaviour.rs:17:5:\nboom"
        );
        let ui =
            "thread 'case' (9) panicked at support/ui/src/lib.rs:71:9:\n\nwhy it must not compile";
        assert_eq!(clean_failure(ui), "why it must not compile");
    }
}
