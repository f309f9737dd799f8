//! Shared helpers for the integration tests: copy a fixture site into a temporary folder,
//! run the real `briefing` binary on it, and read what a reader would get.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

/// The fixture sites under `tests/sites/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sites").join(name)
}

/// Copies a folder tree.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("fixture tree is readable");
        let rel = entry.path().strip_prefix(from).expect("walk stays under its root");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("can create fixture folders");
        } else {
            std::fs::copy(entry.path(), &target).expect("can copy fixture files");
        }
    }
}

/// A fixture copied into a temporary folder, so builds never write into the repository.
pub struct Site {
    pub dir: tempfile::TempDir,
}

impl Site {
    pub fn copy(name: &str) -> Site {
        let dir = tempfile::tempdir().expect("can create a temporary folder");
        copy_tree(&fixture(name), dir.path());
        Site { dir }
    }

    /// An empty site to write files into.
    pub fn empty() -> Site {
        let dir = tempfile::tempdir().expect("can create a temporary folder");
        std::fs::create_dir_all(dir.path().join("content")).expect("can create content/");
        Site { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file relative to the site root, creating folders.
    pub fn write(&self, rel: &str, text: &str) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().expect("a file has a parent")).expect("can create folders");
        std::fs::write(path, text).expect("can write fixture file");
    }

    pub fn remove(&self, rel: &str) {
        std::fs::remove_file(self.root().join(rel)).expect("file to remove exists");
    }

    /// Runs `briefing <args> --root <site>`.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with(args, &[])
    }

    /// Runs `briefing <args> --root <site>` with extra environment variables; `BRIEFING_TODAY`
    /// is unset unless given, so the caller's environment cannot change what `check` says.
    pub fn run_with(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut cmd = Command::cargo_bin("briefing").expect("the binary is built");
        cmd.args(args).arg("--root").arg(self.root()).env("NO_COLOR", "1").env_remove("BRIEFING_TODAY");
        cmd.envs(env.iter().copied());
        cmd.output().expect("briefing runs")
    }

    pub fn build(&self, extra: &[&str]) -> Output {
        let mut args = vec!["build"];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    /// Builds and panics with the diagnostics when the build fails.
    pub fn build_ok(&self) -> &Self {
        let out = self.build(&[]);
        assert!(out.status.success(), "build failed:\n{}", stderr(&out));
        self
    }

    /// A file of the built site, by its path under public/ (`parties/x/` means its index.html).
    pub fn page(&self, path: &str) -> String {
        let rel = if path.is_empty() || path.ends_with('/') { format!("{path}index.html") } else { path.to_string() };
        let file = self.root().join("public").join(&rel);
        std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
    }

    pub fn exists(&self, path: &str) -> bool {
        self.root().join("public").join(path).exists()
    }
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every `href` of a page, in order.
pub fn hrefs(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("href=\"") {
        rest = &rest[i + 6..];
        let end = rest.find('"').unwrap_or(rest.len());
        out.push(rest[..end].replace("&amp;", "&"));
        rest = &rest[end..];
    }
    out
}

/// The HTML of the element with `id="<id>"`, up to the end of its enclosing section.
pub fn section<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no element with id {id}"));
    let rest = &html[start..];
    let end = rest.find("</section>").unwrap_or(rest.len());
    &rest[..end]
}

/// The text of a page with tags removed and whitespace collapsed, as a reader sees it.
pub fn text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
