//! The learner's commands: the overview, `list`, `check`, `hint`, `reset`.

use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use serde::Serialize;

use super::{Confirm, Output};
use crate::engine::Report;
use crate::render;
use crate::session::{Loom, Reveal, Session, Standing};
use crate::workbook::{Exercise, ExerciseId, Workbook};

fn rel(workbook: &Workbook, path: &std::path::Path) -> String {
    path.strip_prefix(&workbook.root)
        .unwrap_or(path)
        .display()
        .to_string()
}

#[derive(Serialize)]
struct OverviewJson {
    solved: usize,
    total: usize,
    next: Option<String>,
    chapters: Vec<ChapterJson>,
}

#[derive(Serialize)]
struct ChapterJson {
    id: String,
    title: String,
    exercises: Vec<ExerciseJson>,
}

#[derive(Serialize)]
struct ExerciseJson {
    id: String,
    title: String,
    standing: Standing,
    score: Option<f64>,
    max_score: u32,
    files: Vec<String>,
    book: String,
}

fn overview_json(session: &Session<'_>) -> OverviewJson {
    let workbook = session.workbook();
    let progress = session.progress();
    let chapters: Vec<ChapterJson> = workbook
        .chapters
        .iter()
        .map(|chapter| ChapterJson {
            id: chapter.id.clone(),
            title: chapter.title.clone(),
            exercises: chapter
                .exercises
                .iter()
                .map(|id| {
                    let exercise = workbook.get(id).expect("chapter lists loaded exercises");
                    ExerciseJson {
                        id: id.to_string(),
                        title: exercise.manifest.title.clone(),
                        standing: session.standing(exercise),
                        score: progress.exercises.get(id).map(|e| e.score),
                        max_score: exercise.manifest.points,
                        files: exercise
                            .manifest
                            .editable
                            .iter()
                            .map(|f| rel(workbook, &exercise.dir.join(f)))
                            .collect(),
                        book: format!("book/src/{}", exercise.manifest.book),
                    }
                })
                .collect(),
        })
        .collect();
    let all: Vec<&ExerciseJson> = chapters.iter().flat_map(|c| &c.exercises).collect();
    OverviewJson {
        solved: all
            .iter()
            .filter(|e| e.standing == Standing::Solved)
            .count(),
        total: all.len(),
        next: session.next().map(|e| e.id.to_string()),
        chapters,
    }
}

