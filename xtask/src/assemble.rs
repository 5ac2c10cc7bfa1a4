//! Building the crate that gets graded: canonical files plus one source's
//! editable files.
//!
//! Everything in an exercise's folder except the files its manifest lists as
//! editable (and the `starter/` copy) is canonical: tests, `Cargo.toml`, the
//! compile-fail cases. The editable files come from exactly one [`Source`].
//! The result is a small standalone workspace under `target/workbook/`, with
//! the workbook's `Cargo.lock` and its `support/` crates, so the build uses the
//! same dependency versions as the workbook and never reads anything else from
//! the source. Files are only rewritten when their content changed, so cargo's
//! incremental builds stay warm between checks.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

use crate::workbook::{Exercise, Workbook};

/// Largest editable file accepted from a source.
const EDITABLE_FILE_LIMIT: u64 = 1 << 20;

/// Where the editable files come from.
#[derive(Debug, Clone)]
pub enum Source {
    /// The learner's files in `exercises/<id>/`.
    WorkingCopy,
    /// The pristine starter in `exercises/<id>/starter/`.
    Starter,
    /// The reference solution in `solutions/<id>/`.
    Solution,
    /// Any folder that holds the editable files at their paths relative to the crate.
    Dir(PathBuf),
}

impl Source {
    pub fn dir(&self, workbook: &Workbook, exercise: &Exercise) -> PathBuf {
        match self {
            Source::WorkingCopy => exercise.dir.clone(),
            Source::Starter => exercise.starter_dir(),
            Source::Solution => workbook.solution_dir(exercise),
            Source::Dir(dir) => dir.clone(),
        }
    }

    pub fn label(&self) -> String {
        match self {
            Source::WorkingCopy => "working copy".into(),
            Source::Starter => "starter".into(),
            Source::Solution => "reference solution".into(),
            Source::Dir(dir) => dir.display().to_string(),
        }
    }
}

/// Why a source's editable files could not be read: each is the learner's to
/// fix, and its message says which file and what to do.
#[derive(Debug)]
pub enum EditableError {
    Missing(PathBuf),
    /// A link, a folder or a device where a file should be.
    NotAFile(PathBuf),
    TooLarge {
        path: PathBuf,
        bytes: u64,
    },
    Unreadable(PathBuf, std::io::Error),
}

impl std::fmt::Display for EditableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditableError::Missing(path) => write!(
                f,
                "{} is missing: it should hold your solution",
                path.display()
            ),
            EditableError::NotAFile(path) => write!(
                f,
                "{} is not a regular file (a link or a folder?)",
                path.display()
            ),
            EditableError::TooLarge { path, bytes } => write!(
                f,
                "{} is {bytes} bytes; an editable file may be at most {EDITABLE_FILE_LIMIT}",
                path.display()
            ),
            EditableError::Unreadable(path, error) => {
                write!(f, "cannot read {}: {error}", path.display())
            }
        }
    }
}

impl std::error::Error for EditableError {}

/// The editable files of one source, by path relative to the crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditableFiles(pub BTreeMap<String, Vec<u8>>);

impl EditableFiles {
    /// Reads the manifest's editable files from `dir`. A missing, linked or
    /// oversized file is an explanation for the learner, not an I/O error.
    pub fn read(exercise: &Exercise, dir: &Path) -> Result<EditableFiles, EditableError> {
        let mut files = BTreeMap::new();
        for name in &exercise.manifest.editable {
            let path = dir.join(name);
            let meta = std::fs::symlink_metadata(&path)
                .map_err(|_| EditableError::Missing(path.clone()))?;
            if !meta.file_type().is_file() {
                return Err(EditableError::NotAFile(path));
            }
            if meta.len() > EDITABLE_FILE_LIMIT {
                return Err(EditableError::TooLarge {
                    path,
                    bytes: meta.len(),
                });
            }
            let bytes = std::fs::read(&path)
                .map_err(|error| EditableError::Unreadable(path.clone(), error))?;
            files.insert(name.clone(), bytes);
        }
        Ok(EditableFiles(files))
    }

