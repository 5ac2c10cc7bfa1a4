//! Running child processes with a deadline, bounded output, and no survivors.
//!
//! Every child gets its own process group (on Windows, a job object). When it
//! finishes, times out or is abandoned, the whole group is killed, so threads,
//! grandchildren and fork bombs started by learner code do not outlive the
//! check. The isolation for grading (namespaces, bubblewrap, resource limits,
//! the witness's secret) is Linux's; elsewhere it is absent and says so.

use std::io::Read;
#[cfg(unix)]
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{ChildStderr, ChildStdin, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

/// Most bytes kept of one output stream; the rest is read and dropped.
pub const OUTPUT_LIMIT: usize = 4 << 20;
/// Most bytes kept of one line.
const LINE_LIMIT: usize = 256 << 10;

/// How untrusted code runs: inside new network and PID namespaces when the
/// platform allows it (no network; every process dies with the namespace),
/// under resource limits, and, with bubblewrap, in a file system of its own.
#[derive(Debug, Clone, Default)]
pub struct Sandbox {
    /// Put before every command, e.g. `unshare --net --pid --fork --kill-child`;
    /// unused when `fs` is set (bubblewrap makes the namespaces too).
    prefix: Vec<String>,
    /// The file-system view bubblewrap builds, when it works here.
    pub fs: Option<FsView>,
    /// What isolation is in force, for the report.
    pub description: String,
    /// Bytes of address space a test process may use; `None` for builds.
    pub memory_bytes: Option<u64>,
    /// `cgroup.procs` of a pids cgroup that caps how many processes and threads
    /// the sandboxed code may have at once (RLIMIT_NPROC does not bind root).
    process_cap: Option<std::ffi::CString>,
}

/// Largest file untrusted code may write.
#[cfg(unix)]
const FILE_SIZE_LIMIT: u64 = 256 << 20;
/// Processes (per user; not enforced for root, where the PID namespace and
/// the deadline bound them instead).
#[cfg(unix)]
const PROCESS_LIMIT: u64 = 4096;
/// Memory a test process may map.
pub const TEST_MEMORY_LIMIT: u64 = 6 << 30;

/// What sandboxed code sees of the file system, built by bubblewrap for each
/// command: the whole machine read-only; the instructor's checkout, home
/// folder and `/tmp` replaced by empty ones; then only what the command needs
/// bound back in. It runs as user 1000 of a user namespace of its own, with no
/// network and a PID namespace that dies with it.
#[derive(Debug, Clone)]
pub struct FsView {
    /// The instructor's checkout (solutions, staged submissions, reports).
    hidden: Vec<PathBuf>,
    /// The toolchains (read-only).
    rustup_home: PathBuf,
    /// The real cargo home, whose `registry` alone is lent to the sandbox.
    cargo_home: PathBuf,
    /// The toolchain's own rustc, beside the cargo that runs us: the sandbox
    /// hides the home folder, and with it rustup's proxies on `PATH`.
    rustc: Option<PathBuf>,
}

/// Where a sandboxed command may read and write, besides the toolchain.
#[derive(Debug, Clone, Copy)]
pub enum Access<'a> {
    /// A build: these folders writable, and the registry writable (cargo
    /// unpacks crates into it). No submitted code runs while cargo builds.
    Build(&'a [&'a Path]),
    /// A test run: these folders read-only; nothing writable but a private
    /// `/tmp`, thrown away with the process.
    Test(&'a [&'a Path]),
}

/// The private cargo home inside the sandbox: a `registry` lent from outside,
/// and no configuration but cargo's defaults.
pub const SANDBOX_CARGO_HOME: &str = "/tmp/workbook-cargo-home";

