//! The instructor's side end to end, on a small class: every kind of
//! submission, a roster, shards joined by `merge`, resuming, every output
//! file, the handout and the Gradescope autograder.

use std::path::{Path, PathBuf};
use std::process::Command;

use xtask::cmd::grade::{self, Request};
use xtask::workbook::Workbook;

const TICKET_LIB: &str = "exercises/ownership/ticket/src/lib.rs";

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=Student",
            "-c",
            "user.email=student@localhost",
        ])
        .args(args)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

/// A submission folder holding only the ticket solution.
fn solved_ticket(workbook: &Workbook, dir: &Path) {
    let path = dir.join(TICKET_LIB);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::copy(
        workbook.root.join("solutions/ownership/ticket/src/lib.rs"),
        path,
    )
    .unwrap();
}

fn request(
    submissions: &Path,
    out: &Path,
    roster: Option<PathBuf>,
    shard: Option<&str>,
) -> Request {
    Request {
        submissions: submissions.to_path_buf(),
        out: out.to_path_buf(),
        roster,
        jobs: Some(2),
        shard: shard.map(str::to_owned),
        fresh: false,
        one: false,
        compile_untouched: false,
        // Where bubblewrap cannot run, this test is about the outputs; hostile.rs
        // checks that grading refuses there without the flag.
        no_fs_sandbox: xtask::process::Sandbox::detect(&Workbook::locate().unwrap().root)
            .fs
            .is_none(),
    }
}

