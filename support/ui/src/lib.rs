//! Compile-fail cases judged by meaning, not by exact compiler output.
//!
//! An exercise keeps, under `tests/ui/`, pairs of small programs that use its
//! API: `fail/<case>.rs` misuses it and must be rejected by the compiler;
//! `pass/<case>.rs`, its twin, uses it rightly and must compile and run.
//! The misuse is marked where the compiler must object, in the notation of
//! rustc's own UI tests:
//!
//! ```text
//! let second = ticket.redeem(); //~ ERROR E0382 use of moved value
//! //~^ ERROR E0382            (the error is on the line above; one ^ per line)
//! ```
//!
//! A case passes when the failing program gets, for every annotation, an error
//! with that code on that line whose message contains the fragment; when it
//! gets no error the annotations do not explain; and when the twin builds and
//! exits successfully. Comparing the whole stderr, as trybuild does, rejects
//! correct solutions whose notes quote different lines of the learner's code,
//! so the verdict deliberately ignores everything that points outside the case
//! file. A crate that does not build passes no case.
//!
//! All cases of a crate are built by one `cargo build` per test process, in a
//! generated project under the test target's temporary directory.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Declares one `#[test]` per compile-fail case of this crate.
///
/// ```text
/// workbook_ui::cases! {
///     /// Redeeming a ticket consumes it.
///     redeem_twice,
/// }
/// ```
#[macro_export]
macro_rules! cases {
    ($($(#[$meta:meta])* $case:ident),* $(,)?) => {
        $(
            $(#[$meta])*
            #[$crate::__witness::test]
            fn $case() {
                $crate::check(&$crate::Crate {
                    manifest_dir: env!("CARGO_MANIFEST_DIR"),
                    package: env!("CARGO_PKG_NAME"),
                    scratch_dir: env!("CARGO_TARGET_TMPDIR"),
                }, stringify!($case));
            }
        )*
    };
}

#[doc(hidden)]
pub use workbook_witness as __witness;

/// The crate under test, as the test binary knows it at compile time.
pub struct Crate<'a> {
    pub manifest_dir: &'a str,
    pub package: &'a str,
    pub scratch_dir: &'a str,
}

/// The variable that hands a twin the token it prints once its `main` returned.
const TWIN_TOKEN: &str = "WORKBOOK_TWIN_TOKEN";

/// How long a twin program may run before it counts as hung.
const TWIN_TIMEOUT: Duration = Duration::from_secs(10);

/// Judges one case and panics with an explanation when it does not hold.
pub fn check(krate: &Crate<'_>, case: &str) {
    if let Err(explanation) = judge(krate, case) {
        panic!("\n{explanation}\n");
    }
}

/// The verdict for one case: `Ok` or a learner-facing explanation.
pub fn judge(krate: &Crate<'_>, case: &str) -> Result<(), String> {
    let manifest_dir = Path::new(krate.manifest_dir);
    let fail_file = manifest_dir
        .join("tests/ui/fail")
        .join(format!("{case}.rs"));
    let pass_file = manifest_dir
        .join("tests/ui/pass")
        .join(format!("{case}.rs"));
    let fail_source = std::fs::read_to_string(&fail_file)
        .map_err(|e| format!("cannot read {}: {e}", fail_file.display()))?;
    let expected =
        parse_annotations(&fail_source).map_err(|e| format!("{}: {e}", fail_file.display()))?;
    if expected.is_empty() {
        return Err(format!(
            "{} has no `//~ ERROR <code>` annotation: say which error the compiler must report",
            fail_file.display()
        ));
    }
    if !pass_file.exists() {
        return Err(format!(
            "{} has no twin: add {} that uses the API rightly",
            fail_file.display(),
            pass_file.display()
        ));
    }

    let twin_source = std::fs::read_to_string(&pass_file)
        .map_err(|e| format!("cannot read {}: {e}", pass_file.display()))?;
    if twin_source
        .lines()
        .any(|l| l.trim_start().starts_with("//!") || l.trim_start().starts_with("#!["))
    {
        return Err(format!(
            "{} starts with `//!` or `#![`: a twin is included into a generated wrapper, so it \
             cannot have inner doc comments or attributes; use `//` comments",
            pass_file.display()
        ));
    }
    let build = build_all(krate).as_ref().map_err(Clone::clone)?;
    if !build.crate_errors.is_empty() {
        return Err(format!(
            "your crate `{}` does not build, so no compile-fail case can pass:\n\n{}",
            krate.package,
            build.crate_errors.join("\n")
        ));
    }

    let why = header_doc(&fail_source);
    let fail_bin = bin_name(krate, "fail", case);
    let errors = build
        .errors
        .get(&fail_bin)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    let fail_rel = format!("tests/ui/fail/{case}.rs");
    // What rustc says with the reference solution: a trybuild snapshot `verify` keeps.
    let snapshot = std::fs::read_to_string(fail_file.with_extension("stderr")).ok();
    judge_rejection(&fail_rel, &why, &expected, errors, snapshot.as_deref())?;

    let pass_rel = format!("tests/ui/pass/{case}.rs");
    let pass_bin = bin_name(krate, "pass", case);
    if let Some(errors) = build.errors.get(&pass_bin) {
        let rendered: Vec<&str> = errors.iter().map(|e| e.rendered.as_str()).collect();
        return Err(format!(
            "the twin {pass_rel} uses your API the way it is meant to be used, and must compile, \
             but the compiler rejected it:\n\n{}",
            rendered.join("\n")
        ));
    }
    let Some(executable) = build.executables.get(&pass_bin) else {
        return Err(format!(
            "the twin {pass_rel} was not built (cargo gave no executable for it)"
        ));
    };
    run_twin(&pass_rel, executable)
}

fn judge_rejection(
    fail_rel: &str,
    why: &str,
    expected: &[Expected],
    errors: &[Diagnostic],
    snapshot: Option<&str>,
) -> Result<(), String> {
    let in_case = |e: &Diagnostic| e.file.as_deref().is_some_and(|f| f.ends_with(fail_rel));
    let mut problems = String::new();
    for want in expected {
        let found = errors.iter().any(|e| {
            in_case(e)
                && e.code.as_deref() == Some(want.code.as_str())
                && e.line == Some(want.line)
                && e.message.contains(&want.fragment)
        });
        if !found {
            let _ = write!(
                problems,
                "\n  expected error[{}] on line {}{}",
                want.code,
                want.line,
                if want.fragment.is_empty() {
                    String::new()
                } else {
                    format!(" saying \"{}\"", want.fragment)
                }
            );
        }
    }
    let unexplained: Vec<&Diagnostic> = errors
        .iter()
        .filter(|e| {
            !expected.iter().any(|want| {
                in_case(e)
                    && e.code.as_deref() == Some(want.code.as_str())
                    && e.line == Some(want.line)
            })
        })
        .collect();
    if problems.is_empty() && unexplained.is_empty() {
        return Ok(());
    }
    let mut out = format!("{fail_rel} misuses the API and must be rejected by the compiler");
    if !why.is_empty() {
        let _ = write!(out, ":\n  {}", why.replace('\n', "\n  "));
    }
    out.push('\n');
    if errors.is_empty() {
        out.push_str("\nbut the compiler accepted it: your API still allows this misuse.");
        out.push_str(&problems);
        if let Some(snapshot) = snapshot {
            let _ = write!(
                out,
                "\n\nwith a correct solution, rustc rejects this program with:\n\n{}",
                snapshot.trim_end()
            );
        }
        return Err(out);
    }
    if !problems.is_empty() {
        out.push_str("\nthe compiler rejected it, but not for the reason the case is about:");
        out.push_str(&problems);
        out.push('\n');
    }
    if !unexplained.is_empty() {
        out.push_str("\nerrors the case does not expect (a wrong API, a missing item, or a crate that does not build):\n\n");
        for e in unexplained {
            out.push_str(&e.rendered);
            out.push('\n');
        }
    } else {
        out.push_str("\nwhat the compiler said:\n\n");
        for e in errors {
            out.push_str(&e.rendered);
            out.push('\n');
        }
    }
    Err(out)
}

fn run_twin(pass_rel: &str, executable: &Path) -> Result<(), String> {
    let token = format!("twin-finished-{}-{:?}", std::process::id(), Instant::now());
    let mut child = Command::new(executable)
        .env("RUST_BACKTRACE", "0")
        .env(TWIN_TOKEN, &token)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run the twin {pass_rel}: {e}"))?;
    let mut stdout = child.stdout.take().expect("piped");
    let out_reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.by_ref().take(1 << 20).read_to_string(&mut text);
        let _ = std::io::copy(&mut stdout, &mut std::io::sink());
        text
    });
    let mut stderr = child.stderr.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.by_ref().take(64 * 1024).read_to_string(&mut text);
        text
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() > TWIN_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("cannot wait for the twin {pass_rel}: {e}")),
        }
    };
    let stderr = reader.join().unwrap_or_default();
    let stdout = out_reader.join().unwrap_or_default();
    let finished = stdout.lines().any(|line| line == token);
    match status {
        Some(status) if status.success() && finished => Ok(()),
        Some(status) if status.success() => Err(format!(
            "the twin {pass_rel} compiles, but it ended before the end of its `main` \
             (does your code call std::process::exit?); it uses the API rightly, so it must run to the end"
        )),
        Some(status) => Err(format!(
            "the twin {pass_rel} compiles, but running it failed ({status}); it uses the API \
             rightly, so your implementation must make it succeed:\n\n{}",
            stderr.trim_end()
        )),
        None => Err(format!(
            "the twin {pass_rel} compiles, but did not finish within {} s: a deadlock or an endless loop?",
            TWIN_TIMEOUT.as_secs()
        )),
    }
}

