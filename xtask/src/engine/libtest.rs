//! Running test binaries: one test at a time per process, libtest's JSON
//! events read as they come, a deadline per test, and a pass believed only
//! with the witness's secret (`support/witness`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::Result;

use super::explain::{clean_failure, explain};
use super::failed;
use super::report::{Event, Report, Stage, TestResult};
use crate::process;

pub(super) struct TargetRun {
    /// Where the test process runs, for untrusted code.
    pub(super) sandbox: Option<process::Sandbox>,
    /// What a sandboxed test may read: the assembled workspace and the target
    /// directory holding its binary.
    pub(super) readable: Vec<PathBuf>,
    pub(super) target: String,
    /// What each test checks, from its documentation.
    pub(super) docs: BTreeMap<String, String>,
    pub(super) executable: Option<PathBuf>,
    pub(super) target_errors: Option<String>,
    pub(super) names: Vec<String>,
    pub(super) timeout: Duration,
    pub(super) env: Vec<(String, String)>,
}

/// Tests that libtest lists in a binary but the canonical list does not name.
pub(super) fn unlisted_tests(run: &TargetRun) -> Vec<String> {
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
pub(super) fn run_targets(
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
#[cfg(unix)]
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
    process::spawn_line_reader(group.take_stdout().expect("piped"), sender);
    let stderr = process::spawn_collector(group.take_stderr().expect("piped"));
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
