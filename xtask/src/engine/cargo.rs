//! Builds: the learner's crate and its test binaries, the compile-fail
//! judge's programs, and what cargo's JSON messages say about them. Cargo
//! never takes orders from the caller's environment.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, Result};

use crate::process;
use crate::setup;
use crate::workbook::Workbook;

/// How long a build may take; generous, because the first one compiles dependencies.
const BUILD_TIMEOUT: Duration = Duration::from_secs(900);

/// What one `cargo test --no-run` produced.
pub(super) struct Build {
    /// Rendered errors of the crate itself (or anything that is not a test target).
    pub(super) lib_errors: Vec<String>,
    pub(super) target_errors: BTreeMap<String, Vec<String>>,
    pub(super) executables: BTreeMap<String, PathBuf>,
}

pub(super) fn build_tests(
    workbook: &Workbook,
    assembled: &crate::assemble::Assembled,
    targets: &[&str],
    target_dir: &Path,
    loom: bool,
    sandbox: Option<&process::Sandbox>,
) -> Result<Build> {
    let writable = [assembled.workspace.as_path(), target_dir];
    let mut command = cargo_command_in(sandbox, &writable);
    command
        .current_dir(&assembled.workspace)
        // `cargo build --test X --keep-going` (cargo test has no --keep-going): a
        // test file that does not compile against the learner's
        // API must not stop cargo from building the others, or which tests run
        // would depend on cargo's build order.
        .args([
            "build",
            "--offline",
            "--keep-going",
            "--message-format=json",
        ])
        .env("CARGO_TARGET_DIR", target_dir);
    for target in targets {
        command.args(["--test", target]);
    }
    if loom {
        command.arg("--release").env("RUSTFLAGS", "--cfg loom");
    }
    if sandbox.is_some() {
        // Graded code is built once: incremental state would only fill the disk.
        command.env("CARGO_INCREMENTAL", "0");
    }
    let finished = process::run(command, BUILD_TIMEOUT)?;
    if finished.status.is_none() {
        anyhow::bail!(
            "building {} took longer than {} s",
            assembled.crate_dir.display(),
            BUILD_TIMEOUT.as_secs()
        );
    }
    let output = CargoOutput::parse(&finished.stdout);
    let mut build = Build {
        lib_errors: Vec::new(),
        target_errors: BTreeMap::new(),
        executables: output.executables,
    };
    for error in output.errors {
        if error.test_target {
            build
                .target_errors
                .entry(error.target)
                .or_default()
                .push(error.rendered);
        } else {
            build.lib_errors.push(error.rendered);
        }
    }
    let finished_ok = output.success;
    let machine_trouble = build
        .lib_errors
        .iter()
        .chain(build.target_errors.values().flatten())
        // Only the header line: the rest quotes source code, which the learner writes.
        .filter_map(|rendered| rendered.lines().next())
        .filter(|header| header.contains("No space left on device"))
        .find_map(setup::diagnose_build_failure);
    if let Some(trouble) = machine_trouble {
        return Err(trouble.into());
    }
    if finished_ok.is_none()
        || (finished_ok == Some(false)
            && build.lib_errors.is_empty()
            && build.target_errors.is_empty())
    {
        if let Some(trouble) = setup::diagnose_build_failure(&finished.stderr) {
            setup::forget_fetch(workbook);
            return Err(trouble.into());
        }
        // Cargo itself failed (a bad manifest, a missing dependency offline...).
        build.lib_errors.push(format!(
            "cargo could not build the crate:\n{}",
            finished.stderr.trim_end()
        ));
    }
    Ok(build)
}

/// The compile-fail judge's programs, built by [`build_cases`].
pub(super) struct PrebuiltCases {
    /// The folder they were built in (the test process reads it).
    pub(super) scratch: PathBuf,
    /// cargo's JSON messages, which the judge reads instead of building.
    pub(super) output: PathBuf,
}

