//! The workbook's book: build it, serve it, check it.
//!
//! This crate is separate from `xtask` so that a learner's first
//! `cargo xtask` never compiles mdBook; `cargo xtask book` runs it on demand.
//! It builds with the mdBook library and adds one preprocessor, [`boxes`],
//! which turns `{{#exercise chapter/slug}}` into a box introducing the
//! exercise. The same preprocessor runs as `workbook-book preprocess` for a
//! reader who prefers an installed `mdbook serve book`.
//!
//! [`check`] is what `cargo test` and `cargo xtask verify` rely on: the book
//! builds; every exercise is introduced by exactly one box, on the page its
//! manifest names, in workbook order; every Rust snippet behaves as its info
//! string says ([`snippets`]); every internal link and anchor resolves
//! ([`links`]), including each manifest's `book` link.

pub mod boxes;
pub mod links;
pub mod serve;
pub mod snippets;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use mdbook_driver::MDBook;
use xtask::workbook::Workbook;

/// Something wrong with the book, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// A page and line, a built page, or a manifest.
    pub place: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

pub fn book_dir(workbook: &Workbook) -> PathBuf {
    workbook.root.join("book")
}

/// Loads the book with the exercise boxes, to be built into `dest`.
pub fn load(workbook: &Workbook, dest: &Path) -> Result<MDBook> {
    let dir = book_dir(workbook);
    let mut book =
        MDBook::load(&dir).with_context(|| format!("cannot load the book in {}", dir.display()))?;
    book.config
        .set("build.build-dir", dest.display().to_string())?;
    book.with_preprocessor(boxes::ExerciseBoxes {
        workbook: workbook.clone(),
    });
    Ok(book)
}

/// Builds the HTML book into `dest`.
pub fn build(workbook: &Workbook, dest: &Path) -> Result<()> {
    load(workbook, dest)?
        .build()
        .context("the book did not build")
}

/// The pages of the book in reading order, relative to `book/src`.
pub fn pages(workbook: &Workbook) -> Result<Vec<String>> {
    let book = MDBook::load(book_dir(workbook))?;
    Ok(book
        .book
        .chapters()
        .filter_map(|chapter| chapter.source_path.as_ref())
        .map(|path| path.display().to_string())
        .collect())
}

/// Everything the book promises, checked. An empty list means all is well.
/// Quoted compiler output must not name files inside rustc's own sources
/// (`/rustc/<commit>/library/…`): they change with every toolchain and mean
/// nothing to a reader.
fn check_toolchain_paths(sources: &BTreeMap<String, String>) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (page, text) in sources {
        for (index, line) in text.lines().enumerate() {
            if line.contains("/rustc/") {
                problems.push(Problem {
                    place: format!("book/src/{page}:{}", index + 1),
                    message: "quotes a path inside rustc's own sources (`/rustc/<commit>/…`); \
                              leave that note out of the quoted error"
                        .into(),
                });
            }
        }
    }
    problems
}

/// Which `text,rustc-output` blocks the check rewrites instead of judging.
#[derive(Debug, Clone, Default)]
pub enum Bless {
    /// None: a stale block is a problem.
    #[default]
    Nothing,
    /// Every page's.
    All,
    /// These pages' (relative to `book/src`), so authors writing other
    /// pages at the same time are left alone.
    Pages(Vec<String>),
}

impl Bless {
    /// What `WORKBOOK_BLESS=1` asks for, when no flag says otherwise.
    pub fn from_env() -> Bless {
        if std::env::var_os("WORKBOOK_BLESS").is_some_and(|v| v == "1") {
            Bless::All
        } else {
            Bless::Nothing
        }
    }

    pub fn page(&self, page: &str) -> bool {
        match self {
            Bless::Nothing => false,
            Bless::All => true,
            Bless::Pages(pages) => pages.iter().any(|p| p == page),
        }
    }
}

pub fn check(workbook: &Workbook) -> Result<Vec<Problem>> {
    check_blessing(workbook, &Bless::from_env())
}

