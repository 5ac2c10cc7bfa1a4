//! Paths a learner can click.
//!
//! The engine builds an assembled copy of the exercise under
//! `target/workbook/<scratch>/…`, so the compiler's messages and the panics
//! of tests name files there (`working/exercises/locks/spinlock/src/lib.rs`,
//! or the same with the absolute workspace in front). A learner edits
//! `exercises/locks/spinlock/src/lib.rs`, and an instructor reads a
//! submission's own folder. [`LearnerPaths`] rewrites every such path to the
//! file it was copied from: an editable file to the source it came from, any
//! other file of the crate to the exercise's canonical folder, and `support/`
//! to the workbook's.

use std::path::{Path, PathBuf};

use crate::assemble::{self, Source};
use crate::engine::{Event, Report, TestResult};
use crate::workbook::{Exercise, Workbook};

/// Rewrites paths inside the assembled workspace of one grading run.
#[derive(Debug, Clone)]
pub struct LearnerPaths {
    /// `(as the tools print it, as the learner should read it)`, longest first.
    replacements: Vec<(String, String)>,
}

impl LearnerPaths {
    pub fn new(workbook: &Workbook, exercise: &Exercise, source: &Source, scratch: &str) -> Self {
        let workspace = assemble::workspace_dir(workbook, exercise, scratch);
        let crate_rel = assemble::crate_in_workspace(exercise, scratch);
        let shown = |path: &Path| -> String {
            path.strip_prefix(&workbook.root)
                .unwrap_or(path)
                .display()
                .to_string()
        };
        let canonical = shown(&exercise.dir);
        let source_dir = source.dir(workbook, exercise);
        // A submission keeps the workbook's layout: name its files as the student does.
        let editable_home =
            if source_dir.ends_with(Path::new("exercises").join(exercise.id.as_str())) {
                Path::new("exercises")
                    .join(exercise.id.as_str())
                    .display()
                    .to_string()
            } else {
                shown(&source_dir)
            };
        let mut replacements = Vec::new();
        for prefix in [crate_rel.clone(), workspace.join(&crate_rel)] {
            let prefix = prefix.display().to_string();
            for file in &exercise.manifest.editable {
                replacements.push((
                    format!("{prefix}/{file}"),
                    join_display(&editable_home, file),
                ));
            }
            replacements.push((format!("{prefix}/"), format!("{canonical}/")));
        }
        let support = Path::new(scratch).join("support");
        for prefix in [support.clone(), workspace.join(&support)] {
            replacements.push((format!("{}/", prefix.display()), "support/".into()));
        }
        // Longest first, so a file's own path wins over its folder's.
        replacements.sort_by_key(|(from, _)| std::cmp::Reverse(from.len()));
        LearnerPaths { replacements }
    }

    /// `text` with every assembled path replaced.
    pub fn rewrite(&self, text: &str) -> String {
        if !self
            .replacements
            .iter()
            .any(|(from, _)| text.contains(from))
        {
            return text.to_owned();
        }
        // One left-to-right pass, so a replacement is never rewritten again.
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        'scan: while !rest.is_empty() {
            for (from, to) in &self.replacements {
                if let Some(after) = rest.strip_prefix(from.as_str()) {
                    out.push_str(to);
                    rest = after;
                    continue 'scan;
                }
            }
            let next = rest.chars().next().map_or(1, char::len_utf8);
            out.push_str(&rest[..next]);
            rest = &rest[next..];
        }
        out
    }

    pub fn rewrite_test(&self, test: &TestResult) -> TestResult {
        TestResult {
            message: self.rewrite(&test.message),
            ..test.clone()
        }
    }

    pub fn rewrite_report(&self, report: &mut Report) {
        report.build_errors = self.rewrite(&report.build_errors);
        for test in &mut report.tests {
            test.message = self.rewrite(&test.message);
        }
    }

    /// Forwards `event` to `on_event` with its paths rewritten.
    pub fn forward(&self, event: Event<'_>, on_event: &mut dyn FnMut(Event<'_>)) {
        match event {
            Event::BuildFailed(errors) => on_event(Event::BuildFailed(&self.rewrite(errors))),
            Event::Test(test) => on_event(Event::Test(&self.rewrite_test(test))),
            Event::TestsDidNotBuild(target, errors) => {
                on_event(Event::TestsDidNotBuild(target, &self.rewrite(errors)))
            }
            other => on_event(other),
        }
    }
}

fn join_display(dir: &str, file: &str) -> String {
    PathBuf::from(dir).join(file).display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbook::ExerciseId;

    #[test]
    fn assembled_paths_become_the_files_the_learner_edits_and_reads() {
        let workbook = Workbook::locate().unwrap();
        let exercise = workbook.get(&ExerciseId::new("locks", "spinlock")).unwrap();
        let paths = LearnerPaths::new(&workbook, exercise, &Source::WorkingCopy, "working");
        let absolute = workbook
            .scratch_dir()
            .join("working/locks--spinlock/working/exercises/locks/spinlock/src/lib.rs");
        let text = format!(
            "error[E0277]: x\n --> working/exercises/locks/spinlock/src/lib.rs:12:5\n\
             panicked at working/exercises/locks/spinlock/tests/loom.rs:40:9:\n\
             at {}:3:1\n --> working/support/sync/src/lib.rs:1:1",
            absolute.display()
        );
        assert_eq!(
            paths.rewrite(&text),
            "error[E0277]: x\n --> exercises/locks/spinlock/src/lib.rs:12:5\n\
             panicked at exercises/locks/spinlock/tests/loom.rs:40:9:\n\
             at exercises/locks/spinlock/src/lib.rs:3:1\n --> support/sync/src/lib.rs:1:1"
        );

        let solution = LearnerPaths::new(&workbook, exercise, &Source::Solution, "solution");
        assert_eq!(
            solution.rewrite("at solution/exercises/locks/spinlock/src/lib.rs:3:1 and solution/exercises/locks/spinlock/tests/behaviour.rs:9:9"),
            "at solutions/locks/spinlock/src/lib.rs:3:1 and exercises/locks/spinlock/tests/behaviour.rs:9:9"
        );
        let outside = LearnerPaths::new(
            &workbook,
            exercise,
            &Source::Dir("/tmp/alice/exercises/locks/spinlock".into()),
            "grade-0",
        );
        assert_eq!(
            outside.rewrite("grade-0/exercises/locks/spinlock/src/lib.rs:7:1"),
            "exercises/locks/spinlock/src/lib.rs:7:1"
        );
        let fixture = LearnerPaths::new(&workbook, exercise, &Source::Dir("/tmp/fix".into()), "x");
        assert_eq!(
            fixture.rewrite("x/exercises/locks/spinlock/src/lib.rs:7:1"),
            "/tmp/fix/src/lib.rs:7:1"
        );
    }
}