/// Builds every case program and twin of the assembled crate, as the judge
/// would (`workbook_ui::plan`), in a folder of `scratch`'s own. A build that
/// fails because of the code is the judge's to explain, case by case; one
/// that fails because of the machine is a setup error.
pub(super) fn build_cases(
    workbook: &Workbook,
    assembled: &crate::assemble::Assembled,
    scratch: &str,
    sandbox: Option<&process::Sandbox>,
) -> Result<PrebuiltCases> {
    let dir = workbook.scratch_dir().join("ui").join(scratch);
    let manifest = assembled.crate_dir.join("Cargo.toml");
    let package: toml::Value = toml::from_str(
        &std::fs::read_to_string(&manifest)
            .with_context(|| format!("cannot read {}", manifest.display()))?,
    )
    .with_context(|| format!("{} is not valid TOML", manifest.display()))?;
    let package = package["package"]["name"]
        .as_str()
        .with_context(|| format!("{} names no package", manifest.display()))?;
    let crate_dir = assembled.crate_dir.to_string_lossy();
    let scratch_text = dir.to_string_lossy();
    let krate = workbook_ui::Crate {
        manifest_dir: &crate_dir,
        package,
        scratch_dir: &scratch_text,
    };
    let plan = workbook_ui::plan(&krate, &dir).map_err(anyhow::Error::msg)?;
    let writable = [assembled.workspace.as_path(), dir.as_path()];
    let mut command = cargo_command_in(sandbox, &writable);
    command
        .current_dir(&assembled.workspace)
        .args(&plan.args)
        .env("CARGO_TARGET_DIR", &plan.target_dir);
    if sandbox.is_some() {
        command.env("CARGO_INCREMENTAL", "0");
    }
    let finished = process::run(command, BUILD_TIMEOUT)?;
    if finished.status.is_none() {
        anyhow::bail!(
            "building the compile-fail cases of {} took longer than {} s",
            assembled.crate_dir.display(),
            BUILD_TIMEOUT.as_secs()
        );
    }
    if CargoOutput::parse(&finished.stdout).success.is_none()
        && workbook_ui::is_machine_trouble(&finished.stderr)
        && let Some(trouble) = setup::diagnose_build_failure(&finished.stderr)
    {
        setup::forget_fetch(workbook);
        return Err(trouble.into());
    }
    let output = dir.join("cargo-messages.json");
    for (path, text) in [
        (output.clone(), &finished.stdout),
        (output.with_extension("stderr"), &finished.stderr),
    ] {
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(PrebuiltCases {
        scratch: dir,
        output,
    })
}

/// One compiler error, from cargo's `--message-format=json`.
#[derive(Debug, Clone)]
pub struct CompilerError {
    /// The target it belongs to (a test file's stem, a bin's name, the lib's name).
    pub target: String,
    /// Whether that target is a test target.
    pub test_target: bool,
    pub code: Option<String>,
    /// As the compiler printed it.
    pub rendered: String,
}

/// What a `cargo build --message-format=json` reported.
#[derive(Debug, Default)]
pub struct CargoOutput {
    pub errors: Vec<CompilerError>,
    /// Executables built, by target name.
    pub executables: BTreeMap<String, PathBuf>,
    /// `build-finished`'s verdict; `None` when cargo never got that far.
    pub success: Option<bool>,
}

impl CargoOutput {
    pub fn parse(stdout: &str) -> CargoOutput {
        use cargo_metadata::Message;
        use cargo_metadata::diagnostic::DiagnosticLevel;
        let mut output = CargoOutput::default();
        // Lines that are not JSON (a build script's own printing) come back as
        // `TextLine` and are passed over like any message we do not read.
        for message in Message::parse_stream(stdout.as_bytes()).flatten() {
            match message {
                Message::CompilerMessage(message) => {
                    let diagnostic = message.message;
                    if diagnostic.level != DiagnosticLevel::Error
                        || diagnostic.message.starts_with("aborting due to")
                    {
                        continue;
                    }
                    output.errors.push(CompilerError {
                        test_target: message.target.is_kind(cargo_metadata::TargetKind::Test),
                        target: message.target.name,
                        code: diagnostic.code.map(|code| code.code),
                        rendered: diagnostic.rendered.unwrap_or(diagnostic.message),
                    });
                }
                Message::CompilerArtifact(artifact) => {
                    if let Some(executable) = artifact.executable {
                        output
                            .executables
                            .insert(artifact.target.name, executable.into_std_path_buf());
                    }
                }
                Message::BuildFinished(finished) => output.success = Some(finished.success),
                _ => {}
            }
        }
        output
    }
}

/// `cargo` with an environment that the learner's shell cannot steer.
pub fn cargo_command() -> Command {
    cargo_command_in(None, &[])
}

/// `cargo` with a clean environment, inside `sandbox` if one is given, where
/// it may write only to `writable` (and cargo's registry).
pub fn cargo_command_in(sandbox: Option<&process::Sandbox>, writable: &[&Path]) -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = match sandbox {
        Some(sandbox) => sandbox.command(&cargo, process::Access::Build(writable)),
        None => Command::new(&cargo),
    };
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy();
        if steers_the_build(&key) {
            command.env_remove(key.as_ref());
        }
    }
    command
}

/// Variables that would change how cargo, rustc, libtest or loom behave.
fn steers_the_build(key: &str) -> bool {
    let kept = ["CARGO_HOME", "RUSTUP_HOME", "RUSTUP_TOOLCHAIN"];
    !kept.contains(&key)
        && (key.starts_with("CARGO_")
            || key.starts_with("RUST")
            || key.starts_with("LOOM_")
            || key == "TRYBUILD")
}
