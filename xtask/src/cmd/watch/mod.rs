//! `cargo xtask watch`: re-checks the current exercise on every save.
//!
//! One loop over a channel of events: a file was saved (`files.rs`), the
//! learner pressed a key (`input.rs`), a running check printed a line or
//! finished. The loop's rules are the pure state machine [`State::step`],
//! which turns each event into [`Action`]s; [`watch`] only drives it, doing
//! what each action says (start a check on a worker thread, print, re-watch
//! files, ask the [`Session`]).
//!
//! The rules: one check at a time; a save or `r` during a check queues
//! exactly one more, run when it finishes; `n` moves to the next unsolved
//! exercise, watches its files and checks it (after a running check
//! finishes); a check of an exercise the learner has left neither prints its
//! stages nor passes for the current one's verdict: its verdict is named as
//! the left exercise's; "Solved! Press n…" only when no check is queued.

mod files;
mod input;

use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;
use std::sync::mpsc;

use anyhow::{Context as _, Result};

use crate::engine::Report;
use crate::render;
use crate::session::{Loom, Reveal, Session};
use crate::workbook::{Exercise, ExerciseId, Workbook};

use input::Command;

/// What the loop hears.
#[derive(Debug)]
enum Event {
    /// An editable file of the current exercise was saved.
    Saved,
    /// The learner asked for something.
    Command(Command),
    /// A running check of `exercise` has a line to show (a stage, a test).
    CheckLine { exercise: ExerciseId, line: String },
    /// A check of `exercise` finished; the error is already rendered.
    Finished {
        exercise: ExerciseId,
        verdict: Result<Report, String>,
    },
    /// The answer to [`Action::FindNext`]: the next unsolved exercise, if any.
    NextIs(Option<ExerciseId>),
}

/// What the loop does; [`watch`] performs each in order.
#[derive(Debug)]
enum Action {
    /// Watch this exercise's editable files (instead of any other's) and say so.
    Enter(ExerciseId),
    /// Record this exercise as the current one.
    MakeCurrent(ExerciseId),
    /// Start checking this exercise on a worker thread.
    Check(ExerciseId),
    /// Print a line of the running check.
    Print(String),
    /// Print the current exercise's verdict.
    Verdict {
        exercise: ExerciseId,
        verdict: Result<Report, String>,
    },
    /// Print the verdict of an exercise the learner has left, as that one's.
    LeftVerdict {
        exercise: ExerciseId,
        verdict: Result<Report, String>,
    },
    /// Print "Solved! Press n for the next exercise…".
    SolvedPrompt,
    /// Find the next unsolved exercise after this one and answer with
    /// [`Event::NextIs`].
    FindNext(ExerciseId),
    /// Print "No other unsolved exercise.".
    NoOtherUnsolved,
    /// Reveal and print one more hint of this exercise.
    Hint(ExerciseId),
    /// Print every exercise with its status, marking this one.
    List(ExerciseId),
    /// Stop watching.
    Quit,
}

/// The loop's memory: which exercise is current, which is being checked,
/// and whether another check is queued.
#[derive(Debug)]
struct State {
    current: ExerciseId,
    /// The exercise a worker is checking now.
    running: Option<ExerciseId>,
    /// One more check of the current exercise is wanted.
    pending: bool,
}

impl State {
    /// The state for watching `current`, and the first actions: watch its
    /// files and check it.
    fn start(current: ExerciseId) -> (State, Vec<Action>) {
        let mut state = State {
            current: current.clone(),
            running: None,
            pending: true,
        };
        let mut actions = vec![Action::Enter(current)];
        state.check_if_idle(&mut actions);
        (state, actions)
    }

    fn step(&mut self, event: Event) -> Vec<Action> {
        let mut actions = Vec::new();
        match event {
            Event::Saved | Event::Command(Command::Recheck) => {
                self.pending = true;
                self.check_if_idle(&mut actions);
            }
            Event::CheckLine { exercise, line } => {
                if exercise == self.current {
                    actions.push(Action::Print(line));
                }
            }
            Event::Finished { exercise, verdict } => {
                self.running = None;
                if exercise == self.current {
                    let solved = verdict.as_ref().is_ok_and(Report::solved);
                    actions.push(Action::Verdict { exercise, verdict });
                    if solved && !self.pending {
                        actions.push(Action::SolvedPrompt);
                    }
                } else {
                    actions.push(Action::LeftVerdict { exercise, verdict });
                }
                self.check_if_idle(&mut actions);
            }
            Event::Command(Command::Next) => actions.push(Action::FindNext(self.current.clone())),
            Event::NextIs(Some(next)) => {
                self.current = next.clone();
                self.pending = true;
                actions.push(Action::MakeCurrent(next.clone()));
                actions.push(Action::Enter(next));
                self.check_if_idle(&mut actions);
            }
            Event::NextIs(None) => actions.push(Action::NoOtherUnsolved),
            Event::Command(Command::Hint) => actions.push(Action::Hint(self.current.clone())),
            Event::Command(Command::List) => actions.push(Action::List(self.current.clone())),
            Event::Command(Command::Quit) => actions.push(Action::Quit),
        }
        actions
    }

