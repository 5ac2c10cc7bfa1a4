//! Proof, for the grading engine, that a test's body really ended.
//!
//! libtest reports a passing test by printing one line. Code under test can
//! print the same line and exit, and a reader of the output cannot tell the
//! two apart. So the engine hands each test process a secret on a pipe (file
//! descriptor [`FD_VAR`] names), and this crate's `#[test]` reads it before
//! the first test body runs, closes the pipe, and prints it in a witness line
//! once the body has ended the way the test expects: returned, or panicked for
//! a `#[should_panic]` test. The engine counts a pass only with a witness line
//! carrying its secret; a pass without one was forged.
//!
//! The secret is never in the environment, the arguments, a file or standard
//! input, and no learner code runs before the first test reads it (the engine
//! refuses code that could run before `main`, see `xtask/src/rules.rs`). What
//! remains is reading the process's own memory, which takes deliberate
//! `unsafe` code or `/proc/self/mem` and which no solution needs.
//!
//! Outside the engine (`cargo test` by hand) there is no pipe and the
//! attribute is std's `#[test]` with one more function call.
//!
//! The engine brings the attribute into every test file it grades with
//! `use ::workbook_witness::test;`, which shadows the built-in `#[test]`.

use std::io::Write as _;
use std::sync::OnceLock;

pub use workbook_witness_macros::test;

/// The variable that names the file descriptor carrying the secret.
pub const FD_VAR: &str = "WORKBOOK_WITNESS_FD";

/// The `type` of a witness line, beside libtest's `"test"` and `"suite"`.
pub const LINE_TYPE: &str = "witness";

/// Runs one test body and witnesses how it ended. Called by the code
/// `#[test]` generates; not for direct use.
#[doc(hidden)]
pub fn __run(module: &str, name: &str, expects_panic: bool, body: impl FnOnce()) {
    let secret = secret();
    // libtest names a test by its path without the crate's name.
    let test = match module.split_once("::") {
        Some((_, inner)) => format!("{inner}::{name}"),
        None => name.to_owned(),
    };
    let on_panic = OnPanic(secret.filter(|_| expects_panic).map(|s| (s, test.clone())));
    body();
    drop(on_panic);
    if let Some(secret) = secret.filter(|_| !expects_panic) {
        witness(secret, &test);
    }
}

/// Witnesses a `#[should_panic]` body as it unwinds.
struct OnPanic(Option<(&'static str, String)>);

impl Drop for OnPanic {
    fn drop(&mut self) {
        if let Some((secret, test)) = &self.0
            && std::thread::panicking()
        {
            witness(secret, test);
        }
    }
}

/// Writes the witness line straight to the standard output, past libtest's
/// capture of `print!`, under the same lock libtest's own lines take.
fn witness(secret: &str, test: &str) {
    let line = format!(
        "{{\"type\":\"{LINE_TYPE}\",\"name\":{},\"secret\":\"{secret}\"}}\n",
        json_string(test)
    );
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(line.as_bytes());
    let _ = out.flush();
}

fn json_string(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if c.is_control() => quoted.push_str(&format!("\\u{:04x}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// The secret, read once from the pipe and kept for the process's life.
fn secret() -> Option<&'static str> {
    static SECRET: OnceLock<Option<String>> = OnceLock::new();
    SECRET.get_or_init(read_secret).as_deref()
}

#[cfg(unix)]
fn read_secret() -> Option<String> {
    use std::io::Read as _;
    use std::os::fd::FromRawFd as _;

    let fd: i32 = std::env::var(FD_VAR).ok()?.parse().ok()?;
    if fd < 3 {
        return None;
    }
    // SAFETY: the engine opened this descriptor for this process and nothing
    // else in it knows the number; it is read to the end and closed here.
    let pipe = unsafe { std::fs::File::from_raw_fd(fd) };
    let mut secret = String::new();
    pipe.take(256).read_to_string(&mut secret).ok()?;
    let secret = secret.trim();
    (!secret.is_empty() && secret.bytes().all(|b| b.is_ascii_alphanumeric()))
        .then(|| secret.to_owned())
}

#[cfg(not(unix))]
fn read_secret() -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::json_string;

    #[test]
    fn names_are_quoted_as_json() {
        assert_eq!(json_string("a::b"), "\"a::b\"");
        assert_eq!(json_string("q\"\\\n"), "\"q\\\"\\\\\\u000a\"");
    }
}
