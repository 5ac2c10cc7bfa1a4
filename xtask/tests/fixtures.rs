//! Grades every fixture in `tests/fixtures/` and checks the verdict it must get:
//! alternative correct solutions earn full marks, wrong ones lose exactly the
//! tests their `expect.toml` names.

use std::collections::BTreeSet;

use xtask::assemble::Source;
use xtask::engine::{self, Options, Status};
use xtask::fixtures::{self, Fixture};
use xtask::workbook::Workbook;

/// What the judge says when a compile-fail case's misuse compiled (support/ui).
const MISUSE_COMPILED: &str = "but the compiler accepted it";

#[test]
fn every_fixture_gets_the_verdict_it_expects() {
    let workbook = Workbook::locate().unwrap();
    let root = fixtures::root(&workbook);
    let mut mismatches: Vec<String> = Vec::new();
    // `FIXTURES=locks/spinlock cargo test -p xtask --test fixtures` grades only those.
    let only = std::env::var("FIXTURES").unwrap_or_default();
    let mut all: Vec<Fixture> = Vec::new();
    for exercise in workbook.exercises() {
        all.extend(fixtures::of_exercise(&workbook, exercise).unwrap());
    }
    assert!(
        all.len() >= 6,
        "{} holds almost no fixtures",
        root.display()
    );
    // Two graders at once: while one waits out a hung test's deadline, the
    // other builds. Each has its own scratch workspace; cargo's locks order
    // their builds in the shared target directory.
    // `FIXTURES_RUNS=20` grades each of them 20 times, to look for tests
    // whose outcome depends on how real threads happen to run (see `racy`).
    let runs: usize = match std::env::var("FIXTURES_RUNS") {
        Ok(n) => n
            .parse()
            .unwrap_or_else(|_| panic!("FIXTURES_RUNS={n:?} is not a number of runs")),
        Err(_) => 1,
    };
    let queue = std::sync::Mutex::new(
        (0..runs)
            .flat_map(|_| all.iter().filter(|f| f.name.starts_with(&only)))
            .collect::<std::collections::VecDeque<_>>(),
    );
    let found = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for worker in 0..2 {
            let (queue, found, workbook) = (&queue, &found, &workbook);
            scope.spawn(move || {
                while let Some(fixture) = queue.lock().unwrap().pop_front() {
                    let problems = check(workbook, fixture, &format!("fixtures-{worker}"));
                    found.lock().unwrap().extend(problems);
                }
            });
        }
    });
    mismatches.extend(found.into_inner().unwrap());
    assert!(mismatches.is_empty(), "\n{}\n", mismatches.join("\n\n"));
}

/// Grades one fixture in the scratch workspace `scratch` and says how its
/// verdict differs from its `expect.toml`.
fn check(workbook: &Workbook, fixture: &Fixture, scratch: &str) -> Vec<String> {
    let mut mismatches = Vec::new();
    let name = &fixture.name;
    let expect = &fixture.expect;
    let id = name.rsplit_once('/').map(|(id, _)| id).unwrap();
    let exercise = workbook.find(id).unwrap();
    let source_dir = match fixtures::materialise(workbook, exercise, fixture) {
        Ok(dir) => dir,
        Err(why) => {
            mismatches.push(format!("{name}: {why:#}"));
            return mismatches;
        }
    };
    let options = Options {
        scratch: scratch.into(),
        shortcut_untouched: false,
        loom: true,
        sandbox: None,
        audit: false,
    };
    let report = engine::grade(
        workbook,
        exercise,
        &Source::Dir(source_dir),
        &options,
        &mut |_| {},
    )
    .unwrap();
    eprintln!(
        "{name}: {}/{} in {:.1} s ({})",
        report.passed, report.total, report.seconds, expect.about
    );
    if expect.breaks_rules {
        if report.status != Status::BreaksRules || report.passed != 0 {
            mismatches.push(format!(
                "{name}: expected the exercise's rules to reject it before compiling, got {:?} with {} passed",
                report.status, report.passed
            ));
        }
        return mismatches;
    }
    if !expect.builds {
        if report.status != Status::DoesNotBuild
            || report.passed != 0
            || report.build_errors.is_empty()
        {
            mismatches.push(format!("{name}: expected a build failure with the compiler's messages and no points, got {:?} with {} passed", report.status, report.passed));
        }
        return mismatches;
    }
    let failing: BTreeSet<&str> = report
        .tests
        .iter()
        .filter(|t| !t.passed)
        .map(|t| t.name.as_str())
        .collect();
    let racy: BTreeSet<&str> = expect.racy.iter().map(String::as_str).collect();
    // What must fail, and the racy tests this run's threads happened to catch.
    let expected: BTreeSet<&str> = expect
        .failing
        .iter()
        .map(String::as_str)
        .chain(failing.intersection(&racy).copied())
        .collect();
    if failing != expected {
        let details: Vec<String> = report
            .tests
            .iter()
            .filter(|t| !t.passed && !expected.contains(t.name.as_str()))
            .map(|t| {
                format!(
                    "    {}: {}",
                    t.name,
                    t.message
                        .lines()
                        .take(6)
                        .collect::<Vec<_>>()
                        .join("\n      ")
                )
            })
            .collect();
        mismatches.push(format!(
            "{name}: failing tests differ\n  unexpectedly failing: {:?}\n  unexpectedly passing: {:?}\n{}",
            failing.difference(&expected).collect::<Vec<_>>(),
            expected.difference(&failing).collect::<Vec<_>>(),
            details.join("\n")
        ));
    }
    // A case counted as an accepted misuse must fail because the misuse
    // compiled. Whether a misuse compiles does not depend on timing, so a
    // racy case can only have failed through its twin, which runs threads.
    for test in report.tests.iter().filter(|t| {
        t.name.starts_with("compile_fail::") && !t.passed && expected.contains(t.name.as_str())
    }) {
        let compiled = test.message.contains(MISUSE_COMPILED);
        let is_racy = racy.contains(test.name.as_str());
        let twin = is_racy || expect.twin_fails.contains(&test.name);
        if compiled == twin {
            mismatches.push(format!(
                "{name}: {} {}, but {} {} it:\n      {}",
                test.name,
                if compiled {
                    "fails because the misuse compiles"
                } else {
                    "fails for another reason than the misuse compiling"
                },
                if is_racy { "`racy`" } else { "`twin_fails`" },
                if twin { "lists" } else { "does not list" },
                test.message
                    .lines()
                    .take(6)
                    .collect::<Vec<_>>()
                    .join("\n      ")
            ));
        }
    }
    let expected_score = exercise.manifest.points as f64 * (report.total - expected.len()) as f64
        / report.total as f64;
    if (report.score - expected_score).abs() > 1e-9 {
        mismatches.push(format!(
            "{name}: score {} but {} expected",
            report.score, expected_score
        ));
    }
    mismatches
}