    /// Starts the queued check unless one is running.
    fn check_if_idle(&mut self, actions: &mut Vec<Action>) {
        if self.pending && self.running.is_none() {
            self.pending = false;
            self.running = Some(self.current.clone());
            actions.push(Action::Check(self.current.clone()));
        }
    }
}

/// Prints a block of text, with carriage returns in raw mode.
fn say(text: &str) {
    let (text, newline) = if input::raw_mode_on() {
        (text.replace('\n', "\r\n"), "\r\n")
    } else {
        (text.to_owned(), "\n")
    };
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "{text}{newline}");
    let _ = out.flush();
}

pub fn watch(workbook: &Workbook, start: Option<&str>) -> Result<ExitCode> {
    let session = Session::open(workbook)?;
    let first: &Exercise = match start {
        Some(name) => workbook.find(name)?,
        None => match session.next() {
            Some(e) => e,
            None => {
                println!("Every exercise is solved. `cargo xtask list` shows them all.");
                return Ok(ExitCode::SUCCESS);
            }
        },
    };

    let (sender, events) = mpsc::channel::<Event>();
    let saved = sender.clone();
    let files = files::SaveWatcher::new(move || {
        let _ = saved.send(Event::Saved);
    })?;

    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let raw = if interactive {
        input::RawMode::enable()
    } else {
        None
    };
    let keys = sender.clone();
    input::spawn_reader(raw.is_some(), move |command| {
        keys.send(Event::Command(command)).is_ok()
    });

    let mut driver = Driver {
        workbook,
        session,
        files,
        sender,
        interactive,
    };
    let (mut state, actions) = State::start(first.id.clone());
    let mut todo = std::collections::VecDeque::from(actions);
    loop {
        while let Some(action) = todo.pop_front() {
            match driver.perform(action)? {
                Outcome::Done => {}
                Outcome::NextIs(next) => todo.extend(state.step(Event::NextIs(next))),
                Outcome::Quit => return Ok(ExitCode::SUCCESS),
            }
        }
        // The loop holds a sender, so the channel never closes.
        let Ok(event) = events.recv() else { break };
        todo.extend(state.step(event));
    }
    Ok(ExitCode::SUCCESS)
}

/// What performing an action leads to.
enum Outcome {
    Done,
    /// The answer to [`Action::FindNext`], to step the state machine with at once.
    NextIs(Option<ExerciseId>),
    Quit,
}

/// Performs [`Action`]s: the files, the screen, the session, the worker threads.
struct Driver<'w> {
    workbook: &'w Workbook,
    session: Session<'w>,
    files: files::SaveWatcher,
    sender: mpsc::Sender<Event>,
    interactive: bool,
}

