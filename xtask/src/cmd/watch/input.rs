//! The learner's keys: the terminal's raw mode, the thread that reads keys
//! (or, without a terminal, lines on standard input), and what each key or
//! line means as a [`Command`].
//!
//! At a terminal single keys drive `watch`: n next, h hint, l list,
//! r re-check, q (also Esc and Ctrl-C) quit. Without one the same letters are
//! read as the first letter of a line; when input ends the reader stops and
//! `watch` keeps watching. Anything else is ignored.

use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// What the learner asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// `n`: move to the next unsolved exercise.
    Next,
    /// `h`: reveal one more hint.
    Hint,
    /// `l`: list every exercise with its status.
    List,
    /// `r`: check again now.
    Recheck,
    /// `q`: stop watching.
    Quit,
}

/// The command a letter stands for, in either case.
pub fn command_for_letter(letter: char) -> Option<Command> {
    match letter.to_ascii_lowercase() {
        'n' => Some(Command::Next),
        'h' => Some(Command::Hint),
        'l' => Some(Command::List),
        'r' => Some(Command::Recheck),
        'q' => Some(Command::Quit),
        _ => None,
    }
}

/// The command a line of standard input stands for: its first letter.
pub fn command_for_line(line: &str) -> Option<Command> {
    line.trim().chars().next().and_then(command_for_letter)
}

/// The command a key press at a raw terminal stands for.
pub fn command_for_key(key: &KeyEvent) -> Option<Command> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    match key.code {
        KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => Some(Command::Quit),
        KeyCode::Esc => Some(Command::Quit),
        KeyCode::Char(letter) => command_for_letter(letter),
        _ => None,
    }
}

/// Whether the terminal is in raw mode, where a newline must be "\r\n".
static RAW: AtomicBool = AtomicBool::new(false);

/// Whether [`RawMode`] is on, so printed newlines need a carriage return.
pub fn raw_mode_on() -> bool {
    RAW.load(Ordering::Relaxed)
}

/// The terminal in raw mode (single keys, no echo) while this lives.
pub struct RawMode;

impl RawMode {
    /// `None` when the terminal refuses; then keys are read as lines.
    pub fn enable() -> Option<RawMode> {
        crossterm::terminal::enable_raw_mode().ok()?;
        RAW.store(true, Ordering::Relaxed);
        Some(RawMode)
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = crossterm::terminal::disable_raw_mode();
        RAW.store(false, Ordering::Relaxed);
    }
}

/// Reads keys (`raw`) or lines on a thread of its own and hands each command
/// to `send`, until `send` returns `false` or input ends.
pub fn spawn_reader(raw: bool, send: impl Fn(Command) -> bool + Send + 'static) {
    std::thread::spawn(move || {
        if raw {
            while let Ok(event) = crossterm::event::read() {
                if let TermEvent::Key(key) = event
                    && let Some(command) = command_for_key(&key)
                    && !send(command)
                {
                    return;
                }
            }
        } else {
            let mut line = String::new();
            while std::io::stdin().read_line(&mut line).is_ok_and(|n| n > 0) {
                if let Some(command) = command_for_line(&line)
                    && !send(command)
                {
                    return;
                }
                line.clear();
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_lines_name_the_same_commands() {
        assert_eq!(command_for_letter('n'), Some(Command::Next));
        assert_eq!(command_for_letter('H'), Some(Command::Hint));
        assert_eq!(command_for_letter('x'), None);
        assert_eq!(command_for_line("  r\n"), Some(Command::Recheck));
        assert_eq!(command_for_line("list\n"), Some(Command::List));
        assert_eq!(command_for_line("\n"), None);
    }

    #[test]
    fn escape_and_control_c_quit_and_releases_are_ignored() {
        let press = |code, modifiers| KeyEvent::new(code, modifiers);
        assert_eq!(
            command_for_key(&press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Command::Quit)
        );
        assert_eq!(
            command_for_key(&press(KeyCode::Esc, KeyModifiers::NONE)),
            Some(Command::Quit)
        );
        assert_eq!(
            command_for_key(&press(KeyCode::Char('c'), KeyModifiers::NONE)),
            None
        );
        let mut release = press(KeyCode::Char('q'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(command_for_key(&release), None);
    }
}