/// One `//~ ERROR` annotation: the compiler must report `code` on `line`.
#[derive(Debug, PartialEq)]
struct Expected {
    line: usize,
    code: String,
    fragment: String,
}

fn parse_annotations(source: &str) -> Result<Vec<Expected>, String> {
    let mut expected = Vec::new();
    for (index, text) in source.lines().enumerate() {
        let Some(at) = text.find("//~") else { continue };
        let rest = &text[at + 3..];
        let carets = rest.chars().take_while(|&c| c == '^').count();
        let rest = rest[carets..].trim_start();
        let Some(rest) = rest.strip_prefix("ERROR") else {
            return Err(format!(
                "line {}: an annotation reads `//~ ERROR <code> <fragment>`",
                index + 1
            ));
        };
        let rest = rest.trim();
        let (code, fragment) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        if !code.starts_with('E') || code.len() != 5 {
            return Err(format!(
                "line {}: `{code}` is not an error code like E0277",
                index + 1
            ));
        }
        let line = (index + 1)
            .checked_sub(carets)
            .filter(|&l| l > 0)
            .ok_or_else(|| format!("line {}: the carets point above the first line", index + 1))?;
        expected.push(Expected {
            line,
            code: code.to_owned(),
            fragment: fragment.trim().to_owned(),
        });
    }
    Ok(expected)
}

