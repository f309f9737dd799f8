//! Holds the rest of `src/` to routes owning every path: a site path written out anywhere
//! else (`"tags/"`, `format!("{p}index.html")`, `"data/site.json"`) fails this test, so the
//! layout cannot drift back into nine places.
//!
//! The rule is plain text, not a parser: outside `src/routes/`, a code line (not a `//`
//! comment, not after a file's `#[cfg(test)]`, not in a `*_tests.rs` file) may not hold a
//! literal that starts with one of the site's folders, nor name one of its fixed files. The
//! literal `"index.html"` on its own is let through, because it is also the name of the home
//! page's template; `index.html` after a folder or a placeholder is still caught.

use std::path::{Path, PathBuf};

/// Pieces of text that only a site path contains.
const PATH_PIECES: &[&str] = &[
    "\"parties/",
    "\"events/",
    "\"tags/",
    "\"search/",
    "\"data/",
    "atom.xml",
    "sitemap.xml",
    "robots.txt",
    "index.html",
];

/// The home page's template, which shares its name with a folder's file.
const TEMPLATE_NAME: &str = "\"index.html\"";

/// Whether a line of code writes out a site path.
fn holds_a_path(line: &str) -> bool {
    let line = line.replace(TEMPLATE_NAME, "");
    PATH_PIECES.iter().any(|piece| line.contains(piece))
}

/// The lines of `text` the rule reads, numbered from 1: code before the tests.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .take_while(|(_, line)| !line.trim_start().starts_with("#[cfg(test)]"))
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .map(|(n, line)| (n + 1, line))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ and its folders are readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_site_path_is_written_outside_routes() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 50, "the whole of src/ is read, not {} files", files.len());
    let mut found = Vec::new();
    for file in &files {
        let shown = file.strip_prefix(&src).unwrap_or(file).to_string_lossy().replace('\\', "/");
        if shown.starts_with("routes/") || shown.ends_with("_tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("source files are UTF-8");
        found.extend(code_lines(&text).filter(|(_, l)| holds_a_path(l)).map(|(n, l)| format!("src/{shown}:{n}: {l}")));
    }
    assert!(found.is_empty(), "site paths belong in src/routes/; use its functions instead:\n{}", found.join("\n"));
}

#[test]
fn the_rule_catches_paths_and_lets_through_the_rest() {
    assert!(holds_a_path(r#"base.link("tags/")"#));
    assert!(holds_a_path(r#"format!("parties/{KIND}/{}/", kind)"#));
    assert!(holds_a_path(r#"format!("{path}index.html")"#));
    assert!(holds_a_path(r#"output.get("tags/x/index.html")"#));
    assert!(holds_a_path(r#"base.absolute("sitemap.xml")"#));
    assert!(holds_a_path(r#""data/site.json""#));
    assert!(!holds_a_path(r#"html("index.html", meta, "home", &page)"#));
    assert!(!holds_a_path(r#"format!("`{display}` is not in parties/, events/, places/ or pages/")"#));
    assert!(!holds_a_path(r#"section: "parties".into()"#));
    let text = "fn a() {}\n/// `tags/x/`\nlet p = \"tags/\";\n#[cfg(test)]\nmod tests { \"tags/\" }\n";
    assert_eq!(code_lines(text).filter(|(_, l)| holds_a_path(l)).map(|(n, _)| n).collect::<Vec<_>>(), [3]);
}
