//! Every ```` ```rust ```` block of the book, compiled and, unless marked
//! otherwise, run.
//!
//! | info string                    | what must happen                            |
//! |--------------------------------|---------------------------------------------|
//! | `rust`                         | compiles and runs to success within 10 s    |
//! | `rust,no_run`                  | compiles                                    |
//! | `rust,should_panic`            | compiles and panics                         |
//! | `rust,compile_fail,E0499`      | is rejected with an error of that code      |
//! | `rust,ignore`                  | only after a `<!-- untested: reason -->` line |
//!
//! Stable rustdoc ignores the code in `compile_fail,E0499`, so blocks are not
//! given to rustdoc: all of them become binaries of one generated crate, built
//! by one `cargo build --keep-going`, and judged from the compiler's JSON
//! messages. Lines starting with `# ` are hidden by mdBook but compiled; a block
//! without `fn main` is wrapped in one. Blocks may use std, crossbeam and rayon.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, Result};
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
use xtask::process;

use crate::Problem;

/// How long a snippet may run.
const RUN_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    Run,
    NoRun,
    ShouldPanic,
    CompileFail(String),
    Ignore,
}

#[derive(Debug, Clone)]
pub struct Snippet {
    /// The page, relative to `book/src`.
    pub page: String,
    /// 1-based line of the opening fence.
    pub line: usize,
    pub expect: Expect,
    /// The code as it is compiled: hidden lines shown, `main` added if needed.
    pub code: String,
}

impl Snippet {
    fn place(&self) -> String {
        format!("book/src/{}:{}", self.page, self.line)
    }

    fn bin_name(&self) -> String {
        let page: String = self
            .page
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        format!("snippet_{page}_{}", self.line)
    }
}

/// The Rust blocks of one page, or the problems that stop them being judged.
pub fn extract(page: &str, markdown: &str) -> (Vec<Snippet>, Vec<Problem>) {
    let mut snippets = Vec::new();
    let mut problems = Vec::new();
    let line_of = |offset: usize| markdown[..offset].matches('\n').count() + 1;
    let mut open: Option<(usize, String, String)> = None;
    for (event, range) in Parser::new(markdown).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                open = Some((line_of(range.start), info.to_string(), String::new()));
            }
            Event::Text(text) => {
                if let Some((_, _, code)) = open.as_mut() {
                    code.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                let Some((line, info, code)) = open.take() else {
                    continue;
                };
                let problem = |message: String| Problem {
                    place: format!("book/src/{page}:{line}"),
                    message,
                };
                match parse_info(&info) {
                    Ok(None) => {}
                    Ok(Some(Expect::Ignore)) if !untested_marker_before(markdown, line) => problems.push(problem(
                        "an `ignore`d block needs a `<!-- untested: <reason> -->` line right above it".into(),
                    )),
                    Ok(Some(expect)) => snippets.push(Snippet {
                        page: page.to_owned(),
                        line,
                        expect,
                        code: compilable(&code),
                    }),
                    Err(message) => problems.push(problem(message)),
                }
            }
            _ => {}
        }
    }
    (snippets, problems)
}

/// What a fence's info string asks for; `None` for a block that is not Rust.
fn parse_info(info: &str) -> Result<Option<Expect>, String> {
    let mut words = info
        .split([',', ' '])
        .map(str::trim)
        .filter(|w| !w.is_empty());
    if words.next() != Some("rust") {
        return Ok(None);
    }
    let words: Vec<&str> = words.collect();
    let code = words
        .iter()
        .find(|w| w.len() == 5 && w.starts_with('E') && w[1..].chars().all(|c| c.is_ascii_digit()));
    let has = |word: &str| words.contains(&word);
    let expect = if has("ignore") {
        Expect::Ignore
    } else if has("compile_fail") {
        match code {
            Some(code) => Expect::CompileFail((*code).to_owned()),
            None => return Err("a `compile_fail` block must name the error code it fails with, e.g. `rust,compile_fail,E0382`".into()),
        }
    } else if has("should_panic") {
        Expect::ShouldPanic
    } else if has("no_run") {
        Expect::NoRun
    } else {
        Expect::Run
    };
    let known = [
        "ignore",
        "compile_fail",
        "should_panic",
        "no_run",
        "editable",
        "noplayground",
        "mdbook-runnable",
    ];
    if let Some(unknown) = words
        .iter()
        .find(|w| !known.contains(w) && Some(*w) != code)
    {
        return Err(format!("unknown attribute `{unknown}` in ```{info}"));
    }
    Ok(Some(expect))
}