/// The `//!` lines at the top of a case: why the program must be rejected.
fn header_doc(source: &str) -> String {
    source
        .lines()
        .map_while(|l| l.trim_start().strip_prefix("//!"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n")
}

#[derive(Debug, Clone)]
struct Diagnostic {
    code: Option<String>,
    message: String,
    file: Option<String>,
    line: Option<usize>,
    rendered: String,
}

#[derive(Debug)]
struct Build {
    /// Errors per case binary.
    errors: BTreeMap<String, Vec<Diagnostic>>,
    /// Errors in the crate under test itself, rendered.
    crate_errors: Vec<String>,
    executables: BTreeMap<String, PathBuf>,
}

fn bin_name(krate: &Crate<'_>, kind: &str, case: &str) -> String {
    format!("{kind}_{}_{case}", short_hash(krate.manifest_dir))
}

fn short_hash(text: &str) -> String {
    // FNV-1a: stable across runs and toolchains, unlike `DefaultHasher`.
    let mut hash: u64 = 0xcbf29ce484222325;
    for byte in text.bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x100000001b3);
    }
    format!("{:08x}", hash as u32)
}

/// Builds every case of the crate once per process.
fn build_all(krate: &Crate<'_>) -> &'static Result<Build, String> {
    static BUILD: OnceLock<Result<Build, String>> = OnceLock::new();
    BUILD.get_or_init(|| build_uncached(krate))
}

/// The variable that names a file holding cargo's JSON output of a build of
/// the case programs that the grading engine ran before the tests (with
/// [`plan`]; its standard error beside it, with the extension `stderr`), so
/// the test process only reads it: under the grader's sandbox
/// the test cannot write, and the engine's build keeps its dependencies warm
/// from one submission to the next.
pub const PREBUILT: &str = "WORKBOOK_UI_PREBUILT";

/// How to build every case program of a crate: `cargo` with these arguments
/// and `CARGO_TARGET_DIR` set to `target_dir`, its JSON messages on standard
/// output. The flags of the build that runs the tests (`RUSTFLAGS`, a
/// wrapper) must not reach it.
#[derive(Debug, Clone)]
pub struct Plan {
    pub args: Vec<std::ffi::OsString>,
    pub target_dir: PathBuf,
}

/// Writes the generated project that holds one program per case and twin
/// under `scratch`, and says how to build it.
pub fn plan(krate: &Crate<'_>, scratch: &Path) -> Result<Plan, String> {
    let manifest_dir = Path::new(krate.manifest_dir);
    let scratch = scratch.join("workbook-ui");
    let project = scratch.join(format!(
        "{}-{}",
        krate.package,
        short_hash(krate.manifest_dir)
    ));
    std::fs::create_dir_all(&project)
        .map_err(|e| format!("cannot create {}: {e}", project.display()))?;

    let mut manifest = format!(
        "[package]\nname = \"{}-ui-{}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\
         autobins = false\n\n[dependencies]\n{} = {{ path = {:?} }}\n\n[workspace]\n",
        krate.package,
        short_hash(krate.manifest_dir),
        krate.package,
        krate.manifest_dir
    );
    let wrappers = project.join("twins");
    std::fs::create_dir_all(&wrappers)
        .map_err(|e| format!("cannot create {}: {e}", wrappers.display()))?;
    for kind in ["fail", "pass"] {
        let dir = manifest_dir.join("tests/ui").join(kind);
        let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
            Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(_) => Vec::new(),
        };
        files.sort();
        for file in files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "rs"))
        {
            let case = file
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            // A twin must be seen to reach the end of its `main`: exiting early with
            // status 0 (`std::process::exit(0)` in the learner's code) is no success.
            let file = if kind == "pass" {
                let wrapper = wrappers.join(format!("{case}.rs"));
                let source = format!(
                    "mod twin {{\n    include!({:?});\n    pub(super) fn run() {{\n        main()\n    }}\n}}\n\n\
                     fn main() {{\n    let token = std::env::var({TWIN_TOKEN:?}).unwrap_or_default();\n    \
                     // SAFETY: nothing else runs yet; the twin must not see the token.\n    \
                     unsafe {{ std::env::remove_var({TWIN_TOKEN:?}) }};\n    twin::run();\n    \
                     println!(\"{{token}}\");\n}}\n",
                    file.display().to_string()
                );
                write_if_changed(&wrapper, source.as_bytes())?;
                wrapper
            } else {
                file.clone()
            };
            let _ = write!(
                manifest,
                "\n[[bin]]\nname = \"{}\"\npath = {:?}\ntest = false\nbench = false\ndoc = false\n",
                bin_name(krate, kind, case),
                file.display().to_string()
            );
        }
    }
    write_if_changed(&project.join("Cargo.toml"), manifest.as_bytes())?;
    // The same dependency versions as the workbook: copy the nearest lock file.
    if let Some(lock) = manifest_dir
        .ancestors()
        .map(|d| d.join("Cargo.lock"))
        .find(|p| p.is_file())
    {
        let bytes =
            std::fs::read(&lock).map_err(|e| format!("cannot read {}: {e}", lock.display()))?;
        write_if_changed(&project.join("Cargo.lock"), &bytes)?;
    }

    let mut args: Vec<std::ffi::OsString> = [
        "build",
        "--bins",
        "--keep-going",
        "--offline",
        "--quiet",
        "--message-format=json",
        "--manifest-path",
    ]
    .iter()
    .map(Into::into)
    .collect();
    args.push(project.join("Cargo.toml").into());
    Ok(Plan {
        args,
        target_dir: scratch.join("target"),
    })
}

