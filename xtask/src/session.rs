//! The learner's session: the workbook and the learner's progress, in one
//! owner. Every question a screen asks (where does this exercise stand, which
//! one is next) and every change (a check recorded, a hint seen, an exercise
//! reset, the current one moved) goes through [`Session`]; `learner` and
//! `watch` only display.
//!
//! Each change re-reads `.workbook/progress.json`, applies itself and writes
//! the file back atomically, so a `check` in another terminal while `watch`
//! runs is never overwritten with an older state.

use std::path::PathBuf;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::assemble::{EditableFiles, Source};
use crate::engine::{self, Event, Options, Report};
use crate::progress::Progress;
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
    /// The one-character mark lists show.
    pub fn mark(self) -> &'static str {
        match self {
            Standing::NotStarted => "·",
            Standing::InProgress => "…",
            Standing::Solved => "✓",
            Standing::SolvedThenChanged => "✓*",
        }
    }

    /// The legend for [`Standing::mark`].
    pub const LEGEND: &'static str =
        "✓ solved   ✓* solved, changed since   … in progress   · not started";
}

/// How many hints [`Session::take_hints`] reveals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reveal {
    /// One more than were seen before.
    Next,
    /// Every hint at once.
    All,
}

/// Whether a check runs the loom stage, which needs a release build of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loom {
    Run,
    Skip,
}

pub struct Session<'w> {
    workbook: &'w Workbook,
    progress: Progress,
}

impl<'w> Session<'w> {
    pub fn open(workbook: &'w Workbook) -> Result<Session<'w>> {
        Ok(Session {
            workbook,
            progress: Progress::load(&workbook.state_dir())?,
        })
    }

    pub fn workbook(&self) -> &'w Workbook {
        self.workbook
    }

    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    pub fn standing(&self, exercise: &Exercise) -> Standing {
        let current = EditableFiles::read(exercise, &exercise.dir).ok();
        let starter = EditableFiles::read(exercise, &exercise.starter_dir()).ok();
        match (self.progress.exercises.get(&exercise.id), &current) {
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
    /// first unsolved one after it in workbook order, wrapping around.
    pub fn next(&self) -> Option<&'w Exercise> {
        let current = self
            .progress
            .current
            .as_ref()
            .and_then(|id| self.workbook.get(id));
        match current {
            Some(current) if !self.solved(current) => Some(current),
            Some(current) => self.after(&current.id),
            None => self.workbook.exercises().find(|e| !self.solved(e)),
        }
    }

    /// The first unsolved exercise after `id` in workbook order, wrapping
    /// around; never `id` itself.
    pub fn after(&self, id: &ExerciseId) -> Option<&'w Exercise> {
        let all: Vec<&'w Exercise> = self.workbook.exercises().collect();
        let at = all.iter().position(|e| e.id == *id).unwrap_or(all.len());
        all.iter()
            .cycle()
            .skip(at + 1)
            .take(all.len())
            .copied()
            .find(|e| e.id != *id && !self.solved(e))
    }

    fn solved(&self, exercise: &Exercise) -> bool {
        self.standing(exercise) == Standing::Solved
    }

    /// Makes `exercise` the current one.
    pub fn set_current(&mut self, exercise: &Exercise) -> Result<()> {
        self.update(|progress| progress.current = Some(exercise.id.clone()))
    }

    /// Grades the learner's working copy, passing the engine's events on,
    /// and records the verdict (a setup failure records nothing).
    pub fn check(
        &mut self,
        exercise: &Exercise,
        loom: Loom,
        on_event: &mut dyn FnMut(Event<'_>),
    ) -> Result<Report> {
        let report = engine::grade(
            self.workbook,
            exercise,
            &Source::WorkingCopy,
            &Session::working_copy_options(loom),
            on_event,
        )?;
        self.update(|progress| {
            progress.current = Some(exercise.id.clone());
            if report.status != engine::Status::NotStarted {
                progress.record(&exercise.id, &report);
            }
        })?;
        Ok(report)
    }

    /// Options for checking the learner's own working copy.
    pub fn working_copy_options(loom: Loom) -> Options {
        Options {
            scratch: "working".into(),
            shortcut_untouched: true,
            loom: loom == Loom::Run,
            sandbox: None,
            audit: false,
        }
    }

    /// Reveals one more hint (or all), records how many were seen, and
    /// returns the hints revealed so far, numbered.
    pub fn take_hints(&mut self, exercise: &Exercise, reveal: Reveal) -> Result<Vec<String>> {
        let mut revealed = Vec::new();
        self.update(|progress| {
            let entry = progress.exercises.entry(exercise.id.clone()).or_default();
            let available = exercise.manifest.hints.len();
            let shown = match reveal {
                Reveal::All => available,
                Reveal::Next => (entry.hints_seen + 1).min(available),
            };
            entry.hints_seen = shown;
            revealed = exercise.manifest.hints[..shown]
                .iter()
                .enumerate()
                .map(|(i, h)| format!("Hint {}/{available}: {h}", i + 1))
                .collect();
        })?;
        Ok(revealed)
    }

    /// Puts the exercise's editable files back to the starter, after keeping
    /// the learner's version; returns the folder that holds it.
    pub fn reset(&mut self, exercise: &Exercise) -> Result<PathBuf> {
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let backup = self
            .workbook
            .state_dir()
            .join("backup")
            .join(exercise.id.flat())
            .join(stamp.to_string());
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
            crate::store::write_atomically(&current, &bytes)?;
        }
        self.update(|progress| {
            if let Some(entry) = progress.exercises.get_mut(&exercise.id) {
                entry.passed = 0;
                entry.score = 0.0;
                entry.digest.clear();
            }
        })?;
        Ok(backup)
    }

