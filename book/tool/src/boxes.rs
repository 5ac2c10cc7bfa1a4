//! Exercise boxes: `{{#exercise chapter/slug}}` in a chapter becomes a short
//! block that introduces the exercise: its title, what it practises, the file
//! to edit, the command that checks it, and how many hints it has.

use anyhow::{Result, bail};
use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use xtask::workbook::{ExerciseId, Workbook};

/// One `{{#exercise …}}` directive in a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// 1-based line in the page.
    pub line: usize,
    pub id: String,
}

/// The directives in a page, in order. A directive stands alone on its line.
pub fn directives(markdown: &str) -> Vec<Directive> {
    markdown
        .lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let inner = line
                .trim()
                .strip_prefix("{{#exercise")?
                .strip_suffix("}}")?;
            Some(Directive {
                line: index + 1,
                id: inner.trim().to_owned(),
            })
        })
        .collect()
}

/// The box for one exercise, in Markdown, so every renderer can show it.
pub fn render_box(workbook: &Workbook, id: &str) -> Result<String> {
    let Some(exercise) = workbook.get(&ExerciseId::from_str_unchecked(id)) else {
        bail!("`{{{{#exercise {id}}}}}` names no exercise; `cargo xtask list` shows the ids")
    };
    let manifest = &exercise.manifest;
    let files: Vec<String> = manifest
        .editable
        .iter()
        .map(|file| format!("`exercises/{id}/{file}`"))
        .collect();
    let hints = match manifest.hints.len() {
        0 => "no hints".to_owned(),
        1 => format!("1 hint: `cargo xtask hint {id}`"),
        n => format!("{n} hints, one at a time: `cargo xtask hint {id}`"),
    };
    Ok(format!(
        "<a id=\"exercise-{anchor}\"></a>\n\n\
         > **Exercise `{id}`: {title}**\n>\n\
         > Practises {practises}.\n>\n\
         > Edit {files}, then run `cargo xtask check {id}`, or keep `cargo xtask watch` \
         running to check on every save. {hints_cap}.\n",
        anchor = id.replace('/', "-"),
        title = manifest.title,
        practises = manifest.practises.trim_end_matches('.'),
        files = files.join(" and "),
        hints_cap = capitalise(&hints),
    ))
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Replaces every directive of `markdown` with its box.
pub fn expand(workbook: &Workbook, markdown: &str) -> Result<String> {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.split_inclusive('\n') {
        match directives(line).first() {
            Some(directive) => out.push_str(&render_box(workbook, &directive.id)?),
            None => out.push_str(line),
        }
    }
    Ok(out)
}

/// The preprocessor, for mdBook (in-process, or as `workbook-book preprocess`).
pub struct ExerciseBoxes {
    pub workbook: Workbook,
}

impl Preprocessor for ExerciseBoxes {
    fn name(&self) -> &str {
        "exercise"
    }

    fn run(
        &self,
        _ctx: &PreprocessorContext,
        mut book: Book,
    ) -> mdbook_preprocessor::errors::Result<Book> {
        let mut failure = None;
        book.for_each_mut(|item| {
            if let BookItem::Chapter(chapter) = item {
                if failure.is_some() {
                    return;
                }
                match expand(&self.workbook, &chapter.content) {
                    Ok(content) => chapter.content = content,
                    Err(error) => {
                        let page = chapter
                            .source_path
                            .as_ref()
                            .map(|p| p.display().to_string());
                        failure = Some(
                            error.context(format!("in book/src/{}", page.unwrap_or_default())),
                        );
                    }
                }
            }
        });
        match failure {
            Some(error) => Err(error),
            None => Ok(book),
        }
    }

    fn supports_renderer(&self, _renderer: &str) -> mdbook_preprocessor::errors::Result<bool> {
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_stand_alone_on_their_line() {
        let page = "# T\n\n{{#exercise ownership/ticket}}\ntext {{#exercise x/y}} inline\n  {{#exercise a/b }}\n";
        assert_eq!(
            directives(page),
            [
                Directive {
                    line: 3,
                    id: "ownership/ticket".into()
                },
                Directive {
                    line: 5,
                    id: "a/b".into()
                },
            ]
        );
    }

    #[test]
    fn a_box_names_the_file_the_command_and_the_hints() {
        let workbook = Workbook::locate().unwrap();
        let text = render_box(&workbook, "ownership/ticket").unwrap();
        assert!(
            text.contains("**Exercise `ownership/ticket`: A ticket that can be redeemed once**"),
            "{text}"
        );
        assert!(
            text.contains("`exercises/ownership/ticket/src/lib.rs`"),
            "{text}"
        );
        assert!(
            text.contains("`cargo xtask check ownership/ticket`"),
            "{text}"
        );
        assert!(
            text.contains("hints, one at a time: `cargo xtask hint ownership/ticket`"),
            "{text}"
        );
        let unknown = render_box(&workbook, "nowhere/nothing")
            .unwrap_err()
            .to_string();
        assert!(unknown.contains("names no exercise"), "{unknown}");
    }
}
