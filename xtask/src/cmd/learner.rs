//! The learner's commands: the overview, `list`, `check`, `hint`, `reset`.

use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use serde::Serialize;

use crate::assemble::{EditableFiles, Source};
use crate::engine::{self, Options, Report};
use crate::progress::{self, Progress};
use crate::render;
use crate::workbook::{Exercise, ExerciseId, Workbook};

/// Where an exercise stands, from its files and the last recorded verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    NotStarted,
    InProgress,
    Solved,
    /// Solved once, but the files changed since that check.
    SolvedThenChanged,
}

impl Standing {
    fn mark(self) -> &'static str {
        match self {
            Standing::NotStarted => "·",
            Standing::InProgress => "…",
            Standing::Solved => "✓",
            Standing::SolvedThenChanged => "✓*",
        }
    }
}

pub fn standing(exercise: &Exercise, progress: &Progress) -> Standing {
    let current = EditableFiles::read(exercise, &exercise.dir).ok();
    let starter = EditableFiles::read(exercise, &exercise.starter_dir()).ok();
    let entry = progress.exercises.get(&exercise.id);
    match (entry, &current) {
        (Some(entry), Some(files)) if entry.solved() => {
            if entry.digest == files.digest() {
                Standing::Solved
            } else {
                Standing::SolvedThenChanged
            }
        }
        _ if current.is_some() && current == starter => Standing::NotStarted,
        _ => Standing::InProgress,
    }
}

/// The exercise to work on: the current one until it is solved, then the
/// first unsolved one in workbook order.
pub fn next_exercise<'w>(workbook: &'w Workbook, progress: &Progress) -> Option<&'w Exercise> {
    let unsolved = |e: &&Exercise| standing(e, progress) != Standing::Solved;
    progress
        .current
        .as_ref()
        .and_then(|id| workbook.get(id))
        .filter(unsolved)
        .or_else(|| workbook.exercises().find(unsolved))
}

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

fn overview_json(workbook: &Workbook, progress: &Progress) -> OverviewJson {
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
                        standing: standing(exercise, progress),
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
        next: next_exercise(workbook, progress).map(|e| e.id.to_string()),
        chapters,
    }
}

/// The overview's data, or `None` once it was printed as JSON.
fn overview_data(workbook: &Workbook, json: bool) -> Result<Option<(OverviewJson, Progress)>> {
    let progress = Progress::load(&workbook.state_dir())?;
    let data = overview_json(workbook, &progress);
    if json {
        println!("{}", serde_json::to_string_pretty(&data)?);
        return Ok(None);
    }
    Ok(Some((data, progress)))
}

pub fn overview(workbook: &Workbook, json: bool) -> Result<ExitCode> {
    let Some((data, progress)) = overview_data(workbook, json)? else {
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
    match next_exercise(workbook, &progress) {
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
    println!("\n✓ solved   ✓* solved, changed since   … in progress   · not started");
    Ok(ExitCode::SUCCESS)
}

/// Options for checking the learner's own working copy.
pub fn working_copy_options(loom: bool) -> Options {
    Options {
        scratch: "working".into(),
        shortcut_untouched: true,
        loom,
        sandbox: None,
        audit: false,
    }
}

/// Grades the working copy, streaming events to `print`, and records the verdict.
pub fn check_and_record(
    workbook: &Workbook,
    exercise: &Exercise,
    loom: bool,
    print: &mut dyn FnMut(&str),
) -> Result<Report> {
    let report = engine::grade(
        workbook,
        exercise,
        &Source::WorkingCopy,
        &working_copy_options(loom),
        &mut |event| {
            if let Some(line) = render::event(&event) {
                print(&line);
            }
        },
    )?;
    let mut progress = Progress::load(&workbook.state_dir())?;
    progress.current = Some(exercise.id.clone());
    if report.status != engine::Status::NotStarted {
        progress.record(&exercise.id, &report);
    }
    progress.save(&workbook.state_dir())?;
    Ok(report)
}

pub fn check(workbook: &Workbook, name: &str, json: bool, loom: bool) -> Result<ExitCode> {
    let exercise = workbook.find(name)?;
    let report = if json {
        check_and_record(workbook, exercise, loom, &mut |_| {})?
    } else {
        println!("Checking {}  {}", exercise.id, exercise.manifest.title);
        check_and_record(workbook, exercise, loom, &mut |line| println!("{line}"))?
    };
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

/// The hints to show after one more request, and the new count.
pub fn next_hints(exercise: &Exercise, seen: usize, all: bool) -> (usize, Vec<String>) {
    let available = exercise.manifest.hints.len();
    let shown = if all {
        available
    } else {
        (seen + 1).min(available)
    };
    let hints = exercise.manifest.hints[..shown]
        .iter()
        .enumerate()
        .map(|(i, h)| format!("Hint {}/{available}: {h}", i + 1))
        .collect();
    (shown, hints)
}

/// Reveals one more hint (or all), records how many were seen, and returns
/// the hints revealed so far.
pub fn take_hints(workbook: &Workbook, exercise: &Exercise, all: bool) -> Result<Vec<String>> {
    let mut progress = Progress::load(&workbook.state_dir())?;
    let entry = progress.exercises.entry(exercise.id.clone()).or_default();
    let (shown, hints) = next_hints(exercise, entry.hints_seen, all);
    entry.hints_seen = shown;
    progress.save(&workbook.state_dir())?;
    Ok(hints)
}

pub fn hint(workbook: &Workbook, name: &str, all: bool) -> Result<ExitCode> {
    let exercise = workbook.find(name)?;
    let hints = take_hints(workbook, exercise, all)?;
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
    let backup = backup_dir(workbook, &exercise.id);
    for file in &exercise.manifest.editable {
        let current = exercise.dir.join(file);
        if current.exists() {
            let kept = backup.join(file);
            std::fs::create_dir_all(kept.parent().expect("file in a folder"))?;
            std::fs::copy(&current, &kept)
                .with_context(|| format!("cannot back up {}", current.display()))?;
        }
        let starter = exercise.starter_dir().join(file);
        let bytes = std::fs::read(&starter)
            .with_context(|| format!("cannot read {}", starter.display()))?;
        progress::write_atomically(&current, &bytes)?;
    }
    let mut progress = Progress::load(&workbook.state_dir())?;
    if let Some(entry) = progress.exercises.get_mut(&exercise.id) {
        entry.passed = 0;
        entry.score = 0.0;
        entry.digest.clear();
    }
    progress.save(&workbook.state_dir())?;
    println!(
        "{} is back to its starter; your version is in {}",
        exercise.id,
        rel(workbook, &backup)
    );
    Ok(ExitCode::SUCCESS)
}

fn backup_dir(workbook: &Workbook, id: &ExerciseId) -> std::path::PathBuf {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    workbook
        .state_dir()
        .join("backup")
        .join(id.flat())
        .join(stamp.to_string())
}
