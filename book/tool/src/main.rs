//! `workbook-book`: `build`, `serve`, `check`, or `preprocess` (for mdBook).
//! Run through `cargo xtask book`; see the library for what each does.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};
use mdbook_preprocessor::Preprocessor as _;
use workbook_book::Bless;
use workbook_book::boxes::ExerciseBoxes;
use xtask::workbook::Workbook;

#[derive(Debug, Parser)]
#[command(
    name = "workbook-book",
    about = "Builds, serves and checks the workbook's book"
)]
struct Flags {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the book into target/book.
    Build,
    /// Serve the book on localhost, rebuilding it when a page changes.
    Serve {
        #[arg(long, default_value_t = 3000)]
        port: u16,
        /// Open it in the browser.
        #[arg(long)]
        open: bool,
    },
    /// Check the book: it builds, every exercise has its box, every snippet
    /// behaves as its info string says, the compiler's output it quotes is
    /// current, every link resolves.
    Check {
        /// Rewrite the `text,rustc-output` blocks instead of judging them: of
        /// these pages (relative to book/src), or of every page if none is
        /// named. WORKBOOK_BLESS=1 does the same for every page.
        #[arg(long, num_args = 0.., value_name = "PAGE")]
        bless: Option<Vec<String>>,
    },
    /// The mdBook preprocessor protocol (mdBook runs this itself).
    Preprocess {
        /// `supports RENDERER`, asked by mdBook.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

fn main() -> ExitCode {
    match run(Flags::parse()) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(flags: Flags) -> Result<ExitCode> {
    let workbook = Workbook::locate()?;
    match flags.command {
        Command::Build => {
            let dest = workbook.root.join("target/book");
            workbook_book::build(&workbook, &dest)?;
            println!("built the book: {}", dest.join("index.html").display());
        }
        Command::Serve { port, open } => workbook_book::serve::serve(&workbook, port, open)?,
        Command::Check { bless } => {
            let bless = match bless {
                None => Bless::from_env(),
                Some(pages) if pages.is_empty() => Bless::All,
                Some(pages) => Bless::Pages(pages),
            };
            let problems = workbook_book::check_blessing(&workbook, &bless)?;
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
        Command::Preprocess { args } => {
            if args.first().map(String::as_str) == Some("supports") {
                return Ok(ExitCode::SUCCESS);
            }
            let boxes = ExerciseBoxes { workbook };
            let (context, book) = mdbook_preprocessor::parse_input(std::io::stdin())?;
            let book = boxes.run(&context, book)?;
            serde_json::to_writer(std::io::stdout(), &book)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
