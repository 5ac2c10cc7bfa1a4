//! The handout works for a student. `cargo xtask handout` makes the repository
//! students clone; this test makes one in a temporary folder outside the
//! workbook, reads its README, and runs the commands of the README's first
//! `sh` block there the way a student would: with the handout's own target
//! folder and an environment without what cargo sets for a test process. The
//! learner's command must name and check the first exercise (without a setup
//! error) and end; every command must exit 0.
//!
//! The commands come from the README, so the test follows it. Cost: the
//! handout is built from cold (only the registry in `CARGO_HOME` is shared),
//! which takes minutes; see ARCHITECTURE.md.

use std::io::Write as _;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use xtask::class::handout;
use xtask::process::{self, Group};
use xtask::workbook::Workbook;

/// A guard against a hang, not a timing goal: a cold run of the slowest
/// command took 8 minutes on an idle 2-core machine.
const HANG_GUARD: Duration = Duration::from_secs(40 * 60);

/// Lines of output shown when a command fails.
const TAIL: usize = 60;

/// Every file the handout keeps that mentions the solutions is one a
/// student's `cargo test` cannot run, and its README is the student's.
#[test]
fn the_handout_holds_no_solution_and_its_readme_is_the_students() {
    let workbook = Workbook::locate().unwrap();
    let files = match handout::files(&workbook) {
        Ok(files) => files,
        // A copy of the workbook without its history (a zip, a mutation
        // tester's copy) cannot make a handout, and must say why.
        Err(error) if !workbook.root.join(".git").exists() => {
            assert!(error.to_string().contains("git checkout"), "{error:#}");
            return;
        }
        Err(error) => panic!("{error:#}"),
    };
    for (name, bytes) in &files {
        for hidden in handout::HIDDEN {
            assert!(!name.starts_with(hidden), "{name} is handed out");
        }
        let text = String::from_utf8_lossy(bytes);
        let is_test =
            name.contains("/tests/") && name.ends_with(".rs") && !name.starts_with("exercises/");
        assert!(
            !(is_test && (text.contains("Source::Solution") || text.contains("solution_dir"))),
            "{name} grades the reference solutions, which the handout does not have"
        );
    }
    let readme = files
        .iter()
        .find(|(name, _)| name == "README.md")
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .expect("the handout has a README.md");
    let students = std::fs::read_to_string(workbook.root.join(handout::STUDENT_README)).unwrap();
    assert_eq!(
        readme,
        students,
        "the handout's README.md is {}",
        handout::STUDENT_README
    );
    // What a student cannot run or has no use for.
    for foreign in [
        "xtask grade",
        "xtask verify",
        "xtask mutants",
        "xtask handout",
        "xtask gradescope",
        "xtask bench",
        "solutions/",
        "fixtures",
    ] {
        assert!(
            !readme.contains(foreign),
            "{} mentions `{foreign}`, which a student's handout has no use for",
            handout::STUDENT_README
        );
    }
}

#[test]
fn a_student_runs_the_readme_commands_in_a_fresh_handout() {
    let temp = tempfile::Builder::new()
        .prefix("workbook-handout-")
        .tempdir()
        .unwrap();
    let root = temp.path().join("workbook");
    let mut make = Command::new(env!("CARGO_BIN_EXE_xtask"));
    make.current_dir(temp.path())
        .arg("handout")
        .arg("--out")
        .arg(&root);
    let made = process::run(make, HANG_GUARD).unwrap();
    expect_success("xtask handout", &made.status, &made.stdout, &made.stderr);

    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let commands = first_sh_block(&readme);
    assert!(
        !commands.is_empty(),
        "the handout's README.md has no ```sh block with commands:\n{readme}"
    );
    let workbook = Workbook::load(&root).unwrap();
    let first = workbook
        .exercises()
        .next()
        .expect("an exercise")
        .id
        .to_string();

    for words in &commands {
        let line = words.join(" ");
        let started = Instant::now();
        let mut command = Command::new(&words[0]);
        command.args(&words[1..]).current_dir(&root);
        as_a_student(&mut command);
        let is_runner = words.get(1).is_some_and(|w| w == "xtask");
        let (status, stdout, stderr) = if is_runner && words.get(2).is_some_and(|w| w == "watch") {
            watch_until_first_verdict(command, &line)
        } else {
            let finished = process::run(command, HANG_GUARD).unwrap();
            (finished.status, finished.stdout, finished.stderr)
        };
        eprintln!("{line}: {:.0} s", started.elapsed().as_secs_f64());
        expect_success(&line, &status, &stdout, &stderr);
        if is_runner {
            let said = format!("{stdout}\n{stderr}");
            let problem = said
                .lines()
                .find(|l| l.trim_start().starts_with("error") || l.contains("setup problem"));
            assert!(
                problem.is_none() && said.contains(&first),
                "`{line}` must name the first exercise, {first}, without an error; it said:\n{}",
                tail(&said)
            );
        }
    }
}

/// The commands of the first ```` ```sh ```` block, one per line, as words;
/// `#` starts a comment.
fn first_sh_block(readme: &str) -> Vec<Vec<String>> {
    let mut lines = readme.lines().skip_while(|l| l.trim() != "```sh").skip(1);
    let mut commands = Vec::new();
    for line in lines.by_ref().take_while(|l| l.trim() != "```") {
        let code = line.split('#').next().unwrap_or_default();
        let words: Vec<String> = code.split_whitespace().map(String::from).collect();
        if words.is_empty() {
            continue;
        }
        assert!(
            words
                .iter()
                .all(|w| !w.contains(['"', '\'', '$', '=', '|', '&', ';', '<', '>'])),
            "`{}`: the README's first commands are run as plain words, without a shell; \
             keep them free of quotes, variables and redirections",
            words.join(" ")
        );
        commands.push(words);
    }
    commands
}

