//! Taking in one student's submission without trusting it.
//!
//! A submission is a folder, a `.zip`, a `.tar.gz`/`.tgz`/`.tar`, a git
//! repository (a folder with `.git`, graded at its HEAD commit) or a git
//! bundle. Its files are copied into a private staging folder; the submission
//! itself is only ever read. Git repositories are first cloned (`--no-local`,
//! so nothing in the student's `.git/config` runs) and archived from the clone,
//! each git command in its own process group with a deadline (a bundle that is
//! really a pipe, or a huge repository, is refused instead of stalling the run).
//!
//! Refused outright, with a sentence saying why: entries that climb out of the
//! submission (`..`, absolute paths), links and other special files, names that
//! are not UTF-8, and more than [`MAX_ENTRIES`] entries. Files larger than
//! [`MAX_FILE_BYTES`] are not read, and said so. `target/` and `.git/` folders
//! are skipped.

use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::{Context, Result};

use crate::process;

/// Largest file read from a submission.
pub const MAX_FILE_BYTES: u64 = 1 << 20;
/// Most entries an archive or folder may have.
pub const MAX_ENTRIES: usize = 20_000;
/// Most bytes kept from one submission.
pub const MAX_TOTAL_BYTES: u64 = 64 << 20;

/// A submission, staged.
#[derive(Debug, Default)]
pub struct Staged {
    /// The staged folder that holds `exercises/`, if one was found.
    pub root: Option<PathBuf>,
    /// Why the submission, or part of it, could not be taken in.
    pub errors: Vec<String>,
}

/// What kind of thing an entry is.
enum Kind {
    File,
    Dir,
    Special(&'static str),
}

/// Collects entries into the staging folder, enforcing the rules.
struct Collector {
    dest: PathBuf,
    entries: usize,
    total: u64,
    errors: Vec<String>,
    refused: bool,
}

impl Collector {
    fn new(dest: PathBuf) -> Collector {
        Collector {
            dest,
            entries: 0,
            total: 0,
            errors: Vec::new(),
            refused: false,
        }
    }

    fn refuse(&mut self, why: String) {
        if !self.refused {
            self.errors.push(why);
        }
        self.refused = true;
    }

    /// A relative path inside the submission, or the reason it is refused.
    fn checked_path(name: &str) -> Result<Option<PathBuf>, String> {
        let mut path = PathBuf::new();
        for component in Path::new(name).components() {
            match component {
                Component::Normal(part) => {
                    let part_text = part.to_string_lossy();
                    if part_text == "target" || part_text == ".git" {
                        return Ok(None);
                    }
                    path.push(part);
                }
                Component::CurDir => {}
                Component::ParentDir => {
                    return Err(format!(
                        "the entry `{name}` climbs out of the submission with `..`"
                    ));
                }
                Component::RootDir | Component::Prefix(_) => {
                    return Err(format!("the entry `{name}` is an absolute path"));
                }
            }
        }
        Ok((!path.as_os_str().is_empty()).then_some(path))
    }

    /// Takes one entry. `reader` is read only for a file within the limits.
    fn add(&mut self, name: &str, kind: Kind, size: u64, reader: &mut dyn Read) {
        if self.refused {
            return;
        }
        self.entries += 1;
        if self.entries > MAX_ENTRIES {
            self.refuse(format!(
                "the submission has more than {MAX_ENTRIES} entries"
            ));
            return;
        }
        let path = match Collector::checked_path(name) {
            Ok(Some(path)) => path,
            Ok(None) => return,
            Err(why) => {
                self.refuse(format!("{why}; the submission is refused"));
                return;
            }
        };
        match kind {
            Kind::Dir => {}
            Kind::Special(what) => {
                self.refuse(format!(
                    "`{name}` is {what}; a submission may contain only regular files and folders, so it is refused"
                ));
            }
            Kind::File if size > MAX_FILE_BYTES => {
                self.errors.push(format!(
                    "`{name}` is {size} bytes; files over {MAX_FILE_BYTES} bytes are not read"
                ));
            }
            Kind::File => {
                if self.total + size > MAX_TOTAL_BYTES {
                    self.refuse(format!(
                        "the submission holds more than {MAX_TOTAL_BYTES} bytes of files"
                    ));
                    return;
                }
                let mut bytes = Vec::new();
                if let Err(e) = reader.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes) {
                    self.errors.push(format!("`{name}` could not be read: {e}"));
                    return;
                }
                if bytes.len() as u64 > MAX_FILE_BYTES {
                    self.errors.push(format!(
                        "`{name}` is over {MAX_FILE_BYTES} bytes and was not read"
                    ));
                    return;
                }
                self.total += bytes.len() as u64;
                let target = self.dest.join(&path);
                let written = target
                    .parent()
                    .map_or(Ok(()), std::fs::create_dir_all)
                    .and_then(|()| std::fs::write(&target, &bytes));
                if let Err(e) = written {
                    self.errors
                        .push(format!("`{name}` could not be staged: {e}"));
                }
            }
        }
    }
}