/// Whether cargo's complaint is about the machine (offline, a full disk),
/// not the code.
pub fn is_machine_trouble(stderr: &str) -> bool {
    ["--offline", "failed to download", "No space left on device"]
        .iter()
        .any(|needle| stderr.contains(needle))
}

fn build_uncached(krate: &Crate<'_>) -> Result<Build, String> {
    if let Some(prebuilt) = std::env::var_os(PREBUILT) {
        let prebuilt = PathBuf::from(prebuilt);
        let json = std::fs::read_to_string(&prebuilt)
            .map_err(|e| format!("cannot read the prebuilt cases {}: {e}", prebuilt.display()))?;
        return parse_build(&json).map_err(|e| {
            let stderr =
                std::fs::read_to_string(prebuilt.with_extension("stderr")).unwrap_or_default();
            format!("{e}\ncargo said:\n{stderr}")
        });
    }
    // Plain `cargo test`: the judge builds the cases itself, in the test's
    // own scratch folder (the grading engine builds them beforehand instead).
    let plan = plan(krate, Path::new(krate.scratch_dir))?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(&plan.args)
        .env("CARGO_TARGET_DIR", &plan.target_dir)
        .stdin(Stdio::null());
    // The cases are judged without the flags of the build that runs them (loom's cfg, say).
    for var in [
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_BUILD_RUSTFLAGS",
        "RUSTC_WRAPPER",
    ] {
        command.env_remove(var);
    }
    let output = command
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    parse_build(&stdout).map_err(|e| {
        // The engine turns this line into a setup error that costs the learner nothing.
        let prefix = if is_machine_trouble(&stderr) {
            SETUP_PROBLEM
        } else {
            ""
        };
        format!("{prefix}{e}\ncargo said:\n{stderr}")
    })
}

