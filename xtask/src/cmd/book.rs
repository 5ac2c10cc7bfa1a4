//! `cargo xtask book`: builds (or with `--serve`, serves) the book.
//!
//! The book's tool is its own crate, `book/tool`, so that learners who never
//! open the book never compile mdBook; this command builds and runs it.

use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::workbook::Workbook;

pub fn book(workbook: &Workbook, serve: bool, port: u16) -> Result<ExitCode> {
    let mut command =
        std::process::Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command
        .current_dir(&workbook.root)
        .args(["run", "--quiet", "-p", "workbook-book", "--"]);
    if serve {
        command.args(["serve", "--open", "--port", &port.to_string()]);
    } else {
        command.arg("build");
    }
    let status = command.status().context("cannot run cargo")?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
