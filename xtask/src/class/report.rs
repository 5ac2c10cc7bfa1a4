//! The HTML report: `report/index.html` for the class and a page per student.
//!
//! One offline file each, built with maud, so everything a student wrote (a
//! name, a panic message, a line of code) is escaped by construction. The
//! index is a heat map grouped by chapter, collapsible to one column per
//! chapter, with the student column pinned, total and flags first, cells that
//! tell "not started" from "tried and failed", a mark on every flagged cell,
//! students in natural order and every column sortable (a small inline
//! script); then the pass rates per exercise and per test, hardest first.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::outputs::{safe_name, strip_ansi};
use super::similarity::{LISTED_FROM, Pair};
use super::{Flag, StudentResult};
use crate::engine::{Report, Status};
use crate::render::points;
use crate::workbook::Workbook;

/// What the index says about the run itself.
pub struct RunFacts {
    /// When the report was written, e.g. `2026-12-02 11:30 UTC`.
    pub date: String,
    /// The workbook's commit, when it is a git checkout.
    pub commit: Option<String>,
}

impl RunFacts {
    pub fn now(workbook: &Workbook) -> RunFacts {
        let commit = std::process::Command::new("git")
            .current_dir(&workbook.root)
            .args(["rev-parse", "--short=12", "HEAD"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        RunFacts {
            date: utc_date(seconds),
            commit,
        }
    }
}

/// `YYYY-MM-DD HH:MM UTC` for a Unix time (Howard Hinnant's days-to-civil).
fn utc_date(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let (hour, minute) = ((seconds % 86_400) / 3600, (seconds % 3600) / 60);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02} UTC")
}

/// Orders `a10` after `a9`: runs of digits compare as numbers.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    fn chunks(text: &str) -> Vec<(bool, &str)> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = text.as_bytes();
        for i in 1..=bytes.len() {
            if i == bytes.len() || bytes[i].is_ascii_digit() != bytes[start].is_ascii_digit() {
                out.push((bytes[start].is_ascii_digit(), &text[start..i]));
                start = i;
            }
        }
        out
    }
    let (x, y) = (chunks(a), chunks(b));
    for ((xd, xs), (yd, ys)) in x.iter().zip(&y) {
        let order = if *xd && *yd {
            let (xt, yt) = (xs.trim_start_matches('0'), ys.trim_start_matches('0'));
            xt.len().cmp(&yt.len()).then(xt.cmp(yt))
        } else {
            xs.to_lowercase().cmp(&ys.to_lowercase())
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    x.len().cmp(&y.len()).then(a.cmp(b))
}

/// How far a student got with one exercise.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    NotStarted,
    Missing,
    /// Tried, but nothing passes (or it does not build, or breaks a rule).
    Failed,
    Partly(f64),
    Solved,
}

impl Cell {
    fn of(report: Option<&Report>) -> Cell {
        let Some(report) = report else {
            return Cell::Missing;
        };
        match report.status {
            Status::NotStarted => Cell::NotStarted,
            Status::Missing => Cell::Missing,
            _ if report.solved() => Cell::Solved,
            _ if report.score <= 0.0 || report.max_score <= 0.0 => Cell::Failed,
            _ => Cell::Partly(report.score / report.max_score),
        }
    }

    fn class(self) -> &'static str {
        match self {
            Cell::NotStarted => "ns",
            Cell::Missing => "ms",
            Cell::Failed => "fl",
            Cell::Partly(_) => "pt",
            Cell::Solved => "ok",
        }
    }

    fn label(self, report: Option<&Report>) -> String {
        match self {
            Cell::NotStarted => "·".into(),
            Cell::Missing => "–".into(),
            Cell::Solved => "✓".into(),
            Cell::Failed | Cell::Partly(_) => report.map_or("0".into(), |r| points(r.score)),
        }
    }

    fn words(self) -> &'static str {
        match self {
            Cell::NotStarted => "not started",
            Cell::Missing => "missing",
            Cell::Failed => "tried, nothing passes",
            Cell::Partly(_) => "partly solved",
            Cell::Solved => "solved",
        }
    }
}

