//! The handout: what a student gets, in memory. Everything the workbook's git
//! checkout tracks except the reference solutions and the grader's own tests
//! and fixtures, with the starters as the working copies.

use anyhow::{Context, Result, bail};

use crate::workbook::Workbook;

/// What a student does not get: the reference solutions, and the grader's own
/// tests (each of them grades the reference solutions or fixtures made from
/// them, so in a handout they could only fail).
pub const HIDDEN: &[&str] = &["solutions/", "xtask/tests/"];

/// The files a student gets, from the workbook's last commit (what is not
/// committed is not handed out): everything but [`HIDDEN`], with each
/// exercise's working copy replaced by its `starter/`.
pub fn files(workbook: &Workbook) -> Result<Vec<(String, Vec<u8>)>> {
    let archive = std::process::Command::new("git")
        .current_dir(&workbook.root)
        .args(["archive", "--format=tar", "HEAD"])
        .output()
        .context(
            "cannot run git archive; the handout is made from a git checkout of the workbook",
        )?;
    if !archive.status.success() {
        bail!(
            "git archive HEAD failed; the handout is made from a git checkout of the workbook \
             with at least one commit: {}",
            String::from_utf8_lossy(&archive.stderr).trim()
        );
    }
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut tar = tar::Archive::new(archive.stdout.as_slice());
    for entry in tar.entries().context("git archive gave no tar")? {
        let mut entry = entry?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = entry.path()?.to_string_lossy().into_owned();
        if HIDDEN.iter().any(|h| name.starts_with(h)) {
            continue;
        }
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut bytes)?;
        files.push((name, bytes));
    }
    // `exercises/<chapter>/<slug>/starter/<file>` is what `<file>` starts as.
    let starters: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter_map(|(name, bytes)| {
            let parts: Vec<&str> = name.splitn(5, '/').collect();
            match parts.as_slice() {
                ["exercises", chapter, slug, "starter", file] => {
                    Some((format!("exercises/{chapter}/{slug}/{file}"), bytes.clone()))
                }
                _ => None,
            }
        })
        .collect();
    for (name, starter) in starters {
        match files.iter_mut().find(|(n, _)| *n == name) {
            Some(entry) => entry.1 = starter,
            None => files.push((name, starter)),
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file the handout keeps that mentions the solutions is one a
    /// student's `cargo test` cannot run: none may remain.
    #[test]
    fn the_handout_holds_no_solution_and_no_test_that_needs_one() {
        let workbook = Workbook::locate().unwrap();
        let files = match files(&workbook) {
            Ok(files) => files,
            // A copy of the workbook without its history (a zip, a mutation
            // tester's copy) cannot make a handout, and must say why.
            Err(error) if !workbook.root.join(".git").exists() => {
                assert!(error.to_string().contains("git checkout"), "{error:#}");
                return;
            }
            Err(error) => panic!("{error:#}"),
        };
        assert!(files.iter().any(|(name, _)| name == "README.md"));
        for (name, bytes) in &files {
            assert!(!name.starts_with("solutions/"), "{name}");
            let text = String::from_utf8_lossy(bytes);
            let is_test = name.contains("/tests/")
                && name.ends_with(".rs")
                && !name.starts_with("exercises/");
            assert!(
                !(is_test && (text.contains("Source::Solution") || text.contains("solution_dir"))),
                "{name} grades the reference solutions, which the handout does not have"
            );
        }
    }
}