/// The environment of a student's shell: without what cargo and rustup set
/// for this test process (its package, its target folder, flags, the
/// toolchain this workspace chose, the dynamic library path) and without the
/// workbook's own knobs, so the handout's `rust-toolchain.toml`, its
/// `.cargo/config.toml` and its default `target/` decide. `CARGO_HOME` (the
/// downloaded registry), `RUSTUP_HOME`, `PATH` and `HOME` stay.
fn as_a_student(command: &mut Command) {
    for (name, _) in std::env::vars_os() {
        let Some(text) = name.to_str() else { continue };
        let set_for_this_test = (text.contains("CARGO") && text != "CARGO_HOME")
            || (text.starts_with("RUST") && !text.starts_with("RUSTUP_"))
            || text == "RUSTUP_TOOLCHAIN"
            || text == "RUSTUP_TOOLCHAIN_SOURCE"
            || text == "LD_LIBRARY_PATH"
            || text == "DYLD_FALLBACK_LIBRARY_PATH"
            || text.starts_with("WORKBOOK_")
            || text.starts_with("LOOM_")
            || text == "TRYBUILD"
            || text == "FIXTURES";
        if set_for_this_test {
            command.env_remove(&name);
        }
    }
}

/// Runs `cargo xtask watch` without a terminal: it reads keys as lines from
/// standard input. After its first verdict (a line that starts with the
/// watched exercise's id, or an error), it gets `q`.
fn watch_until_first_verdict(
    mut command: Command,
    line: &str,
) -> (Option<ExitStatus>, String, String) {
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut group = Group::spawn(command).unwrap();
    let mut stdin = group.take_stdin().expect("piped");
    let (stdout_lines, from_stdout) = mpsc::channel();
    process::spawn_line_reader(group.take_stdout().expect("piped"), stdout_lines);
    let stderr = process::spawn_collector(group.take_stderr().expect("piped"));
    let started = Instant::now();
    let mut stdout = String::new();
    let mut watched: Option<String> = None;
    let mut quit = false;
    loop {
        let left = HANG_GUARD.saturating_sub(started.elapsed());
        match from_stdout.recv_timeout(left) {
            Ok(text) => {
                if let Some(rest) = text.strip_prefix("Watching ") {
                    watched = rest.split_whitespace().next().map(String::from);
                }
                let verdict = text.starts_with("error")
                    || watched
                        .as_ref()
                        .is_some_and(|id| text.starts_with(&format!("{id}: ")));
                stdout.push_str(&text);
                stdout.push('\n');
                if verdict && !quit {
                    quit = true;
                    // It may have ended already; its status says so.
                    let _ = stdin.write_all(b"q\n").and_then(|()| stdin.flush());
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                group.kill();
                let _ = group.wait();
                panic!(
                    "`{line}` gave no verdict and did not end within {} minutes; it said:\n{}",
                    HANG_GUARD.as_secs() / 60,
                    tail(&stdout)
                );
            }
        }
    }
    drop(stdin);
    let status = group.wait().ok();
    let stderr = stderr.join().unwrap_or_default();
    assert!(
        quit,
        "`{line}` ended before any verdict; stdout:\n{}\nstderr:\n{}",
        tail(&stdout),
        tail(&stderr)
    );
    (status, stdout, stderr)
}

fn expect_success(line: &str, status: &Option<ExitStatus>, stdout: &str, stderr: &str) {
    let ok = status.as_ref().is_some_and(ExitStatus::success);
    assert!(
        ok,
        "`{line}` failed: {}\n--- last lines of its standard output:\n{}\n--- last lines of its standard error:\n{}",
        match status {
            Some(status) => format!("{status}"),
            None => format!(
                "still running after {} minutes (killed)",
                HANG_GUARD.as_secs() / 60
            ),
        },
        tail(stdout),
        tail(stderr)
    );
}

fn tail(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(TAIL)..].join("\n")
}

#[test]
fn the_first_sh_block_gives_its_commands_without_comments() {
    let readme = "# Title\n\n```text\nnot this\n```\n\n```sh\ncargo xtask watch    # learn\n\n# a note\ncargo test\n```\n\n```sh\ncargo other\n```\n";
    assert_eq!(
        first_sh_block(readme),
        [vec!["cargo", "xtask", "watch"], vec!["cargo", "test"]]
    );
}

/// The student's README repeats the learner's commands from the workbook's
/// README; the two tables must not drift apart.
#[test]
fn the_students_commands_are_the_learners_commands_of_the_workbook_readme() {
    let workbook = Workbook::locate().unwrap();
    let read = |rel: &str| std::fs::read_to_string(workbook.root.join(rel)).unwrap();
    let table_under = |text: &str, heading: &str| -> Vec<String> {
        let mut lines = text.lines().skip_while(|l| l.trim() != heading);
        lines
            .by_ref()
            .skip_while(|l| !l.starts_with('|'))
            .take_while(|l| l.starts_with('|'))
            .map(str::to_owned)
            .collect()
    };
    let learners = table_under(&read("README.md"), "## For learners");
    let students = table_under(&read(handout::STUDENT_README), "## Commands");
    assert!(
        learners.len() > 2,
        "README.md has no table under `## For learners`"
    );
    assert_eq!(
        students,
        learners,
        "{}'s `## Commands` table differs from README.md's `## For learners` table",
        handout::STUDENT_README
    );
}
