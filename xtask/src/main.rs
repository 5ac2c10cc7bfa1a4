//! `cargo xtask`: the workbook's runner. This file only dispatches; each
//! command lives in `cmd/`, the grading engine in `engine.rs`.

mod assemble;
mod cmd;
mod engine;
mod flags;
mod process;
mod progress;
mod render;
mod workbook;

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let flags = flags::Flags::parse();
    let result = workbook::Workbook::locate().and_then(|workbook| cmd::run(&workbook, flags));
    match result {
        Ok(code) => code,
        Err(error) => {
            if error.chain().any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