    /// A digest of names and contents, to recognise an unchanged file set.
    pub fn digest(&self) -> String {
        let mut hasher = Sha256::new();
        for (name, bytes) in &self.0 {
            hasher.update((name.len() as u64).to_le_bytes());
            hasher.update(name.as_bytes());
            hasher.update((bytes.len() as u64).to_le_bytes());
            hasher.update(bytes);
        }
        format!("{:x}", hasher.finalize())
    }
}

/// An assembled crate, ready to build.
#[derive(Debug, Clone)]
pub struct Assembled {
    /// The standalone workspace's root (holds `Cargo.toml` and `Cargo.lock`).
    pub workspace: PathBuf,
    /// The exercise crate inside it.
    pub crate_dir: PathBuf,
}

/// The standalone workspace that [`assemble`] writes for `exercise`.
pub fn workspace_dir(workbook: &Workbook, exercise: &Exercise, scratch: &str) -> PathBuf {
    workbook
        .scratch_dir()
        .join(scratch)
        .join(exercise.id.flat())
}

/// Where the exercise crate sits inside that workspace; the compiler's and
/// the panics' paths start with it.
pub fn crate_in_workspace(exercise: &Exercise, scratch: &str) -> PathBuf {
    Path::new(scratch)
        .join("exercises")
        .join(exercise.id.as_str())
}

/// Assembles `exercise` with `editable` under `target/workbook/<scratch>/<id>`.
pub fn assemble(
    workbook: &Workbook,
    exercise: &Exercise,
    editable: &EditableFiles,
    scratch: &str,
) -> Result<Assembled> {
    let workspace = workspace_dir(workbook, exercise, scratch);
    // Cargo names a path package's artifacts by its path *relative to the
    // workspace root*, and every scratch workspace shares one target directory.
    // With the same relative path, the starter and the solution would share
    // artifacts and fingerprints, and one could be graded with the other's
    // build. The scratch name in the relative path keeps them apart.
    let inner = Path::new(scratch);
    let crate_rel = crate_in_workspace(exercise, scratch);
    let crate_dir = workspace.join(&crate_rel);

    let mut files: BTreeMap<PathBuf, Vec<u8>> = BTreeMap::new();
    files.insert(
        "Cargo.toml".into(),
        format!(
            "# Assembled by `cargo xtask`; rewritten on every check.\n[workspace]\nresolver = \"3\"\n\
             members = [\"{}\"]\n\n[profile.dev]\ndebug = \"line-tables-only\"\n",
            crate_rel.display()
        )
        .into_bytes(),
    );
    let lock = workbook.root.join("Cargo.lock");
    files.insert(
        "Cargo.lock".into(),
        std::fs::read(&lock).with_context(|| format!("cannot read {}", lock.display()))?,
    );
    for (rel, bytes) in read_tree(&workbook.root.join("support"), &|_| true)? {
        files.insert(inner.join("support").join(rel), bytes);
    }
    let editable_names: Vec<&str> = exercise
        .manifest
        .editable
        .iter()
        .map(String::as_str)
        .collect();
    let canonical = read_tree(&exercise.dir, &|rel: &Path| {
        let text = rel.to_string_lossy();
        !(rel.starts_with("starter")
            || rel.starts_with("target")
            || text == "exercise.toml"
            || editable_names.contains(&text.as_ref()))
    })?;
    let manifest = canonical.get(Path::new("Cargo.toml"));
    if !manifest.is_some_and(|m| String::from_utf8_lossy(m).contains(WITNESS_PACKAGE)) {
        anyhow::bail!(
            "{}/Cargo.toml does not depend on {WITNESS_PACKAGE}, which every graded test needs: \
             add `{WITNESS_PACKAGE} = {{ path = \"../../../support/witness\" }}` under [dev-dependencies]",
            exercise.dir.display()
        );
    }
    for (rel, mut bytes) in canonical {
        if is_test_target(&rel) {
            bytes.extend_from_slice(WITNESS_IMPORT.as_bytes());
        }
        files.insert(crate_rel.join(rel), bytes);
    }
    for (name, bytes) in &editable.0 {
        files.insert(crate_rel.join(name), bytes.clone());
    }
    sync_tree(&workspace, &files)?;
    Ok(Assembled {
        workspace,
        crate_dir,
    })
}

