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
//! A ```` ```text,rustc-output ```` block right after a `compile_fail` block
//! shows what the compiler says about it, and must say exactly what rustc
//! prints now (its error messages, the file named `src/main.rs`): a quoted
//! error cannot drift from the compiler. `workbook-book check --bless [PAGE…]`
//! (or `WORKBOOK_BLESS=1`) writes such blocks from the compiler's output;
//! leave one empty to have it filled.
//!
//! Stable rustdoc ignores the code in `compile_fail,E0499`, so blocks are not
//! given to rustdoc: all of them become binaries of one generated crate, built
//! by one `cargo build --keep-going`, and judged from the compiler's JSON
//! messages. Lines starting with `# ` are hidden by mdBook but compiled; a block
//! without `fn main` is wrapped in one. Blocks may use std, crossbeam, rayon
//! and loom (whose `model` runs in any build, not only under `--cfg loom`).

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
    /// The `text,rustc-output` block that follows a `compile_fail` block.
    pub shown_output: Option<ShownOutput>,
}

/// A `text,rustc-output` block: where its text sits in the page, and the text.
#[derive(Debug, Clone)]
pub struct ShownOutput {
    /// Byte range of the block's content (between its fences) in the page.
    pub content: std::ops::Range<usize>,
    pub text: String,
}

/// The info word that marks a block as the compiler's output for the block before it.
const RUSTC_OUTPUT: &str = "rustc-output";

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
    // Whether the last code block closed was the last snippet, a `compile_fail` one.
    let mut after_compile_fail = false;
    for (event, range) in Parser::new(markdown).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let line = line_of(range.start);
                if info.split([',', ' ']).any(|w| w.trim() == RUSTC_OUTPUT) {
                    let problem = |message: &str| Problem {
                        place: format!("book/src/{page}:{line}"),
                        message: message.into(),
                    };
                    match (after_compile_fail, content_range(markdown, range.clone())) {
                        (true, Some(content)) => {
                            let snippet = snippets.last_mut().expect("a compile_fail snippet");
                            let snippet: &mut Snippet = snippet;
                            snippet.shown_output = Some(ShownOutput {
                                text: markdown[content.clone()].to_owned(),
                                content,
                            });
                        }
                        (false, _) => problems.push(problem(
                            "a `rustc-output` block shows the compiler's errors for the `rust,compile_fail` block right before it, and there is none",
                        )),
                        (true, None) => problems.push(problem(
                            "a `rustc-output` block must be a fenced block at the start of its line, not inside a list or quote",
                        )),
                    }
                    after_compile_fail = false;
                    continue;
                }
                open = Some((line, info.to_string(), String::new()));
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
                after_compile_fail = false;
                let problem = |message: String| Problem {
                    place: format!("book/src/{page}:{line}"),
                    message,
                };
                match parse_info(&info) {
                    Ok(None) => {}
                    Ok(Some(Expect::Ignore)) => {
                        // Not compiled at all: that is what `ignore` says.
                        after_compile_fail = false;
                        if !untested_marker_before(markdown, line) {
                            problems.push(problem(
                                "an `ignore`d block needs a `<!-- untested: <reason> -->` line right above it".into(),
                            ));
                        }
                    }
                    Ok(Some(expect)) => {
                        after_compile_fail = matches!(expect, Expect::CompileFail(_));
                        snippets.push(Snippet {
                            page: page.to_owned(),
                            line,
                            expect,
                            code: compilable(&code),
                            shown_output: None,
                        });
                    }
                    Err(message) => problems.push(problem(message)),
                }
            }
            _ => {}
        }
    }
    (snippets, problems)
}

/// The content of the fenced block spanning `block`: after its opening fence
/// line, before its closing fence line. `None` unless both fences start their
/// lines (a block in a list or a quote has prefixes the content would need).
fn content_range(markdown: &str, block: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let text = &markdown[block.clone()];
    let at_line_start = block.start == 0 || markdown[..block.start].ends_with('\n');
    if !at_line_start || !text.starts_with("```") {
        return None;
    }
    let start = block.start + text.find('\n')? + 1;
    let body = markdown[start..block.end].trim_end_matches('\n');
    let close = body.rfind('\n').map_or(0, |i| i + 1);
    if !body[close..].starts_with("```") {
        return None;
    }
    Some(start..start + close)
}