/// Stages `entry` under `staging` (which is emptied first).
pub fn stage(entry: &Path, staging: &Path) -> Result<Staged> {
    let _ = std::fs::remove_dir_all(staging);
    let files = staging.join("files");
    std::fs::create_dir_all(&files)
        .with_context(|| format!("cannot create {}", staging.display()))?;
    let mut collector = Collector::new(files.clone());
    let name = entry
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let meta = std::fs::symlink_metadata(entry)
        .with_context(|| format!("cannot read {}", entry.display()))?;
    if meta.is_dir() && entry.join(".git").exists() {
        from_git(entry, staging, &mut collector)?;
    } else if meta.is_dir() {
        from_folder(entry, Path::new(""), &mut collector)?;
    } else if name.ends_with(".zip") {
        from_zip(entry, &mut collector);
    } else if name.ends_with(".tar.gz") || name.ends_with(".tgz") {
        let file = std::fs::File::open(entry)?;
        from_tar(flate2::read::GzDecoder::new(file), &mut collector);
    } else if name.ends_with(".tar") {
        from_tar(std::fs::File::open(entry)?, &mut collector);
    } else if name.ends_with(".bundle") {
        from_git(entry, staging, &mut collector)?;
    } else {
        collector.refuse(format!(
            "`{name}` is not a folder, .zip, .tar.gz, .tgz, .tar, git repository or .bundle"
        ));
    }
    let mut staged = Staged {
        root: None,
        errors: collector.errors,
    };
    if collector.refused {
        return Ok(staged);
    }
    staged.root = find_root(&files);
    if staged.root.is_none() {
        staged.errors.push(
            "no `exercises/` folder was found in the submission; hand in the whole workbook folder"
                .into(),
        );
    }
    Ok(staged)
}

/// The shallowest folder that holds `exercises/`.
fn find_root(files: &Path) -> Option<PathBuf> {
    let mut level = vec![files.to_path_buf()];
    for _ in 0..4 {
        if let Some(found) = level.iter().find(|d| d.join("exercises").is_dir()) {
            return Some(found.clone());
        }
        level = level
            .iter()
            .flat_map(|d| std::fs::read_dir(d).into_iter().flatten().flatten())
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
    }
    None
}

fn from_folder(dir: &Path, rel: &Path, collector: &mut Collector) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            collector.refuse(format!(
                "a file name in `{}` is not UTF-8 ({}); rename it",
                rel.display(),
                entry.file_name().to_string_lossy()
            ));
            return Ok(());
        };
        let rel_path = rel.join(&name);
        let rel_text = rel_path.to_string_lossy().into_owned();
        let meta = entry.path().symlink_metadata()?;
        if meta.file_type().is_symlink() {
            collector.add(
                &rel_text,
                Kind::Special("a symbolic link"),
                0,
                &mut std::io::empty(),
            );
        } else if meta.is_dir() {
            if name == "target" || name == ".git" {
                continue;
            }
            collector.add(&rel_text, Kind::Dir, 0, &mut std::io::empty());
            from_folder(&entry.path(), &rel_path, collector)?;
        } else if meta.is_file() {
            if meta.len() > MAX_FILE_BYTES {
                collector.add(&rel_text, Kind::File, meta.len(), &mut std::io::empty());
            } else {
                let mut file = std::fs::File::open(entry.path())?;
                collector.add(&rel_text, Kind::File, meta.len(), &mut file);
            }
        } else {
            collector.add(
                &rel_text,
                Kind::Special("a device, socket or pipe"),
                0,
                &mut std::io::empty(),
            );
        }
        if collector.refused {
            return Ok(());
        }
    }
    Ok(())
}

