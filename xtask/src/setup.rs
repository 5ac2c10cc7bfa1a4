//! The machine's side of grading: downloading what the workbook builds, and
//! telling a broken setup apart from broken learner code.
//!
//! Every build the engine runs is `--offline`, so that a grade never depends
//! on the network and the class grader can build inside a sandbox without
//! one. Before the first such build, [`ensure_fetched`] runs `cargo fetch
//! --locked` once for the whole workbook: that downloads every package in
//! `Cargo.lock` for every target, including loom's own dependencies (behind
//! `cfg(loom)`, so no ordinary build fetches them) and what the compile-fail
//! judge builds. A stamp in `target/workbook/` remembers it, keyed by the lock
//! file and the cargo home.
//!
//! Invariant: a [`SetupError`] is never the learner's fault. The fronts show
//! it as what it is, with its fix, record nothing in progress, and never
//! turn it into a score.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use sha2::{Digest as _, Sha256};

use crate::engine;
use crate::process;
use crate::workbook::Workbook;

/// How long the one download of the workbook's dependencies may take.
const FETCH_TIMEOUT: Duration = Duration::from_secs(1800);

/// The machine could not do its part: a download, the toolchain, the disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupError {
    /// What failed, in a few words.
    pub what: String,
    /// What the tool said.
    pub detail: String,
    /// What to do about it.
    pub fix: String,
}

impl fmt::Display for SetupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "setup problem (not your code; nothing was graded or recorded): {}\n{}\nfix: {}",
            self.what,
            self.detail.trim_end(),
            self.fix
        )
    }
}

impl std::error::Error for SetupError {}

/// The setup error inside `error`, if that is what it is.
pub fn as_setup_error(error: &anyhow::Error) -> Option<&SetupError> {
    error.chain().find_map(|e| e.downcast_ref::<SetupError>())
}

fn stamp_path(workbook: &Workbook) -> PathBuf {
    workbook.scratch_dir().join("fetched")
}

/// What the stamp must say for the dependencies of this lock file to be in
/// this cargo home.
fn stamp_text(workbook: &Workbook) -> Result<String, SetupError> {
    let lock = workbook.root.join("Cargo.lock");
    let bytes = std::fs::read(&lock).map_err(|e| SetupError {
        what: format!("cannot read {}", lock.display()),
        detail: e.to_string(),
        fix: "restore Cargo.lock from the workbook's repository (`git checkout Cargo.lock`)".into(),
    })?;
    let home = std::env::var("CARGO_HOME").unwrap_or_else(|_| "~/.cargo".into());
    let mut hash = Sha256::new();
    hash.update(&bytes);
    hash.update(home.as_bytes());
    Ok(format!("{:x}\n", hash.finalize()))
}

/// Whether [`ensure_fetched`] has run for this lock file and cargo home.
pub fn fetched(workbook: &Workbook) -> bool {
    match (
        std::fs::read_to_string(stamp_path(workbook)),
        stamp_text(workbook),
    ) {
        (Ok(found), Ok(wanted)) => found == wanted,
        _ => false,
    }
}

/// Forgets the stamp, so the next grade fetches again (after a build found a
/// package missing).
pub fn forget_fetch(workbook: &Workbook) {
    let _ = std::fs::remove_file(stamp_path(workbook));
}

/// Downloads every package the workbook can build, once; `say` gets one
/// progress line when there is something to do.
pub fn ensure_fetched(workbook: &Workbook, say: &mut dyn FnMut(&str)) -> Result<(), SetupError> {
    if fetched(workbook) {
        return Ok(());
    }
    let wanted = stamp_text(workbook)?;
    say("fetching the workbook's dependencies (once per machine; loom's included) …");
    let mut fetch = engine::cargo_command();
    fetch
        .current_dir(&workbook.root)
        .args(["fetch", "--locked", "--manifest-path"])
        .arg(workbook.root.join("Cargo.toml"));
    let finished = process::run(fetch, FETCH_TIMEOUT).map_err(|e| SetupError {
        what: "cannot run cargo".into(),
        detail: format!("{e:#}"),
        fix: "install Rust with rustup (https://rustup.rs) and run the command again from the workbook".into(),
    })?;
    match finished.status {
        Some(status) if status.success() => {}
        Some(_) => {
            return Err(SetupError {
                what: "could not download the workbook's dependencies".into(),
                detail: finished.stderr,
                fix: "check that this machine can reach crates.io (a proxy needs HTTPS_PROXY), \
                      then run the command again"
                    .into(),
            });
        }
        None => {
            return Err(SetupError {
                what: format!(
                    "downloading the workbook's dependencies took longer than {} minutes",
                    FETCH_TIMEOUT.as_secs() / 60
                ),
                detail: finished.stderr,
                fix: "check the network connection, then run the command again".into(),
            });
        }
    }
    let path = stamp_path(workbook);
    crate::store::write_atomically(&path, wanted.as_bytes()).map_err(|e| SetupError {
        what: format!("cannot write {}", path.display()),
        detail: format!("{e:#}"),
        fix: "make sure the disk has room and target/ is writable".into(),
    })?;
    Ok(())
}

/// A build that failed with no compiler error of the crate's own: why, as a
/// setup error, when cargo's words say the machine is at fault.
pub fn diagnose_build_failure(cargo_stderr: &str) -> Option<SetupError> {
    let said = |needle: &str| cargo_stderr.contains(needle);
    if said("--offline") || said("failed to download") || said("no matching package") {
        return Some(SetupError {
            what: "a package the workbook needs is not on this machine".into(),
            detail: cargo_stderr.to_owned(),
            fix: "run the command again with network access: it downloads what is missing first"
                .into(),
        });
    }
    if said("No space left on device") || said("os error 28") {
        return Some(SetupError {
            what: "the disk is full".into(),
            detail: cargo_stderr.to_owned(),
            fix: "free some space (`cargo clean` removes target/, which a check rebuilds)".into(),
        });
    }
    if said("bwrap:") {
        return Some(SetupError {
            what: "the grader's sandbox (bubblewrap) could not be set up".into(),
            detail: cargo_stderr.to_owned(),
            fix: "check that bubblewrap runs here (`bwrap --ro-bind / / true`) and that the \
                  folders it names exist, then grade again"
                .into(),
        });
    }
    if said("could not execute process") || said("toolchain") || said("rustup") {
        return Some(SetupError {
            what: "the Rust toolchain could not run".into(),
            detail: cargo_stderr.to_owned(),
            fix: "run `rustup toolchain install` in the workbook, which installs the pinned toolchain"
                .into(),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_package_offline_is_a_setup_problem_with_a_fix() {
        let stderr = "error: failed to download `generator v0.8.12`\n\nCaused by:\n  attempting to make an HTTP request, but --offline was specified";
        let error = diagnose_build_failure(stderr).expect("a setup problem");
        assert!(
            error
                .to_string()
                .starts_with("setup problem (not your code")
        );
        assert!(error.fix.contains("network"));
        let full = diagnose_build_failure("error: No space left on device (os error 28)")
            .expect("a setup problem");
        assert_eq!(full.what, "the disk is full");
        assert_eq!(
            diagnose_build_failure("error: could not compile `ticket`"),
            None
        );
        let sandbox = diagnose_build_failure(
            "bwrap: Can't find source path /w/target/workbook/target: No such file or directory",
        )
        .expect("a setup problem");
        assert!(sandbox.what.contains("sandbox"), "{}", sandbox.what);
    }
}