/// What rustc printed for a snippet, as the book shows it: every error, the
/// generated file named `src/main.rs`.
fn shown_errors(bin_name: &str, rendered: &[&str]) -> String {
    let mut text = String::new();
    for error in rendered {
        text.push_str(error.trim_end());
        text.push_str("\n\n");
    }
    let mut text = text.replace(&format!("src/{bin_name}.rs"), "src/main.rs");
    // The standard library's sources, as trybuild writes them: the toolchain's
    // commit hash says nothing to a reader.
    while let Some(at) = text.find("/rustc/") {
        let rest = &text[at + "/rustc/".len()..];
        let hash = rest.chars().take_while(char::is_ascii_hexdigit).count();
        let tail = rest[hash..]
            .strip_prefix("/library/")
            .unwrap_or(&rest[hash..]);
        text = format!("{}$RUST/{}", &text[..at], tail);
    }
    format!("{}\n", text.trim_end())
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

/// Builds every snippet in one crate under `scratch` and judges each. The
/// `rustc-output` blocks of the pages `bless` names are rewritten under
/// `book_src` to what the compiler says instead of being judged.
pub fn judge(
    workspace_root: &Path,
    scratch: &Path,
    snippets: &[Snippet],
    book_src: &Path,
    bless: &crate::Bless,
) -> Result<Vec<Problem>> {
    if snippets.is_empty() {
        return Ok(Vec::new());
    }
    let src = scratch.join("src");
    std::fs::create_dir_all(&src).with_context(|| format!("cannot create {}", src.display()))?;
    let mut manifest = String::from(
        "[package]\nname = \"book-snippets\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\
         autobins = false\n\n[dependencies]\ncrossbeam = \"0.8\"\ncrossbeam-channel = \"0.5\"\nrayon = \"1\"\nloom = \"0.7\"\n\n\
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
    // (page, content range, new text) for every stale `rustc-output` block.
    let mut rewrites: Vec<(&str, std::ops::Range<usize>, String)> = Vec::new();
    for (name, snippet) in &by_bin {
        let errs = errors.get(name).map(Vec::as_slice).unwrap_or(&[]);
        if let (Some(shown), Expect::CompileFail(_), false) =
            (&snippet.shown_output, &snippet.expect, errs.is_empty())
        {
            let rendered: Vec<&str> = errs.iter().map(|(_, r)| r.as_str()).collect();
            let now = shown_errors(name, &rendered);
            if shown.text != now {
                if bless.page(&snippet.page) {
                    rewrites.push((&snippet.page, shown.content.clone(), now));
                } else {
                    problems.push(Problem {
                        place: snippet.place(),
                        message: format!(
                            "the compiler's output shown after this snippet is not what rustc says now; \
                             `cargo run -q -p workbook-book -- check --bless {}` rewrites it. rustc says:\n{now}",
                            snippet.page
                        ),
                    });
                }
            }
        }
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
    // Last block of a page first, so the earlier ranges stay where they are.
    rewrites.sort_by(|a, b| (a.0, b.1.start).cmp(&(b.0, a.1.start)));
    for (page, content, text) in rewrites {
        let path = book_src.join(page);
        let mut markdown = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        markdown.replace_range(content, &text);
        xtask::store::write_atomically(&path, markdown.as_bytes())?;
        eprintln!("blessed the compiler's output in book/src/{page}");
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
    fn rustc_output_belongs_to_the_compile_fail_block_before_it() {
        let page = "```rust,compile_fail,E0382\nlet a = 1;\n```\n\n```text,rustc-output\nold\ntext\n```\n\n\
                    ```rust,compile_fail,E0382\nx\n```\n```text,rustc-output\n```\n\
                    ```rust\nlet b = 2;\n```\n```text,rustc-output\nstray\n```\n";
        let (snippets, problems) = extract("p.md", page);
        let shown = snippets[0].shown_output.as_ref().unwrap();
        assert_eq!(shown.text, "old\ntext\n");
        assert_eq!(&page[shown.content.clone()], "old\ntext\n");
        let empty = snippets[1].shown_output.as_ref().unwrap();
        assert_eq!(empty.text, "");
        assert!(snippets[2].shown_output.is_none());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.contains("right before it"));
    }

    #[test]
    fn shown_errors_name_the_file_main_rs() {
        let rendered =
            ["error[E0382]: borrow of moved value: `a`\n --> src/snippet_p_md_3.rs:4:5\n"];
        assert_eq!(
            shown_errors("snippet_p_md_3", &rendered),
            "error[E0382]: borrow of moved value: `a`\n --> src/main.rs:4:5\n"
        );
        let note = ["note: here\n --> /rustc/59807616e1fa/library/std/src/thread/mod.rs:12:3\n"];
        assert_eq!(
            shown_errors("x", &note),
            "note: here\n --> $RUST/std/src/thread/mod.rs:12:3\n"
        );
    }

    #[test]
    fn blocks_are_found_with_their_lines_and_ignore_needs_a_reason() {
        let page = "# Title\n\n```rust\nlet a = 1;\n```\n\n```text\nerror[E0382]\n```\n\n```rust,ignore\nx\n```\n\n<!-- untested: needs a network -->\n```rust,ignore\ny\n```\n";
        let (snippets, problems) = extract("p.md", page);
        // An ignored block is never compiled, with its reason or without.
        assert_eq!(snippets.len(), 1);
        assert_eq!(snippets[0].line, 3);
        assert_eq!(snippets[0].expect, Expect::Run);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].place, "book/src/p.md:11");
    }
}
