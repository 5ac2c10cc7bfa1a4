//! Snapshot tests of what people read: the learner's overview, `list`, a
//! hint and a failing check, and the instructor's feedback Markdown, gradebook
//! row and Gradescope results.
//!
//! The expected text is kept in `src/render/snapshots/<name>.snap` (not in
//! `src/snapshots/`, which is the unrelated trybuild module, and not under
//! `xtask/tests/`, which the handout leaves out). Review a change with
//! `cargo insta review`, or rewrite every snapshot with `INSTA_UPDATE=always`
//! and read the diff. A missing snapshot fails under `CI` and with
//! `INSTA_UPDATE=no`.
//!
//! Every input is built here: a small workbook in a temporary folder (so the
//! text does not change when an author adds an exercise) and hand-made
//! reports. Durations are replaced by `[duration]`.

use std::path::Path;

use crate::assemble::EditableFiles;
use crate::class::outputs;
use crate::class::{Flag, FlagKind, StudentResult};
use crate::cmd::learner;
use crate::engine::{Event, Report, Stage, Status, TestResult};
use crate::progress::Progress;
use crate::session::{Reveal, Session};
use crate::workbook::{ExerciseId, Workbook};

/// Compares `text` with the snapshot `name` in `src/render/snapshots/`.
fn assert_reads(name: &str, text: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    // `check` says how long a check took: "score 7.5/10 in 1.2 s".
    settings.add_filter(r"in \d+\.\d s\b", "in [duration]");
    settings.bind(|| insta::assert_snapshot!(name, text));
}

const CHAPTERS: &str = r#"
[[chapter]]
id = "threads"
title = "Threads"
exercises = ["latch", "scoped-sum"]

[[chapter]]
id = "locks"
title = "Building locks"
exercises = ["spinlock", "oneshot"]
"#;

/// (id, title, practises, hints) of the fixture's exercises.
const EXERCISES: &[(&str, &str, &str, &[&str])] = &[
    (
        "threads/latch",
        "A count-down latch",
        "`Mutex` and `Condvar`, waiting in a loop",
        &["Wait in a `while` loop: a wake-up does not mean the count is zero."],
    ),
    (
        "threads/scoped-sum",
        "Summing a slice on scoped threads",
        "`thread::scope`, borrowing stack data, writing through `&mut results[i]`",
        &[
            "`std::thread::scope` lets the threads borrow `data`.",
            "`chunks` splits the slice; `iter_mut` over the results gives each thread its own `&mut`.",
            "Join happens at the end of the scope: sum `results` after it.",
        ],
    ),
    (
        "locks/spinlock",
        "A spin lock with a guard",
        "`AtomicBool`, `compare_exchange`, `Acquire`/`Release`, a guard that unlocks on drop",
        &["Lock with `compare_exchange(false, true, Acquire, Relaxed)`."],
    ),
    (
        "locks/oneshot",
        "A one-shot channel",
        "consuming `self` so a second send cannot compile",
        &["`send(self, …)` takes the sender by value."],
    ),
];

/// A workbook of four one-file exercises in two chapters, in `root`.
fn workbook(root: &Path) -> Workbook {
    std::fs::create_dir_all(root.join("exercises")).unwrap();
    std::fs::write(root.join("exercises/chapters.toml"), CHAPTERS).unwrap();
    for (id, title, practises, hints) in EXERCISES {
        let dir = root.join("exercises").join(id);
        std::fs::create_dir_all(dir.join("starter/src")).unwrap();
        std::fs::create_dir_all(dir.join("src")).unwrap();
        let manifest = format!(
            "title = {title:?}\npractises = {practises:?}\nbook = \"{}.md\"\npoints = 10\n\
             editable = [\"src/lib.rs\"]\nhints = {hints:?}\n",
            id.split('/').next().unwrap()
        );
        std::fs::write(dir.join("exercise.toml"), manifest).unwrap();
        std::fs::write(dir.join("starter/src/lib.rs"), "// starter\n").unwrap();
        std::fs::write(dir.join("src/lib.rs"), "// starter\n").unwrap();
    }
    Workbook::load(root).unwrap()
}

/// The learner's state the overview and `list` show: `latch` solved,
/// `scoped-sum` current and half done, `spinlock` solved and then edited,
/// `oneshot` not started.
fn learner_midway(workbook: &Workbook) {
    let mut progress = Progress::load(&workbook.state_dir()).unwrap();
    for (id, passed, edited_after) in [
        ("threads/latch", 4, false),
        ("threads/scoped-sum", 2, false),
        ("locks/spinlock", 4, true),
    ] {
        let exercise = workbook.find(id).unwrap();
        let file = exercise.dir.join("src/lib.rs");
        std::fs::write(&file, format!("// {id}: my work\n")).unwrap();
        let entry = progress.exercises.entry(exercise.id.clone()).or_default();
        entry.passed = passed;
        entry.total = 4;
        entry.score = 2.5 * passed as f64;
        entry.max_score = 10.0;
        entry.digest = EditableFiles::read(exercise, &exercise.dir)
            .unwrap()
            .digest();
        if edited_after {
            std::fs::write(&file, format!("// {id}: edited since\n")).unwrap();
        }
    }
    progress.current = Some(ExerciseId::new("threads", "scoped-sum"));
    progress.save(&workbook.state_dir()).unwrap();
}

