//! The workbook on disk: chapters, exercises and their manifests.
//!
//! An exercise has a stable id `chapter/slug` and lives in
//! `exercises/<chapter>/<slug>/` with an `exercise.toml` manifest. Its
//! pristine starter is kept in `starter/` beside the learner's working copy,
//! and the reference versions of the editable files in
//! `solutions/<chapter>/<slug>/`. The order comes from `exercises/chapters.toml`.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

/// Default per-test timeout for ordinary and compile-fail tests.
const DEFAULT_TEST_SECONDS: u64 = 10;
/// Default per-test timeout for loom tests, which explore many interleavings.
const DEFAULT_LOOM_TEST_SECONDS: u64 = 60;

/// A stable exercise id, `chapter/slug`.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct ExerciseId(String);

impl ExerciseId {
    pub fn new(chapter: &str, slug: &str) -> ExerciseId {
        ExerciseId(format!("{chapter}/{slug}"))
    }
    /// An id from text such as a book's `{{#exercise …}}`; it may name nothing.
    pub fn from_str_unchecked(id: &str) -> ExerciseId {
        ExerciseId(id.to_owned())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// A name usable as one path component.
    pub fn flat(&self) -> String {
        self.0.replace('/', "--")
    }
}

/// Ids compare with text, so a test or a flag can name one as `"locks/spinlock"`.
impl PartialEq<str> for ExerciseId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for ExerciseId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl fmt::Display for ExerciseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `exercise.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub title: String,
    pub practises: String,
    /// Page in `book/src`, with an optional `#anchor`.
    pub book: String,
    pub points: u32,
    /// Files the learner edits, relative to the crate root.
    pub editable: Vec<String>,
    pub hints: Vec<String>,
    pub loom: Option<LoomSettings>,
    #[serde(default)]
    pub limits: Limits,
    #[serde(default)]
    pub rules: Rules,
    #[serde(default)]
    pub mutants: MutantNotes,
}

/// What an author says about the mutants of the reference solution
/// (`cargo xtask mutants`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MutantNotes {
    /// Mutants that cannot change what the code does, so no test can catch them.
    #[serde(default)]
    pub equivalent: Vec<EquivalentMutant>,
}

/// One mutant no test can catch, and why.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EquivalentMutant {
    /// The function as cargo-mutants names it, e.g. `SpinLock<T>::new`.
    pub function: String,
    /// The replacement text, exactly as cargo-mutants prints it.
    pub replacement: String,
    pub why: String,
}

/// What the learner's code may not use, checked before anything is compiled.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// Names that must not appear as identifiers in the editable files, such
    /// as `Mutex` in an exercise that builds a lock from atomics.
    #[serde(default)]
    pub forbid: Vec<String>,
    /// Why, in a sentence the learner reads when they use one.
    #[serde(default)]
    pub because: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoomSettings {
    /// Passed to loom as `LOOM_MAX_PREEMPTIONS`.
    pub max_preemptions: u32,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    pub test_seconds: Option<u64>,
    pub loom_test_seconds: Option<u64>,
}

#[derive(Debug, Clone)]
pub struct Exercise {
    pub id: ExerciseId,
    /// `exercises/<chapter>/<slug>`, absolute.
    pub dir: PathBuf,
    pub manifest: Manifest,
}

impl Exercise {
    pub fn starter_dir(&self) -> PathBuf {
        self.dir.join("starter")
    }
    pub fn test_timeout(&self) -> std::time::Duration {
        std::time::Duration::from_secs(
            self.manifest
                .limits
                .test_seconds
                .unwrap_or(DEFAULT_TEST_SECONDS),
        )
    }
    pub fn loom_test_timeout(&self) -> std::time::Duration {
        std::time::Duration::from_secs(
            self.manifest
                .limits
                .loom_test_seconds
                .unwrap_or(DEFAULT_LOOM_TEST_SECONDS),
        )
    }
}

