//! Which submissions are suspiciously alike, exercise by exercise.
//!
//! Each student's editable files become a set of fingerprints by winnowing
//! (Schleimer, Wilkerson and Aiken, "Winnowing: local algorithms for document
//! fingerprinting", SIGMOD 2003, the method behind MOSS) over the Rust token
//! stream: comments and layout are gone, every identifier that is not a
//! keyword reads as the same token and every literal as another, so renaming
//! and reformatting do not hide a copy. Fingerprints the starter has are
//! removed, so the code everyone was given does not count. Two students'
//! similarity for an exercise is the Jaccard index of their sets.
//!
//! Fingerprints are computed while grading (the staged files are gone
//! afterwards) and kept in each student's result, so `grade merge` can
//! compare students graded by different shards.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};

use serde::Serialize;

use crate::workbook::ExerciseId;

use super::StudentResult;
use crate::assemble::EditableFiles;

/// Tokens per k-gram: shorter matches are noise (`self.x.lock().unwrap()`).
const K: usize = 12;
/// Window of consecutive k-gram hashes from which one is kept: any match of at
/// least `K + W - 1` tokens is certain to share a fingerprint.
const W: usize = 8;
/// Below this many fingerprints, a solution is too small to compare.
const MIN_FINGERPRINTS: usize = 8;
/// Pairs at or above this similarity are listed.
pub const LISTED_FROM: f64 = 0.5;

/// Rust's keywords: kept as themselves, so structure still counts.
pub const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while",
];

/// The normalised token stream of Rust source; `None` if it does not tokenize.
fn tokens(source: &str) -> Option<Vec<String>> {
    /// `#[doc = "…"]` (or `#![doc = "…"]`), which is what a doc comment
    /// becomes: comments do not count, whichever kind.
    fn is_doc(group: &proc_macro2::Group) -> bool {
        group.delimiter() == proc_macro2::Delimiter::Bracket
            && group
                .stream()
                .into_iter()
                .next()
                .is_some_and(|t| t.to_string() == "doc")
    }
    fn walk(stream: proc_macro2::TokenStream, out: &mut Vec<String>) {
        let tokens: Vec<proc_macro2::TokenTree> = stream.into_iter().collect();
        let mut skip = 0;
        for (at, token) in tokens.iter().enumerate() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            if let proc_macro2::TokenTree::Punct(hash) = token
                && hash.as_char() == '#'
            {
                let rest = &tokens[at + 1..];
                let (bang, group) = match rest {
                    [
                        proc_macro2::TokenTree::Punct(p),
                        proc_macro2::TokenTree::Group(g),
                        ..,
                    ] if p.as_char() == '!' => (1, Some(g)),
                    [proc_macro2::TokenTree::Group(g), ..] => (0, Some(g)),
                    _ => (0, None),
                };
                if group.is_some_and(is_doc) {
                    skip = bang + 1;
                    continue;
                }
            }
            match token.clone() {
                proc_macro2::TokenTree::Ident(ident) => {
                    let name = ident.to_string();
                    out.push(if KEYWORDS.contains(&name.as_str()) {
                        name
                    } else {
                        "$id".into()
                    });
                }
                proc_macro2::TokenTree::Literal(_) => out.push("$lit".into()),
                proc_macro2::TokenTree::Punct(punct) => out.push(punct.as_char().to_string()),
                proc_macro2::TokenTree::Group(group) => {
                    let (open, close) = match group.delimiter() {
                        proc_macro2::Delimiter::Parenthesis => ("(", ")"),
                        proc_macro2::Delimiter::Brace => ("{", "}"),
                        proc_macro2::Delimiter::Bracket => ("[", "]"),
                        proc_macro2::Delimiter::None => ("", ""),
                    };
                    out.push(open.into());
                    walk(group.stream(), out);
                    out.push(close.into());
                }
            }
        }
    }
    let stream: proc_macro2::TokenStream = source.parse().ok()?;
    let mut out = Vec::new();
    walk(stream, &mut out);
    Some(out)
}

/// The winnowed fingerprints of one token stream.
fn winnow(tokens: &[String]) -> BTreeSet<u64> {
    let hashes: Vec<u64> = tokens
        .windows(K)
        .map(|gram| {
            // SipHash with fixed keys: the same on every machine and run.
            let mut hasher = std::hash::DefaultHasher::new();
            gram.hash(&mut hasher);
            hasher.finish()
        })
        .collect();
    let mut kept = BTreeSet::new();
    if hashes.len() < W {
        kept.extend(hashes);
        return kept;
    }
    for window in hashes.windows(W) {
        // The rightmost minimum, as the paper chooses.
        let (at, _) = window
            .iter()
            .enumerate()
            .min_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)))
            .expect("a full window");
        kept.insert(window[at]);
    }
    kept
}