fn untested_marker_before(markdown: &str, fence_line: usize) -> bool {
    let above: Vec<&str> = markdown.lines().take(fence_line - 1).collect();
    above
        .into_iter()
        .rev()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.trim_start().starts_with("<!-- untested:"))
}

/// The code rustc sees: hidden `# ` lines shown, wrapped in `main` if it has none.
fn compilable(code: &str) -> String {
    let lines: Vec<&str> = code
        .lines()
        .map(|line| match line.trim_start().strip_prefix('#') {
            Some("") => "",
            Some(rest) if rest.starts_with(' ') => &line[line.len() - rest.len() + 1..],
            _ => line,
        })
        .collect();
    let body = lines.join("\n");
    if body.contains("fn main") {
        format!("{body}\n")
    } else {
        format!("fn main() {{\n{body}\n}}\n")
    }
}

/// Builds every snippet in one crate under `scratch` and judges each.
pub fn judge(workspace_root: &Path, scratch: &Path, snippets: &[Snippet]) -> Result<Vec<Problem>> {
    if snippets.is_empty() {
        return Ok(Vec::new());
    }
    let src = scratch.join("src");
    std::fs::create_dir_all(&src).with_context(|| format!("cannot create {}", src.display()))?;
    let mut manifest = String::from(
        "[package]\nname = \"book-snippets\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\
         autobins = false\n\n[dependencies]\ncrossbeam = \"0.8\"\ncrossbeam-channel = \"0.5\"\nrayon = \"1\"\n\n\
         [workspace]\n",
    );
    let mut by_bin: BTreeMap<String, &Snippet> = BTreeMap::new();
    for snippet in snippets {
        let name = snippet.bin_name();
        let file = src.join(format!("{name}.rs"));
        write_if_changed(&file, snippet.code.as_bytes())?;
        let _ = write!(
            manifest,
            "\n[[bin]]\nname = \"{name}\"\npath = \"src/{name}.rs\"\ntest = false\n"
        );
        by_bin.insert(name, snippet);
    }
    write_if_changed(&scratch.join("Cargo.toml"), manifest.as_bytes())?;
    let lock =
        std::fs::read(workspace_root.join("Cargo.lock")).context("cannot read Cargo.lock")?;
    write_if_changed(&scratch.join("Cargo.lock"), &lock)?;
    // Stale sources of snippets that no longer exist.
    for entry in std::fs::read_dir(&src)?.flatten() {
        let stem = entry
            .path()
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !by_bin.contains_key(&stem) {
            let _ = std::fs::remove_file(entry.path());
        }
    }

    let mut command = xtask::engine::cargo_command();
    command
        .current_dir(scratch)
        .args(["build", "--bins", "--keep-going", "--message-format=json"])
        .env("CARGO_TARGET_DIR", scratch.join("target"));
    let built = process::run(command, Duration::from_secs(900))?;
    let output = xtask::engine::CargoOutput::parse(&built.stdout);
    let mut errors: BTreeMap<String, Vec<(Option<String>, String)>> = BTreeMap::new();
    for error in output.errors {
        errors
            .entry(error.target)
            .or_default()
            .push((error.code, error.rendered));
    }
    let executables = output.executables;

    let mut problems = Vec::new();
    for (name, snippet) in &by_bin {
        let errs = errors.get(name).map(Vec::as_slice).unwrap_or(&[]);
        let problem = |message: String| Problem {
            place: snippet.place(),
            message,
        };
        match &snippet.expect {
            Expect::CompileFail(code) => {
                if errs.is_empty() {
                    problems.push(problem(format!(
                        "the text says this fails with {code}, but it compiles"
                    )));
                } else if !errs.iter().any(|(c, _)| c.as_deref() == Some(code)) {
                    let got: Vec<String> = errs
                        .iter()
                        .map(|(c, _)| c.clone().unwrap_or_else(|| "no code".into()))
                        .collect();
                    problems.push(problem(format!(
                        "the text says this fails with {code}, but the compiler reports {}:\n{}",
                        got.join(", "),
                        errs.iter()
                            .map(|(_, r)| r.as_str())
                            .collect::<Vec<_>>()
                            .join("\n")
                    )));
                }
            }
            _ if !errs.is_empty() => problems.push(problem(format!(
                "the snippet does not compile:\n{}",
                errs.iter()
                    .map(|(_, r)| r.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            ))),
            Expect::Run | Expect::ShouldPanic => {
                let Some(executable) = executables.get(name) else {
                    problems.push(problem("cargo built no executable for the snippet".into()));
                    continue;
                };
                let mut run = Command::new(executable);
                run.env("RUST_BACKTRACE", "0");
                let done = process::run(run, RUN_TIMEOUT)?;
                let panicked = done.stderr.contains("panicked at");
                match (&snippet.expect, done.status) {
                    (_, None) => problems.push(problem(format!(
                        "the snippet did not finish within {} s",
                        RUN_TIMEOUT.as_secs()
                    ))),
                    (Expect::Run, Some(status)) if !status.success() => {
                        problems.push(problem(format!(
                            "the snippet failed when run ({status}):\n{}",
                            done.stderr.trim_end()
                        )))
                    }
                    (Expect::ShouldPanic, Some(status)) if status.success() || !panicked => {
                        problems.push(problem(format!(
                            "the snippet is marked should_panic, but it did not panic ({status})"
                        )))
                    }
                    _ => {}
                }
            }
            Expect::NoRun | Expect::Ignore => {}
        }
    }
    if problems.is_empty() && !built.status.is_some_and(|s| s.success()) && errors.is_empty() {
        problems.push(Problem {
            place: scratch.display().to_string(),
            message: format!(
                "cargo could not build the snippets:\n{}",
                built.stderr.trim_end()
            ),
        });
    }
    Ok(problems)
}

fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<()> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn info_strings_say_what_must_happen() {
        assert_eq!(parse_info("rust"), Ok(Some(Expect::Run)));
        assert_eq!(parse_info("rust,no_run"), Ok(Some(Expect::NoRun)));
        assert_eq!(
            parse_info("rust,should_panic"),
            Ok(Some(Expect::ShouldPanic))
        );
        assert_eq!(
            parse_info("rust,compile_fail,E0382"),
            Ok(Some(Expect::CompileFail("E0382".into())))
        );
        assert_eq!(parse_info("text"), Ok(None));
        assert_eq!(parse_info(""), Ok(None));
        assert!(
            parse_info("rust,compile_fail")
                .unwrap_err()
                .contains("error code")
        );
        assert!(
            parse_info("rust,nrun")
                .unwrap_err()
                .contains("unknown attribute `nrun`")
        );
    }

    #[test]
    fn hidden_lines_are_compiled_and_main_is_added() {
        assert_eq!(
            compilable("# use std::thread;\nlet x = 1;\n#\nprintln!(\"{x}\");"),
            "fn main() {\nuse std::thread;\nlet x = 1;\n\nprintln!(\"{x}\");\n}\n"
        );
        assert_eq!(compilable("fn main() {}"), "fn main() {}\n");
        // `#[derive]` is an attribute, not a hidden line.
        assert!(compilable("#[derive(Debug)]\nstruct S;").contains("#[derive(Debug)]"));
    }

    #[test]
    fn blocks_are_found_with_their_lines_and_ignore_needs_a_reason() {
        let page = "# Title\n\n```rust\nlet a = 1;\n```\n\n```text\nerror[E0382]\n```\n\n```rust,ignore\nx\n```\n\n<!-- untested: needs a network -->\n```rust,ignore\ny\n```\n";
        let (snippets, problems) = extract("p.md", page);
        assert_eq!(snippets.len(), 2);
        assert_eq!(snippets[0].line, 3);
        assert_eq!(snippets[0].expect, Expect::Run);
        assert_eq!(snippets[1].line, 16);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].place, "book/src/p.md:11");
    }
}