/// The crate whose `#[test]` proves to the engine that a test body ended.
const WITNESS_PACKAGE: &str = "workbook-witness";

/// Appended to every test target: the witnessing `#[test]` shadows std's
/// (`support/witness`). At the end, so the test's line numbers stay the same.
const WITNESS_IMPORT: &str =
    "\n#[allow(unused_imports)] use ::workbook_witness::test; // added by the grader\n";

/// `tests/<name>.rs`: a file cargo builds as a test target.
fn is_test_target(rel: &Path) -> bool {
    let mut parts = rel.components();
    parts.next().is_some_and(|c| c.as_os_str() == "tests")
        && parts.next().is_some()
        && parts.next().is_none()
        && rel.extension().is_some_and(|e| e == "rs")
}

/// Every regular file below `root` whose relative path `keep` accepts, by that path.
pub fn read_tree(root: &Path, keep: &dyn Fn(&Path) -> bool) -> Result<BTreeMap<PathBuf, Vec<u8>>> {
    let mut files = BTreeMap::new();
    let walk = walkdir::WalkDir::new(root)
        .min_depth(1)
        .into_iter()
        .filter_entry(|entry| keep(entry.path().strip_prefix(root).expect("below root")));
    for entry in walk {
        let entry = entry.map_err(|e| {
            let place = e.path().unwrap_or(root).display().to_string();
            anyhow::Error::new(e).context(format!("cannot list {place}"))
        })?;
        if entry.file_type().is_file() {
            let path = entry.path();
            let bytes =
                std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            files.insert(
                path.strip_prefix(root).expect("below root").to_path_buf(),
                bytes,
            );
        }
    }
    Ok(files)
}

/// Makes the files below `root` exactly `files`: writes what differs, removes
/// what is not listed (except build output), leaves the rest untouched.
fn sync_tree(root: &Path, files: &BTreeMap<PathBuf, Vec<u8>>) -> Result<()> {
    for (rel, bytes) in files {
        let path = root.join(rel);
        if std::fs::read(&path).is_ok_and(|old| &old == bytes) {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
    }
    if root.exists() {
        let stale = read_tree(root, &|rel: &Path| !rel.starts_with("target"))?;
        for rel in stale.keys().filter(|rel| !files.contains_key(*rel)) {
            std::fs::remove_file(root.join(rel))
                .with_context(|| format!("cannot remove {}", rel.display()))?;
        }
    }
    Ok(())
}

/// Files directly under `tests/` of an assembled or canonical crate: the test targets.
pub fn test_targets(crate_dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut targets = Vec::new();
    let dir = crate_dir.join("tests");
    for entry in
        std::fs::read_dir(&dir).with_context(|| format!("cannot list {}", dir.display()))?
    {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "rs") && path.is_file() {
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .context("test file name is not UTF-8")?;
            targets.push((name.to_owned(), path.clone()));
        }
    }
    targets.sort();
    Ok(targets)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_tree_writes_changes_only_and_removes_strays() {
        let scratch = tempfile::tempdir().unwrap();
        let root = scratch.path();
        let mut files = BTreeMap::new();
        files.insert(PathBuf::from("a/keep.rs"), b"one".to_vec());
        files.insert(PathBuf::from("b.rs"), b"two".to_vec());
        sync_tree(root, &files).unwrap();
        let before = std::fs::metadata(root.join("a/keep.rs"))
            .unwrap()
            .modified()
            .unwrap();
        std::fs::write(root.join("stray.rs"), "x").unwrap();
        std::fs::create_dir_all(root.join("target")).unwrap();
        std::fs::write(root.join("target/build-output"), "x").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        files.insert(PathBuf::from("b.rs"), b"changed".to_vec());
        sync_tree(root, &files).unwrap();
        assert_eq!(
            std::fs::metadata(root.join("a/keep.rs"))
                .unwrap()
                .modified()
                .unwrap(),
            before
        );
        assert_eq!(std::fs::read(root.join("b.rs")).unwrap(), b"changed");
        assert!(!root.join("stray.rs").exists());
        assert!(root.join("target/build-output").exists());
    }
}