fn from_zip(path: &Path, collector: &mut Collector) {
    let archive = std::fs::File::open(path)
        .map_err(anyhow::Error::from)
        .and_then(|f| Ok(zip::ZipArchive::new(f)?));
    let mut archive = match archive {
        Ok(archive) => archive,
        Err(e) => return collector.refuse(format!("the zip archive cannot be read: {e}")),
    };
    for index in 0..archive.len() {
        let mut file = match archive.by_index(index) {
            Ok(file) => file,
            Err(e) => {
                return collector.refuse(format!(
                    "entry {index} of the zip archive cannot be read: {e}"
                ));
            }
        };
        let name = match file.name() {
            Ok(name) => name.into_owned(),
            Err(_) => {
                return collector
                    .refuse("a file name in the zip archive is not UTF-8; rename it".into());
            }
        };
        let kind = if file.is_symlink() {
            Kind::Special("a symbolic link")
        } else if file.is_dir() {
            Kind::Dir
        } else {
            Kind::File
        };
        let size = file.size();
        collector.add(&name, kind, size, &mut file);
        if collector.refused {
            return;
        }
    }
}

fn from_tar(reader: impl Read, collector: &mut Collector) {
    let mut archive = tar::Archive::new(reader);
    let entries = match archive.entries() {
        Ok(entries) => entries,
        Err(e) => return collector.refuse(format!("the tar archive cannot be read: {e}")),
    };
    for entry in entries {
        let mut entry = match entry {
            Ok(entry) => entry,
            Err(e) => return collector.refuse(format!("the tar archive cannot be read: {e}")),
        };
        let name = match std::str::from_utf8(&entry.path_bytes()) {
            Ok(name) => name.to_owned(),
            Err(_) => {
                return collector
                    .refuse("a file name in the tar archive is not UTF-8; rename it".into());
            }
        };
        let kind = match entry.header().entry_type() {
            tar::EntryType::Regular | tar::EntryType::Continuous => Kind::File,
            tar::EntryType::Directory => Kind::Dir,
            tar::EntryType::Symlink => Kind::Special("a symbolic link"),
            tar::EntryType::Link => Kind::Special("a hard link"),
            tar::EntryType::XGlobalHeader
            | tar::EntryType::XHeader
            | tar::EntryType::GNULongName => continue,
            _ => Kind::Special("a device or other special file"),
        };
        let size = entry.size();
        collector.add(&name, kind, size, &mut entry);
        if collector.refused {
            return;
        }
    }
}

/// How long one git command on a submission may take: `WORKBOOK_GIT_SECONDS`,
/// or a minute. Like builds, it runs in its own process group, killed at the
/// deadline.
fn git_deadline() -> Duration {
    std::env::var("WORKBOOK_GIT_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .map_or(Duration::from_secs(60), Duration::from_secs)
}

/// A git repository or bundle: cloned without running anything it configures,
/// then the HEAD commit's tree is read as a tar stream.
fn from_git(source: &Path, staging: &Path, collector: &mut Collector) -> Result<()> {
    let clone = staging.join("repository.git");
    let git = |args: &[&std::ffi::OsStr]| {
        let mut command = Command::new("git");
        command
            .args([
                "-c",
                "core.fsmonitor=false",
                "-c",
                "protocol.file.allow=always",
            ])
            .args(args)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_TERMINAL_PROMPT", "0")
            .stdin(Stdio::null());
        command
    };
    let deadline = git_deadline();
    let too_slow = |what: &str| {
        format!(
            "`git {what}` did not finish within {} s, so the repository is refused (is it a \
             repository at all, and not a pipe or a huge one?)",
            deadline.as_secs()
        )
    };
    let cloned = process::run(
        git(&[
            "clone".as_ref(),
            "--bare".as_ref(),
            "--quiet".as_ref(),
            "--no-local".as_ref(),
            source.as_os_str(),
            clone.as_os_str(),
        ]),
        deadline,
    )
    .context("cannot run git")?;
    match cloned.status {
        None => {
            collector.refuse(too_slow("clone"));
            return Ok(());
        }
        Some(status) if !status.success() => {
            collector.refuse(format!(
                "the git repository cannot be read: {}",
                cloned.stderr.trim()
            ));
            return Ok(());
        }
        Some(_) => {}
    }
    let tar = staging.join("head.tar");
    let archived = process::run(
        git(&[
            "--git-dir".as_ref(),
            clone.as_os_str(),
            "archive".as_ref(),
            "--format=tar".as_ref(),
            "-o".as_ref(),
            tar.as_os_str(),
            "HEAD".as_ref(),
        ]),
        deadline,
    )
    .context("cannot run git archive")?;
    match archived.status {
        None => collector.refuse(too_slow("archive")),
        Some(status) if !status.success() => collector.refuse(format!(
            "the git repository has no commit to grade: {}",
            archived.stderr.trim()
        )),
        Some(_) => {
            let file = std::fs::File::open(&tar)
                .with_context(|| format!("cannot read {}", tar.display()))?;
            from_tar(file, collector);
        }
    }
    Ok(())
}