impl<'w> Driver<'w> {
    fn exercise(&self, id: &ExerciseId) -> Result<&'w Exercise> {
        self.workbook
            .get(id)
            .with_context(|| format!("{id} is not in exercises/chapters.toml any more"))
    }

    fn perform(&mut self, action: Action) -> Result<Outcome> {
        match action {
            Action::Enter(id) => {
                let exercise = self.exercise(&id)?;
                self.files.watch(exercise)?;
                self.announce(exercise);
            }
            Action::MakeCurrent(id) => {
                let exercise = self.exercise(&id)?;
                self.session.set_current(exercise)?;
            }
            Action::Check(id) => self.spawn_check(self.exercise(&id)?.clone()),
            Action::Print(line) => say(&line),
            Action::Verdict { exercise, verdict } => {
                show_verdict(&exercise, &verdict, "press h for a hint");
            }
            Action::LeftVerdict { exercise, verdict } => {
                say(&format!(
                    "\n(the check of {exercise}, which you left, finished)"
                ));
                show_verdict(
                    &exercise,
                    &verdict,
                    &format!("`cargo xtask hint {exercise}` gives a hint"),
                );
            }
            Action::SolvedPrompt => {
                say("Solved! Press n for the next exercise, or keep improving this one.");
            }
            Action::FindNext(id) => {
                // Another terminal may have recorded verdicts since.
                self.session = Session::open(self.workbook)?;
                let next = self.session.after(&id).map(|e| e.id.clone());
                return Ok(Outcome::NextIs(next));
            }
            Action::NoOtherUnsolved => say("No other unsolved exercise."),
            Action::Hint(id) => {
                let exercise = self.exercise(&id)?;
                let hints = self.session.take_hints(exercise, Reveal::Next)?;
                let newest = hints.last().cloned();
                say(&format!(
                    "\n{}",
                    newest.unwrap_or_else(|| "This exercise has no hints.".into())
                ));
            }
            Action::List(id) => {
                let session = Session::open(self.workbook)?;
                let mut text = String::from("\n");
                for e in self.workbook.exercises() {
                    let mark = session.standing(e).mark();
                    let here = if e.id == id { "→" } else { " " };
                    text.push_str(&format!("{here} {mark:2} {}  {}\n", e.id, e.manifest.title));
                }
                say(text.trim_end());
            }
            Action::Quit => return Ok(Outcome::Quit),
        }
        Ok(Outcome::Done)
    }

    /// Says which exercise is watched, its files and the keys.
    fn announce(&self, exercise: &Exercise) {
        let files: Vec<String> = files::editable_paths(exercise)
            .iter()
            .map(|file| {
                file.strip_prefix(&self.workbook.root)
                    .unwrap_or(&exercise.dir)
                    .display()
                    .to_string()
            })
            .collect();
        say(&format!(
            "\nWatching {}  {}\n  edit {}\n  keys: [n]ext  [h]int  [l]ist  [r]e-check  [q]uit{}",
            exercise.id,
            exercise.manifest.title,
            files.join(", "),
            if self.interactive {
                ""
            } else {
                "  (type a letter and Enter)"
            }
        ));
    }

    /// Checks `exercise` on a worker thread that sends its lines and its
    /// verdict to the loop.
    fn spawn_check(&self, exercise: Exercise) {
        say(&format!("\n── checking {} …", exercise.id));
        let sender = self.sender.clone();
        let workbook = self.workbook.clone();
        std::thread::spawn(move || {
            // The check's own session: it records the verdict, and the
            // loop's session reads it again when it next asks.
            let report = Session::open(&workbook).and_then(|mut session| {
                session.check(&exercise, Loom::Run, &mut |event| {
                    if let Some(line) = render::event(&event) {
                        let _ = sender.send(Event::CheckLine {
                            exercise: exercise.id.clone(),
                            line,
                        });
                    }
                })
            });
            let _ = sender.send(Event::Finished {
                exercise: exercise.id.clone(),
                verdict: report.map_err(|error| format!("{error:#}")),
            });
        });
    }
}