/// Fingerprints of a set of editable files.
pub fn fingerprints(files: &EditableFiles) -> BTreeSet<u64> {
    let mut all = BTreeSet::new();
    for (name, bytes) in &files.0 {
        if !name.ends_with(".rs") {
            continue;
        }
        if let Some(tokens) = tokens(&String::from_utf8_lossy(bytes)) {
            all.extend(winnow(&tokens));
        }
    }
    all
}

/// The student's own fingerprints: theirs minus the starter's (`given`,
/// [`fingerprints`] of the starter).
pub fn own_fingerprints(files: &EditableFiles, given: &BTreeSet<u64>) -> Vec<u64> {
    fingerprints(files).difference(given).copied().collect()
}

/// One suspiciously similar pair.
#[derive(Debug, Clone, Serialize)]
pub struct Pair {
    pub exercise: ExerciseId,
    pub a: String,
    pub b: String,
    /// Jaccard index of their fingerprints, 0 to 1.
    pub similarity: f64,
    pub shared: usize,
}

/// Jaccard index of two sorted, deduplicated sets, and their intersection's size.
pub fn jaccard(a: &[u64], b: &[u64]) -> (f64, usize) {
    let a: BTreeSet<&u64> = a.iter().collect();
    let b: BTreeSet<&u64> = b.iter().collect();
    let shared = a.intersection(&b).count();
    let union = a.len() + b.len() - shared;
    (shared as f64 / union.max(1) as f64, shared)
}

/// Every pair of students at or above [`LISTED_FROM`] for some exercise, most
/// similar first.
pub fn similar_pairs(results: &[StudentResult]) -> Vec<Pair> {
    let mut by_exercise: BTreeMap<&ExerciseId, Vec<(&str, &[u64])>> = BTreeMap::new();
    for result in results {
        for (exercise, prints) in &result.fingerprints {
            if prints.len() >= MIN_FINGERPRINTS {
                by_exercise
                    .entry(exercise)
                    .or_default()
                    .push((&result.entry, prints));
            }
        }
    }
    let mut pairs = Vec::new();
    for (exercise, students) in by_exercise {
        for (i, (a, prints_a)) in students.iter().enumerate() {
            for (b, prints_b) in &students[i + 1..] {
                let (similarity, shared) = jaccard(prints_a, prints_b);
                if similarity >= LISTED_FROM {
                    pairs.push(Pair {
                        exercise: exercise.clone(),
                        a: (*a).to_owned(),
                        b: (*b).to_owned(),
                        similarity,
                        shared,
                    });
                }
            }
        }
    }
    pairs.sort_by(|x, y| {
        y.similarity
            .total_cmp(&x.similarity)
            .then_with(|| (&x.exercise, &x.a, &x.b).cmp(&(&y.exercise, &y.a, &y.b)))
    });
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn winnowing_keeps_one_hash_per_window_and_every_hash_of_a_short_text() {
        let words = |n: usize| -> Vec<String> { (0..n).map(|i| format!("t{}", i % 97)).collect() };
        // Fewer k-grams than a window: every one is kept.
        assert_eq!(winnow(&words(K + 3)).len(), 4);
        // Exactly one window: its minimum alone.
        assert_eq!(winnow(&words(K + W - 1)).len(), 1);
        // A long text keeps far fewer fingerprints than it has k-grams.
        let long = words(400);
        let kept = winnow(&long).len();
        assert!(kept > 0 && 2 * kept < long.len() - K + 1, "{kept}");
    }

    #[test]
    fn keywords_stay_and_names_and_literals_do_not() {
        let a = tokens("fn add(x: u32) -> u32 { x + 1 } // sum").unwrap();
        let b = tokens("fn   plus(value:u32)->u32{value+42}").unwrap();
        assert_eq!(a, b);
        assert!(a.contains(&"fn".to_owned()));
        let documented =
            tokens("/// Adds one.\n#[inline]\nfn add(x: u32) -> u32 { x + 1 }").unwrap();
        let plain = tokens("#[inline] fn add(x: u32) -> u32 { x + 1 }").unwrap();
        assert_eq!(documented, plain);
        // Inner doc comments go too; other attributes stay.
        let inner = tokens("//! The crate.\n#[inline] fn add(x: u32) -> u32 { x + 1 }").unwrap();
        assert_eq!(inner, plain);
        assert_ne!(plain, tokens("fn add(x: u32) -> u32 { x + 1 }").unwrap());
        assert_ne!(a, tokens("fn add(x: u32) -> u32 { x - 1 }").unwrap());
    }
}
