//! `serve`: builds the book, serves it on localhost, rebuilds when a page or
//! a manifest changes, and reloads open pages after each rebuild.
//!
//! A small HTTP/1.1 file server is enough for a book on one machine. Each
//! HTML page it sends gets a script that asks `/__workbook/version` once a
//! second and reloads the page when the number changes.

use std::io::{BufRead as _, BufReader, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use notify_debouncer_full::{DebounceEventResult, new_debouncer};
use xtask::workbook::Workbook;

/// How long the debouncer holds a change before handing it over.
const QUIET: Duration = Duration::from_millis(150);

const RELOAD_SCRIPT: &str = "<script>(function(){var seen=null;setInterval(function(){\
fetch('/__workbook/version').then(function(r){return r.text();}).then(function(v){\
if(seen===null){seen=v;}else if(v!==seen){location.reload();}}).catch(function(){});},1000);})();</script>";

pub fn serve(workbook: &Workbook, port: u16, open: bool) -> Result<()> {
    let dest = workbook.root.join("target/book");
    rebuild(workbook, &dest);
    let version = Arc::new(AtomicU64::new(1));

    let (changed, changes) = std::sync::mpsc::channel();
    // Editors write in bursts: the debouncer holds each event for QUIET,
    // merges a file's events, and hands over what came close together as one
    // batch (a burst longer than its tick, QUIET / 4, may come as two, which
    // costs one more rebuild at most: batches during a rebuild are drained).
    let mut watcher = new_debouncer(QUIET, None, move |batch: DebounceEventResult| {
        if batch.is_ok_and(|events| events.iter().any(|e| !e.kind.is_access())) {
            let _ = changed.send(());
        }
    })?;
    let book = crate::book_dir(workbook);
    watcher.watch(book.join("src"), notify::RecursiveMode::Recursive)?;
    watcher.watch(book.join("book.toml"), notify::RecursiveMode::NonRecursive)?;
    for exercise in workbook.exercises() {
        watcher.watch(
            exercise.dir.join("exercise.toml"),
            notify::RecursiveMode::NonRecursive,
        )?;
    }
    {
        let workbook = workbook.clone();
        let dest = dest.clone();
        let version = Arc::clone(&version);
        std::thread::spawn(move || {
            while changes.recv().is_ok() {
                // Batches that piled up during the previous rebuild need only this one.
                while changes.try_recv().is_ok() {}
                if rebuild(&workbook, &dest) {
                    version.fetch_add(1, Ordering::Relaxed);
                }
            }
        });
    }

    let listener = TcpListener::bind(("127.0.0.1", port)).with_context(|| {
        format!("cannot listen on 127.0.0.1:{port}; is another server using it? Try --port")
    })?;
    let url = format!("http://127.0.0.1:{port}/");
    println!("Serving the book at {url} (rebuilt on every save; Ctrl-C stops)");
    if open {
        open_browser(&url);
    }
    for stream in listener.incoming().flatten() {
        let dest = dest.clone();
        let version = Arc::clone(&version);
        std::thread::spawn(move || {
            let _ = respond(stream, &dest, &version);
        });
    }
    Ok(())
}

/// Builds the book; says how it went. `true` when it built.
fn rebuild(workbook: &Workbook, dest: &Path) -> bool {
    let started = Instant::now();
    match crate::build(workbook, dest) {
        Ok(()) => {
            println!("built the book in {:.2} s", started.elapsed().as_secs_f64());
            true
        }
        Err(error) => {
            eprintln!("error: {error:#}");
            false
        }
    }
}

fn open_browser(url: &str) {
    if opener::open_browser(url).is_err() {
        println!("(could not open a browser; open {url} yourself)");
    }
}

/// The file for a request path, never outside `root`.
fn file_for(root: &Path, request_path: &str) -> Option<PathBuf> {
    let path = request_path.split(['?', '#']).next()?;
    let mut file = root.to_path_buf();
    for component in Path::new(&percent_decode(path)).components() {
        match component {
            Component::Normal(part) => file.push(part),
            Component::RootDir | Component::CurDir => {}
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    Some(file)
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(byte) = u8::from_str_radix(&text[i + 1..i + 3], 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css",
        "js" => "text/javascript",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        _ => "application/octet-stream",
    }
}

fn respond(stream: TcpStream, root: &Path, version: &AtomicU64) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut stream = stream;
    let path = request.split_whitespace().nth(1).unwrap_or("/");
    let (status, kind, body) = if path == "/__workbook/version" {
        (
            "200 OK",
            "text/plain",
            version.load(Ordering::Relaxed).to_string().into_bytes(),
        )
    } else {
        match file_for(root, path)
            .and_then(|file| std::fs::read(&file).ok().map(|bytes| (file, bytes)))
        {
            Some((file, mut bytes)) => {
                if file.extension().is_some_and(|e| e == "html") {
                    let text = String::from_utf8_lossy(&bytes).replacen(
                        "</body>",
                        &format!("{RELOAD_SCRIPT}</body>"),
                        1,
                    );
                    bytes = text.into_bytes();
                }
                ("200 OK", content_type(&file), bytes)
            }
            None => ("404 Not Found", "text/plain", b"not found".to_vec()),
        }
    };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(&body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_paths_stay_inside_the_book() {
        let root = Path::new("/srv/book");
        assert_eq!(
            file_for(root, "/ownership.html#moves"),
            Some(root.join("ownership.html"))
        );
        assert_eq!(
            file_for(root, "/css/general.css?v=1"),
            Some(root.join("css/general.css"))
        );
        assert_eq!(file_for(root, "/a%20b.html"), Some(root.join("a b.html")));
        assert_eq!(file_for(root, "/../etc/passwd"), None);
        assert_eq!(file_for(root, "/%2e%2e/etc/passwd"), None);
    }
}
