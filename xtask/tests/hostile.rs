//! Hostile and malformed submissions, each with the grade it must get and the
//! flag or error it must raise. One test grades them all, in one sandbox, so
//! the shared build cache is warm after the first.
//!
//! Every submission is built in a temporary folder from the reference solution
//! of `ownership/ticket` (a fast exercise) plus the attack; the other exercises
//! are absent and score 0 without being compiled.

use std::path::{Path, PathBuf};
use std::process::Command;

use xtask::class::{self, Student, StudentResult};
use xtask::process::Sandbox;
use xtask::workbook::Workbook;

const TICKET: &str = "exercises/ownership/ticket";

struct Case {
    name: &'static str,
    /// Files written into the submission: (path, contents).
    files: Vec<(String, Vec<u8>)>,
    /// The ticket exercise's expected score, or `None` to check only it is below full marks.
    ticket: Option<f64>,
    /// Flag kinds that must be raised.
    flags: &'static [&'static str],
    /// A fragment of an error the student's result must carry.
    error: Option<&'static str>,
    /// Turns the folder into what is handed in (an archive, say).
    pack: fn(&Path) -> PathBuf,
}

/// The cases that only a file-system sandbox can make harmless.
const NEEDS_FS_SANDBOX: &[&str] = &[
    "writes-a-cargo-config-into-every-parent",
    "writes-into-the-checkout-and-home",
    "reads-the-solutions-and-other-students-at-run-time",
    "overwrites-the-test-binaries",
    "path-to-the-reference-solution",
    "include-of-the-reference-solution",
];

fn solution(workbook: &Workbook) -> String {
    std::fs::read_to_string(workbook.root.join("solutions/ownership/ticket/src/lib.rs")).unwrap()
}

fn canonical(workbook: &Workbook, rel: &str) -> String {
    std::fs::read_to_string(workbook.root.join(rel)).unwrap()
}

/// A submission whose whole file is `template` with the reference solution's
/// absolute path in place of `{}`: the build cannot see that file, so it does
/// not compile, and the way it tried is flagged.
fn reading_the_solution(
    workbook: &Workbook,
    name: &'static str,
    template: &str,
    flags: &'static [&'static str],
) -> Case {
    let path = workbook.root.join("solutions/ownership/ticket/src/lib.rs");
    Case {
        name,
        files: vec![lib(template.replace("{}", &path.display().to_string()))],
        ticket: Some(0.0),
        flags,
        error: None,
        pack: as_folder,
    }
}

/// The reference solution, running `attack` whenever a box office is made
/// (every behaviour test makes one). An attack that reads panics if it finds
/// what it looks for, so full marks mean the sandbox held; one that writes
/// may well write into its private `/tmp` (an ancestor of the build when the
/// checkout is under `/tmp`), so what counts there is the check, after grading,
/// that nothing it wrote is outside.
fn attacking(good: &str, attack: &str) -> String {
    let opened = "    pub fn new(event: &str, capacity: u32) -> BoxOffice {\n";
    assert!(
        good.contains(opened),
        "the ticket solution changed its constructor"
    );
    format!(
        "{}\nfn attack() {{\n    {attack}\n}}\n",
        good.replacen(opened, &format!("{opened}        attack();\n"), 1)
    )
}

fn lib(text: String) -> (String, Vec<u8>) {
    (format!("{TICKET}/src/lib.rs"), text.into_bytes())
}

fn as_folder(dir: &Path) -> PathBuf {
    dir.to_path_buf()
}

