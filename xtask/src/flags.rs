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
    /// Build the book into target/book, or serve it with live reload.
    Book {
        /// Serve it on localhost, open it, and rebuild on every save.
        #[arg(long)]
        serve: bool,
        #[arg(long, default_value_t = 3000)]
        port: u16,
    },
    /// Measure save-to-verdict times, verify cold and warm, and disk use.
    Bench {
        /// Also measure a cold `verify` (removes target/workbook first; minutes).
        #[arg(long)]
        cold: bool,
        /// Runs per measurement.
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
}
