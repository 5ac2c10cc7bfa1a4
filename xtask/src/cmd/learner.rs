//! The learner's commands: the overview, `list`, `check`, `hint`, `reset`.

use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;

use anyhow::{Result, bail};
use serde::Serialize;

use crate::render;
use crate::session::{Session, Standing};
use crate::workbook::Workbook;

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

/// The overview's data, or `None` once it was printed as JSON.
fn overview_data<'w>(
    workbook: &'w Workbook,
    json: bool,
) -> Result<Option<(OverviewJson, Session<'w>)>> {
    let session = Session::open(workbook)?;
    let data = overview_json(&session);
    if json {
        println!("{}", serde_json::to_string_pretty(&data)?);
        return Ok(None);
    }
    Ok(Some((data, session)))
}

pub fn overview(workbook: &Workbook, json: bool) -> Result<ExitCode> {
    let Some((data, session)) = overview_data(workbook, json)? else {
        return Ok(ExitCode::SUCCESS);
    };
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
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

pub fn list(workbook: &Workbook, json: bool) -> Result<ExitCode> {
    let Some((data, _)) = overview_data(workbook, json)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let width = data
        .chapters
        .iter()
        .flat_map(|c| &c.exercises)
        .map(|e| e.id.len())
        .max()
        .unwrap_or(0);
    for chapter in &data.chapters {
        println!("{}", chapter.title);
        for e in &chapter.exercises {
            let score = e.score.map_or("-".to_owned(), render::points);
            println!(
                "  {:2} {:width$}  {:>5}/{:<3} {}",
                e.standing.mark(),
                e.id,
                score,
                e.max_score,
                e.title
            );
        }
    }
    println!("\n{}", Standing::LEGEND);
    Ok(ExitCode::SUCCESS)
}

pub fn check(workbook: &Workbook, name: &str, json: bool, loom: bool) -> Result<ExitCode> {
    let exercise = workbook.find(name)?;
    let mut session = Session::open(workbook)?;
    if !json {
        println!("Checking {}  {}", exercise.id, exercise.manifest.title);
    }
    let report = session.check(exercise, loom, &mut |event| {
        if let (false, Some(line)) = (json, render::event(&event)) {
            println!("{line}");
        }
    })?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!();
        print!(
            "{}",
            render::summary(
                &report,
                &format!("`cargo xtask hint {}` gives a hint.", exercise.id)
            )
        );
    }
    Ok(if report.solved() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

pub fn hint(workbook: &Workbook, name: &str, all: bool) -> Result<ExitCode> {
    let exercise = workbook.find(name)?;
    let hints = Session::open(workbook)?.take_hints(exercise, all)?;
    for text in &hints {
        println!("{text}\n");
    }
    if hints.len() < exercise.manifest.hints.len() {
        println!(
            "Run `cargo xtask hint {}` again for the next one.",
            exercise.id
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn reset(workbook: &Workbook, name: &str, yes: bool) -> Result<ExitCode> {
    let exercise = workbook.find(name)?;
    let files: Vec<String> = exercise
        .manifest
        .editable
        .iter()
        .map(|f| rel(workbook, &exercise.dir.join(f)))
        .collect();
    if !yes {
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
