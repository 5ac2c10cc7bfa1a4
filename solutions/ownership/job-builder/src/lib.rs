//! # A builder that is used up
//!
//! Book: book/src/ownership.md#builders
//! Check: cargo xtask check ownership/job-builder
//!
//! Reference solution.

use std::thread::{self, JoinHandle};

/// Collects the settings of a [`Job`].
pub struct JobBuilder {
    name: String,
    args: Vec<String>,
    retries: u32,
}

impl JobBuilder {
    /// A builder for a job called `name`, with no arguments and no retries.
    pub fn new(name: &str) -> JobBuilder {
        JobBuilder {
            name: name.to_owned(),
            args: Vec::new(),
            retries: 0,
        }
    }

    /// Adds one argument after those added before.
    pub fn arg(mut self, arg: &str) -> JobBuilder {
        self.args.push(arg.to_owned());
        self
    }

    /// How many more times to try an argument whose work fails (0 = try once).
    pub fn retries(mut self, retries: u32) -> JobBuilder {
        self.retries = retries;
        self
    }

    /// The finished job. The builder is used up.
    pub fn build(self) -> Job {
        // The builder's fields move into the job: nothing is copied.
        Job {
            name: self.name,
            args: self.args,
            retries: self.retries,
        }
    }
}

/// A job: a name, a list of arguments and a number of retries.
pub struct Job {
    name: String,
    args: Vec<String>,
    retries: u32,
}

/// What a job did: which arguments succeeded, which failed even after every
/// retry, and how many times the work function was called in all.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub succeeded: Vec<String>,
    pub failed: Vec<String>,
    pub attempts: u32,
}

impl Job {
    /// The job's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The arguments, in the order they were added.
    pub fn args(&self) -> &[String] {
        &self.args
    }

    /// How many retries each argument gets.
    pub fn retries(&self) -> u32 {
        self.retries
    }

    /// Runs the job on a new thread whose name is the job's name, and returns
    /// at once. The thread calls `work` on each argument in order; when
    /// `work` returns `Err`, it tries that argument again, up to `retries`
    /// more times, before counting it as failed. The thread's result is the
    /// job's [`Report`].
    pub fn spawn<F>(self, mut work: F) -> JoinHandle<Report>
    where
        F: FnMut(&str) -> Result<(), String> + Send + 'static,
    {
        // std's own thread builder is consumed the same way: `spawn(self, ..)`.
        thread::Builder::new()
            .name(self.name)
            .spawn(move || {
                let mut report = Report::default();
                for arg in self.args {
                    let mut ok = false;
                    for _ in 0..=self.retries {
                        report.attempts += 1;
                        if work(&arg).is_ok() {
                            ok = true;
                            break;
                        }
                    }
                    if ok {
                        report.succeeded.push(arg);
                    } else {
                        report.failed.push(arg);
                    }
                }
                report
            })
            .expect("the operating system refused to start a thread")
    }
}
