//! Internal links and anchors of the built book.
//!
//! Every `href` in every built page that stays inside the book must name a file
//! that exists and, if it has a `#fragment`, an element with that `id` in it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result};

use crate::Problem;

/// The values of `attribute="…"` in an HTML text.
fn attribute_values<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let needle = format!(" {attribute}=\"");
    let mut values = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&needle) {
        rest = &rest[at + needle.len()..];
        if let Some(end) = rest.find('"') {
            values.push(&rest[..end]);
            rest = &rest[end..];
        }
    }
    values
}

fn html_files(root: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(root) {
        let entry =
            entry.with_context(|| format!("cannot list the built book in {}", root.display()))?;
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "html") {
            files.push(entry.into_path());
        }
    }
    files.sort();
    Ok(files)
}

/// `base/../rel` without touching the disk; `None` if it climbs out of `root`.
fn resolve(root: &Path, page: &Path, target: &str) -> Option<PathBuf> {
    let mut path = page.parent()?.strip_prefix(root).ok()?.to_path_buf();
    for component in Path::new(target).components() {
        match component {
            Component::ParentDir if !path.pop() => {
                return None;
            }
            Component::Normal(part) => path.push(part),
            _ => {}
        }
    }
    Some(path)
}

/// Checks every internal link of the book built in `root`, plus `extra` links
/// given as `(where it comes from, "page.html#anchor")`.
pub fn check(root: &Path, extra: &[(String, String)]) -> Result<Vec<Problem>> {
    let files = html_files(root)?;
    let mut ids: BTreeMap<PathBuf, BTreeSet<String>> = BTreeMap::new();
    let mut texts: BTreeMap<PathBuf, String> = BTreeMap::new();
    for file in &files {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let rel = file.strip_prefix(root).expect("below root").to_path_buf();
        ids.insert(
            rel.clone(),
            attribute_values(&text, "id")
                .into_iter()
                .map(str::to_owned)
                .collect(),
        );
        texts.insert(rel, text);
    }
    let mut problems = Vec::new();
    let mut check_link = |from: &str, page: &Path, href: &str| {
        if href.is_empty()
            || href.contains("://")
            || href.starts_with("mailto:")
            || href.starts_with("javascript:")
            || href.starts_with('/')
        {
            return;
        }
        let (target, fragment) = href.split_once('#').unwrap_or((href, ""));
        let target = target.split('?').next().unwrap_or_default();
        let resolved = if target.is_empty() {
            page.strip_prefix(root).ok().map(Path::to_path_buf)
        } else {
            resolve(root, page, target).map(|p| {
                if root.join(&p).is_dir() {
                    p.join("index.html")
                } else {
                    p
                }
            })
        };
        let Some(resolved) = resolved else {
            problems.push(Problem {
                place: from.to_owned(),
                message: format!("link `{href}` leaves the book"),
            });
            return;
        };
        if !root.join(&resolved).exists() {
            problems.push(Problem {
                place: from.to_owned(),
                message: format!("link `{href}`: no page {}", resolved.display()),
            });
            return;
        }
        if !fragment.is_empty() && resolved.extension().is_some_and(|e| e == "html") {
            let known = ids.get(&resolved).is_some_and(|ids| ids.contains(fragment));
            if !known {
                problems.push(Problem {
                    place: from.to_owned(),
                    message: format!(
                        "link `{href}`: {} has no anchor `{fragment}`",
                        resolved.display()
                    ),
                });
            }
        }
    };
    for (rel, text) in &texts {
        let from = format!("{} (built page)", rel.display());
        for href in attribute_values(text, "href") {
            check_link(&from, &root.join(rel), href);
        }
    }
    for (from, href) in extra {
        check_link(from, &root.join("index.html"), href);
    }
    Ok(problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_page_or_anchor_is_named_with_the_page_that_links_to_it() {
        let scratch = tempfile::tempdir().unwrap();
        let root = scratch.path();
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::write(root.join("index.html"), r##"<a href="sub/a.html#here">ok</a> <a href="missing.html">x</a> <a href="https://example.org">ext</a>"##).unwrap();
        std::fs::write(
            root.join("sub/a.html"),
            r##"<h2 id="here"></h2><a href="../index.html#nowhere">y</a><a href="#here">z</a>"##,
        )
        .unwrap();
        let problems = check(root, &[("exercise.toml".into(), "sub/a.html#gone".into())]).unwrap();
        let text: Vec<String> = problems
            .iter()
            .map(|p| format!("{}: {}", p.place, p.message))
            .collect();
        assert_eq!(text.len(), 3, "{text:#?}");
        assert!(
            text[0].starts_with("index.html (built page): link `missing.html`"),
            "{text:#?}"
        );
        assert!(text[1].starts_with("sub/a.html (built page): link `../index.html#nowhere`: index.html has no anchor `nowhere`"), "{text:#?}");
        assert!(
            text[2].starts_with("exercise.toml: link `sub/a.html#gone`"),
            "{text:#?}"
        );
    }
}