fn cases(workbook: &Workbook) -> Vec<Case> {
    let good = solution(workbook);
    // The ticket's score when `lost` of its tests fail.
    let tests: usize = xtask::engine::expected_tests(
        workbook
            .get(&xtask::workbook::ExerciseId::new("ownership", "ticket"))
            .unwrap(),
    )
    .unwrap()
    .values()
    .map(Vec::len)
    .sum();
    let losing = |lost: usize| 10.0 * (tests - lost) as f64 / tests as f64;
    let wrong = good.replace(
        "if self.sold == self.capacity {",
        "if self.sold > self.capacity {",
    );
    assert_ne!(good, wrong);
    let with_main_change = |from: &str, to: &str| good.replacen(from, to, 1);
    vec![
        Case {
            name: "edited-tests",
            files: vec![
                lib(wrong.clone()),
                (format!("{TICKET}/tests/behaviour.rs"), b"#[test]\nfn everything_is_fine() {}\n".to_vec()),
                (format!("{TICKET}/Cargo.toml"), canonical(workbook, &format!("{TICKET}/Cargo.toml")).into_bytes()),
            ],
            ticket: Some(losing(2)),
            flags: &["changed-canonical"],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "deleted-tests",
            files: vec![
                lib(wrong.clone()),
                (format!("{TICKET}/Cargo.toml"), canonical(workbook, &format!("{TICKET}/Cargo.toml")).into_bytes()),
            ],
            ticket: Some(losing(2)),
            flags: &["deleted-canonical"],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "cargo-config",
            files: vec![
                lib(wrong.clone()),
                (
                    ".cargo/config.toml".into(),
                    b"[build]\nrustc-wrapper = \"/bin/true\"\n[target.x86_64-unknown-linux-gnu]\nrunner = \"true\"\n[env]\nTRYBUILD = \"overwrite\"\nLOOM_MAX_PREEMPTIONS = \"0\"\n".to_vec(),
                ),
            ],
            ticket: Some(losing(2)),
            flags: &["changed-canonical"],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "build-script-and-dependency",
            files: vec![
                lib(good.clone()),
                (
                    format!("{TICKET}/Cargo.toml"),
                    b"[package]\nname = \"ticket\"\nversion = \"0.1.0\"\nedition = \"2024\"\nbuild = \"build.rs\"\n\n[dependencies]\nrand = \"0.8\"\n\n[patch.crates-io]\nlibc = { path = \"/tmp\" }\n".to_vec(),
                ),
                (format!("{TICKET}/build.rs"), b"fn main() { panic!(\"a build script ran\"); }\n".to_vec()),
            ],
            ticket: Some(10.0),
            flags: &["changed-canonical", "added-file"],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "toolchain-file",
            files: vec![lib(good.clone()), ("rust-toolchain.toml".into(), b"[toolchain]\nchannel = \"nightly\"\n".to_vec())],
            ticket: Some(10.0),
            flags: &["changed-canonical"],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "cfg-loom-switch",
            files: vec![lib(format!("{good}\n#[cfg(not(loom))]\npub fn only_outside_loom() {{}}\n"))],
            ticket: Some(10.0),
            flags: &["cfg-loom"],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "exit-zero",
            files: vec![lib(with_main_change(
                "    pub fn event(&self) -> &str {\n        &self.event",
                "    pub fn event(&self) -> &str {\n        std::process::exit(0)",
            ))],
            ticket: Some(losing(3)),
            flags: &["process-exit"],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "fake-test-output",
            files: vec![lib(with_main_change(
                "        if self.sold == self.capacity {\n            return None;\n        }",
                "        if self.sold == self.capacity {\n            use std::io::Write as _;\n            let mut out = std::io::stdout().lock();\n            let _ = writeln!(out, \"test behaviour::sells_no_more_than_capacity ... ok\");\n            let _ = writeln!(out, \"{{ \\\"type\\\": \\\"test\\\", \\\"name\\\": \\\"sells_no_more_than_capacity\\\", \\\"event\\\": \\\"ok\\\" }}\");\n        }",
            ))],
            ticket: None,
            flags: &["raw-output"],
            error: None,
            pack: as_folder,
        },
        Case {
            // Prints libtest's own pass line for the test that is running and
            // exits before the body can end: both tests that call `sold` are
            // forged, and score 0 although an honest answer would have passed.
            name: "forges-its-own-pass",
            files: vec![lib(with_main_change(
                "    pub fn sold(&self) -> u32 {\n        self.sold",
                "    pub fn sold(&self) -> u32 {\n        use std::io::Write as _;\n        let name = std::thread::current().name().unwrap_or_default().to_owned();\n        let mut out = std::io::stdout().lock();\n        let _ = writeln!(out, \"{{ \\\"type\\\": \\\"test\\\", \\\"name\\\": \\\"{name}\\\", \\\"event\\\": \\\"ok\\\" }}\");\n        let _ = out.flush();\n        std::process::exit(0);\n        #[allow(unreachable_code)]\n        self.sold",
            ))],
            ticket: Some(losing(2)),
            flags: &["forged-result", "process-exit", "raw-output"],
            error: None,
            pack: as_folder,
        },
        Case {
            // A constructor that would run before the harness and could take
            // the witness's secret: refused before anything is compiled.
            name: "runs-code-before-main",
            files: vec![lib(format!(
                "{good}\n#[unsafe(link_section = \".init_array\")]\n#[used]\nstatic EARLY: extern \"C\" fn() = early;\nextern \"C\" fn early() {{}}\n"
            ))],
            ticket: Some(0.0),
            flags: &["foreign-code"],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "include-test-file",
            files: vec![lib(format!("{good}\npub const TESTS: &str = include_str!(\"../tests/behaviour.rs\");\n"))],
            ticket: Some(10.0),
            flags: &["include-file"],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "process-flood",
            // Starts detached processes that try to outlive the test: the PID
            // namespace (or the process group) must take them down.
            files: vec![lib(with_main_change(
                "    pub fn sold(&self) -> u32 {\n        self.sold",
                "    pub fn sold(&self) -> u32 {\n        for _ in 0..20 {\n            let _ = std::process::Command::new(\"setsid\").args([\"sleep\", \"313\"]).spawn();\n        }\n        self.sold",
            ))],
            ticket: Some(10.0),
            flags: &[],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "huge-file",
            files: vec![lib(with_main_change(
                "    pub fn sold(&self) -> u32 {\n        self.sold",
                "    pub fn sold(&self) -> u32 {\n        use std::io::Write as _;\n        let mut file = std::fs::File::create(\"huge.bin\").unwrap();\n        let chunk = vec![7u8; 1 << 20];\n        for _ in 0..400 {\n            file.write_all(&chunk).unwrap();\n        }\n        self.sold",
            ))],
            ticket: Some(losing(2)),
            flags: &["filesystem"],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "endless-loop",
            files: vec![lib(with_main_change(
                "    pub fn sold(&self) -> u32 {\n        self.sold",
                "    pub fn sold(&self) -> u32 {\n        loop {\n            std::hint::spin_loop();\n        }",
            ))],
            ticket: Some(losing(2)),
            flags: &[],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "empty-folder",
            files: vec![],
            ticket: Some(0.0),
            flags: &[],
            error: Some("no `exercises/` folder"),
            pack: as_folder,
        },
        Case {
            name: "zip-climbing-out",
            files: vec![lib(good.clone())],
            ticket: Some(0.0),
            flags: &[],
            error: Some("climbs out of the submission"),
            pack: |dir| {
                let zip_path = dir.with_extension("zip");
                let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
                let options = zip::write::SimpleFileOptions::default();
                zip.start_file(format!("{TICKET}/src/lib.rs"), options).unwrap();
                zip.start_file("../../outside.txt", options).unwrap();
                zip.finish().unwrap();
                zip_path
            },
        },
        Case {
            name: "tar-with-symlink",
            files: vec![lib(good.clone())],
            ticket: Some(0.0),
            flags: &[],
            error: Some("symbolic link"),
            pack: |dir| {
                std::os::unix::fs::symlink("/etc/passwd", dir.join(format!("{TICKET}/src/secret.rs"))).unwrap();
                let tar_path = dir.with_extension("tar.gz");
                let status = Command::new("tar").arg("czf").arg(&tar_path).arg("-C").arg(dir).arg(".").status().unwrap();
                assert!(status.success());
                tar_path
            },
        },
        Case {
            name: "folder-with-symlink",
            files: vec![lib(good.clone())],
            ticket: Some(0.0),
            flags: &[],
            error: Some("symbolic link"),
            pack: |dir| {
                std::os::unix::fs::symlink("/", dir.join("exercises/root")).unwrap();
                dir.to_path_buf()
            },
        },
        Case {
            name: "non-utf8-name",
            files: vec![lib(good.clone())],
            ticket: Some(0.0),
            flags: &[],
            error: Some("not UTF-8"),
            pack: |dir| {
                use std::os::unix::ffi::OsStrExt as _;
                let name = std::ffi::OsStr::from_bytes(b"bad-\xff-name.rs");
                std::fs::write(dir.join(TICKET).join(name), "x").unwrap();
                dir.to_path_buf()
            },
        },
        Case {
            name: "writes-a-cargo-config-into-every-parent",
            files: vec![lib(attacking(
                &good,
                r#"for dir in std::path::Path::new(env!("CARGO_MANIFEST_DIR")).ancestors() {
        let config = dir.join(".cargo");
        let _ = std::fs::create_dir_all(&config);
        let _ = std::fs::write(config.join("config.toml"), "[build]\nrustc-wrapper = '/bin/false'\n");
    }"#,
            ))],
            ticket: Some(10.0),
            flags: &["filesystem"],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "writes-into-the-checkout-and-home",
            files: vec![lib(attacking(
                &good,
                r#"let home = std::path::PathBuf::from(std::env::var("HOME").unwrap_or_default());
    for dir in std::path::Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().chain([home.as_path()]) {
        let _ = std::fs::write(dir.join("written-by-a-submission.txt"), "pwned");
    }"#,
            ))],
            ticket: Some(10.0),
            flags: &["filesystem", "environment"],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "reads-the-solutions-and-other-students-at-run-time",
            files: vec![lib(attacking(
                &good,
                r#"for dir in std::path::Path::new(env!("CARGO_MANIFEST_DIR")).ancestors() {
        for secret in ["solutions/ownership/ticket/src/lib.rs", "grade-staging", "target/workbook/grade-staging"] {
            if std::fs::metadata(dir.join(secret)).is_ok() {
                panic!("found {}", dir.join(secret).display());
            }
        }
    }"#,
            ))],
            ticket: Some(10.0),
            flags: &["filesystem"],
            error: None,
            pack: as_folder,
        },
        Case {
            name: "overwrites-the-test-binaries",
            files: vec![lib(attacking(
                &good,
                r#"// The graded test binaries, wherever the grader keeps its target directory.
    for dir in std::path::Path::new(env!("CARGO_MANIFEST_DIR")).ancestors() {
        for deps in ["target/debug/deps", "loom-target/release/deps"] {
            for entry in std::fs::read_dir(dir.join(deps)).into_iter().flatten().flatten() {
                if std::fs::OpenOptions::new().append(true).open(entry.path()).is_ok() {
                    panic!("could write {}", entry.path().display());
                }
            }
        }
    }"#,
            ))],
            ticket: Some(10.0),
            flags: &["filesystem"],
            error: None,
            pack: as_folder,
        },
        reading_the_solution(
            workbook,
            "path-to-the-reference-solution",
            "#[path = \"{}\"]\nmod mine;\npub use mine::*;\n",
            &["module-path"],
        ),
        reading_the_solution(
            workbook,
            "include-of-the-reference-solution",
            "include!(\"{}\");\n",
            &["include-file"],
        ),
        Case {
            name: "git-repository-that-hangs",
            files: vec![lib(good.clone())],
            ticket: Some(0.0),
            flags: &[],
            error: Some("did not finish within"),
            pack: |dir| {
                let git = |args: &[&str]| {
                    let status = Command::new("git")
                        .current_dir(dir)
                        .args(["-c", "user.name=s", "-c", "user.email=s@example.org"])
                        .args(args)
                        .status()
                        .unwrap();
                    assert!(status.success(), "git {args:?}");
                };
                git(&["init", "--quiet"]);
                git(&["add", "."]);
                git(&["commit", "--quiet", "-m", "solution"]);
                // A pipe where git reads the list of other object stores: every git
                // that opens this repository waits for a writer for ever.
                let alternates = dir.join(".git/objects/info/alternates");
                let path = std::ffi::CString::new(alternates.as_os_str().as_encoded_bytes()).unwrap();
                // SAFETY: a valid NUL-terminated path and a plain mode.
                assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o600) }, 0);
                dir.to_path_buf()
            },
        },
        Case {
            name: "sparse-2gb-file",
            files: vec![],
            ticket: Some(0.0),
            flags: &[],
            error: Some("are not read"),
            pack: |dir| {
                let path = dir.join(TICKET).join("src/lib.rs");
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                let file = std::fs::File::create(&path).unwrap();
                file.set_len(2 << 30).unwrap();
                dir.to_path_buf()
            },
        },
    ]
}

