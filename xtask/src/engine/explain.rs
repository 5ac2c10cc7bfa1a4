//! Failure messages for the learner: what the test checks, what went wrong,
//! and what loom's verdicts mean in plain words.

use super::report::Stage;

/// A failure message for the learner: what the test checks, what went wrong,
/// and, for a loom test, what loom's verdict means in plain words.
pub(super) fn explain(doc: &str, message: &str, stage: Stage) -> String {
    let mut out = String::new();
    if !doc.is_empty() {
        out.push_str(&format!("checks: {doc}\n"));
    }
    out.push_str(message);
    if stage != Stage::Loom {
        // The glosses below explain loom's verdicts; elsewhere the words mean less.
        return out;
    }
    let glosses = [
        (
            "Causality violation",
            "loom found an interleaving in which two threads touched the same data with no \
             happens-before edge between them: a store that should be Release, a load that should \
             be Acquire, or a lock that let two holders in at once. The lines above say where.",
        ),
        (
            "deadlock",
            "loom found an interleaving in which every thread waits and none can proceed: a lost \
             wake-up (a notify before the wait, or on the wrong condition variable) or a lock never released.",
        ),
        (
            "maximum number of branches",
            "loom gave up exploring: in some interleaving a thread kept running without end. \
             A lock that is never released, or a wait for something that never happens, does \
             this; so does a spin loop that never lets the other thread run (spin with \
             `workbook_sync::hint::spin_loop()`).",
        ),
    ];
    for (needle, gloss) in glosses {
        if message.contains(needle) {
            out.push_str(&format!("\nwhat this means: {gloss}"));
            break;
        }
    }
    out
}

/// The captured output of a failed test, without libtest's boilerplate:
/// `thread 'name' (id) panicked at place:` becomes `panicked at place:`, and
/// disappears when the place is inside the compile-fail harness.
pub(super) fn clean_failure(stdout: &str) -> String {
    let mut kept = Vec::new();
    for line in stdout.lines() {
        if line.starts_with("note: run with `RUST_BACKTRACE=1`") {
            continue;
        }
        if let Some(place) = line
            .strip_prefix("thread '")
            .and_then(|rest| rest.split_once(" panicked at "))
            .map(|(_, p)| p)
        {
            if !place.contains("support/ui/src") && !place.contains("/.cargo/registry/") {
                kept.push(format!("panicked at {place}"));
            }
            continue;
        }
        kept.push(line.to_owned());
    }
    kept.join("\n").trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_text_drops_thread_ids_and_harness_locations() {
        let raw = "\nthread 'a' (123) panicked at tests/behaviour.rs:17:5:\nboom\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
        assert_eq!(
            clean_failure(raw),
            "panicked at tests/behaviour.rs:17:5:\nboom"
        );
        let ui =
            "thread 'case' (9) panicked at support/ui/src/lib.rs:71:9:\n\nwhy it must not compile";
        assert_eq!(clean_failure(ui), "why it must not compile");
    }
}