/// How a judgement that failed because of the machine, not the code, begins.
pub const SETUP_PROBLEM: &str = "setup problem (not your code): ";

fn parse_build(json_lines: &str) -> Result<Build, String> {
    let mut build = Build {
        errors: BTreeMap::new(),
        crate_errors: Vec::new(),
        executables: BTreeMap::new(),
    };
    let mut finished = false;
    for line in json_lines.lines().filter(|l| l.starts_with('{')) {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let target = value["target"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        match value["reason"].as_str() {
            Some("compiler-message") => {
                let message = &value["message"];
                if message["level"].as_str() != Some("error") {
                    continue;
                }
                let text = message["message"].as_str().unwrap_or_default();
                let spans = message["spans"]
                    .as_array()
                    .map(Vec::as_slice)
                    .unwrap_or(&[]);
                if spans.is_empty() && text.starts_with("aborting due to") {
                    continue;
                }
                let primary = spans
                    .iter()
                    .find(|s| s["is_primary"].as_bool() == Some(true));
                let diagnostic = Diagnostic {
                    code: message["code"]["code"].as_str().map(str::to_owned),
                    message: text.to_owned(),
                    file: primary
                        .and_then(|s| s["file_name"].as_str())
                        .map(str::to_owned),
                    line: primary
                        .and_then(|s| s["line_start"].as_u64())
                        .map(|l| l as usize),
                    rendered: message["rendered"].as_str().unwrap_or(text).to_owned(),
                };
                if is_case_target(&target) {
                    build.errors.entry(target).or_default().push(diagnostic);
                } else {
                    build.crate_errors.push(diagnostic.rendered);
                }
            }
            Some("compiler-artifact") => {
                if let Some(executable) = value["executable"].as_str() {
                    build.executables.insert(target, PathBuf::from(executable));
                }
            }
            Some("build-finished") => finished = true,
            _ => {}
        }
    }
    if finished {
        Ok(build)
    } else {
        Err("cargo did not finish building the compile-fail cases".into())
    }
}

fn is_case_target(target: &str) -> bool {
    // Case binaries are named `fail_<hash>_<case>` / `pass_<hash>_<case>`; anything else is
    // the crate under test or one of its dependencies.
    target.starts_with("fail_") || target.starts_with("pass_")
}

fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotation_on_its_own_line_and_above() {
        let source = "fn main() {\n    let a = b; //~ ERROR E0425 cannot find value\n    x();\n    //~^ ERROR E0425\n}\n";
        let got = parse_annotations(source).unwrap();
        assert_eq!(
            got,
            vec![
                Expected {
                    line: 2,
                    code: "E0425".into(),
                    fragment: "cannot find value".into()
                },
                Expected {
                    line: 3,
                    code: "E0425".into(),
                    fragment: String::new()
                },
            ]
        );
    }

    #[test]
    fn annotation_without_code_is_an_error() {
        assert!(parse_annotations("x(); //~ ERROR cannot").is_err());
        assert!(parse_annotations("x(); //~ WARN E0001").is_err());
    }

    fn diag(code: &str, line: usize, message: &str) -> Diagnostic {
        Diagnostic {
            code: Some(code.into()),
            message: message.into(),
            file: Some("/x/tests/ui/fail/case.rs".into()),
            line: Some(line),
            rendered: format!("error[{code}]: {message}"),
        }
    }

    #[test]
    fn rejection_needs_the_expected_code_line_and_fragment() {
        let want = [Expected {
            line: 5,
            code: "E0277".into(),
            fragment: "`Rc<i32>`".into(),
        }];
        let ok = [diag(
            "E0277",
            5,
            "`Rc<i32>` cannot be sent between threads safely",
        )];
        assert!(judge_rejection("tests/ui/fail/case.rs", "", &want, &ok, None).is_ok());
        // Same error reported twice on the same line is still explained.
        let twice = [ok[0].clone(), ok[0].clone()];
        assert!(judge_rejection("tests/ui/fail/case.rs", "", &want, &twice, None).is_ok());
        let wrong_line = [diag(
            "E0277",
            6,
            "`Rc<i32>` cannot be sent between threads safely",
        )];
        assert!(judge_rejection("tests/ui/fail/case.rs", "", &want, &wrong_line, None).is_err());
        let wrong_code = [diag("E0599", 5, "no method named `lock`")];
        assert!(judge_rejection("tests/ui/fail/case.rs", "", &want, &wrong_code, None).is_err());
        let accepted: [Diagnostic; 0] = [];
        let err = judge_rejection("tests/ui/fail/case.rs", "", &want, &accepted, None).unwrap_err();
        assert!(err.contains("accepted it"), "{err}");
        assert!(!err.contains("with a correct solution"), "{err}");
        let snapshot = "error[E0277]: `Rc<i32>` cannot be sent between threads safely\n";
        let err = judge_rejection(
            "tests/ui/fail/case.rs",
            "",
            &want,
            &accepted,
            Some(snapshot),
        )
        .unwrap_err();
        assert!(
            err.ends_with(
                "with a correct solution, rustc rejects this program with:\n\nerror[E0277]: `Rc<i32>` cannot be sent between threads safely"
            ),
            "{err}"
        );
    }

    #[test]
    fn an_extra_error_fails_the_case() {
        let want = [Expected {
            line: 5,
            code: "E0277".into(),
            fragment: String::new(),
        }];
        let errors = [
            diag("E0277", 5, "x"),
            diag("E0432", 1, "unresolved import `spinlock::Guard`"),
        ];
        let err = judge_rejection("tests/ui/fail/case.rs", "", &want, &errors, None).unwrap_err();
        assert!(err.contains("unresolved import"), "{err}");
    }
}