#[test]
fn a_class_is_graded_sharded_merged_and_reported() {
    let workbook = Workbook::locate().unwrap();
    let base = std::env::temp_dir().join(format!("workbook-class-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let submissions = base.join("submissions");

    // A plain folder, a zip, a tar.gz, a git repository (graded at HEAD) and a git bundle.
    solved_ticket(&workbook, &submissions.join("folder"));
    for kind in ["zipped", "tarred", "repository", "bundled"] {
        solved_ticket(&workbook, &base.join("staging").join(kind));
    }
    let staging = base.join("staging");
    assert!(
        Command::new("zip")
            .current_dir(staging.join("zipped"))
            .args(["-qr"])
            .arg(submissions.join("zipped.zip"))
            .arg(".")
            .status()
            .unwrap()
            .success()
    );
    assert!(
        Command::new("tar")
            .arg("czf")
            .arg(submissions.join("tarred.tar.gz"))
            .arg("-C")
            .arg(staging.join("tarred"))
            .arg(".")
            .status()
            .unwrap()
            .success()
    );
    let repository = submissions.join("repository");
    std::fs::rename(staging.join("repository"), &repository).unwrap();
    git(&repository, &["init", "-q"]);
    git(&repository, &["add", "-A"]);
    git(&repository, &["commit", "-qm", "solved"]);
    // Uncommitted work is not graded: HEAD is.
    std::fs::write(repository.join(TICKET_LIB), "this does not compile").unwrap();
    let bundled = staging.join("bundled");
    git(&bundled, &["init", "-q"]);
    git(&bundled, &["add", "-A"]);
    git(&bundled, &["commit", "-qm", "solved"]);
    git(
        &bundled,
        &[
            "bundle",
            "create",
            submissions.join("bundled.bundle").to_str().unwrap(),
            "HEAD",
        ],
    );

    let roster = base.join("roster.csv");
    std::fs::write(&roster, "entry,id,name\nfolder,s1,Ada\nzipped,s2,\"Brontë, Charlotte\"\ntarred,s3,Cy\nrepository,s4,Di\nbundled,s5,Ed\nabsent,s6,Flo\n").unwrap();

    // Two shards, then merge.
    let part = |k: &str| base.join(format!("part-{k}"));
    grade::grade(
        &workbook,
        &request(&submissions, &part("1"), Some(roster.clone()), Some("1/2")),
    )
    .unwrap();
    grade::grade(
        &workbook,
        &request(&submissions, &part("2"), Some(roster.clone()), Some("2/2")),
    )
    .unwrap();
    let out = base.join("merged");
    grade::merge(&workbook, &out, &[part("1"), part("2")]).unwrap();

    let mut reader = csv::Reader::from_path(out.join("gradebook.csv")).unwrap();
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 6, "six students: {rows:?}");
    let row = |id: &str| {
        rows.iter()
            .find(|r| &r[column("student_id")] == id)
            .unwrap_or_else(|| panic!("no row for {id}"))
    };
    for (id, name) in [
        ("s1", "Ada"),
        ("s2", "Brontë, Charlotte"),
        ("s3", "Cy"),
        ("s4", "Di"),
        ("s5", "Ed"),
    ] {
        assert_eq!(&row(id)[column("name")], name);
        assert_eq!(&row(id)[column("ownership/ticket")], "10", "{:?}", row(id));
        assert_eq!(&row(id)[column("errors")], "", "{:?}", row(id));
    }
    assert!(row("s6")[column("errors")].contains("no submission was found"));
    assert_eq!(&row("s6")[column("total")], "0");

    for file in [
        "results.json",
        "report/index.html",
        "report/folder.html",
        "feedback/zipped.md",
        "gradescope/tarred.json",
        "prairielearn/bundled.json",
        "students/repository.json",
        "similarity.csv",
    ] {
        assert!(out.join(file).is_file(), "{file} is missing");
    }
    // Five students handed in the same ticket solution: every pair is alike.
    let similar = std::fs::read_to_string(out.join("similarity.csv")).unwrap();
    assert_eq!(
        similar
            .lines()
            .filter(|l| l.starts_with("ownership/ticket,"))
            .count(),
        10,
        "{similar}"
    );
    let gradescope: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("gradescope/folder.json")).unwrap())
            .unwrap();
    assert_eq!(gradescope["score"], 10.0);
    let test = &gradescope["tests"][0];
    for key in xtask::class::outputs::GRADESCOPE_TEST_FIELDS {
        assert!(
            !test[key].is_null(),
            "Gradescope test lacks `{key}`: {test}"
        );
    }
    let prairielearn: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("prairielearn/folder.json")).unwrap(),
    )
    .unwrap();
    let expected = 10.0
        / workbook
            .exercises()
            .map(|e| f64::from(e.manifest.points))
            .sum::<f64>();
    assert!(
        (prairielearn["score"].as_f64().unwrap() - expected).abs() < 1e-9,
        "{prairielearn}"
    );

    // Resuming: a second run over the same folder grades nobody again.
    let before = std::fs::metadata(part("1").join("students/bundled.json"))
        .map(|m| m.modified().unwrap())
        .ok();
    grade::grade(
        &workbook,
        &request(&submissions, &part("1"), Some(roster), Some("1/2")),
    )
    .unwrap();
    let after = std::fs::metadata(part("1").join("students/bundled.json"))
        .map(|m| m.modified().unwrap())
        .ok();
    assert_eq!(before, after, "a graded student was graded again");

    // The handout and the autograder carry no solutions.
    let handout = base.join("handout");
    grade::handout(&workbook, &handout).unwrap();
    assert!(
        handout
            .join("exercises/ownership/ticket/src/lib.rs")
            .is_file()
    );
    assert!(!handout.join("solutions").exists());
    assert!(!handout.join("xtask/tests/fixtures").exists());
    assert_eq!(
        std::fs::read(handout.join(TICKET_LIB)).unwrap(),
        std::fs::read(
            workbook
                .root
                .join("exercises/ownership/ticket/starter/src/lib.rs")
        )
        .unwrap()
    );
    let zip_path = base.join("autograder.zip");
    grade::gradescope(&workbook, &zip_path).unwrap();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    let names: Vec<String> = (0..zip.len())
        .map(|i| zip.by_index(i).unwrap().name().unwrap().into_owned())
        .collect();
    assert!(names.contains(&"setup.sh".to_owned()) && names.contains(&"run_autograder".to_owned()));
    assert!(
        names
            .iter()
            .any(|n| n == "workbook/exercises/chapters.toml")
    );
    assert!(
        !names.iter().any(|n| n.starts_with("workbook/solutions/")),
        "the autograder carries solutions"
    );
    let _ = std::fs::remove_dir_all(&base);
}

