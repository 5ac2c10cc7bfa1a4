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
