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
use crate::workbook::Workbook;

pub fn run(workbook: &Workbook, flags: Flags) -> Result<ExitCode> {
    match flags.command {
        None => learner::overview(workbook, flags.json),
        Some(Cmd::List { json }) => learner::list(workbook, json),
        Some(Cmd::Check {
            exercise,
            json,
            no_loom,
        }) => learner::check(workbook, &exercise, json, !no_loom),
        Some(Cmd::Watch { exercise }) => watch::watch(workbook, exercise.as_deref()),
        Some(Cmd::Hint { exercise, all }) => learner::hint(workbook, &exercise, all),
        Some(Cmd::Reset { exercise, yes }) => learner::reset(workbook, &exercise, yes),
        Some(Cmd::Verify {
            exercises,
            no_lint,
            no_book,
        }) => verify::verify(workbook, &exercises, !no_lint, !no_book),
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