/// A colour from red (0) through yellow to green (1).
fn heat(fraction: f64) -> String {
    let hue = (fraction.clamp(0.0, 1.0) * 120.0).round();
    format!("background:hsl({hue},70%,82%)")
}

fn display_name(result: &StudentResult) -> &str {
    if result.name.is_empty() {
        &result.student_id
    } else {
        &result.name
    }
}

const STYLE: &str = "
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
h1{margin:.2em 0}.meta{color:#555}
table{border-collapse:collapse;font-size:14px}
td,th{border:1px solid #ddd;padding:.25em .45em;text-align:right;white-space:nowrap}
th{background:#f4f4f4;cursor:pointer}th.name,td.name{text-align:left}
th.slug{writing-mode:vertical-rl;transform:rotate(180deg);text-align:left;font-weight:normal;padding:.4em .2em}
td.ex{min-width:1.6em}.none{color:#999}
.wrap{overflow-x:auto;max-width:100%}
.sticky{position:sticky;left:0;background:#fff;z-index:1}th.sticky{background:#f4f4f4}
.ns{color:#999;background:#f7f7f7}.ms{color:#999;background:#eee}
.fl{background:hsl(0,70%,85%)}.ok{background:hsl(120,55%,80%)}
.flagged{outline:2px solid #b36b00;outline-offset:-2px}
.forged-cell{outline:3px solid #b00020;outline-offset:-3px}
.mark{color:#b36b00;font-size:11px;vertical-align:super}.forged{color:#b00020;font-weight:bold}
.ch{display:none}.collapsed .ch{display:table-cell}.collapsed .ex{display:none}
.legend span{display:inline-block;padding:0 .4em;margin-right:.3em;border:1px solid #ddd}
pre{background:#f7f7f7;padding:.6em;overflow-x:auto;white-space:pre-wrap}
.flag{color:#8a4b00}
";

/// Sorts the heat map's rows by the clicked column; a second click reverses.
const SCRIPT: &str = "
function sortBy(th){
  const col=+th.dataset.col, num=th.dataset.kind==='num';
  const body=document.querySelector('#heat tbody');
  const dir=th.dataset.dir==='asc'?'desc':'asc'; th.dataset.dir=dir;
  const rows=[...body.rows];
  rows.sort((a,b)=>{
    const x=a.cells[col].dataset.v, y=b.cells[col].dataset.v;
    const c=num?(parseFloat(x)-parseFloat(y)):x.localeCompare(y,undefined,{numeric:true});
    return dir==='asc'?c:-c;
  });
  rows.forEach(r=>body.appendChild(r));
}
function toggleChapters(){document.getElementById('heat').classList.toggle('collapsed');}
";

pub fn class_page(
    workbook: &Workbook,
    results: &[StudentResult],
    similar: &[Pair],
    facts: &RunFacts,
) -> String {
    let mut students: Vec<&StudentResult> = results.iter().collect();
    students.sort_by(|a, b| natural_cmp(&a.entry, &b.entry));
    let isolation = results.first().map_or("", |r| r.isolation.as_str());
    // Column numbers for the sorting script: student, total, flags, then per
    // chapter its exercises and its summary column.
    let mut columns = Vec::new();
    let mut col = 3;
    for chapter in &workbook.chapters {
        let exercise_cols: Vec<usize> = (col..col + chapter.exercises.len()).collect();
        col += chapter.exercises.len();
        columns.push((chapter, exercise_cols, col));
        col += 1;
    }
    let page = html! {
        (DOCTYPE)
        meta charset="utf-8";
        title { "Class report" }
        style { (PreEscaped(STYLE)) }
        script { (PreEscaped(SCRIPT)) }
        h1 { "Class report" }
        p.meta {
            (students.len()) " students · graded " (facts.date)
            @if let Some(commit) = &facts.commit { " · workbook commit " code { (commit) } }
        }
        p { b { "How the code ran: " } (isolation) }
        p.legend {
            span.ok { "✓ solved" } span.pt style=(heat(0.5)) { "4.5 partly" }
            span.fl { "0 tried, nothing passes" } span.ns { "· not started" }
            span.ms { "– missing" } span.flagged { "⚑ flagged for review" }
            span.forged-cell { "⚠ forged result" }
            " Click a column to sort. "
            button onclick="toggleChapters()" { "one column per chapter / per exercise" }
        }
        div.wrap {
            table #heat {
                thead {
                    tr {
                        th.name.sticky rowspan="2" data-col="0" data-kind="text" onclick="sortBy(this)" { "student" }
                        th rowspan="2" data-col="1" data-kind="num" onclick="sortBy(this)" { "total" }
                        th rowspan="2" data-col="2" data-kind="num" onclick="sortBy(this)" { "flags" }
                        @for (chapter, exercise_cols, summary) in &columns {
                            th.ex colspan=(exercise_cols.len()) { (chapter.title) }
                            th.ch rowspan="2" data-col=(summary) data-kind="num" onclick="sortBy(this)" { (chapter.title) }
                        }
                    }
                    tr {
                        @for (chapter, exercise_cols, _) in &columns {
                            @for (id, at) in chapter.exercises.iter().zip(exercise_cols) {
                                th.ex.slug title=(id.as_str()) data-col=(at) data-kind="num" onclick="sortBy(this)" {
                                    (id.as_str().split('/').nth(1).unwrap_or(id.as_str()))
                                }
                            }
                        }
                    }
                }
                tbody {
                    @for result in &students {
                        (student_row(workbook, result))
                    }
                }
            }
        }
        (similar_pairs(similar))
        (pass_rates(workbook, results))
    };
    page.into_string()
}

fn student_row(workbook: &Workbook, result: &StudentResult) -> Markup {
    let forged = result.flags.iter().filter(|f| f.is_forged()).count();
    html! {
        tr {
            td.name.sticky data-v=(result.entry) {
                a href={ (safe_name(&result.entry)) ".html" } { (display_name(result)) }
            }
            td data-v=(result.total) { b { (points(result.total)) } " / " (points(result.max)) }
            td data-v=(result.flags.len()) .flag {
                (result.flags.len())
                @if forged > 0 { " " span.forged { "⚠ " (forged) " forged" } }
            }
            @for chapter in &workbook.chapters {
                @for id in &chapter.exercises {
                    @let report = result.exercises.iter().find(|r| r.exercise == *id);
                    @let cell = Cell::of(report);
                    @let flags: Vec<&Flag> = result.flags.iter().filter(|f| f.exercise.as_ref() == Some(id)).collect();
                    @let forged_here = flags.iter().any(|f| f.is_forged());
                    @let mark = if forged_here { " forged-cell" } else if flags.is_empty() { "" } else { " flagged" };
                    @let style = match cell { Cell::Partly(f) => heat(f), _ => String::new() };
                    td class={ "ex " (cell.class()) (mark) } style=(style)
                        data-v=(report.map_or(-1.0, |r| if r.status == Status::NotStarted { -1.0 } else { r.score }))
                        title={ (id.as_str()) ": " (cell.words())
                            @if let Some(r) = report { ", " (points(r.score)) " / " (points(r.max_score)) }
                            @for f in &flags { "\n⚑ " (f.message) } } {
                        (cell.label(report))
                        @if forged_here { span.mark.forged { "⚠" } } @else if !flags.is_empty() { span.mark { "⚑" } }
                    }
                }
                @let (got, max) = chapter.exercises.iter().fold((0.0, 0.0), |(got, max), id| {
                    match result.exercises.iter().find(|r| r.exercise == *id) {
                        Some(r) => (got + r.score, max + r.max_score),
                        None => (got, max),
                    }
                });
                td.ch style=(heat(if max > 0.0 { got / max } else { 0.0 })) data-v=(got) {
                    (points(got)) " / " (points(max))
                }
            }
        }
    }
}

/// The most alike pairs of submissions (all of them are in `similarity.csv`).
fn similar_pairs(pairs: &[Pair]) -> Markup {
    const SHOWN: usize = 30;
    html! {
        h2 { "Similar submissions" }
        p.meta {
            "Pairs whose own code for an exercise (the starter's removed) shares at least "
            (format!("{:.0}", LISTED_FROM * 100.0)) " % of its fingerprints, after renaming and "
            "reformatting are undone; " (pairs.len()) " in all, in " code { "similarity.csv" } ". "
            "Alike is not proof of copying: short exercises have few ways to be right."
        }
        @if !pairs.is_empty() {
            table {
                tr { th.name { "exercise" } th.name { "students" } th { "similarity" } th { "shared" } }
                @for pair in pairs.iter().take(SHOWN) {
                    tr {
                        td.name { (pair.exercise) }
                        td.name {
                            a href={ (safe_name(&pair.a)) ".html#" (anchor(pair.exercise.as_str())) } { (pair.a) }
                            " and "
                            a href={ (safe_name(&pair.b)) ".html#" (anchor(pair.exercise.as_str())) } { (pair.b) }
                        }
                        td style=(heat(1.0 - pair.similarity)) { (format!("{:.0} %", pair.similarity * 100.0)) }
                        td { (pair.shared) }
                    }
                }
            }
        }
    }
}

fn pass_rates(workbook: &Workbook, results: &[StudentResult]) -> Markup {
    // (exercise, solved, graded, started, mean score, points)
    let mut exercises: Vec<(&str, usize, usize, usize, f64, u32)> = workbook
        .exercises()
        .map(|exercise| {
            let reports: Vec<&Report> = results
                .iter()
                .filter_map(|r| r.exercises.iter().find(|e| e.exercise == exercise.id))
                .collect();
            let started = reports
                .iter()
                .filter(|r| !matches!(r.status, Status::NotStarted | Status::Missing))
                .count();
            let mean = if reports.is_empty() {
                0.0
            } else {
                reports.iter().map(|r| r.score).sum::<f64>() / reports.len() as f64
            };
            (
                exercise.id.as_str(),
                reports.iter().filter(|r| r.solved()).count(),
                reports.len(),
                started,
                mean,
                exercise.manifest.points,
            )
        })
        .collect();
    let fraction = |solved: usize, of: usize| solved as f64 / of.max(1) as f64;
    // Exercises nobody started say nothing about difficulty: they go last.
    exercises.sort_by(|a, b| {
        (a.3 == 0)
            .cmp(&(b.3 == 0))
            .then(fraction(a.1, a.3).total_cmp(&fraction(b.1, b.3)))
            .then(a.4.total_cmp(&b.4))
    });
    let mut tests: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for result in results {
        for report in &result.exercises {
            if matches!(report.status, Status::NotStarted | Status::Missing) {
                continue;
            }
            for test in &report.tests {
                let entry = tests
                    .entry(format!("{} :: {}", report.exercise, test.name))
                    .or_default();
                entry.0 += usize::from(test.passed);
                entry.1 += 1;
            }
        }
    }
    let mut tests: Vec<(String, (usize, usize))> = tests.into_iter().collect();
    tests.sort_by(|a, b| fraction(a.1.0, a.1.1).total_cmp(&fraction(b.1.0, b.1.1)));
    html! {
        h2 { "Exercises, hardest first" }
        p.meta { "Solved among the students who started it; not started counts as 0 in the mean." }
        table {
            tr { th.name { "exercise" } th { "solved / started" } th { "started" } th { "mean score" } }
            @for (id, solved, graded, started, mean, max) in &exercises {
                tr {
                    td.name { (id) }
                    @if *started == 0 {
                        td.none { "nobody started it" }
                    } @else {
                        td style=(heat(fraction(*solved, *started))) { (solved) " / " (started) }
                    }
                    td { (started) " of " (graded) }
                    td { (points(*mean)) " / " (max) }
                }
            }
        }
        h2 { "Tests, hardest first" }
        p.meta { "Among the students who started the exercise." }
        table {
            tr { th.name { "test" } th { "passed" } }
            @for (name, (passed, of)) in &tests {
                tr {
                    td.name { (name) }
                    td style=(heat(fraction(*passed, *of))) { (passed) " / " (of) }
                }
            }
        }
    }
}

/// An id for an exercise's section on a student's page.
fn anchor(exercise: &str) -> String {
    exercise.replace('/', "--")
}

pub fn student_page(workbook: &Workbook, result: &StudentResult) -> String {
    let name = display_name(result);
    let (forged, flags): (Vec<&Flag>, Vec<&Flag>) =
        result.flags.iter().partition(|f| f.is_forged());
    let untouched = |status: Status| -> Vec<&Report> {
        result
            .exercises
            .iter()
            .filter(|r| r.status == status)
            .collect()
    };
    let (not_started, missing) = (untouched(Status::NotStarted), untouched(Status::Missing));
    let worked_on = |r: &&Report| !matches!(r.status, Status::NotStarted | Status::Missing);
    let page = html! {
        (DOCTYPE)
        meta charset="utf-8";
        title { (name) }
        style { (PreEscaped(STYLE)) }
        p { a href="index.html" { "← class report" } }
        h1 { (name) }
        p.meta {
            "Total " b { (points(result.total)) " / " (points(result.max)) }
            " · id " (result.student_id) " · entry " code { (result.entry) }
            " · graded in " (format!("{:.1}", result.seconds)) " s"
        }
        @if !result.errors.is_empty() {
            h2 { "Problems with the submission" }
            ul { @for error in &result.errors { li { (error) } } }
        }
        @if !forged.is_empty() {
            h2.forged { "Forged results (scored 0)" }
            ul { @for flag in &forged { li.forged { (flag.message) } } }
        }
        @if !flags.is_empty() {
            h2 { "Flags for review (no effect on the score)" }
            ul {
                @for flag in &flags {
                    li.flag {
                        (flag.message)
                        @if !flag.code.is_empty() { pre { (flag.code) } }
                    }
                }
            }
        }
        h2 { "Summary" }
        table {
            tr { th.name { "exercise" } th { "score" } th.name { "state" } }
            @for chapter in workbook.chapters.iter().filter(|c| c.exercises.iter().any(|id| {
                result.exercises.iter().find(|r| r.exercise == *id).is_some_and(|r| worked_on(&r))
            })) {
                tr { th.name colspan="3" { (chapter.title) } }
                @for id in &chapter.exercises {
                    @let report = result.exercises.iter().find(|r| r.exercise == *id);
                    @let cell = Cell::of(report);
                    @if !matches!(cell, Cell::NotStarted | Cell::Missing) {
                        tr {
                            td.name { a href={ "#" (anchor(id.as_str())) } { (id.as_str()) } }
                            td class=(cell.class()) style=(match cell { Cell::Partly(f) => heat(f), _ => String::new() }) {
                                (report.map_or("-".into(), |r| points(r.score)))
                                " / " (report.map_or("-".into(), |r| points(r.max_score)))
                            }
                            td.name { (cell.words()) }
                        }
                    }
                }
            }
        }
        @for (label, reports) in [("Not started", &not_started), ("Missing from the submission", &missing)] {
            @if !reports.is_empty() {
                p.meta {
                    (label) " (" (reports.len()) "): "
                    @for (i, report) in reports.iter().enumerate() {
                        @if i > 0 { ", " }
                        (report.exercise)
                    }
                }
            }
        }
        @for report in result.exercises.iter().filter(worked_on) {
            h2 id=(anchor(report.exercise.as_str())) {
                (report.exercise) ": " (points(report.score)) " / " (points(report.max_score))
            }
            @if report.status != Status::Graded && !report.build_errors.is_empty() {
                pre { (strip_ansi(&report.build_errors)) }
            }
            @for test in report.tests.iter().filter(|t| !t.passed) {
                h3 { "✗ " (test.name) @if test.forged { " " span.forged { "(forged)" } } }
                pre { (strip_ansi(&test.message)) }
            }
        }
    };
    page.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::class::Student;

    fn report(exercise: &str, status: Status, score: f64, passed: usize) -> Report {
        Report {
            exercise: crate::workbook::ExerciseId::from_str_unchecked(exercise),
            source: String::new(),
            status,
            build_errors: String::new(),
            tests: Vec::new(),
            passed,
            total: 2,
            score,
            max_score: 10.0,
            seconds: 0.0,
            digest: String::new(),
            unlisted_tests: Vec::new(),
        }
    }

    fn student(workbook: &Workbook, entry: &str, name: &str, ticket: Report) -> StudentResult {
        let mut result = StudentResult::empty(
            workbook,
            &Student {
                entry: entry.into(),
                id: entry.into(),
                name: name.into(),
            },
        );
        result.exercises = workbook
            .exercises()
            .map(|e| report(e.id.as_str(), Status::NotStarted, 0.0, 0))
            .collect();
        let at = result
            .exercises
            .iter()
            .position(|r| r.exercise == ticket.exercise)
            .unwrap();
        result.total = ticket.score;
        result.exercises[at] = ticket;
        result.isolation = "each submission in its own sandbox".into();
        result
    }

    #[test]
    fn the_index_shows_states_flags_order_and_escapes_what_students_wrote() {
        let workbook = Workbook::locate().unwrap();
        let ticket = "ownership/ticket";
        let mut flagged = student(
            &workbook,
            "c10",
            "<script>alert(1)</script>",
            report(ticket, Status::Graded, 10.0, 2),
        );
        flagged.flags.push(Flag {
            exercise: Some(crate::workbook::ExerciseId::from_str_unchecked(ticket)),
            kind: crate::class::FlagKind::ModulePath,
            path: format!("exercises/{ticket}/src/lib.rs:1"),
            message: "points a module at another file with #[path]".into(),
            code: "#[path = \"../../solutions\"] mod x;".into(),
        });
        let mut forged = student(
            &workbook,
            "c8",
            "Forger",
            report(ticket, Status::Graded, 5.0, 1),
        );
        forged.flags.push(Flag {
            exercise: Some(crate::workbook::ExerciseId::from_str_unchecked(ticket)),
            kind: crate::class::FlagKind::ForgedResult,
            path: format!("exercises/{ticket}"),
            message: "forged".into(),
            code: String::new(),
        });
        let failed = student(
            &workbook,
            "c9",
            "Tried",
            report(ticket, Status::DoesNotBuild, 0.0, 0),
        );
        let facts = RunFacts {
            date: "2026-12-02 11:30 UTC".into(),
            commit: Some("abc123".into()),
        };
        let page = class_page(&workbook, &[flagged.clone(), forged, failed], &[], &facts);
        assert!(
            !page.contains("<script>alert"),
            "a student's name is markup"
        );
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        let (c8, c9, c10) = (
            page.find(">Forger<").unwrap(),
            page.find(">Tried<").unwrap(),
            page.find("&lt;script").unwrap(),
        );
        assert!(c8 < c9 && c9 < c10, "students in natural order");
        assert!(page.contains("2026-12-02 11:30 UTC") && page.contains("abc123"));
        assert!(
            page.contains("class=\"ex ok flagged\""),
            "the flagged solved cell"
        );
        assert!(page.contains("forged-cell"), "the forged cell");
        assert!(
            page.contains("class=\"ex fl\""),
            "tried and failed is not 'not started'"
        );
        assert!(
            page.contains("class=\"ex ns\""),
            "not started has its own look"
        );
        assert!(page.contains("sticky"), "the student column is pinned");

        let student_page = student_page(&workbook, &flagged);
        assert!(
            student_page.contains("#[path = &quot;../../solutions&quot;] mod x;"),
            "flags show their code"
        );
        assert!(
            student_page.contains("Not started ("),
            "untouched exercises on one line"
        );
        assert!(
            student_page.contains("href=\"#ownership--ticket\""),
            "the summary links to the section"
        );
    }

    #[test]
    fn students_sort_naturally() {
        let mut entries = vec!["c10", "c8", "C9", "b", "c08x", "a2b10", "a2b9"];
        entries.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(entries, ["a2b9", "a2b10", "b", "c8", "c08x", "C9", "c10"]);
    }

    #[test]
    fn dates_are_utc_calendar_dates() {
        assert_eq!(utc_date(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_date(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(utc_date(1_796_211_000), "2026-12-02 11:30 UTC");
    }
}
