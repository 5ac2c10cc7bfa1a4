//! One module per command; each is a thin front over the engine and the progress file.

pub mod bench;
pub mod book;
pub mod grade;
pub mod learner;
pub mod mutants;
pub mod verify;
pub mod watch;

use std::process::ExitCode;

use anyhow::Result;

use crate::flags::{Cmd, Flags, GradeMerge};
use crate::session::{Loom, Reveal};
use crate::workbook::Workbook;

/// Text for people, or JSON for programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    Text,
    Json,
}

impl Output {
    fn from_flag(json: bool) -> Output {
        if json { Output::Json } else { Output::Text }
    }
}

/// Whether a command that overwrites the learner's files asks first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    Ask,
    /// `--yes`: the learner already said so.
    Given,
}

pub fn run(workbook: &Workbook, flags: Flags) -> Result<ExitCode> {
    match flags.command {
        None => learner::overview(workbook, Output::from_flag(flags.json)),
        Some(Cmd::List { json }) => learner::list(workbook, Output::from_flag(json)),
        Some(Cmd::Check {
            exercise,
            json,
            no_loom,
        }) => {
            let loom = if no_loom { Loom::Skip } else { Loom::Run };
            learner::check(workbook, &exercise, Output::from_flag(json), loom)
        }
        Some(Cmd::Watch { exercise }) => watch::watch(workbook, exercise.as_deref()),
        Some(Cmd::Hint { exercise, all }) => {
            let reveal = if all { Reveal::All } else { Reveal::Next };
            learner::hint(workbook, &exercise, reveal)
        }
        Some(Cmd::Reset { exercise, yes }) => {
            let confirm = if yes { Confirm::Given } else { Confirm::Ask };
            learner::reset(workbook, &exercise, confirm)
        }
        Some(Cmd::Verify {
            exercises,
            no_lint,
            no_book,
        }) => verify::verify(
            workbook,
            &exercises,
            verify::Checks {
                lint: !no_lint,
                book: !no_book,
            },
        ),
        Some(Cmd::Bench { rayon: true, .. }) => bench::bench_rayon(workbook),
        Some(Cmd::Bench {
            class: Some(students),
            naive,
            ..
        }) => bench::bench_class(workbook, students, naive),
        Some(Cmd::Bench {
            cold,
            runs,
            class: None,
            ..
        }) => bench::bench(workbook, cold, runs),
        Some(Cmd::Book { serve, port }) => book::book(workbook, serve, port),
        Some(Cmd::Mutants { exercises, goal }) => mutants::mutants(workbook, &exercises, goal),
        Some(Cmd::Grade {
            merge: Some(GradeMerge::Merge { out, parts }),
            ..
        }) => grade::merge(workbook, &out, &parts),
        Some(Cmd::Grade {
            merge: None,
            submissions,
            out,
            roster,
            jobs,
            shard,
            fresh,
            one,
            compile_untouched,
            no_fs_sandbox,
        }) => grade::grade(
            workbook,
            &grade::Request {
                submissions: submissions.expect("clap requires it"),
                out: out.expect("clap requires it"),
                roster,
                jobs,
                shard,
                fresh,
                one,
                compile_untouched,
                no_fs_sandbox,
            },
        ),
        Some(Cmd::Handout { out }) => grade::handout(workbook, &out),
        Some(Cmd::Gradescope { out }) => grade::gradescope(workbook, &out),
    }
}