/// Prints the overview's data as JSON, or `text` of the session.
fn print_overview(
    workbook: &Workbook,
    output: Output,
    text: fn(&Session<'_>) -> String,
) -> Result<ExitCode> {
    let session = Session::open(workbook)?;
    let shown = match output {
        Output::Json => serde_json::to_string_pretty(&overview_json(&session))? + "\n",
        Output::Text => text(&session),
    };
    print_whole(&shown)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes `text` to standard output. `cargo xtask list | head` closes the
/// pipe early: that is not an error.
fn print_whole(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        written => written.context("cannot write to standard output"),
    }
}

pub fn overview(workbook: &Workbook, output: Output) -> Result<ExitCode> {
    print_overview(workbook, output, overview_text)
}

/// What `cargo xtask` with no arguments prints: progress per chapter and
/// what to do next.
pub(crate) fn overview_text(session: &Session<'_>) -> String {
    let workbook = session.workbook();
    let data = overview_json(session);
    let mut out = String::new();
    use std::fmt::Write as _;
    let _ = writeln!(
        out,
        "Rust concurrency workbook: {}/{} exercises solved\n",
        data.solved, data.total
    );
    let width = data
        .chapters
        .iter()
        .map(|c| c.title.chars().count())
        .max()
        .unwrap_or(0);
    for chapter in &data.chapters {
        let solved = chapter
            .exercises
            .iter()
            .filter(|e| e.standing == Standing::Solved)
            .count();
        let total = chapter.exercises.len();
        let _ = writeln!(
            out,
            "  {:width$}  {}  {solved}/{total}",
            chapter.title,
            render::bar(solved, total, 12)
        );
    }
    out.push('\n');
    match session.next() {
        Some(exercise) => {
            let _ = writeln!(out, "Next: {}  {}", exercise.id, exercise.manifest.title);
            let _ = writeln!(out, "  practises  {}", exercise.manifest.practises);
            for file in &exercise.manifest.editable {
                let _ = writeln!(
                    out,
                    "  edit       {}",
                    rel(workbook, &exercise.dir.join(file))
                );
            }
            let _ = writeln!(out, "  read       book/src/{}", exercise.manifest.book);
            let _ = writeln!(
                out,
                "  run        cargo xtask watch      (checks on every save)"
            );
            let _ = writeln!(out, "         or  cargo xtask check {}", exercise.id);
        }
        None => {
            let _ = writeln!(out, "Every exercise is solved. Well done!");
        }
    }
    out
}

pub fn list(workbook: &Workbook, output: Output) -> Result<ExitCode> {
    print_overview(workbook, output, list_text)
}

/// What `cargo xtask list` prints: every exercise, chapter by chapter, with
/// its standing and score, then the legend of the marks.
pub(crate) fn list_text(session: &Session<'_>) -> String {
    use std::fmt::Write as _;
    let data = overview_json(session);
    let mut out = String::new();
    let width = data
        .chapters
        .iter()
        .flat_map(|c| &c.exercises)
        .map(|e| e.id.len())
        .max()
        .unwrap_or(0);
    for chapter in &data.chapters {
        let _ = writeln!(out, "{}", chapter.title);
        for e in &chapter.exercises {
            let score = e.score.map_or("-".to_owned(), render::points);
            let _ = writeln!(
                out,
                "  {:2} {:width$}  {:>5}/{:<3} {}",
                e.standing.mark(),
                e.id,
                score,
                e.max_score,
                e.title
            );
        }
    }
    let _ = writeln!(out, "\n{}", Standing::LEGEND);
    out
}

pub fn check(workbook: &Workbook, name: &str, output: Output, loom: Loom) -> Result<ExitCode> {
    let exercise = workbook.find(name)?;
    let mut session = Session::open(workbook)?;
    let json = output == Output::Json;
    if !json {
        println!("Checking {}  {}", exercise.id, exercise.manifest.title);
    }
    let report = session.check(exercise, loom, &mut |event| {
        if let (false, Some(line)) = (json, render::event(&event)) {
            println!("{line}");
        }
    })?;
    if json {
        print_whole(&(serde_json::to_string_pretty(&report)? + "\n"))?;
    } else {
        println!();
        print!("{}", check_summary(&report, &exercise.id));
    }
    Ok(if report.solved() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The lines `check` prints under the tests: the score, and what to do next.
pub(crate) fn check_summary(report: &Report, id: &ExerciseId) -> String {
    render::summary(report, &format!("`cargo xtask hint {id}` gives a hint."))
}

pub fn hint(workbook: &Workbook, name: &str, reveal: Reveal) -> Result<ExitCode> {
    let exercise = workbook.find(name)?;
    let hints = Session::open(workbook)?.take_hints(exercise, reveal)?;
    print!("{}", hint_text(exercise, &hints));
    Ok(ExitCode::SUCCESS)
}

/// What `cargo xtask hint` prints: the hints revealed so far
/// ([`Session::take_hints`]), and how to see the next one.
pub(crate) fn hint_text(exercise: &Exercise, hints: &[String]) -> String {
    let mut out = String::new();
    for text in hints {
        out.push_str(&format!("{text}\n\n"));
    }
    if hints.len() < exercise.manifest.hints.len() {
        out.push_str(&format!(
            "Run `cargo xtask hint {}` again for the next one.\n",
            exercise.id
        ));
    }
    out
}

pub fn reset(workbook: &Workbook, name: &str, confirm: Confirm) -> Result<ExitCode> {
    let exercise = workbook.find(name)?;
    let files: Vec<String> = exercise
        .manifest
        .editable
        .iter()
        .map(|f| rel(workbook, &exercise.dir.join(f)))
        .collect();
    if confirm == Confirm::Ask {
        if !std::io::stdin().is_terminal() {
            bail!(
                "`reset` asks before it overwrites {}; not at a terminal, pass --yes",
                files.join(", ")
            );
        }
        print!(
            "Put {} back to the starter? A copy of your version is kept in .workbook/backup/. [y/N] ",
            files.join(", ")
        );
        std::io::stdout().flush()?;
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            println!("Nothing changed.");
            return Ok(ExitCode::SUCCESS);
        }
    }
    let backup = Session::open(workbook)?.reset(exercise)?;
    println!(
        "{} is back to its starter; your version is in {}",
        exercise.id,
        rel(workbook, &backup)
    );
    Ok(ExitCode::SUCCESS)
}
