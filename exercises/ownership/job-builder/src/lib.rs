//! # A builder that is used up
//!
//! Book: book/src/ownership.md#builders
//! Check: cargo xtask check ownership/job-builder
//!
//! A `JobBuilder` collects a job's settings one call at a time, and `build`
//! turns it into a `Job`. Calls chain:
//! `JobBuilder::new("backup").arg("/home").retries(2).build()`.
//!
//! A builder is used up by each step: once a setting method has returned
//! the updated builder, or `build` has made the job, using the old builder
//! again must not compile. And a job runs once: calling `Job::spawn` twice on
//! the same job must not compile. The compile-fail cases try all three. The
//! signatures below compile, but not all of them are right yet: choosing
//! them is part of the exercise.

use std::thread::JoinHandle;

/// Collects the settings of a [`Job`].
pub struct JobBuilder {
    // TODO
}

impl JobBuilder {
    /// A builder for a job called `name`, with no arguments and no retries.
    pub fn new(name: &str) -> JobBuilder {
        let _ = name;
        todo!()
    }

    /// Adds one argument after those added before.
    pub fn arg(&self, arg: &str) -> JobBuilder {
        let _ = arg;
        todo!()
    }

    /// How many more times to try an argument whose work fails (0 = try once).
    pub fn retries(&self, retries: u32) -> JobBuilder {
        let _ = retries;
        todo!()
    }

    /// The finished job. The builder is used up.
    pub fn build(&self) -> Job {
        todo!()
    }
}

/// A job: a name, a list of arguments and a number of retries.
pub struct Job {
    // TODO
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
        todo!()
    }

    /// The arguments, in the order they were added.
    pub fn args(&self) -> &[String] {
        todo!()
    }

    /// How many retries each argument gets.
    pub fn retries(&self) -> u32 {
        todo!()
    }

    /// Runs the job on a new thread whose name is the job's name, and returns
    /// at once. The thread calls `work` on each argument in order; when
    /// `work` returns `Err`, it tries that argument again, up to `retries`
    /// more times, before counting it as failed. The thread's result is the
    /// job's [`Report`].
    pub fn spawn<F>(&self, work: F) -> JoinHandle<Report>
    where
        F: FnMut(&str) -> Result<(), String> + Send + 'static,
    {
        let _ = work;
        todo!()
    }
}