#[test]
fn overview_of_a_learner_midway() {
    let root = tempfile::tempdir().unwrap();
    let workbook = workbook(root.path());
    learner_midway(&workbook);
    let session = Session::open(&workbook).unwrap();
    assert_reads("overview", &learner::overview_text(&session));
}

#[test]
fn overview_of_a_fresh_workbook_points_at_the_first_exercise() {
    let root = tempfile::tempdir().unwrap();
    let workbook = workbook(root.path());
    let session = Session::open(&workbook).unwrap();
    assert_reads("overview_fresh", &learner::overview_text(&session));
}

#[test]
fn list_of_a_learner_midway() {
    let root = tempfile::tempdir().unwrap();
    let workbook = workbook(root.path());
    learner_midway(&workbook);
    let session = Session::open(&workbook).unwrap();
    assert_reads("list", &learner::list_text(&session));
}

#[test]
fn hints_one_at_a_time_then_all() {
    let root = tempfile::tempdir().unwrap();
    let workbook = workbook(root.path());
    let exercise = workbook.find("threads/scoped-sum").unwrap();
    let mut session = Session::open(&workbook).unwrap();
    let first = session.take_hints(exercise, Reveal::Next).unwrap();
    assert_reads("hint_first", &learner::hint_text(exercise, &first));
    let all = session.take_hints(exercise, Reveal::All).unwrap();
    assert_reads("hint_all", &learner::hint_text(exercise, &all));
}

/// A test that passed, or failed with `message`; [`report`] gives it points.
fn test(name: &str, stage: Stage, message: &str) -> TestResult {
    TestResult {
        name: name.into(),
        stage,
        passed: message.is_empty(),
        message: message.into(),
        points: 0.0,
        max_points: 0.0,
        seconds: 0.25,
        forged: false,
    }
}

/// A report worth 10 points, shared equally by its tests, as the engine does.
fn report(exercise: &str, status: Status, mut tests: Vec<TestResult>) -> Report {
    let per_test = 10.0 / tests.len() as f64;
    for test in &mut tests {
        test.max_points = per_test;
        test.points = if test.passed { per_test } else { 0.0 };
    }
    let passed = tests.iter().filter(|t| t.passed).count();
    Report {
        exercise: ExerciseId::from_str_unchecked(exercise),
        source: "working copy".into(),
        status,
        build_errors: String::new(),
        total: tests.len(),
        score: tests.iter().map(|t| t.points).sum(),
        passed,
        tests,
        max_score: 10.0,
        seconds: 3.25,
        digest: String::new(),
        unlisted_tests: Vec::new(),
    }
}

const TRY_LOCK_FAILURE: &str = "checks: `try_lock` returns `None` while another guard holds the lock.\n\
panicked at tests/behaviour.rs:31:5:\n\
assertion failed: lock.try_lock().is_none()";

const COMPILE_FAIL_MISS: &str = "tests/ui/fail/guard_outlives_lock.rs misuses the API and must be rejected by the compiler:\n  \
a guard borrows its lock, so it cannot be kept after the lock is dropped\n\n\
but the compiler accepted it: your API still allows this misuse.\n  \
expected error[E0597] on line 9 saying \"does not live long enough\"";

const LOOM_FAILURE: &str = "checks: what one holder writes, the next holder reads.\n\
panicked at tests/loom.rs:24:13:\n\
Causality violation: Concurrent write accesses to `UnsafeCell`.\n    \
created: src/lib.rs:12:20\n    \
thread #1: src/lib.rs:40:9\n    \
thread #0: src/lib.rs:40:9\n\
what this means: loom found an interleaving in which two threads touched the same data with no \
happens-before edge between them: a store that should be Release, a load that should be Acquire, \
or a lock that let two holders in at once. The lines above say where.";

/// A check of `locks/spinlock` with one test passing, one failing with a
/// panic, a compile-fail case the code lets compile, and a loom failure.
fn failing_spinlock() -> Report {
    report(
        "locks/spinlock",
        Status::Graded,
        vec![
            test("behaviour::lock_gives_exclusive_access", Stage::Tests, ""),
            test(
                "behaviour::try_lock_fails_while_locked",
                Stage::Tests,
                TRY_LOCK_FAILURE,
            ),
            test(
                "compile_fail::guard_outlives_lock",
                Stage::CompileFail,
                COMPILE_FAIL_MISS,
            ),
            test(
                "loom::holders_see_each_others_writes",
                Stage::Loom,
                LOOM_FAILURE,
            ),
        ],
    )
}

