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
//!
//! The rooms: [`report`] (what a grading says), [`discovery`] (which tests an
//! exercise has, read from its sources), [`cargo`] (builds and cargo's
//! messages), [`libtest`] (running test binaries and believing only libtest
//! and the witness), [`explain`] (failure messages for the learner). This
//! file is the grading flow that ties them together.

mod cargo;
mod discovery;
mod explain;
mod libtest;
mod report;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use anyhow::Result;

use crate::assemble::{self, EditableFiles, Source};
use crate::paths::LearnerPaths;
use crate::process;
use crate::rules;
use crate::setup::{self, SetupError};
use crate::workbook::{Exercise, Workbook};

pub use cargo::{CargoOutput, CompilerError, cargo_command, cargo_command_in};
pub use discovery::{DeclaredTest, declared_tests, expected_tests};
pub use report::{Event, Options, Report, Stage, Status, TestResult};

use cargo::{build_cases, build_tests};
use libtest::{TargetRun, run_targets, unlisted_tests};

/// How long one compile-fail case may take, its share of building all the
/// case programs included (each twin is also held to its own deadline).
const COMPILE_FAIL_TIMEOUT: Duration = Duration::from_secs(120);

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
        exercise: exercise.id.clone(),
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
            report.build_errors = why.to_string();
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

    on_event(Event::StagesStarted(&[Stage::Build]));
    let build = build_tests(
        workbook,
        &assembled,
        &normal_targets,
        &target_dir,
        false,
        options.sandbox.as_ref(),
    )?;
    on_event(Event::StagesFinished);
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
    on_event(Event::StagesStarted(&stages));
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
                // A case runs its twin under a deadline of its own, and under
                // plain `cargo test` the first case builds every case program.
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
    run_stage(
        &assembled.crate_dir,
        runs,
        per_test,
        options.audit,
        &mut report,
        on_event,
    )?;
    on_event(Event::StagesFinished);
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
        on_event(Event::StagesStarted(&[Stage::Loom]));
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
            run_stage(
                &assembled.crate_dir,
                vec![run],
                per_test,
                options.audit,
                &mut report,
                on_event,
            )?;
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
        on_event(Event::StagesFinished);
    }
    Ok(finish(report, started))
}

/// Runs one stage's test binaries: says which test files did not build,
/// lists for `verify` the tests the sources did not name, runs the rest, and
/// turns a sandbox that could not start into a setup error.
fn run_stage(
    crate_dir: &std::path::Path,
    runs: Vec<TargetRun>,
    per_test: f64,
    audit: bool,
    report: &mut Report,
    on_event: &mut dyn FnMut(Event<'_>),
) -> Result<(), SetupError> {
    for run in &runs {
        if let Some(errors) = &run.target_errors {
            on_event(Event::TestsDidNotBuild(&run.target, errors));
            report.build_errors.push_str(errors);
        }
        if audit {
            report.unlisted_tests.extend(unlisted_tests(run));
        }
    }
    run_targets(crate_dir, runs, per_test, report, on_event);
    match sandbox_failure(report) {
        Some(unstarted) => Err(unstarted),
        None => Ok(()),
    }
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

pub(super) fn failed(name: String, stage: Stage, max_points: f64, message: &str) -> TestResult {
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
