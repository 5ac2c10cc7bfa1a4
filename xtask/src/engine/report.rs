//! What a grading says: stages, per-test results, the report, the events
//! a screen follows, and the options a front chooses.

use serde::Serialize;

use crate::process;
use crate::workbook::ExerciseId;

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
    pub exercise: ExerciseId,
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
    /// These stages begin; they run at the same time, so their results may
    /// arrive interleaved (each result names its stage).
    StagesStarted(&'a [Stage]),
    BuildFailed(&'a str),
    Test(&'a TestResult),
    /// The stages last started are over.
    StagesFinished,
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
