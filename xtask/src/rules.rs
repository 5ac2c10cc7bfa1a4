//! An exercise's rules: primitives the learner's code may not use.
//!
//! `exercise.toml` can say `[rules] forbid = ["Mutex", "RwLock", …]`: an
//! exercise that builds a lock from atomics is not solved by wrapping the
//! lock std already has. The editable files are read as Rust tokens (so
//! comments and strings do not count, and `use std::sync::Mutex as M` still
//! names `Mutex`), and every identifier on the list is a broken rule, reported
//! with its place before anything is compiled.

use crate::assemble::EditableFiles;
use crate::workbook::Rules;

/// Forbidden in every exercise: each can run code the tests never called,
/// before `main` (a constructor in `.init_array`, a global allocator) or in
/// place of a symbol the harness calls. Such code could take the secret that
/// proves a test passed (`support/witness`) before the harness reads it, or
/// run while the engine builds the compile-fail cases with write access. No
/// exercise needs any of them.
pub const NEVER: &[&str] = &[
    "link_section",
    "export_name",
    "no_mangle",
    "global_asm",
    "global_allocator",
];

/// Why [`NEVER`] is never allowed, for the learner.
const NEVER_BECAUSE: &str = "the workbook never allows these: they can run code before the test \
harness starts or replace what it calls, and no exercise needs them";

/// One forbidden identifier where the learner's code uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForbiddenUse {
    pub name: String,
    /// The editable file, relative to the crate.
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// Every use of a forbidden identifier in `files`, in file order. A file that
/// does not even tokenize is left to the compiler.
pub fn forbidden_uses(rules: &Rules, files: &EditableFiles) -> Vec<ForbiddenUse> {
    let mut found = Vec::new();
    let forbidden = |name: &str| NEVER.contains(&name) || rules.forbid.iter().any(|f| f == name);
    for (file, bytes) in &files.0 {
        if !file.ends_with(".rs") {
            continue;
        }
        let Ok(tokens) = String::from_utf8_lossy(bytes).parse::<proc_macro2::TokenStream>() else {
            continue;
        };
        visit(tokens, &mut |ident| {
            let name = ident.to_string();
            let name = name.strip_prefix("r#").unwrap_or(&name);
            if forbidden(name) {
                let start = ident.span().start();
                found.push(ForbiddenUse {
                    name: name.to_owned(),
                    file: file.clone(),
                    line: start.line,
                    column: start.column + 1,
                });
            }
        });
    }
    found
}

fn visit(tokens: proc_macro2::TokenStream, on_ident: &mut dyn FnMut(&proc_macro2::Ident)) {
    for token in tokens {
        match token {
            proc_macro2::TokenTree::Ident(ident) => on_ident(&ident),
            proc_macro2::TokenTree::Group(group) => visit(group.stream(), on_ident),
            _ => {}
        }
    }
}

/// What the learner reads: each use with its place, and the rule's reason.
pub fn explain(rules: &Rules, uses: &[ForbiddenUse]) -> String {
    let mut names: Vec<&str> = uses.iter().map(|u| u.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    let (never, exercise): (Vec<&str>, Vec<&str>) = names.iter().partition(|n| NEVER.contains(n));
    let listed = |names: &[&str]| {
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut text = String::new();
    if !exercise.is_empty() {
        text.push_str(&format!(
            "this exercise does not allow {}: {}\n",
            listed(&exercise),
            if rules.because.is_empty() {
                "build it from the primitives the exercise names"
            } else {
                &rules.because
            }
        ));
    }
    if !never.is_empty() {
        text.push_str(&format!("{}: {NEVER_BECAUSE}\n", listed(&never)));
    }
    for used in uses {
        text.push_str(&format!(
            "  {}:{}:{}: `{}`\n",
            used.file, used.line, used.column, used.name
        ));
    }
    if !exercise.is_empty() {
        text.push_str(&format!("(forbidden here: {})", rules.forbid.join(", ")));
    }
    text.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn files(text: &str) -> EditableFiles {
        EditableFiles(BTreeMap::from([(
            "src/lib.rs".to_owned(),
            text.as_bytes().to_vec(),
        )]))
    }

    fn rules() -> Rules {
        Rules {
            forbid: vec!["Mutex".into(), "RwLock".into()],
            because: "build the lock from atomics".into(),
        }
    }

    #[test]
    fn identifiers_count_but_comments_strings_and_longer_names_do_not() {
        let source = "// a Mutex would be easier\n\
                      use workbook_sync::Mutex as M;\n\
                      const S: &str = \"Mutex\";\n\
                      struct MutexLike;\n\
                      fn f() { let _ = std::sync::RwLock::new(1); }\n";
        let found = forbidden_uses(&rules(), &files(source));
        let places: Vec<(&str, usize, usize)> = found
            .iter()
            .map(|u| (u.name.as_str(), u.line, u.column))
            .collect();
        assert_eq!(places, [("Mutex", 2, 20), ("RwLock", 5, 29)]);
        let text = explain(&rules(), &found);
        assert!(text.starts_with(
            "this exercise does not allow `Mutex`, `RwLock`: build the lock from atomics"
        ));
        assert!(text.contains("src/lib.rs:2:20: `Mutex`"), "{text}");
    }

    #[test]
    fn code_that_could_run_before_main_is_forbidden_everywhere() {
        let source = "#[unsafe(link_section = \".init_array\")]\n\
                      #[used]\n\
                      static STEAL: extern \"C\" fn() = steal;\n\
                      extern \"C\" fn steal() {}\n";
        let found = forbidden_uses(&Rules::default(), &files(source));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].name.as_str(), found[0].line), ("link_section", 1));
        let text = explain(&Rules::default(), &found);
        assert!(
            text.starts_with("`link_section`: the workbook never allows"),
            "{text}"
        );
        assert!(!text.contains("forbidden here"), "{text}");
    }

    #[test]
    fn no_rules_or_unparsable_code_find_nothing() {
        assert!(forbidden_uses(&Rules::default(), &files("use std::sync::Mutex;")).is_empty());
        assert!(forbidden_uses(&rules(), &files("fn f( { Mutex")).is_empty());
    }
}