#[test]
fn a_failing_check_as_the_learner_reads_it() {
    let report = failing_spinlock();
    // The events in the order the engine sends them (`engine::grade`): the
    // build; every stage but loom's started at once, their tests as they
    // finish; then loom. `check` prints each on its own line, then an empty
    // line and the summary.
    let mut events = vec![Event::StagesStarted(&[Stage::Build]), Event::StagesFinished];
    let (loom, normal): (Vec<&TestResult>, Vec<&TestResult>) =
        report.tests.iter().partition(|t| t.stage == Stage::Loom);
    let mut stages: Vec<Stage> = normal.iter().map(|t| t.stage).collect();
    stages.dedup();
    events.push(Event::StagesStarted(&stages));
    events.extend(normal.into_iter().map(Event::Test));
    events.push(Event::StagesFinished);
    events.push(Event::StagesStarted(&[Stage::Loom]));
    events.extend(loom.into_iter().map(Event::Test));
    events.push(Event::StagesFinished);
    let mut text = String::new();
    for line in events.iter().filter_map(super::event) {
        text.push_str(&line);
        text.push('\n');
    }
    text.push('\n');
    text.push_str(&learner::check_summary(
        &report,
        &ExerciseId::new("locks", "spinlock"),
    ));
    assert_reads("check_failing", &text);
}

/// What the engine says of every test when the crate does not build.
const NOT_BUILT: &str = "not run: your crate does not build (see the compiler's messages)";

/// A class member's result: full marks on one exercise, the failing spin
/// lock (its loom pass forged), a crate that does not build, one not started.
fn student() -> StudentResult {
    let latch = report(
        "threads/latch",
        Status::Graded,
        vec![
            test(
                "behaviour::wait_returns_after_count_downs",
                Stage::Tests,
                "",
            ),
            test(
                "behaviour::count_down_past_zero_is_harmless",
                Stage::Tests,
                "",
            ),
        ],
    );
    let mut spinlock = failing_spinlock();
    let forged = spinlock.tests.last_mut().unwrap();
    forged.forged = true;
    forged.message = "the test was reported as passed, but its body never finished: the pass was \
printed by the code under test, not by the test harness, so the test fails (and a class grader flags it)"
        .into();
    let mut scoped_sum = report(
        "threads/scoped-sum",
        Status::DoesNotBuild,
        vec![
            test("behaviour::sums_like_iter_sum", Stage::Tests, NOT_BUILT),
            test(
                "behaviour::empty_slice_sums_to_zero",
                Stage::Tests,
                NOT_BUILT,
            ),
        ],
    );
    scoped_sum.build_errors = "\u{1b}[1m\u{1b}[31merror[E0373]\u{1b}[0m: closure may outlive the current function, but it borrows `chunk`\n \
--> exercises/threads/scoped-sum/src/lib.rs:8:23\n"
        .into();
    let not_started = "not started: the file is still the starter";
    let oneshot = report(
        "locks/oneshot",
        Status::NotStarted,
        vec![
            test(
                "behaviour::recv_gets_the_value_sent",
                Stage::Tests,
                not_started,
            ),
            test("compile_fail::send_twice", Stage::CompileFail, not_started),
        ],
    );
    let exercises = vec![latch, scoped_sum, spinlock, oneshot];
    StudentResult {
        entry: "ada-lovelace.zip".into(),
        student_id: "s1815".into(),
        name: "Ada Lovelace".into(),
        total: exercises.iter().map(|r| r.score).sum(),
        max: 40.0,
        exercises,
        flags: vec![
            Flag {
                exercise: Some(ExerciseId::new("locks", "spinlock")),
                kind: FlagKind::ForgedResult,
                path: "exercises/locks/spinlock".into(),
                message: "locks/spinlock: the code printed a pass for \
                          `loom::holders_see_each_others_writes` that the test harness did not \
                          write, and ended the test early; the test scored 0"
                    .into(),
                code: String::new(),
            },
            Flag {
                exercise: Some(ExerciseId::new("locks", "spinlock")),
                kind: FlagKind::ProcessExit,
                path: "exercises/locks/spinlock/src/lib.rs:57".into(),
                message: "exercises/locks/spinlock/src/lib.rs:57 calls std::process::exit, \
                          which ends a test before it can fail"
                    .into(),
                code: "std::process::exit(0);".into(),
            },
        ],
        errors: Vec::new(),
        isolation: "bubblewrap".into(),
        seconds: 42.5,
        fingerprints: Default::default(),
    }
}

#[test]
fn feedback_markdown_for_a_student_with_failures_and_flags() {
    assert_reads("feedback", &outputs::feedback(&student()));
}

#[test]
fn gradebook_row_for_a_student_with_failures_and_flags() {
    let root = tempfile::tempdir().unwrap();
    let workbook = workbook(root.path());
    let csv = outputs::gradebook_csv(&workbook, &[student()]).unwrap();
    assert_reads("gradebook", &String::from_utf8(csv).unwrap());
}

#[test]
fn gradescope_results_for_a_student_with_failures_and_flags() {
    let mut results = outputs::gradescope(&student());
    // How long grading took, which the filter cannot tell from a score.
    results["execution_time"] = "[duration]".into();
    assert_reads(
        "gradescope",
        &serde_json::to_string_pretty(&results).unwrap(),
    );
}
