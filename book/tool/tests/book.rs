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
    let book_src = scratch.join("src-unused");
    let problems = workbook_book::snippets::judge(
        &workbook.root,
        &scratch,
        &snippets,
        &book_src,
        &workbook_book::Bless::Nothing,
    )
    .unwrap();
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

#[test]
fn the_compilers_output_in_the_book_is_blessed_and_then_checked() {
    let workbook = Workbook::locate().unwrap();
    let scratch = workbook.root.join("target/book-snippets-bless-test");
    let book_src = scratch.join("book-src");
    std::fs::create_dir_all(&book_src).unwrap();
    let page = "\
# Page

```rust,compile_fail,E0382
let a = String::from(\"x\");
let b = a;
println!(\"{a} {b}\");
```

```text,rustc-output
```

Text after.
";
    std::fs::write(book_src.join("p.md"), page).unwrap();
    let judge = |bless: bool| {
        let markdown = std::fs::read_to_string(book_src.join("p.md")).unwrap();
        let (snippets, problems) = workbook_book::snippets::extract("p.md", &markdown);
        assert!(problems.is_empty(), "{problems:?}");
        let bless = if bless {
            workbook_book::Bless::Pages(vec!["p.md".into()])
        } else {
            workbook_book::Bless::Nothing
        };
        workbook_book::snippets::judge(&workbook.root, &scratch, &snippets, &book_src, &bless)
            .unwrap()
    };
    // An empty block is stale: reported, with what rustc says.
    let stale = judge(false);
    assert_eq!(stale.len(), 1, "{stale:#?}");
    assert!(
        stale[0].message.contains("check --bless p.md"),
        "{stale:#?}"
    );
    // Blessing another page leaves this one alone.
    let elsewhere = workbook_book::snippets::judge(
        &workbook.root,
        &scratch,
        &workbook_book::snippets::extract("p.md", page).0,
        &book_src,
        &workbook_book::Bless::Pages(vec!["other.md".into()]),
    )
    .unwrap();
    assert_eq!(elsewhere.len(), 1);
    assert_eq!(
        std::fs::read_to_string(book_src.join("p.md")).unwrap(),
        page
    );
    // Blessing writes the compiler's words, with the file named src/main.rs.
    assert!(judge(true).is_empty());
    let blessed = std::fs::read_to_string(book_src.join("p.md")).unwrap();
    assert!(
        blessed.contains("```text,rustc-output\nerror[E0382]: borrow of moved value: `a`\n"),
        "{blessed}"
    );
    assert!(blessed.contains("--> src/main.rs:4:"), "{blessed}");
    assert!(blessed.ends_with("```\n\nText after.\n"), "{blessed}");
    // Now it is current; an edited quote is stale again.
    assert!(judge(false).is_empty());
    std::fs::write(
        book_src.join("p.md"),
        blessed.replace("moved value", "moved valve"),
    )
    .unwrap();
    assert_eq!(judge(false).len(), 1);
}