fn show_verdict(exercise: &ExerciseId, verdict: &Result<Report, String>, id_hint: &str) {
    match verdict {
        Ok(report) => say(&format!(
            "\n{}",
            render::summary(report, id_hint).trim_end()
        )),
        Err(error) => say(&format!("\nerror: could not check {exercise}: {error}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Status;

    fn id(text: &str) -> ExerciseId {
        ExerciseId::from_str_unchecked(text)
    }

    /// A verdict of `exercise`: solved, or one test of two failing.
    fn verdict(exercise: &str, solved: bool) -> Result<Report, String> {
        Ok(Report {
            exercise: crate::workbook::ExerciseId::from_str_unchecked(exercise),
            source: "working copy".into(),
            status: Status::Graded,
            build_errors: String::new(),
            tests: Vec::new(),
            passed: if solved { 2 } else { 1 },
            total: 2,
            score: if solved { 10.0 } else { 5.0 },
            max_score: 10.0,
            seconds: 0.1,
            digest: String::new(),
            unlisted_tests: Vec::new(),
        })
    }

    fn finished(exercise: &str, solved: bool) -> Event {
        Event::Finished {
            exercise: id(exercise),
            verdict: verdict(exercise, solved),
        }
    }

    /// The actions, one short word each, so tests read like the rules.
    fn said(actions: &[Action]) -> Vec<String> {
        actions
            .iter()
            .map(|action| match action {
                Action::Enter(id) => format!("enter {id}"),
                Action::MakeCurrent(id) => format!("current {id}"),
                Action::Check(id) => format!("check {id}"),
                Action::Print(line) => format!("print {line}"),
                Action::Verdict { exercise, .. } => format!("verdict {exercise}"),
                Action::LeftVerdict { exercise, .. } => format!("left verdict {exercise}"),
                Action::SolvedPrompt => "solved prompt".into(),
                Action::FindNext(id) => format!("find next after {id}"),
                Action::NoOtherUnsolved => "no other".into(),
                Action::Hint(id) => format!("hint {id}"),
                Action::List(id) => format!("list at {id}"),
                Action::Quit => "quit".into(),
            })
            .collect()
    }

    /// Watching `a/one` with its first check running.
    fn checking_a() -> State {
        let (state, actions) = State::start(id("a/one"));
        assert_eq!(said(&actions), ["enter a/one", "check a/one"]);
        state
    }

    #[test]
    fn a_save_when_idle_checks_at_once() {
        let mut state = checking_a();
        assert_eq!(
            said(&state.step(finished("a/one", false))),
            ["verdict a/one"]
        );
        assert_eq!(said(&state.step(Event::Saved)), ["check a/one"]);
    }

    #[test]
    fn saves_during_a_check_queue_exactly_one_more() {
        let mut state = checking_a();
        assert!(said(&state.step(Event::Saved)).is_empty());
        assert!(said(&state.step(Event::Saved)).is_empty());
        assert_eq!(
            said(&state.step(finished("a/one", false))),
            ["verdict a/one", "check a/one"]
        );
        assert_eq!(
            said(&state.step(finished("a/one", false))),
            ["verdict a/one"]
        );
    }

    #[test]
    fn r_checks_again_and_queues_like_a_save() {
        let mut state = checking_a();
        assert!(said(&state.step(Event::Command(Command::Recheck))).is_empty());
        assert_eq!(
            said(&state.step(finished("a/one", false))),
            ["verdict a/one", "check a/one"]
        );
        state.step(finished("a/one", false));
        assert_eq!(
            said(&state.step(Event::Command(Command::Recheck))),
            ["check a/one"]
        );
    }

    #[test]
    fn n_moves_to_the_next_unsolved_exercise_and_watches_it() {
        let mut state = checking_a();
        state.step(finished("a/one", true));
        assert_eq!(
            said(&state.step(Event::Command(Command::Next))),
            ["find next after a/one"]
        );
        assert_eq!(
            said(&state.step(Event::NextIs(Some(id("b/two"))))),
            ["current b/two", "enter b/two", "check b/two"]
        );
        assert_eq!(
            said(&state.step(Event::Command(Command::Hint))),
            ["hint b/two"]
        );
        assert_eq!(
            said(&state.step(Event::Command(Command::List))),
            ["list at b/two"]
        );
    }

    #[test]
    fn n_with_nothing_left_stays() {
        let mut state = checking_a();
        state.step(finished("a/one", true));
        state.step(Event::Command(Command::Next));
        assert_eq!(said(&state.step(Event::NextIs(None))), ["no other"]);
        assert_eq!(said(&state.step(Event::Saved)), ["check a/one"]);
    }

    #[test]
    fn q_ends() {
        let mut state = checking_a();
        assert_eq!(said(&state.step(Event::Command(Command::Quit))), ["quit"]);
    }

    #[test]
    fn a_check_of_an_exercise_left_is_named_as_that_one_and_then_the_new_one_is_checked() {
        let mut state = checking_a();
        state.step(Event::Command(Command::Next));
        // The check of a/one is still running: b/two waits for it.
        assert_eq!(
            said(&state.step(Event::NextIs(Some(id("b/two"))))),
            ["current b/two", "enter b/two"]
        );
        let late_line = Event::CheckLine {
            exercise: id("a/one"),
            line: "  ✓ a_test".into(),
        };
        assert!(said(&state.step(late_line)).is_empty());
        // Solved, but it is not the current exercise's verdict: no prompt.
        assert_eq!(
            said(&state.step(finished("a/one", true))),
            ["left verdict a/one", "check b/two"]
        );
        let line = Event::CheckLine {
            exercise: id("b/two"),
            line: "── tests …".into(),
        };
        assert_eq!(said(&state.step(line)), ["print ── tests …"]);
        assert_eq!(
            said(&state.step(finished("b/two", false))),
            ["verdict b/two"]
        );
    }

    #[test]
    fn solved_asks_for_n_only_when_no_check_is_queued() {
        let mut state = checking_a();
        assert_eq!(
            said(&state.step(finished("a/one", true))),
            ["verdict a/one", "solved prompt"]
        );
        state.step(Event::Saved);
        state.step(Event::Saved);
        assert_eq!(
            said(&state.step(finished("a/one", true))),
            ["verdict a/one", "check a/one"]
        );
        assert_eq!(
            said(&state.step(finished("a/one", true))),
            ["verdict a/one", "solved prompt"]
        );
    }

    #[test]
    fn a_check_that_could_not_run_is_a_verdict_without_the_prompt() {
        let mut state = checking_a();
        let failed = Event::Finished {
            exercise: id("a/one"),
            verdict: Err("cannot download loom".into()),
        };
        assert_eq!(said(&state.step(failed)), ["verdict a/one"]);
    }
}
