//! The book as a whole: it builds, every exercise is introduced by a box on
//! its page, every Rust snippet behaves as its info string says, and every
//! internal link and anchor resolves.

use xtask::workbook::Workbook;

#[test]
fn the_book_checks_out() {
    let workbook = Workbook::locate().unwrap();
    let problems = workbook_book::check(&workbook).unwrap();
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "\n{}\n", text.join("\n\n"));
}

#[test]
fn a_snippet_that_misbehaves_is_reported_with_its_page_and_line() {
    let workbook = Workbook::locate().unwrap();
    let page = "\
# Page

```rust
let v = vec![1, 2, 3];
assert_eq!(v.len(), 3);
```

```rust,compile_fail,E0382
let a = String::from(\"x\");
let b = a;
println!(\"{a}\");
```

```rust,compile_fail,E0499
let x = 1; // compiles: the text is wrong
```

```rust
panic!(\"boom\");
```

```rust,should_panic
panic!(\"expected\");
```

```rust,no_run
loop {}
```
";
    let (snippets, problems) = workbook_book::snippets::extract("fixture.md", page);
    assert!(problems.is_empty(), "{problems:?}");
    let scratch = workbook.root.join("target/book-snippets-selftest");
    let problems = workbook_book::snippets::judge(&workbook.root, &scratch, &snippets).unwrap();
    let places: Vec<&str> = problems.iter().map(|p| p.place.as_str()).collect();
    assert_eq!(
        places,
        ["book/src/fixture.md:14", "book/src/fixture.md:18"],
        "{problems:#?}"
    );
    assert!(
        problems[0]
            .message
            .contains("fails with E0499, but it compiles"),
        "{problems:#?}"
    );
    assert!(
        problems[1].message.contains("failed when run"),
        "{problems:#?}"
    );
}

#[test]
fn the_preprocessor_works_as_a_command_for_an_installed_mdbook() {
    // An installed `mdbook` runs the command named in book.toml and speaks
    // the preprocessor protocol with it; the same command here, without
    // cargo in between, built by plain mdBook with no in-process preprocessor.
    let workbook = Workbook::locate().unwrap();
    let dest = workbook.root.join("target/book-command-test");
    let mut book = mdbook_driver::MDBook::load(workbook.root.join("book")).unwrap();
    book.config
        .set("build.build-dir", dest.display().to_string())
        .unwrap();
    let command = format!("{} preprocess", env!("CARGO_BIN_EXE_workbook-book"));
    book.config
        .set("preprocessor.exercise.command", command)
        .unwrap();
    book.build().unwrap();
    let page = std::fs::read_to_string(dest.join("ownership.html")).unwrap();
    assert!(
        page.contains("Exercise <code>ownership/ticket</code>"),
        "no exercise box in the page"
    );
    assert!(
        !page.contains("{{#exercise"),
        "a directive was left unexpanded"
    );
}
