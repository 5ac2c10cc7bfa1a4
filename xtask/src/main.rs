//! `cargo xtask`: parses flags and hands over to a command in `xtask::cmd`.

use std::process::ExitCode;

use clap::Parser as _;
use xtask::{cmd, flags, workbook};

fn main() -> ExitCode {
    let flags = flags::Flags::parse();
    let result = workbook::Workbook::locate().and_then(|workbook| cmd::run(&workbook, flags));
    match result {
        Ok(code) => code,
        Err(error) => {
            let broken_pipe = error
                .chain()
                .filter_map(|e| e.downcast_ref::<std::io::Error>())
                .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe);
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
