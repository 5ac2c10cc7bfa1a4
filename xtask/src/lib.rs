//! The workbook's runner as a library: the grading engine and its fronts.
//!
//! `engine` grades one exercise from one source and prints nothing;
//! `cmd` holds the commands people run (`check`, `watch`, `verify`, ...),
//! each a thin front over the engine; `session` owns the learner's progress for
//! the learner's commands. `main.rs` only parses flags and dispatches.

pub mod assemble;
pub mod class;
pub mod cmd;
pub mod engine;
pub mod fixtures;
pub mod flags;
pub mod mutants;
pub mod paths;
pub mod process;
pub mod progress;
pub mod render;
pub mod rules;
pub mod session;
pub mod setup;
pub mod snapshots;
pub mod store;
pub mod verification;
pub mod workbook;