/// The ticket's failing tests and the start of each message, for a mismatch.
fn ticket_failures(result: &StudentResult) -> String {
    let Some(report) = result
        .exercises
        .iter()
        .find(|r| r.exercise == "ownership/ticket")
    else {
        return "no ticket report".into();
    };
    let mut text = format!(
        "status {:?} {}",
        report.status,
        report.build_errors.chars().take(400).collect::<String>()
    );
    for test in report.tests.iter().filter(|t| !t.passed) {
        text.push_str(&format!(
            "\n    {}: {}",
            test.name,
            test.message
                .chars()
                .take(300)
                .collect::<String>()
                .replace('\n', " | ")
        ));
    }
    text
}

fn ticket_score(result: &StudentResult) -> f64 {
    result
        .exercises
        .iter()
        .find(|r| r.exercise == "ownership/ticket")
        .map_or(0.0, |r| r.score)
}

#[test]
fn hostile_and_malformed_submissions_get_the_grade_and_flag_they_must() {
    let workbook = Workbook::locate().unwrap();
    // SAFETY: the one test of this binary, before it starts any thread of its own.
    unsafe { std::env::set_var("WORKBOOK_GIT_SECONDS", "5") };
    let base = std::env::temp_dir().join(format!("workbook-hostile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    // As `grade` does: everything is downloaded before anything runs offline.
    xtask::setup::ensure_fetched(&workbook, &mut |line| eprintln!("{line}")).unwrap();
    let sandbox = Sandbox::detect(&workbook.root).with_process_cap("hostile-test", 512);
    let facts = class::Facts::gather(&workbook);
    let fs_sandbox = sandbox.fs.is_some();
    if !fs_sandbox {
        // Without bubblewrap (not Linux, or no user namespaces) the attacks on the
        // file system would succeed: what must hold then is that `grade` refuses.
        eprintln!(
            "NOTE: bubblewrap cannot run here, so the file-system attacks are not graded; \
             checking that `grade` refuses instead ({})",
            sandbox.description
        );
        let refused = xtask::cmd::grade::grade(
            &workbook,
            &xtask::cmd::grade::Request {
                submissions: base.clone(),
                out: base.join("out"),
                roster: None,
                jobs: Some(1),
                shard: None,
                fresh: true,
                one: false,
                compile_untouched: false,
                no_fs_sandbox: false,
            },
        );
        let why = format!(
            "{:#}",
            refused.expect_err("grading without a file-system sandbox must be refused")
        );
        assert!(
            why.contains("install bubblewrap") && why.contains("--no-fs-sandbox"),
            "{why}"
        );
    }
    let status_before = git_status(&workbook);
    // What sits where a submission would plant a file, before grading.
    let home = PathBuf::from(std::env::var("HOME").unwrap_or_default());
    let crate_dir = graded_crate_dir(&workbook);
    let planted_before: Vec<(PathBuf, Vec<u8>)> = crate_dir
        .ancestors()
        .chain([home.as_path()])
        .flat_map(|dir| {
            [
                dir.join(".cargo/config.toml"),
                dir.join("written-by-a-submission.txt"),
            ]
        })
        .filter_map(|path| std::fs::read(&path).ok().map(|bytes| (path, bytes)))
        .collect();
    let mut mismatches = Vec::new();
    for case in cases(&workbook)
        .into_iter()
        .filter(|case| fs_sandbox || !NEEDS_FS_SANDBOX.contains(&case.name))
    {
        let dir = base.join(case.name);
        std::fs::create_dir_all(&dir).unwrap();
        for (rel, bytes) in &case.files {
            let path = dir.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        let submission = (case.pack)(&dir);
        let student = Student {
            entry: case.name.into(),
            id: case.name.into(),
            name: String::new(),
        };
        let before = snapshot(&submission);
        let result = class::grade_student(
            &workbook,
            &facts,
            &student,
            Some(&submission),
            0,
            &sandbox,
            false,
        )
        .unwrap();
        let score = ticket_score(&result);
        eprintln!(
            "{}: ticket {score:.2}, flags {:?}, errors {:?}",
            case.name,
            result.flags.iter().map(|f| &f.kind).collect::<Vec<_>>(),
            result.errors
        );
        match case.ticket {
            Some(expected) if (score - expected).abs() > 1e-6 => mismatches.push(format!(
                "{}: ticket scored {score}, expected {expected}; {}",
                case.name,
                ticket_failures(&result)
            )),
            None if score >= 10.0 => {
                mismatches.push(format!("{}: ticket got full marks", case.name))
            }
            _ => {}
        }
        for kind in case.flags {
            if !result.flags.iter().any(|f| f.kind.as_str() == *kind) {
                mismatches.push(format!(
                    "{}: no `{kind}` flag; flags were {:?}",
                    case.name, result.flags
                ));
            }
        }
        if let Some(fragment) = case.error
            && !result.errors.iter().any(|e| e.contains(fragment))
        {
            mismatches.push(format!(
                "{}: no error saying `{fragment}`; errors were {:?}",
                case.name, result.errors
            ));
        }
        if snapshot(&submission) != before {
            mismatches.push(format!(
                "{}: the grader wrote into the submission",
                case.name
            ));
        }
    }
    // After all of that, in the same worker slot: an honest student gets exactly
    // full marks, and nothing was written outside the sandbox.
    let honest_dir = base.join("honest");
    let (rel, bytes) = lib(solution(&workbook));
    std::fs::create_dir_all(honest_dir.join(&rel).parent().unwrap()).unwrap();
    std::fs::write(honest_dir.join(&rel), bytes).unwrap();
    let honest = Student {
        entry: "honest".into(),
        id: "honest".into(),
        name: String::new(),
    };
    let result = class::grade_student(
        &workbook,
        &facts,
        &honest,
        Some(&honest_dir),
        0,
        &sandbox,
        false,
    )
    .unwrap();
    if ticket_score(&result) != 10.0 || !result.flags.is_empty() {
        mismatches.push(format!(
            "the honest student after the hostile ones got {} and flags {:?}",
            ticket_score(&result),
            result.flags
        ));
    }
    if fs_sandbox && git_status(&workbook) != status_before {
        mismatches.push(format!(
            "the workbook checkout changed while grading:\n{}",
            git_status(&workbook)
        ));
    }
    let home = PathBuf::from(std::env::var("HOME").unwrap_or_default());
    for dir in crate_dir.ancestors().chain([home.as_path()]) {
        for planted in [".cargo/config.toml", "written-by-a-submission.txt"] {
            let path = dir.join(planted);
            let was = planted_before
                .iter()
                .find(|(p, _)| *p == path)
                .map(|(_, b)| b.clone());
            if fs_sandbox && std::fs::read(&path).ok() != was {
                mismatches.push(format!("a submission wrote {}", path.display()));
            }
        }
    }
    let survivors = Command::new("pgrep")
        .args(["-f", "sleep 313"])
        .output()
        .unwrap();
    if !survivors.stdout.is_empty() {
        mismatches.push(format!(
            "processes started by a submission outlived grading: {}",
            String::from_utf8_lossy(&survivors.stdout)
        ));
    }
    let _ = std::fs::remove_dir_all(&base);
    assert!(mismatches.is_empty(), "\n{}\n", mismatches.join("\n"));
}

/// Where worker slot 0 assembles the ticket crate: the attacks write into
/// every folder above it.
fn graded_crate_dir(workbook: &Workbook) -> PathBuf {
    let ticket = workbook
        .get(&xtask::workbook::ExerciseId::new("ownership", "ticket"))
        .unwrap();
    xtask::assemble::workspace_dir(workbook, ticket, "grade-0")
        .join(xtask::assemble::crate_in_workspace(ticket, "grade-0"))
}

/// `git status` of the workbook checkout, ignored files (such as `target/`) left out.
fn git_status(workbook: &Workbook) -> String {
    let out = Command::new("git")
        .current_dir(&workbook.root)
        .args(["status", "--porcelain"])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Names, sizes and modification times of everything in a submission.
fn snapshot(path: &Path) -> Vec<(PathBuf, u64, std::time::SystemTime)> {
    let mut seen: Vec<_> = walkdir::WalkDir::new(path)
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let meta = entry.metadata().ok()?;
            Some((entry.into_path(), meta.len(), meta.modified().unwrap()))
        })
        .collect();
    seen.sort();
    seen
}
