//! Which tests an exercise has, read from its canonical test sources
//! without compiling anything, so even a crate that does not build is graded
//! out of the right total.

use std::collections::BTreeMap;

use anyhow::{Context, Result};

use crate::assemble;
use crate::workbook::Exercise;

/// The canonical tests of an exercise, per test target, read from the test
/// sources without compiling anything: `#[test]` functions and the cases of
/// `workbook_ui::cases!`. `verify` checks this against what libtest lists.
pub fn expected_tests(exercise: &Exercise) -> Result<BTreeMap<String, Vec<String>>> {
    Ok(declared_tests(exercise)?
        .into_iter()
        .map(|(target, tests)| (target, tests.into_iter().map(|t| t.name).collect()))
        .collect())
}

/// A test as its source declares it: its name and its `///` documentation,
/// which says what property it checks.
#[derive(Debug, Clone, PartialEq)]
pub struct DeclaredTest {
    pub name: String,
    pub doc: String,
}

pub fn declared_tests(exercise: &Exercise) -> Result<BTreeMap<String, Vec<DeclaredTest>>> {
    let mut tests = BTreeMap::new();
    for (target, path) in assemble::test_targets(&exercise.dir)? {
        let source = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        tests.insert(target, tests_in(&source));
    }
    Ok(tests)
}

fn tests_in(source: &str) -> Vec<DeclaredTest> {
    let mut tests = Vec::new();
    let mut doc: Vec<&str> = Vec::new();
    let mut after_test_attribute = false;
    let mut in_cases = false;
    for line in source.lines().map(str::trim) {
        if let Some(text) = line.strip_prefix("///") {
            doc.push(text.trim());
            continue;
        }
        if in_cases {
            if line.starts_with('}') {
                in_cases = false;
            } else if !(line.starts_with("//") || line.starts_with("#[") || line.is_empty()) {
                for name in line.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    tests.push(DeclaredTest {
                        name: name.to_owned(),
                        doc: doc.join(" "),
                    });
                }
                doc.clear();
            }
            continue;
        }
        if line.starts_with("workbook_ui::cases!") {
            in_cases = true;
            doc.clear();
            continue;
        }
        let line = match line.strip_prefix("#[test]") {
            Some(rest) => {
                after_test_attribute = true;
                rest.trim()
            }
            None => line,
        };
        if after_test_attribute {
            if let Some(rest) = line.split_once("fn ").map(|(_, rest)| rest) {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                tests.push(DeclaredTest {
                    name,
                    doc: doc.join(" "),
                });
                after_test_attribute = false;
                doc.clear();
            }
        } else if !line.starts_with("#[") && !line.is_empty() {
            doc.clear();
        }
    }
    tests
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tests_and_their_docs_come_from_test_functions_and_case_lists() {
        let source = r#"
#![cfg(not(loom))]
use x::Y;

#[test]
fn first() {}

#[test] fn same_line() {}

/// Second,
/// documented.
#[test]
#[should_panic]
fn second_one() {}

fn helper() {}

workbook_ui::cases! {
    /// Doc.
    case_a,
    /// More doc.
    case_b,
}
"#;
        let tests = tests_in(source);
        let names: Vec<&str> = tests.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            ["first", "same_line", "second_one", "case_a", "case_b"]
        );
        assert_eq!(tests[2].doc, "Second, documented.");
        assert_eq!(tests[3].doc, "Doc.");
        assert_eq!(tests[0].doc, "");
    }
}