impl FsView {
    /// The view for a grader running from `workbook_root`, if bubblewrap can
    /// build it on this machine.
    fn detect(workbook_root: &Path) -> Option<FsView> {
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let cargo_home = std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| home.as_ref().map(|h| h.join(".cargo")))?;
        let rustup_home = std::env::var_os("RUSTUP_HOME")
            .map(PathBuf::from)
            .or_else(|| home.as_ref().map(|h| h.join(".rustup")))?;
        let mut hidden = vec![workbook_root.to_path_buf()];
        hidden.extend(home.filter(|h| h.is_dir() && h != Path::new("/")));
        let rustc = std::env::var_os("CARGO")
            .map(PathBuf::from)
            .and_then(|cargo| cargo.parent().map(|bin| bin.join("rustc")))
            .filter(|rustc| rustc.is_file());
        let view = FsView {
            hidden,
            rustup_home,
            cargo_home,
            rustc,
        };
        let works = view
            .wrap("true".as_ref(), Access::Test(&[]))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        works.then_some(view)
    }

    /// `program` under bubblewrap with `access`.
    fn wrap(&self, program: &std::ffi::OsStr, access: Access<'_>) -> Command {
        let mut command = Command::new("bwrap");
        command.args([
            "--unshare-all",
            "--die-with-parent",
            "--uid",
            "1000",
            "--gid",
            "1000",
            "--ro-bind",
            "/",
            "/",
            "--dev",
            "/dev",
            "--proc",
            "/proc",
            "--tmpfs",
            "/tmp",
        ]);
        // Shallow folders first, so a deeper one hidden inside is mounted on top.
        let mut hidden = self.hidden.clone();
        hidden.sort_by_key(|p| p.components().count());
        for dir in &hidden {
            command.arg("--tmpfs").arg(dir);
        }
        command
            .arg("--ro-bind")
            .arg(&self.rustup_home)
            .arg(&self.rustup_home);
        let registry = self.cargo_home.join("registry");
        let private_registry = Path::new(SANDBOX_CARGO_HOME).join("registry");
        let (paths, writable) = match access {
            Access::Build(paths) => (paths, true),
            Access::Test(paths) => (paths, false),
        };
        let bind = if writable { "--bind" } else { "--ro-bind" };
        if writable {
            // bubblewrap binds only what exists; cargo would have made these.
            for path in paths {
                let _ = std::fs::create_dir_all(path);
            }
        }
        if registry.is_dir() {
            command.arg(bind).arg(&registry).arg(&private_registry);
        }
        for path in paths {
            command.arg(bind).arg(path).arg(path);
        }
        // The empty stand-ins for hidden folders take no writes either; what is
        // bound inside them keeps its own access.
        for dir in &hidden {
            command.arg("--remount-ro").arg(dir);
        }
        command.args(["--setenv", "CARGO_HOME", SANDBOX_CARGO_HOME]);
        if let Some(rustc) = &self.rustc {
            command.arg("--setenv").arg("RUSTC").arg(rustc);
        }
        command.arg("--").arg(program);
        command
    }
}

impl Sandbox {
    /// Finds the strongest isolation this machine offers for a grader whose
    /// workbook is at `workbook_root`.
    pub fn detect(workbook_root: &Path) -> Sandbox {
        if let Some(fs) = FsView::detect(workbook_root) {
            return Sandbox {
                prefix: Vec::new(),
                fs: Some(fs),
                description: "each submission in its own sandbox (bubblewrap): no network, its own \
                              processes, an unprivileged user, and a file system of its own in which \
                              it sees neither your files, the reference solutions nor other students, \
                              and its tests write nowhere but a private /tmp; limits on time, file \
                              size, processes and test memory"
                    .into(),
                memory_bytes: None,
                process_cap: None,
            };
        }
        let mut namespaces = Self::detect_namespaces();
        namespaces.description = format!(
            "NO file-system sandbox (bubblewrap is not available): submissions could read and \
             write your files; {}",
            namespaces.description
        );
        namespaces
    }