/// The gradebook without what differs between runs of the same grading.
fn gradebook_rows(out: &Path) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_path(out.join("gradebook.csv")).unwrap();
    let mut rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    rows.sort();
    rows
}

#[test]
fn shards_from_a_batch_systems_variables_merge_into_the_single_run() {
    let workbook = Workbook::locate().unwrap();
    let base = std::env::temp_dir().join(format!("workbook-shards-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let submissions = base.join("submissions");
    for entry in ["s1", "s2", "s10", "s3", "s4"] {
        solved_ticket(&workbook, &submissions.join(entry));
    }
    // One of them does not compile, so the slices differ in what they hold.
    std::fs::write(submissions.join("s3").join(TICKET_LIB), "fn broken(").unwrap();
    let no_fs_sandbox = request(&submissions, &base, None, None).no_fs_sandbox;
    let xtask = |out: &Path, vars: &[(&str, String)]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_xtask"));
        command
            .args(["grade", "--jobs", "1"])
            .arg(&submissions)
            .arg("--out")
            .arg(out);
        if no_fs_sandbox {
            command.arg("--no-fs-sandbox");
        }
        for key in [
            "WORKBOOK_SHARD",
            "SLURM_ARRAY_TASK_ID",
            "SLURM_ARRAY_TASK_COUNT",
            "SLURM_ARRAY_TASK_MIN",
            "JOB_COMPLETION_INDEX",
            "WORKBOOK_SHARD_INDEX",
            "WORKBOOK_SHARD_COUNT",
        ] {
            command.env_remove(key);
        }
        command.envs(vars.iter().map(|(k, v)| (*k, v.as_str())));
        command
    };
    let single = base.join("single");
    assert!(xtask(&single, &[]).status().unwrap().success());

    // A Slurm array of three (`--array=1-3`) and a Kubernetes Indexed Job of
    // two, each slice a process of its own, all at once.
    type Vars = fn(usize) -> Vec<(&'static str, String)>;
    let slurm: Vars = |k| {
        vec![
            ("SLURM_ARRAY_TASK_ID", (k + 1).to_string()),
            ("SLURM_ARRAY_TASK_MIN", "1".to_string()),
            ("SLURM_ARRAY_TASK_COUNT", "3".to_string()),
        ]
    };
    let kubernetes: Vars = |k| {
        vec![
            ("JOB_COMPLETION_INDEX", k.to_string()),
            ("WORKBOOK_SHARD_COUNT", "2".to_string()),
        ]
    };
    for (name, count, vars) in [("slurm", 3, slurm), ("kubernetes", 2, kubernetes)] {
        let parts: Vec<PathBuf> = (0..count)
            .map(|k| base.join(format!("{name}-{k}")))
            .collect();
        let children: Vec<_> = parts
            .iter()
            .enumerate()
            .map(|(k, out)| xtask(out, &vars(k)).spawn().unwrap())
            .collect();
        for mut child in children {
            assert!(child.wait().unwrap().success(), "{name}: a shard failed");
        }
        let sizes: Vec<usize> = parts.iter().map(|p| gradebook_rows(p).len()).collect();
        assert_eq!(sizes.iter().sum::<usize>(), 5, "{name}: slices {sizes:?}");
        assert!(
            sizes.iter().all(|&n| n > 0),
            "{name}: an empty slice {sizes:?}"
        );
        let merged = base.join(format!("{name}-merged"));
        grade::merge(&workbook, &merged, &parts).unwrap();
        assert_eq!(gradebook_rows(&merged), gradebook_rows(&single), "{name}");
    }
    let _ = std::fs::remove_dir_all(&base);
}