#[derive(Debug, Clone)]
pub struct Chapter {
    pub id: String,
    pub title: String,
    pub exercises: Vec<ExerciseId>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChaptersFile {
    chapter: Vec<ChapterEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChapterEntry {
    id: String,
    title: String,
    exercises: Vec<String>,
}

/// Every chapter and exercise of the workbook rooted at `root`.
#[derive(Debug, Clone)]
pub struct Workbook {
    pub root: PathBuf,
    pub chapters: Vec<Chapter>,
    exercises: BTreeMap<ExerciseId, Exercise>,
}

impl Workbook {
    /// The workbook that contains this xtask.
    pub fn locate() -> Result<Workbook> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .context("xtask has no parent directory")?;
        Workbook::load(root)
    }

    pub fn load(root: &Path) -> Result<Workbook> {
        let index_path = root.join("exercises/chapters.toml");
        let text = std::fs::read_to_string(&index_path)
            .with_context(|| format!("cannot read {}", index_path.display()))?;
        let index: ChaptersFile = toml::from_str(&text)
            .with_context(|| format!("{} is not a valid chapter list", index_path.display()))?;
        let mut chapters = Vec::new();
        let mut exercises = BTreeMap::new();
        for entry in index.chapter {
            let mut ids = Vec::new();
            for slug in &entry.exercises {
                let id = ExerciseId::new(&entry.id, slug);
                let dir = root.join("exercises").join(&entry.id).join(slug);
                let exercise = load_exercise(id.clone(), dir)?;
                if exercises.insert(id.clone(), exercise).is_some() {
                    bail!("{} lists `{id}` twice", index_path.display());
                }
                ids.push(id);
            }
            chapters.push(Chapter {
                id: entry.id,
                title: entry.title,
                exercises: ids,
            });
        }
        // Exercise folders that chapters.toml does not list yet are still loaded,
        // so their authors can `check` and `verify` them by id; they appear in no
        // chapter, and `verify` reports them until they are listed.
        let folders = std::fs::read_dir(root.join("exercises"))
            .into_iter()
            .flatten()
            .flatten();
        for chapter in folders {
            let slugs = std::fs::read_dir(chapter.path())
                .into_iter()
                .flatten()
                .flatten();
            for slug in slugs.filter(|s| s.path().join("exercise.toml").is_file()) {
                let id = ExerciseId::new(
                    &chapter.file_name().to_string_lossy(),
                    &slug.file_name().to_string_lossy(),
                );
                if let std::collections::btree_map::Entry::Vacant(vacant) =
                    exercises.entry(id.clone())
                {
                    vacant.insert(load_exercise(id, slug.path())?);
                }
            }
        }
        Ok(Workbook {
            root: root.to_path_buf(),
            chapters,
            exercises,
        })
    }

    /// Exercises with a folder that no chapter lists.
    pub fn unlisted(&self) -> impl Iterator<Item = &Exercise> {
        self.exercises
            .values()
            .filter(|e| !self.chapters.iter().any(|c| c.exercises.contains(&e.id)))
    }

    /// Exercises in the order the workbook presents them.
    pub fn exercises(&self) -> impl Iterator<Item = &Exercise> {
        self.chapters
            .iter()
            .flat_map(|c| c.exercises.iter())
            .map(|id| &self.exercises[id])
    }

    pub fn get(&self, id: &ExerciseId) -> Option<&Exercise> {
        self.exercises.get(id)
    }

    /// Finds an exercise by its id, or by its slug alone when that is unique.
    /// The exercises `names` name (ids or unique slugs), or every exercise
    /// in workbook order when `names` is empty.
    pub fn select(&self, names: &[String]) -> Result<Vec<&Exercise>> {
        if names.is_empty() {
            return Ok(self.exercises().collect());
        }
        names.iter().map(|n| self.find(n)).collect()
    }

    pub fn find(&self, name: &str) -> Result<&Exercise> {
        if let Some(exercise) = self.exercises.values().find(|e| e.id.as_str() == name) {
            return Ok(exercise);
        }
        let by_slug: Vec<&Exercise> = self
            .exercises
            .values()
            .filter(|e| e.id.as_str().ends_with(&format!("/{name}")))
            .collect();
        match by_slug.as_slice() {
            [one] => Ok(one),
            [] => {
                let near: Vec<&str> = self
                    .exercises
                    .keys()
                    .map(ExerciseId::as_str)
                    .filter(|id| {
                        id.contains(name) || name.contains(id.split('/').next_back().unwrap_or(id))
                    })
                    .collect();
                if near.is_empty() {
                    bail!("no exercise `{name}`: `cargo xtask list` shows every id")
                }
                bail!("no exercise `{name}`; did you mean {}?", near.join(" or "))
            }
            many => bail!(
                "`{name}` names several exercises: {}",
                many.iter()
                    .map(|e| e.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }

    pub fn solution_dir(&self, exercise: &Exercise) -> PathBuf {
        self.root.join("solutions").join(exercise.id.as_str())
    }

    /// Where the learner's progress is kept.
    pub fn state_dir(&self) -> PathBuf {
        self.root.join(".workbook")
    }

    /// Scratch space for assembled crates and their build output.
    pub fn scratch_dir(&self) -> PathBuf {
        self.root.join("target/workbook")
    }
}

fn load_exercise(id: ExerciseId, dir: PathBuf) -> Result<Exercise> {
    let manifest_path = dir.join("exercise.toml");
    let text = std::fs::read_to_string(&manifest_path).with_context(|| {
        format!(
            "cannot read {} (exercises/chapters.toml lists `{id}`)",
            manifest_path.display()
        )
    })?;
    let manifest: Manifest = toml::from_str(&text)
        .with_context(|| format!("{} is not a valid manifest", manifest_path.display()))?;
    if manifest.editable.is_empty() {
        bail!(
            "{}: `editable` lists no file; name the files the learner edits",
            manifest_path.display()
        );
    }
    for file in &manifest.editable {
        let path = Path::new(file);
        if path.is_absolute()
            || path
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)))
        {
            bail!(
                "{}: editable file `{file}` must be a plain relative path",
                manifest_path.display()
            );
        }
    }
    Ok(Exercise { id, dir, manifest })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workbook_loads_and_every_id_is_chapter_slash_slug() {
        let workbook = Workbook::locate().unwrap();
        assert!(workbook.exercises().count() >= 1);
        for exercise in workbook.exercises() {
            let (chapter, slug) = exercise.id.as_str().split_once('/').unwrap();
            assert!(!chapter.is_empty() && !slug.is_empty() && !slug.contains('/'));
        }
    }

    #[test]
    fn find_accepts_a_unique_slug_and_explains_a_miss() {
        let workbook = Workbook::locate().unwrap();
        assert_eq!(
            workbook.find("ticket").unwrap().id.as_str(),
            "ownership/ticket"
        );
        assert_eq!(
            workbook.find("ownership/ticket").unwrap().id.as_str(),
            "ownership/ticket"
        );
        let err = workbook.find("no-such-thing").unwrap_err().to_string();
        assert!(err.contains("cargo xtask list"), "{err}");
    }
}
