//! The Gradescope autograder, run as Gradescope runs it: the zip unpacked
//! into an `/autograder`-shaped tree, `run_autograder` against a submission,
//! and `results.json` checked against Gradescope's documented fields. The
//! toolchain is already installed, so setup.sh's download is the one step
//! not run here.

use std::path::Path;
use std::process::Command;

use xtask::workbook::Workbook;

#[test]
fn run_autograder_grades_a_submission_into_gradescopes_results_json() {
    let workbook = Workbook::locate().unwrap();
    let root = workbook
        .scratch_dir()
        .join(format!("gradescope-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let zip_path = root.join("autograder.zip");
    std::fs::create_dir_all(&root).unwrap();
    xtask::cmd::grade::gradescope(&workbook, &zip_path).unwrap();
    let source = root.join("source");
    zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap())
        .unwrap()
        .extract(&source)
        .unwrap();

    // The submission: the ticket solved, everything else as handed out.
    let submission = root.join("submission");
    let lib = submission.join("exercises/ownership/ticket/src/lib.rs");
    std::fs::create_dir_all(lib.parent().unwrap()).unwrap();
    std::fs::copy(
        workbook.root.join("solutions/ownership/ticket/src/lib.rs"),
        &lib,
    )
    .unwrap();
    std::fs::create_dir_all(root.join("results")).unwrap();

    let script = source.join("run_autograder");
    let mut command = Command::new("bash");
    command
        .arg(&script)
        .env("AUTOGRADER_ROOT", &root)
        // The unpacked workbook is a workspace of its own: it builds into a
        // target directory of its own, never into this checkout's (kept
        // between runs, so only the first one compiles everything).
        .env(
            "CARGO_TARGET_DIR",
            workbook.scratch_dir().join("gradescope-target"),
        );
    if xtask::process::Sandbox::detect(&workbook.root).fs.is_none() {
        // No bubblewrap here: `grade` would refuse (hostile.rs checks that).
        eprintln!("bubblewrap is not available; the autograder is run without its sandbox");
        std::fs::write(
            &script,
            std::fs::read_to_string(&script)
                .unwrap()
                .replace("--one --fresh", "--one --fresh --no-fs-sandbox"),
        )
        .unwrap();
    }
    let done = command.output().unwrap();
    assert!(
        done.status.success(),
        "run_autograder failed:\n{}\n{}",
        String::from_utf8_lossy(&done.stdout),
        String::from_utf8_lossy(&done.stderr)
    );

    let results: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("results/results.json")).unwrap())
            .unwrap();
    assert_eq!(results["score"], 10.0, "{results}");
    for key in ["score", "output", "tests", "execution_time"] {
        assert!(!results[key].is_null(), "results.json lacks `{key}`");
    }
    let rows = results["tests"].as_array().unwrap();
    // The autograder's workbook is the last commit's, which the checkout
    // running this test may have added exercises to since.
    let handed_out = Workbook::load(&source.join("workbook")).unwrap();
    assert_eq!(
        rows.len(),
        handed_out.exercises().count(),
        "one row per exercise"
    );
    for row in rows {
        for key in xtask::class::outputs::GRADESCOPE_TEST_FIELDS {
            assert!(!row[key].is_null(), "a row lacks `{key}`: {row}");
        }
    }
    let ticket = rows
        .iter()
        .find(|r| r["name"] == "ownership/ticket")
        .unwrap();
    assert_eq!(ticket["status"], "passed", "{ticket}");
    assert_eq!(ticket["score"], 10.0);
    assert!(
        rows.iter()
            .filter(|r| r["name"] != "ownership/ticket")
            .all(|r| r["score"] == 0.0 && r["status"] == "failed")
    );
    remove(&root);
}

fn remove(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
}
