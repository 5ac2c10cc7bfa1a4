//! `cargo xtask watch`: re-checks the current exercise on every save.
//!
//! One loop over a channel of events: a file was saved, a key was pressed, a
//! check finished. Checks run on a worker thread and print their stages as
//! they arrive; a save during a check queues one more check. At a terminal,
//! single keys drive it (n next, h hint, l list, r re-check, q quit); without
//! one it reads the same letters as lines from standard input, and keeps
//! watching when input ends.

use std::io::{IsTerminal as _, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{Context, Result};
use notify::Watcher as _;

use crate::engine::Report;
use crate::render;
use crate::session::{Loom, Reveal, Session};
use crate::workbook::{Exercise, Workbook};

enum Event {
    Saved,
    Key(char),
    Finished(Result<Report>),
}

/// Whether the terminal is in raw mode, where a newline must be "\r\n".
static RAW: AtomicBool = AtomicBool::new(false);

fn say(text: &str) {
    let text = if RAW.load(Ordering::Relaxed) {
        text.replace('\n', "\r\n")
    } else {
        text.to_owned()
    };
    let mut out = std::io::stdout().lock();
    let _ = write!(
        out,
        "{text}{}",
        if RAW.load(Ordering::Relaxed) {
            "\r\n"
        } else {
            "\n"
        }
    );
    let _ = out.flush();
}

struct RawMode;

impl RawMode {
    fn enable() -> Option<RawMode> {
        crossterm::terminal::enable_raw_mode().ok()?;
        RAW.store(true, Ordering::Relaxed);
        Some(RawMode)
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = crossterm::terminal::disable_raw_mode();
        RAW.store(false, Ordering::Relaxed);
    }
}

pub fn watch(workbook: &Workbook, start: Option<&str>) -> Result<ExitCode> {
    let mut session = Session::open(workbook)?;
    let mut exercise: &Exercise = match start {
        Some(name) => workbook.find(name)?,
        None => match session.next() {
            Some(e) => e,
            None => {
                println!("Every exercise is solved. `cargo xtask list` shows them all.");
                return Ok(ExitCode::SUCCESS);
            }
        },
    };

    let (sender, events) = mpsc::channel::<Event>();
    let saved = sender.clone();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && matches!(
                event.kind,
                notify::EventKind::Modify(_) | notify::EventKind::Create(_)
            )
        {
            let _ = saved.send(Event::Saved);
        }
    })
    .context("cannot watch files for changes")?;

    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let _raw = if interactive { RawMode::enable() } else { None };
    spawn_key_reader(sender.clone(), _raw.is_some());

    let mut watched: Vec<PathBuf> = Vec::new();
    let mut running = false;
    let mut pending = true;
    loop {
        if watched.is_empty() {
            watched = watch_exercise(&mut watcher, exercise)?;
            say(&format!(
                "\nWatching {}  {}\n  edit {}\n  keys: [n]ext  [h]int  [l]ist  [r]e-check  [q]uit{}",
                exercise.id,
                exercise.manifest.title,
                exercise
                    .manifest
                    .editable
                    .iter()
                    .map(|f| exercise
                        .dir
                        .join(f)
                        .strip_prefix(&workbook.root)
                        .unwrap_or(&exercise.dir)
                        .display()
                        .to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                if interactive {
                    ""
                } else {
                    "  (type a letter and Enter)"
                }
            ));
        }
        if pending && !running {
            pending = false;
            running = true;
            let done = sender.clone();
            let workbook = workbook.clone();
            let current = exercise.clone();
            std::thread::spawn(move || {
                say(&format!("\n── checking {} …", current.id));
                // The check's own session: it records the verdict, and the
                // loop's session reads it again when it next asks.
                let report = Session::open(&workbook).and_then(|mut session| {
                    session.check(&current, Loom::Run, &mut |event| {
                        if let Some(line) = render::event(&event) {
                            say(&line);
                        }
                    })
                });
                let _ = done.send(Event::Finished(report));
            });
        }
        let Ok(event) = events.recv() else { break };
        match event {
            Event::Saved => {
                // Editors save in bursts (write, rename, chmod): wait for quiet.
                std::thread::sleep(Duration::from_millis(60));
                while let Ok(more) = events.try_recv() {
                    if let Event::Finished(report) = more {
                        running = false;
                        show_verdict(exercise, report);
                    } else if let Event::Key(key) = more {
                        let _ = sender.send(Event::Key(key));
                    }
                }
                pending = true;
            }
            Event::Finished(report) => {
                running = false;
                let solved = report.as_ref().is_ok_and(Report::solved);
                show_verdict(exercise, report);
                if solved && !pending {
                    say("Solved! Press n for the next exercise, or keep improving this one.");
                }
            }
            Event::Key('q') => break,
            Event::Key('r') => pending = true,
            Event::Key('h') => {
                let hints = session.take_hints(exercise, Reveal::Next)?;
                let newest = hints.last().cloned();
                say(&format!(
                    "\n{}",
                    newest.unwrap_or_else(|| "This exercise has no hints.".into())
                ));
            }
            Event::Key('l') => {
                let session = Session::open(workbook)?;
                let mut text = String::from("\n");
                for e in workbook.exercises() {
                    let mark = session.standing(e).mark();
                    let here = if e.id == exercise.id { "→" } else { " " };
                    text.push_str(&format!("{here} {mark:2} {}  {}\n", e.id, e.manifest.title));
                }
                say(text.trim_end());
            }
            Event::Key('n') => {
                session = Session::open(workbook)?;
                match session.after(&exercise.id) {
                    Some(next) => {
                        for path in watched.drain(..) {
                            let _ = watcher.unwatch(&path);
                        }
                        exercise = next;
                        session.set_current(exercise)?;
                        pending = true;
                    }
                    None => say("No other unsolved exercise."),
                }
            }
            Event::Key(_) => {}
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn show_verdict(exercise: &Exercise, report: Result<Report>) {
    match report {
        Ok(report) => say(&format!(
            "\n{}",
            render::summary(&report, "press h for a hint").trim_end()
        )),
        Err(error) => say(&format!(
            "\nerror: could not check {}: {error:#}",
            exercise.id
        )),
    }
}

/// Watches the folders holding the editable files; returns them for unwatching.
fn watch_exercise(
    watcher: &mut notify::RecommendedWatcher,
    exercise: &Exercise,
) -> Result<Vec<PathBuf>> {
    let mut dirs: Vec<PathBuf> = exercise
        .manifest
        .editable
        .iter()
        .filter_map(|f| exercise.dir.join(f).parent().map(PathBuf::from))
        .collect();
    dirs.sort();
    dirs.dedup();
    for dir in &dirs {
        watcher
            .watch(dir, notify::RecursiveMode::NonRecursive)
            .with_context(|| format!("cannot watch {}", dir.display()))?;
    }
    Ok(dirs)
}

fn spawn_key_reader(sender: mpsc::Sender<Event>, raw: bool) {
    std::thread::spawn(move || {
        if raw {
            use crossterm::event::{Event as TermEvent, KeyCode, KeyEventKind, KeyModifiers, read};
            while let Ok(event) = read() {
                if let TermEvent::Key(key) = event {
                    if key.kind != KeyEventKind::Press {
                        continue;
                    }
                    let letter = match key.code {
                        KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => 'q',
                        KeyCode::Char(c) => c.to_ascii_lowercase(),
                        KeyCode::Esc => 'q',
                        _ => continue,
                    };
                    if sender.send(Event::Key(letter)).is_err() {
                        return;
                    }
                }
            }
        } else {
            let mut line = String::new();
            while std::io::stdin().read_line(&mut line).is_ok_and(|n| n > 0) {
                if let Some(letter) = line.trim().chars().next()
                    && sender
                        .send(Event::Key(letter.to_ascii_lowercase()))
                        .is_err()
                {
                    return;
                }
                line.clear();
            }
        }
    });
}