    /// Namespaces and limits without a file-system view.
    fn detect_namespaces() -> Sandbox {
        let candidates: [&[&str]; 2] = [
            &["unshare", "--net", "--pid", "--fork", "--kill-child"],
            &[
                "unshare",
                "--user",
                "--map-root-user",
                "--net",
                "--pid",
                "--fork",
                "--kill-child",
            ],
        ];
        for prefix in candidates {
            let works = Command::new(prefix[0])
                .args(&prefix[1..])
                .arg("true")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            if works {
                return Sandbox {
                    prefix: prefix.iter().map(|s| (*s).to_owned()).collect(),
                    fs: None,
                    description: format!(
                        "no network and a private PID namespace ({}); limits on time, file size, processes and test memory",
                        prefix.join(" ")
                    ),
                    memory_bytes: None,
                    process_cap: None,
                };
            }
        }
        Sandbox {
            prefix: Vec::new(),
            description: "NOT isolated from the network: this platform offers no namespaces (unshare failed); \
                          limits on time, file size, processes and test memory still apply"
                .into(),
            fs: None,
            memory_bytes: None,
            process_cap: None,
        }
    }

    /// The same sandbox, with its processes capped at `max` in a pids cgroup
    /// of their own named `name`, where the machine offers one (cgroup v1's
    /// pids controller, writable). Without one, the description says so.
    pub fn with_process_cap(&self, name: &str, max: u64) -> Sandbox {
        let mut capped = self.clone();
        let group = Path::new("/sys/fs/cgroup/pids/workbook").join(name);
        let made = std::fs::create_dir_all(&group)
            .and_then(|()| std::fs::write(group.join("pids.max"), max.to_string()))
            .is_ok();
        let procs = group.join("cgroup.procs");
        match (
            made,
            std::ffi::CString::new(procs.as_os_str().as_encoded_bytes()),
        ) {
            (true, Ok(path)) => {
                capped.process_cap = Some(path);
                capped.description.push_str(&format!(
                    "; at most {max} processes and threads at once (pids cgroup)"
                ));
            }
            _ => capped
                .description
                .push_str("; the number of processes is not capped (no writable pids cgroup)"),
        }
        capped
    }

    /// The same sandbox with a memory limit, for test processes.
    pub fn for_tests(&self) -> Sandbox {
        Sandbox {
            memory_bytes: Some(TEST_MEMORY_LIMIT),
            ..self.clone()
        }
    }

    /// `program` run inside the sandbox, touching only what `access` allows
    /// when the sandbox has a file-system view.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>, access: Access<'_>) -> Command {
        let mut command = match (&self.fs, self.prefix.split_first()) {
            (Some(fs), _) => fs.wrap(program.as_ref(), access),
            (None, Some((first, rest))) => {
                let mut command = Command::new(first);
                command.args(rest).arg(program);
                command
            }
            (None, None) => Command::new(program),
        };
        self.limit(&mut command);
        command
    }

    /// Resource limits (and the pids cgroup) for `command`'s process, set
    /// between fork and exec; none where that is not Unix.
    #[cfg(not(unix))]
    fn limit(&self, _: &mut Command) {}

    /// Resource limits (and the pids cgroup) for `command`'s process, set
    /// between fork and exec.
    #[cfg(unix)]
    fn limit(&self, command: &mut Command) {
        let memory = self.memory_bytes;
        let cgroup = self.process_cap.clone();
        // SAFETY: the closure runs in the child between fork and exec; it only
        // calls setrlimit, which is async-signal-safe, and allocates nothing.
        unsafe {
            command.pre_exec(move || {
                let set = |resource, value: u64| {
                    let limit = libc::rlimit {
                        rlim_cur: value as libc::rlim_t,
                        rlim_max: value as libc::rlim_t,
                    };
                    libc::setrlimit(resource, &limit);
                };
                set(libc::RLIMIT_FSIZE, FILE_SIZE_LIMIT);
                set(libc::RLIMIT_NPROC, PROCESS_LIMIT);
                set(libc::RLIMIT_CORE, 0);
                if let Some(bytes) = memory {
                    set(libc::RLIMIT_AS, bytes);
                }
                if let Some(procs) = &cgroup {
                    // Writing "0" moves the writing process into the cgroup.
                    let fd = libc::open(procs.as_ptr(), libc::O_WRONLY);
                    if fd >= 0 {
                        libc::write(fd, b"0".as_ptr().cast(), 1);
                        libc::close(fd);
                    }
                }
                Ok(())
            });
        }
    }
}

