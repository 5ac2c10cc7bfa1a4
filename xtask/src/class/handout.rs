//! The handout: what a student gets, in memory. Everything the workbook's git
//! checkout tracks except the reference solutions and the grader's own tests
//! and fixtures, with the starters as the working copies.

use anyhow::{Context, Result, bail};

use crate::workbook::Workbook;

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
    let hidden = [
        "solutions/",
        "xtask/tests/fixtures",
        "xtask/tests/verify.rs",
        "xtask/tests/isolation.rs",
        "xtask/tests/fixtures.rs",
    ];
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
