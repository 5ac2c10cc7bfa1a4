//! A machine that cannot download the workbook's dependencies gets a setup
//! error that says so, never a verdict on the code.
//!
//! Its own test binary, because it points `CARGO_HOME` at a place cargo
//! cannot use, for this process only.

use xtask::assemble::Source;
use xtask::engine::{self, Options};
use xtask::setup;
use xtask::workbook::{ExerciseId, Workbook};

/// With a cargo home that cannot hold a registry, grading the reference
/// solution of a loom exercise stops with a setup error naming the fix,
/// before any build: no report, so nothing can be recorded or scored.
#[test]
fn a_failed_download_is_a_setup_error_not_a_grade() {
    let workbook = Workbook::locate().unwrap();
    let exercise = workbook
        .get(&ExerciseId::new("locks", "spinlock"))
        .expect("locks/spinlock");
    let unusable = tempfile_path("not-a-directory");
    std::fs::write(&unusable, "a file where cargo expects its home").unwrap();
    // SAFETY: this test binary runs this one test, and nothing else reads the
    // environment meanwhile.
    unsafe { std::env::set_var("CARGO_HOME", &unusable) };
    assert!(
        !setup::fetched(&workbook),
        "the stamp is keyed by the cargo home"
    );

    let mut said = Vec::new();
    let options = Options {
        scratch: "setup-test".into(),
        shortcut_untouched: false,
        loom: true,
        sandbox: None,
        audit: false,
    };
    let outcome = engine::grade(
        &workbook,
        exercise,
        &Source::Solution,
        &options,
        &mut |event| {
            if let engine::Event::Setup(line) = event {
                said.push(line.to_owned());
            }
        },
    );
    let error = outcome.expect_err("a setup failure is an error, not a report");
    let setup = setup::as_setup_error(&error).expect("a SetupError");
    assert_eq!(setup.what, "could not download the workbook's dependencies");
    assert!(setup.fix.contains("crates.io"), "{}", setup.fix);
    let shown = format!("{error:#}");
    assert!(
        shown.starts_with("setup problem (not your code; nothing was graded or recorded)"),
        "{shown}"
    );
    assert_eq!(
        said.len(),
        1,
        "one progress line for the download: {said:?}"
    );
    assert!(!setup::fetched(&workbook));
    let _ = std::fs::remove_file(&unusable);
}

fn tempfile_path(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("workbook-setup-{}-{name}", std::process::id()))
}
