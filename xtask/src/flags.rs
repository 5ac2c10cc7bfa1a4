//! Every command and flag of `cargo xtask`, in one place.

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "cargo xtask",
    about = "The Rust concurrency workbook: learn, check, verify",
    long_about = "The Rust concurrency workbook.\n\nWith no command, shows your progress and the next exercise."
)]
pub struct Flags {
    #[command(subcommand)]
    pub command: Option<Cmd>,
    /// Print the overview as JSON (with no command).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Every exercise, with its status.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Check one exercise now and record the result.
    Check {
        /// An exercise id like `locks/spinlock`, or just its slug.
        exercise: String,
        /// Print the report as JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Skip the loom stage (it needs a release build of its own).
        #[arg(long)]
        no_loom: bool,
    },
    /// Re-check the current exercise on every save.
    Watch {
        /// Start with this exercise instead of the current one.
        exercise: Option<String>,
    },
    /// Show the next hint for an exercise.
    Hint {
        exercise: String,
        /// Show every hint at once.
        #[arg(long)]
        all: bool,
    },
    /// Put an exercise's files back to the starter (asks first).
    Reset {
        exercise: String,
        /// Do not ask.
        #[arg(long, short)]
        yes: bool,
    },
    /// For authors: every solution earns full marks, every starter none, and more.
    Verify {
        /// Verify only these exercises.
        exercises: Vec<String>,
        /// Skip clippy and rustfmt.
        #[arg(long)]
        no_lint: bool,
        /// Skip the book's checks (build, exercise boxes, snippets, links).
        #[arg(long)]
        no_book: bool,
    },
    /// For instructors: grade a folder of submissions (one entry per student).
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Grade {
        #[command(subcommand)]
        merge: Option<GradeMerge>,
        /// A folder whose entries are submissions: folders, .zip, .tar.gz, git
        /// repositories or bundles (or, with --one, a single submission).
        #[arg(required = true)]
        submissions: Option<std::path::PathBuf>,
        /// Where results and reports go (created if missing).
        #[arg(long, required = true)]
        out: Option<std::path::PathBuf>,
        /// CSV with columns entry,id,name mapping entries to students.
        #[arg(long)]
        roster: Option<std::path::PathBuf>,
        /// Students graded at once (default: the number of cores).
        #[arg(long)]
        jobs: Option<usize>,
        /// Grade only slice K of N (1-based), e.g. 2/4; join slices with `grade merge`.
        /// Without it, WORKBOOK_SHARD=K/N, a Slurm job array, or JOB_COMPLETION_INDEX or
        /// WORKBOOK_SHARD_INDEX (0-based) with WORKBOOK_SHARD_COUNT choose the slice.
        #[arg(long)]
        shard: Option<String>,
        /// Grade again students that already have a result in --out.
        #[arg(long)]
        fresh: bool,
        /// SUBMISSIONS is one submission, not a folder of them.
        #[arg(long)]
        one: bool,
        /// Compile untouched starters too, instead of scoring them 0 unseen (warms the build cache).
        #[arg(long)]
        compile_untouched: bool,
        /// Grade even where bubblewrap cannot give submissions a file system of
        /// their own: their code could then read and change your files. Every
        /// report says so on its first line.
        #[arg(long)]
        no_fs_sandbox: bool,
    },
    /// For instructors: a student repository with starters, book and runner, no solutions.
    Handout {
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// For instructors: a Gradescope autograder zip that runs the same grader.
    Gradescope {
        #[arg(long, default_value = "autograder.zip")]
        out: std::path::PathBuf,
    },
    /// Build the book into target/book, or serve it with live reload.
    Book {
        /// Serve it on localhost, open it, and rebuild on every save.
        #[arg(long)]
        serve: bool,
        #[arg(long, default_value_t = 3000)]
        port: u16,
    },
    /// For authors: grade every mutant of the reference solutions (needs
    /// `cargo install cargo-mutants --locked`) and report how many the tests catch.
    Mutants {
        /// Only these exercises.
        exercises: Vec<String>,
        /// Fail when an exercise catches less than this share of its viable mutants.
        #[arg(long, default_value_t = 0.9)]
        goal: f64,
    },
    /// Measure save-to-verdict times, verify cold and warm, and disk use.
    Bench {
        /// Also measure a cold `verify` (removes target/workbook first; minutes).
        #[arg(long)]
        cold: bool,
        /// Runs per measurement.
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Measure class grading instead: this many synthetic students.
        #[arg(long)]
        class: Option<usize>,
        /// With --class: how many students to also grade the naive way.
        #[arg(long, default_value_t = 2)]
        naive: usize,
        /// Measure rayon instead: sequential against parallel for the rayon
        /// chapter's patterns (support/rayon-bench, built in release).
        #[arg(long, conflicts_with = "class")]
        rayon: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum GradeMerge {
    /// Join the --out folders of several shards into one, with all reports.
    Merge {
        #[arg(long)]
        out: std::path::PathBuf,
        /// The shards' --out folders.
        #[arg(required = true)]
        parts: Vec<std::path::PathBuf>,
    },
}