    /// Re-reads the progress file, applies `change`, and writes it back.
    fn update(&mut self, change: impl FnOnce(&mut Progress)) -> Result<()> {
        let dir = self.workbook.state_dir();
        let mut progress = Progress::load(&dir)?;
        change(&mut progress);
        progress.save(&dir)?;
        self.progress = progress;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A workbook of three one-file exercises in a fresh folder.
    fn workbook(name: &str) -> Workbook {
        let root =
            std::env::temp_dir().join(format!("workbook-session-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let chapters =
            "[[chapter]]\nid = \"c\"\ntitle = \"C\"\nexercises = [\"a\", \"b\", \"d\"]\n";
        std::fs::create_dir_all(root.join("exercises")).unwrap();
        std::fs::write(root.join("exercises/chapters.toml"), chapters).unwrap();
        for slug in ["a", "b", "d"] {
            let dir = root.join("exercises/c").join(slug);
            std::fs::create_dir_all(dir.join("starter/src")).unwrap();
            std::fs::write(
                dir.join("exercise.toml"),
                "title = \"T\"\npractises = \"p\"\nbook = \"c.md\"\npoints = 10\n\
                 editable = [\"src/lib.rs\"]\nhints = [\"one\", \"two\"]\n",
            )
            .unwrap();
            std::fs::write(dir.join("starter/src/lib.rs"), "// starter\n").unwrap();
            std::fs::create_dir_all(dir.join("src")).unwrap();
            std::fs::write(dir.join("src/lib.rs"), "// starter\n").unwrap();
        }
        Workbook::load(&root).unwrap()
    }

    /// Records `id` as solved with its current files, as a passing check would.
    fn solve(session: &mut Session<'_>, id: &str) {
        let exercise = session.workbook().find(id).unwrap();
        std::fs::write(exercise.dir.join("src/lib.rs"), format!("// {id} solved\n")).unwrap();
        let digest = EditableFiles::read(exercise, &exercise.dir)
            .unwrap()
            .digest();
        session
            .update(|progress| {
                let entry = progress.exercises.entry(exercise.id.clone()).or_default();
                entry.passed = 3;
                entry.total = 3;
                entry.digest = digest;
            })
            .unwrap();
    }

    #[test]
    fn next_is_the_current_one_until_solved_then_the_next_unsolved_after_it() {
        let workbook = workbook("next");
        let mut session = Session::open(&workbook).unwrap();
        let id = |e: Option<&Exercise>| e.map(|e| e.id.to_string());
        assert_eq!(id(session.next()), Some("c/a".into()));
        let b = workbook.find("c/b").unwrap();
        session.set_current(b).unwrap();
        assert_eq!(id(session.next()), Some("c/b".into()));
        solve(&mut session, "c/b");
        assert_eq!(session.standing(b), Standing::Solved);
        // After b, not from the start: d, then around to a.
        assert_eq!(id(session.next()), Some("c/d".into()));
        solve(&mut session, "c/d");
        assert_eq!(id(session.next()), Some("c/a".into()));
        assert_eq!(id(session.after(&b.id)), Some("c/a".into()));
        solve(&mut session, "c/a");
        assert_eq!(id(session.next()), None);
        assert_eq!(id(session.after(&b.id)), None);
        // A solved exercise whose files changed counts as unsolved again.
        std::fs::write(b.dir.join("src/lib.rs"), "// edited\n").unwrap();
        assert_eq!(session.standing(b), Standing::SolvedThenChanged);
        assert_eq!(id(session.next()), Some("c/b".into()));
        std::fs::remove_dir_all(&workbook.root).unwrap();
    }

    #[test]
    fn hints_reset_and_changes_from_another_process_are_kept() {
        let workbook = workbook("hints");
        let a = workbook.find("c/a").unwrap();
        let mut watching = Session::open(&workbook).unwrap();
        let mut other = Session::open(&workbook).unwrap();
        assert_eq!(
            watching.take_hints(a, Reveal::Next).unwrap(),
            ["Hint 1/2: one"]
        );
        // The other session's change re-reads the file: the hint stays seen.
        solve(&mut other, "c/b");
        assert_eq!(other.progress().exercises[&a.id].hints_seen, 1);
        assert_eq!(watching.take_hints(a, Reveal::Next).unwrap().len(), 2);
        assert_eq!(watching.take_hints(a, Reveal::Next).unwrap().len(), 2);
        assert!(
            watching
                .progress()
                .exercises
                .contains_key(&ExerciseId::new("c", "b"))
        );

        std::fs::write(a.dir.join("src/lib.rs"), "// mine\n").unwrap();
        assert_eq!(watching.standing(a), Standing::InProgress);
        let backup = watching.reset(a).unwrap();
        assert_eq!(
            std::fs::read_to_string(backup.join("src/lib.rs")).unwrap(),
            "// mine\n"
        );
        assert_eq!(watching.standing(a), Standing::NotStarted);
        std::fs::remove_dir_all(&workbook.root).unwrap();
    }
}
