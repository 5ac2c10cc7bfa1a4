//! Sources graded one after another never see each other's builds.
//!
//! Every scratch workspace shares one target directory, and cargo names a
//! path package's artifacts by its path relative to its workspace. This test
//! would catch a layout in which the starter reuses the solution's binaries.

use xtask::assemble::Source;
use xtask::engine::{self, Options};
use xtask::workbook::Workbook;

#[test]
fn solution_then_starter_then_solution_get_their_own_verdicts() {
    let workbook = Workbook::locate().unwrap();
    let exercise = workbook.find("ownership/ticket").unwrap();
    let grade = |source: Source, scratch: &str| {
        let options = Options {
            scratch: scratch.into(),
            shortcut_untouched: false,
            loom: true,
            sandbox: None,
            audit: false,
        };
        engine::grade(&workbook, exercise, &source, &options, &mut |_| {}).unwrap()
    };
    let first = grade(Source::Solution, "isolation-solution");
    assert!(first.solved(), "the solution must pass: {first:#?}");
    let starter = grade(Source::Starter, "isolation-starter");
    assert_eq!(
        starter.passed, 0,
        "the starter was graded with someone else's build: {starter:#?}"
    );
    let again = grade(Source::Solution, "isolation-solution");
    assert!(
        again.solved(),
        "the solution must still pass after the starter was graded: {again:#?}"
    );
}
