//! `workbook-book`: `build`, `serve`, `check`, or `preprocess` (for mdBook).
//! Run through `cargo xtask book`; see the library for what each does.

use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use mdbook_preprocessor::Preprocessor as _;
use workbook_book::boxes::ExerciseBoxes;
use xtask::workbook::Workbook;

const USAGE: &str = "usage: workbook-book build | serve [--port N] [--open] | check | preprocess [supports RENDERER]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<ExitCode> {
    let workbook = Workbook::locate()?;
    match args.first().map(String::as_str) {
        Some("build") => {
            let dest = workbook.root.join("target/book");
            workbook_book::build(&workbook, &dest)?;
            println!("built the book: {}", dest.join("index.html").display());
        }
        Some("serve") => {
            let port = match args.iter().position(|a| a == "--port") {
                Some(at) => args
                    .get(at + 1)
                    .context("--port needs a number")?
                    .parse()
                    .context("--port needs a number")?,
                None => 3000,
            };
            workbook_book::serve::serve(&workbook, port, args.iter().any(|a| a == "--open"))?;
        }
        Some("check") => {
            let problems = workbook_book::check(&workbook)?;
            if problems.is_empty() {
                println!(
                    "book: builds; every exercise has its box; every snippet and link checks out"
                );
                return Ok(ExitCode::SUCCESS);
            }
            println!("book: {} problems", problems.len());
            for problem in &problems {
                println!("- {}", problem.to_string().replace('\n', "\n  "));
            }
            return Ok(ExitCode::FAILURE);
        }
        Some("preprocess") => {
            let boxes = ExerciseBoxes { workbook };
            if args.get(1).map(String::as_str) == Some("supports") {
                return Ok(ExitCode::SUCCESS);
            }
            let (context, book) = mdbook_preprocessor::parse_input(std::io::stdin())?;
            let book = boxes.run(&context, book)?;
            serde_json::to_writer(std::io::stdout(), &book)?;
        }
        _ => bail!("{USAGE}"),
    }
    Ok(ExitCode::SUCCESS)
}
