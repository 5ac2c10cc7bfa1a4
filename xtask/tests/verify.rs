//! The author's checks, run as part of the test suite: `cargo xtask verify`
//! over the whole workbook must find nothing, and what is committed as each
//! learner's working copy must be the starter.

use std::process::Command;

use xtask::verification::verify_all;
use xtask::workbook::Workbook;

#[test]
fn verify_finds_nothing_wrong_with_the_workbook() {
    let workbook = Workbook::locate().unwrap();
    let verdicts = verify_all(&workbook, &[], true, &mut |line| eprintln!("{line}")).unwrap();
    assert!(
        verdicts.len() >= 5,
        "verify looked at {} exercises",
        verdicts.len()
    );
    let problems: Vec<String> = verdicts
        .iter()
        .flat_map(|v| v.problems.iter().map(move |p| format!("{}: {p}", v.id)))
        .collect();
    for verdict in &verdicts {
        if let (Some(solution), Some(starter)) = (&verdict.solution, &verdict.starter) {
            eprintln!(
                "{:<32} solution {}/{}  starter {}/{}  {:.1} s",
                verdict.id,
                solution.passed,
                solution.total,
                starter.passed,
                starter.total,
                verdict.seconds
            );
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n\n"));
}

#[test]
fn committed_working_copies_are_the_starters() {
    let workbook = Workbook::locate().unwrap();
    let git = |args: &[&str]| {
        Command::new("git")
            .current_dir(&workbook.root)
            .args(args)
            .output()
    };
    match git(&["rev-parse", "--is-inside-work-tree"]) {
        Ok(out) if out.status.success() => {}
        // A handout unpacked without git has nothing committed to compare.
        _ => return,
    }
    let mut differing = Vec::new();
    for exercise in workbook.exercises() {
        for file in &exercise.manifest.editable {
            let rel = |dir: &std::path::Path| {
                dir.join(file)
                    .strip_prefix(&workbook.root)
                    .unwrap()
                    .display()
                    .to_string()
            };
            let working = git(&["show", &format!("HEAD:{}", rel(&exercise.dir))]).unwrap();
            let starter =
                git(&["show", &format!("HEAD:{}", rel(&exercise.starter_dir()))]).unwrap();
            if working.status.success()
                && starter.status.success()
                && working.stdout != starter.stdout
            {
                differing.push(rel(&exercise.dir));
            }
        }
    }
    assert!(
        differing.is_empty(),
        "committed working copies differ from their starters (a learner would start from them): {differing:?}"
    );
}

#[test]
fn the_workspace_is_formatted() {
    let workbook = Workbook::locate().unwrap();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(&workbook.root)
        .args(["fmt", "--all", "--check"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "`cargo fmt --all` would change these files:\n{}",
        String::from_utf8_lossy(&output.stdout)
    );
}