/// A fresh random secret: 32 hexadecimal digits from the kernel's generator.
#[cfg(unix)]
pub fn fresh_secret() -> Result<String> {
    use std::io::Read as _;
    let mut bytes = [0u8; 16];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut random| random.read_exact(&mut bytes))
        .context("cannot read /dev/urandom for a test's secret")?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Hands `secret` to the child as the only content of a pipe it finds open at
/// descriptor `fd`; the write end is closed before the child starts, so the
/// child reads the secret and then end of file. Nothing of it is in the
/// child's environment, arguments or standard input.
#[cfg(unix)]
pub fn hand_secret(command: &mut Command, fd: i32, secret: &str) -> Result<()> {
    use std::io::Write as _;
    use std::os::fd::AsRawFd as _;
    let (reader, mut writer) = std::io::pipe().context("cannot open a pipe for a test's secret")?;
    // Far below the pipe's buffer, so this never blocks.
    writer.write_all(secret.as_bytes())?;
    drop(writer);
    // SAFETY: the closure runs in the child between fork and exec and only
    // calls dup2 and fcntl, which are async-signal-safe; it allocates nothing.
    // It owns `reader`, so the descriptor stays open until the child starts.
    unsafe {
        command.pre_exec(move || {
            let from = reader.as_raw_fd();
            if from == fd {
                // Already in place, with close-on-exec still set: clear it.
                if libc::fcntl(fd, libc::F_SETFD, 0) == -1 {
                    return Err(std::io::Error::last_os_error());
                }
            } else if libc::dup2(from, fd) == -1 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    Ok(())
}

/// A child in its own process group, killed with its group when dropped.
#[cfg(unix)]
pub struct Group {
    child: std::process::Child,
}

#[cfg(unix)]
impl Group {
    pub fn spawn(mut command: Command) -> Result<Group> {
        command.process_group(0);
        let child = command
            .spawn()
            .with_context(|| format!("cannot start {:?}", command.get_program()))?;
        Ok(Group { child })
    }

    pub fn take_stdin(&mut self) -> Option<ChildStdin> {
        self.child.stdin.take()
    }

    pub fn take_stdout(&mut self) -> Option<ChildStdout> {
        self.child.stdout.take()
    }

    pub fn take_stderr(&mut self) -> Option<ChildStderr> {
        self.child.stderr.take()
    }

    /// The child's status if it has ended (the rest of its group may not have).
    pub fn try_wait(&mut self) -> Result<Option<ExitStatus>> {
        Ok(self.child.try_wait()?)
    }

    /// Kills every process in the group. Harmless when they are gone.
    pub fn kill(&mut self) {
        let pgid = self.child.id() as libc::pid_t;
        // SAFETY: kill(2) with a negative pid signals the process group we created;
        // it has no memory-safety preconditions.
        unsafe {
            libc::kill(-pgid, libc::SIGKILL);
        }
        let _ = self.child.kill();
    }

    /// Waits for the child itself.
    pub fn wait(&mut self) -> Result<ExitStatus> {
        Ok(self.child.wait()?)
    }
}

/// A child in a job object of its own, killed with every process of the job
/// when dropped (process-wrap's `JobObject`).
#[cfg(windows)]
pub struct Group {
    child: Box<dyn process_wrap::std::ChildWrapper>,
}

#[cfg(windows)]
impl Group {
    pub fn spawn(command: Command) -> Result<Group> {
        let program = command.get_program().to_owned();
        let mut wrapped = process_wrap::std::CommandWrap::from(command);
        wrapped.wrap(process_wrap::std::JobObject);
        let child = wrapped
            .spawn()
            .with_context(|| format!("cannot start {program:?}"))?;
        Ok(Group { child })
    }

    pub fn take_stdin(&mut self) -> Option<ChildStdin> {
        self.child.stdin().take()
    }

    pub fn take_stdout(&mut self) -> Option<ChildStdout> {
        self.child.stdout().take()
    }

    pub fn take_stderr(&mut self) -> Option<ChildStderr> {
        self.child.stderr().take()
    }

    pub fn try_wait(&mut self) -> Result<Option<ExitStatus>> {
        Ok(self.child.try_wait()?)
    }

    /// Terminates every process in the job. Harmless when they are gone.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
    }

    pub fn wait(&mut self) -> Result<ExitStatus> {
        Ok(self.child.wait()?)
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        self.kill();
        let _ = self.wait();
    }
}

/// Reads `reader` line by line on a new thread and sends each line, each cut to
/// a bounded length, until end of file or until `OUTPUT_LIMIT` bytes were sent.
pub fn spawn_line_reader(reader: impl Read + Send + 'static, lines: mpsc::Sender<String>) {
    std::thread::spawn(move || {
        let mut reader = std::io::BufReader::with_capacity(64 << 10, reader);
        let mut sent = 0usize;
        let mut line = Vec::new();
        let mut chunk = [0u8; 16 << 10];
        loop {
            let n = match reader.read(&mut chunk) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            for &byte in &chunk[..n] {
                if byte == b'\n' {
                    let text = String::from_utf8_lossy(&line).into_owned();
                    line.clear();
                    if sent < OUTPUT_LIMIT {
                        sent += text.len();
                        if lines.send(text).is_err() {
                            return;
                        }
                    }
                } else if line.len() < LINE_LIMIT {
                    line.push(byte);
                }
            }
        }
        if !line.is_empty() && sent < OUTPUT_LIMIT {
            let _ = lines.send(String::from_utf8_lossy(&line).into_owned());
        }
    });
}

/// Reads a whole stream on a new thread, keeping at most `OUTPUT_LIMIT` bytes.
pub fn spawn_collector(reader: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut reader = reader;
        let _ = reader
            .by_ref()
            .take(OUTPUT_LIMIT as u64)
            .read_to_end(&mut kept);
        // Drain the rest so the child never blocks on a full pipe.
        let _ = std::io::copy(&mut reader, &mut std::io::sink());
        String::from_utf8_lossy(&kept).into_owned()
    })
}

