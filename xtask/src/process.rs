//! Running child processes with a deadline, bounded output, and no survivors.
//!
//! Every child gets its own process group. When it finishes, times out or is
//! abandoned, the whole group is killed, so threads, grandchildren and fork
//! bombs started by learner code do not outlive the check.

use std::io::Read;
use std::os::unix::process::CommandExt as _;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

/// Most bytes kept of one output stream; the rest is read and dropped.
pub const OUTPUT_LIMIT: usize = 4 << 20;
/// Most bytes kept of one line.
const LINE_LIMIT: usize = 256 << 10;

/// How untrusted code runs: inside new network and PID namespaces when the
/// platform allows it (no network; every process dies with the namespace),
/// and under resource limits.
#[derive(Debug, Clone, Default)]
pub struct Sandbox {
    /// Put before every command, e.g. `unshare --net --pid --fork --kill-child`.
    prefix: Vec<String>,
    /// What isolation is in force, for the report.
    pub description: String,
    /// Bytes of address space a test process may use; `None` for builds.
    pub memory_bytes: Option<u64>,
    /// `cgroup.procs` of a pids cgroup that caps how many processes and threads
    /// the sandboxed code may have at once (RLIMIT_NPROC does not bind root).
    process_cap: Option<std::ffi::CString>,
}

/// Largest file untrusted code may write.
const FILE_SIZE_LIMIT: u64 = 256 << 20;
/// Processes (per user; not enforced for root, where the PID namespace and
/// the deadline bound them instead).
const PROCESS_LIMIT: u64 = 4096;
/// Memory a test process may map.
pub const TEST_MEMORY_LIMIT: u64 = 6 << 30;

impl Sandbox {
    /// Finds the strongest isolation this machine offers.
    pub fn detect() -> Sandbox {
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

    /// `program` run inside the sandbox.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = match self.prefix.split_first() {
            Some((first, rest)) => {
                let mut command = Command::new(first);
                command.args(rest).arg(program);
                command
            }
            None => Command::new(program),
        };
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
        command
    }
}

/// A child in its own process group, killed with its group when dropped.
pub struct Group {
    child: Child,
}

impl Group {
    pub fn spawn(mut command: Command) -> Result<Group> {
        command.process_group(0);
        let child = command
            .spawn()
            .with_context(|| format!("cannot start {:?}", command.get_program()))?;
        Ok(Group { child })
    }

    pub fn child(&mut self) -> &mut Child {
        &mut self.child
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

    pub fn wait(&mut self) -> Result<ExitStatus> {
        Ok(self.child.wait()?)
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        self.kill();
        let _ = self.child.wait();
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
    let stdout = spawn_collector(group.child().stdout.take().expect("piped"));
    let stderr = spawn_collector(group.child().stderr.take().expect("piped"));
    let status = loop {
        if let Some(status) = group.child().try_wait()? {
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
