//! The handout: what a student gets, in memory. Everything the workbook's git
//! checkout tracks except the reference solutions and the grader's own tests
//! and fixtures, with the starters as the working copies.

use anyhow::{Context, Result, bail};

use crate::workbook::Workbook;

/// What a student does not get: the reference solutions, and the grader's own
/// tests (each of them grades the reference solutions or fixtures made from
/// them, so in a handout they could only fail).
pub const HIDDEN: &[&str] = &["solutions/", "xtask/tests/"];

/// The files a student gets: everything tracked except solutions and the
/// grader's fixtures (which contain solutions), with starters as working copies.
pub fn files(workbook: &Workbook) -> Result<Vec<(String, Vec<u8>)>> {
    let listed = std::process::Command::new("git")
        .current_dir(&workbook.root)
        .args(["ls-files", "-z"])
        .output()
        .context(
            "cannot run git ls-files; the handout is made from a git checkout of the workbook",
        )?;
    if !listed.status.success() {
        bail!("git ls-files failed; the handout is made from a git checkout of the workbook");
    }
    let hidden = HIDDEN;
    let mut files = Vec::new();
    for name in String::from_utf8_lossy(&listed.stdout)
        .split('\0')
        .filter(|n| !n.is_empty())
    {
        if hidden.iter().any(|h| name.starts_with(h)) {
            continue;
        }
        let bytes = std::fs::read(workbook.root.join(name))
            .with_context(|| format!("cannot read {name}"))?;
        files.push((name.to_owned(), bytes));
    }
    for exercise in workbook.exercises() {
        for file in &exercise.manifest.editable {
            let name = format!("exercises/{}/{file}", exercise.id);
            let starter = std::fs::read(exercise.starter_dir().join(file))?;
            match files.iter_mut().find(|(n, _)| *n == name) {
                Some(entry) => entry.1 = starter,
                None => files.push((name, starter)),
            }
        }
    }
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
        let files = files(&workbook).unwrap();
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