/// [`check`], rewriting the compiler-output blocks `bless` names.
pub fn check_blessing(workbook: &Workbook, bless: &Bless) -> Result<Vec<Problem>> {
    let dest = workbook.root.join("target/book-check");
    let mut problems = Vec::new();
    if let Err(error) = build(workbook, &dest) {
        problems.push(Problem {
            place: "book/".into(),
            message: format!("{error:#}"),
        });
        return Ok(problems);
    }
    let pages = pages(workbook)?;
    let mut sources = BTreeMap::new();
    for page in &pages {
        let path = book_dir(workbook).join("src").join(page);
        sources.insert(
            page.clone(),
            std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))?,
        );
    }

    problems.extend(check_boxes(workbook, &pages, &sources));
    problems.extend(check_toolchain_paths(&sources));

    let mut snippets = Vec::new();
    for page in &pages {
        let (found, trouble) = snippets::extract(page, &sources[page]);
        snippets.extend(found);
        problems.extend(trouble);
    }
    problems.extend(snippets::judge(
        &workbook.root,
        &workbook.root.join("target/book-snippets"),
        &snippets,
        &book_dir(workbook).join("src"),
        bless,
    )?);

    let manifest_links: Vec<(String, String)> = workbook
        .exercises()
        .map(|e| {
            let (page, anchor) = e
                .manifest
                .book
                .split_once('#')
                .unwrap_or((&e.manifest.book, ""));
            let html = page.strip_suffix(".md").unwrap_or(page);
            let link = if anchor.is_empty() {
                format!("{html}.html")
            } else {
                format!("{html}.html#{anchor}")
            };
            (
                format!(
                    "exercises/{}/exercise.toml (book = \"{}\")",
                    e.id, e.manifest.book
                ),
                link,
            )
        })
        .collect();
    problems.extend(links::check(&dest, &manifest_links)?);
    Ok(problems)
}

/// Exercises and chapters point at each other: each exercise has exactly one
/// box, on the page its manifest names, and boxes come in workbook order.
fn check_boxes(
    workbook: &Workbook,
    pages: &[String],
    sources: &BTreeMap<String, String>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen: Vec<(String, String, usize)> = Vec::new();
    for page in pages {
        for directive in boxes::directives(&sources[page]) {
            let place = format!("book/src/{page}:{}", directive.line);
            if let Some((other, line)) = seen
                .iter()
                .find(|(id, _, _)| *id == directive.id)
                .map(|(_, p, l)| (p.clone(), *l))
            {
                problems.push(Problem {
                    place,
                    message: format!(
                        "`{}` already has a box at book/src/{other}:{line}",
                        directive.id
                    ),
                });
                continue;
            }
            seen.push((directive.id, page.clone(), directive.line));
        }
    }
    for exercise in workbook.exercises() {
        let manifest_page = exercise.manifest.book.split('#').next().unwrap_or_default();
        match seen.iter().find(|(id, _, _)| id == exercise.id.as_str()) {
            None => problems.push(Problem {
                place: format!("exercises/{}/exercise.toml", exercise.id),
                message: format!(
                    "no chapter introduces `{}`: add `{{{{#exercise {}}}}}` to book/src/{manifest_page}",
                    exercise.id, exercise.id
                ),
            }),
            Some((_, page, line)) if page != manifest_page => problems.push(Problem {
                place: format!("book/src/{page}:{line}"),
                message: format!(
                    "the box for `{}` is on {page}, but its exercise.toml says book = \"{}\"",
                    exercise.id, exercise.manifest.book
                ),
            }),
            Some(_) => {}
        }
    }
    let book_order: Vec<&str> = seen
        .iter()
        .map(|(id, _, _)| id.as_str())
        .filter(|id| workbook.exercises().any(|e| e.id.as_str() == *id))
        .collect();
    let workbook_order: Vec<&str> = workbook
        .exercises()
        .map(|e| e.id.as_str())
        .filter(|id| book_order.contains(id))
        .collect();
    if book_order != workbook_order {
        problems.push(Problem {
            place: "exercises/chapters.toml".into(),
            message: format!(
                "the book introduces exercises in the order {book_order:?}, but chapters.toml lists {workbook_order:?}"
            ),
        });
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_path_into_rustc_sources_is_a_problem() {
        let sources = BTreeMap::from([(
            "threads.md".to_owned(),
            "ok\n --> /rustc/5980/library/std/src/thread/functions.rs:128:14\n".to_owned(),
        )]);
        let problems = check_toolchain_paths(&sources);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].place, "book/src/threads.md:2");
    }
}
