//! The handout: what a student gets, in memory. Everything the workbook's git
//! checkout tracks except the reference solutions and the grader's own tests
//! and fixtures, with the starters as the working copies and the student's
//! README (`handout/README.md`) as `README.md`.
//!
//! Invariant: in a handout, the README's commands work, `cargo test` included
//! (`xtask/tests/handout.rs` makes one and runs them). So no test the handout
//! keeps may read `solutions/` or the fixtures: such a test belongs in
//! `xtask/tests/`.

use anyhow::{Context, Result, bail};

use crate::workbook::Workbook;

/// What a student does not get: the reference solutions, the grader's own
/// tests (each of them grades the reference solutions or fixtures made from
/// them, so in a handout they could only fail), the authors' CI script (it
/// installs the grader's sandbox and runs those tests), and the folder of
/// what the handout puts in place of the authors' files.
pub const HIDDEN: &[&str] = &["solutions/", "xtask/tests/", ".ci/", "handout/"];

/// The student's README, handed out as `README.md` in place of the workbook's,
/// which speaks to authors and instructors too (`verify`, `grade`, fixtures).
pub const STUDENT_README: &str = "handout/README.md";

/// The files a student gets, from the workbook's last commit (what is not
/// committed is not handed out): everything but [`HIDDEN`], with each
/// exercise's working copy replaced by its `starter/` and [`STUDENT_README`]
/// as `README.md`.
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
    let mut student_readme = None;
    let mut tar = tar::Archive::new(archive.stdout.as_slice());
    for entry in tar.entries().context("git archive gave no tar")? {
        let mut entry = entry?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = entry.path()?.to_string_lossy().into_owned();
        let hidden = HIDDEN.iter().any(|h| name.starts_with(h));
        if (hidden && name != STUDENT_README) || name == "README.md" {
            continue;
        }
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut bytes)?;
        if name == STUDENT_README {
            student_readme = Some(bytes);
        } else {
            files.push((name, bytes));
        }
    }
    let Some(student_readme) = student_readme else {
        bail!(
            "{STUDENT_README} is not in the workbook's last commit; the handout's README.md is \
             made from it: write it (what a student reads first) and commit it"
        );
    };
    files.push(("README.md".into(), student_readme));
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
