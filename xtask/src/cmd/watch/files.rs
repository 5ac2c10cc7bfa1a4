//! Which file events are a learner's save, and the debounced watcher that
//! reports them.
//!
//! `watch` watches the folders that hold the current exercise's editable
//! files (not recursively) through `notify-debouncer-full`. It holds each
//! event for [`QUIET`], merges a file's events, stitches renames together
//! (an editor's write-then-rename is one rename of the file) and keeps every
//! event's kind; what happened within one of its ticks (`QUIET / 4`) reaches
//! [`SaveWatcher`]'s callback as one batch, so an editor's burst (write,
//! rename, chmod, all within milliseconds) is one save. A burst spread over
//! more than a tick may come as two batches, which costs at most one more
//! check: saves during a check queue exactly one.
//!
//! Invariant: a save is a create, a write, a rename or a metadata change
//! (`touch`) of one of the current exercise's editable files. Reads (access
//! events, which a check itself makes when it copies the files), removals,
//! and anything that happens to another file (an editor's swap file, the
//! build's `target/`) never are, so a check never triggers another one.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, Result};
use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

use crate::workbook::Exercise;

/// How long the debouncer holds an event before handing it over.
pub const QUIET: Duration = Duration::from_millis(80);

/// The exercise's editable files, as absolute paths.
pub fn editable_paths(exercise: &Exercise) -> Vec<PathBuf> {
    exercise
        .manifest
        .editable
        .iter()
        .map(|file| exercise.dir.join(file))
        .collect()
}

/// The folders to watch so that every editable file is seen: their parents.
pub fn folders_to_watch(editable: &[PathBuf]) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = editable
        .iter()
        .filter_map(|file| file.parent().map(Path::to_path_buf))
        .collect();
    folders.sort();
    folders.dedup();
    folders
}

/// The names events may give the `editable` files: as given and, because
/// some backends (macOS's FSEvents) report paths with links resolved, with
/// their folder canonicalized (the file itself may be missing mid-save).
pub fn names_in_events(editable: &[PathBuf]) -> Vec<PathBuf> {
    let mut names = editable.to_vec();
    for file in editable {
        if let (Some(folder), Some(name)) = (file.parent(), file.file_name())
            && let Ok(folder) = folder.canonicalize()
        {
            names.push(folder.join(name));
        }
    }
    names.sort();
    names.dedup();
    names
}

/// Whether `event` is a learner's save of one of the `editable` files
/// (named as [`names_in_events`] gives them).
pub fn is_save(event: &notify::Event, editable: &[PathBuf]) -> bool {
    let kind_counts = matches!(event.kind, EventKind::Create(_) | EventKind::Modify(_));
    kind_counts && event.paths.iter().any(|path| editable.contains(path))
}

/// The debounced watcher of one exercise's editable files at a time.
pub struct SaveWatcher {
    debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
    /// The files whose events count; the callback reads them.
    editable: Arc<Mutex<Vec<PathBuf>>>,
    /// The folders watched now, to unwatch when the exercise changes.
    folders: Vec<PathBuf>,
}

impl SaveWatcher {
    /// A watcher that calls `on_save` once per debounced batch holding a save.
    pub fn new(on_save: impl Fn() + Send + 'static) -> Result<SaveWatcher> {
        let editable = Arc::new(Mutex::new(Vec::<PathBuf>::new()));
        let counted = Arc::clone(&editable);
        let debouncer = new_debouncer(QUIET, None, move |result: DebounceEventResult| {
            // Errors (a watch lost, an overflowing queue) are not saves; the
            // learner can press r.
            let Ok(events) = result else { return };
            let editable = counted.lock().unwrap_or_else(|e| e.into_inner());
            if events.iter().any(|event| is_save(event, &editable)) {
                on_save();
            }
        })
        .context("cannot watch files for changes")?;
        Ok(SaveWatcher {
            debouncer,
            editable,
            folders: Vec::new(),
        })
    }

