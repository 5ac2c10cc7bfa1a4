//! The learner's progress, kept in `.workbook/progress.json` by exercise id.
//!
//! Written atomically ([`crate::store`]), so a crash or Ctrl-C never leaves
//! half a file.
//! Ids are stable, so inserting or renaming exercises elsewhere in the
//! workbook never shifts anyone's progress.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::engine::Report;
use crate::workbook::ExerciseId;

const VERSION: u32 = 1;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    /// The exercise the learner is working on.
    pub current: Option<ExerciseId>,
    pub exercises: BTreeMap<ExerciseId, Entry>,
}

/// The last verdict on one exercise.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Entry {
    pub passed: usize,
    pub total: usize,
    pub score: f64,
    pub max_score: f64,
    /// Digest of the editable files that earned this verdict.
    pub digest: String,
    /// How many hints the learner has asked for.
    pub hints_seen: usize,
    /// Seconds since the Unix epoch.
    pub checked_at: u64,
}

impl Entry {
    pub fn solved(&self) -> bool {
        self.total > 0 && self.passed == self.total
    }
}

impl Progress {
    pub fn path(state_dir: &Path) -> PathBuf {
        state_dir.join("progress.json")
    }

    /// Loads the progress file; a missing file is a fresh start.
    pub fn load(state_dir: &Path) -> Result<Progress> {
        let path = Progress::path(state_dir);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Progress {
                    version: VERSION,
                    ..Progress::default()
                });
            }
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
        };
        let progress: Progress = serde_json::from_str(&text).with_context(|| {
            format!(
                "{} is damaged; move it away to start the record afresh (your exercise files are not affected)",
                path.display()
            )
        })?;
        if progress.version != VERSION {
            bail!(
                "{} was written by a different version of the workbook (format {}, expected {VERSION}); move it away to start afresh",
                path.display(),
                progress.version
            );
        }
        Ok(progress)
    }

    pub fn save(&self, state_dir: &Path) -> Result<()> {
        let json = serde_json::to_string_pretty(self).expect("progress serialises");
        crate::store::write_atomically(&Progress::path(state_dir), json.as_bytes())
    }

    pub fn record(&mut self, id: &ExerciseId, report: &Report) {
        let entry = self.exercises.entry(id.clone()).or_default();
        entry.passed = report.passed;
        entry.total = report.total;
        entry.score = report.score;
        entry.max_score = report.max_score;
        entry.digest = report.digest.clone();
        entry.checked_at = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_round_trips_and_a_missing_file_is_a_fresh_start() {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path().join("state");
        let fresh = Progress::load(&dir).unwrap();
        assert!(fresh.exercises.is_empty());
        let mut progress = fresh;
        let id = ExerciseId::new("locks", "spinlock");
        progress.current = Some(id.clone());
        progress.exercises.insert(
            id.clone(),
            Entry {
                passed: 3,
                total: 4,
                hints_seen: 1,
                ..Entry::default()
            },
        );
        progress.save(&dir).unwrap();
        let loaded = Progress::load(&dir).unwrap();
        assert_eq!(loaded.current, Some(id.clone()));
        assert_eq!(loaded.exercises[&id].passed, 3);
        let leftovers: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            leftovers,
            ["progress.json"],
            "no temporary file is left behind"
        );
    }

    #[test]
    fn a_damaged_file_is_named_with_the_fix() {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path();
        std::fs::write(dir.join("progress.json"), "{ not json").unwrap();
        let message = format!("{:#}", Progress::load(dir).unwrap_err());
        assert!(message.contains("progress.json"), "{message}");
        assert!(message.contains("move it away"), "{message}");
    }
}