/// What became of a command run to completion or to its deadline.
pub struct Finished {
    /// `None` when the deadline passed and the group was killed.
    pub status: Option<ExitStatus>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `command` with no input, collecting bounded output, killing its group
/// after `timeout`.
pub fn run(mut command: Command, timeout: Duration) -> Result<Finished> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let started = Instant::now();
    let mut group = Group::spawn(command)?;
    let stdout = spawn_collector(group.take_stdout().expect("piped"));
    let stderr = spawn_collector(group.take_stderr().expect("piped"));
    let status = loop {
        if let Some(status) = group.try_wait()? {
            break Some(status);
        }
        if started.elapsed() > timeout {
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    group.kill();
    let _ = group.wait();
    Ok(Finished {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_past_its_deadline_is_killed_with_its_children() {
        let mut command = Command::new("sh");
        // The background sleep is a grandchild: it must die with the group.
        command.args(["-c", "sleep 30 & echo started; sleep 30"]);
        let finished = run(command, Duration::from_millis(300)).unwrap();
        assert!(finished.status.is_none());
        assert_eq!(finished.stdout.trim(), "started");
    }

    #[test]
    fn huge_output_is_cut_and_the_child_still_finishes() {
        let mut command = Command::new("sh");
        command.args([
            "-c",
            "head -c 20000000 /dev/zero | tr '\\0' x; echo; echo done >&2",
        ]);
        let finished = run(command, Duration::from_secs(20)).unwrap();
        assert!(finished.status.unwrap().success());
        assert_eq!(finished.stdout.len(), OUTPUT_LIMIT);
        assert_eq!(finished.stderr.trim(), "done");
    }
}