    /// Watches `exercise`'s editable files instead of the previous exercise's.
    pub fn watch(&mut self, exercise: &Exercise) -> Result<()> {
        for folder in self.folders.drain(..) {
            let _ = self.debouncer.unwatch(&folder);
        }
        let editable = editable_paths(exercise);
        let folders = folders_to_watch(&editable);
        *self.editable.lock().unwrap_or_else(|e| e.into_inner()) = names_in_events(&editable);
        for folder in &folders {
            self.debouncer
                .watch(folder, RecursiveMode::NonRecursive)
                .with_context(|| {
                    format!(
                        "cannot watch {} for saves; does the folder exist? `cargo xtask reset {}` restores the exercise's files",
                        folder.display(),
                        exercise.id
                    )
                })?;
            self.folders.push(folder.clone());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use notify::event::{
        AccessKind, AccessMode, CreateKind, DataChange, MetadataKind, ModifyKind, RemoveKind,
        RenameMode,
    };

    use super::*;

    fn event(kind: EventKind, paths: &[&str]) -> notify::Event {
        paths.iter().fold(notify::Event::new(kind), |event, path| {
            event.add_path(path.into())
        })
    }

    fn editable() -> Vec<PathBuf> {
        vec![PathBuf::from("/w/exercises/locks/spinlock/src/lib.rs")]
    }

    const LIB: &str = "/w/exercises/locks/spinlock/src/lib.rs";

    #[test]
    fn writes_creates_renames_and_touches_of_editable_files_are_saves() {
        let saves = [
            EventKind::Modify(ModifyKind::Data(DataChange::Content)),
            EventKind::Modify(ModifyKind::Any),
            EventKind::Create(CreateKind::File),
            EventKind::Modify(ModifyKind::Metadata(MetadataKind::Any)),
            EventKind::Modify(ModifyKind::Name(RenameMode::To)),
        ];
        for kind in saves {
            assert!(is_save(&event(kind, &[LIB]), &editable()), "{kind:?}");
        }
        // An editor writes a temporary file and renames it over the file.
        let rename = event(
            EventKind::Modify(ModifyKind::Name(RenameMode::Both)),
            &["/w/exercises/locks/spinlock/src/.lib.rs.tmp", LIB],
        );
        assert!(is_save(&rename, &editable()));
    }

    #[test]
    fn reads_and_removals_are_not_saves() {
        let not_saves = [
            EventKind::Access(AccessKind::Read),
            EventKind::Access(AccessKind::Open(AccessMode::Read)),
            EventKind::Access(AccessKind::Close(AccessMode::Read)),
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            EventKind::Remove(RemoveKind::File),
            EventKind::Other,
            EventKind::Any,
        ];
        for kind in not_saves {
            assert!(!is_save(&event(kind, &[LIB]), &editable()), "{kind:?}");
        }
    }

    #[test]
    fn events_of_other_files_are_not_saves() {
        let others = [
            "/w/exercises/locks/spinlock/src/.lib.rs.swp",
            "/w/exercises/locks/spinlock/src/main.rs",
            "/w/exercises/locks/spinlock/tests/behaviour.rs",
            "/w/target/workbook/working/exercises/locks/spinlock/src/lib.rs",
            "/w/exercises/locks/oneshot/src/lib.rs",
        ];
        for path in others {
            for kind in [
                EventKind::Modify(ModifyKind::Data(DataChange::Content)),
                EventKind::Modify(ModifyKind::Metadata(MetadataKind::WriteTime)),
                EventKind::Create(CreateKind::File),
            ] {
                assert!(!is_save(&event(kind, &[path]), &editable()), "{path}");
            }
        }
    }

    #[cfg(unix)]
    #[test]
    fn an_editable_file_is_also_known_by_its_folder_s_real_path() {
        let real = std::env::temp_dir().canonicalize().unwrap();
        let dir = real.join(format!("watch-names-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("src")).unwrap();
        let link = real.join(format!("watch-names-link-{}", std::process::id()));
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(&dir, &link).unwrap();
        // The file need not exist: mid-save it may be renamed away.
        let names = names_in_events(&[link.join("src/lib.rs")]);
        let _ = std::fs::remove_file(&link);
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(names.contains(&dir.join("src/lib.rs")), "{names:?}");
        assert!(names.contains(&link.join("src/lib.rs")), "{names:?}");
    }

    /// The real watcher, end to end: a write to the editable file reaches
    /// `on_save`. (That reads do not is `is_save`'s, tested above: proving
    /// an absence here would need a timed wait.)
    #[test]
    fn a_write_to_an_editable_file_reaches_the_callback() {
        let dir = std::env::temp_dir().join(format!("watch-save-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(dir.join("src/lib.rs"), "// starter\n").unwrap();
        let manifest: crate::workbook::Manifest = toml::from_str(
            r#"
                title = "t"
                practises = "p"
                book = "b.md"
                points = 1
                editable = ["src/lib.rs"]
                hints = []
            "#,
        )
        .unwrap();
        let exercise = Exercise {
            id: crate::workbook::ExerciseId::new("c", "e"),
            dir: dir.clone(),
            manifest,
        };
        let (saved, saves) = std::sync::mpsc::channel();
        let mut watcher = SaveWatcher::new(move || {
            let _ = saved.send(());
        })
        .unwrap();
        watcher.watch(&exercise).unwrap();
        std::fs::write(dir.join("src/lib.rs"), "// edited\n").unwrap();
        // A liveness bound for a loaded machine, not a timing goal.
        let heard = saves.recv_timeout(Duration::from_secs(60));
        drop(watcher);
        let _ = std::fs::remove_dir_all(&dir);
        assert!(heard.is_ok(), "no save reported for a write of src/lib.rs");
    }

    #[test]
    fn the_folders_of_the_editable_files_are_watched_once_each() {
        let files = [
            PathBuf::from("/e/src/lib.rs"),
            PathBuf::from("/e/src/guard.rs"),
            PathBuf::from("/e/benches/b.rs"),
        ];
        assert_eq!(
            folders_to_watch(&files),
            [PathBuf::from("/e/benches"), PathBuf::from("/e/src")]
        );
    }
}
