//! No input makes briefing panic (issue 7): property tests that generate whole sites from
//! fragments of valid, broken and hostile front-matter and bodies, and run them through the
//! library's load, resolve, check and render stages. Every site must give a report, with
//! errors or without; when it has none it must also build. The splitter, YAML mapping, dates
//! and the wikilink parser have their own property tests beside their code.
//!
//! `PROPTEST_CASES` sets the number of generated sites (CI uses the default below).

use std::path::Path;

use briefing::model::Day;
use briefing::{BuildOptions, CheckOptions};
use proptest::prelude::*;

const IDS: &[&str] = &["alpha", "beta", "war", "clash", "about", "Alpha", "bad id", "events", "x"];

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(IDS).prop_map(str::to_string),
        prop::sample::select(vec![
            "2020-09-27",
            "2020-13",
            "2020-02-30",
            "1994~",
            "2020-09-27/..",
            "../1994",
            "..",
            "2020/2019",
            "state",
            "person",
            "clash",
            "attacker",
            "denies",
            "killed",
            "12",
            "-3",
            "1e9",
            "99999999999999999999",
            "true",
            "null",
            "~",
            "[]",
            "{}",
            "[alpha, beta]",
            "{ party: alpha, role: side_a }",
            "[{ party: beta, kind: ally, since: 2020 }]",
            "[{ by: alpha, text: \"x\", source: s1 }]",
            "[{ of: civilians, low: 3, high: 1 }]",
            "[{ id: s1, title: T, url: \"javascript:x\" }]",
            "[{ id: s1, title: T, url: \"https://x.org/?a&b\" }]",
            "[s1, s2]",
            "\"</script><script>x</script>\"",
            "\"\\\"><img src=x onerror=x>\"",
            "'quoted: with colon'",
            "|\n  block\n  text",
            "&a [*a]",
            "*a",
            "\"\\u2028\"",
            "!!binary aGVsbG8=",
            "{ party: war }",
            "[war, war, war]",
        ])
        .prop_map(str::to_string),
        "\\PC{0,12}",
        // A pasted, minified line: whatever is wrong in it lies past column 65,535.
        Just(format!("\"{}\\x01\"", "long ".repeat(14_000))),
    ]
}

fn key() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "name",
        "short_name",
        "kind",
        "aliases",
        "summary",
        "role",
        "founded",
        "ended",
        "seat",
        "member_of",
        "relations",
        "sources",
        "tags",
        "updated",
        "draft",
        "title",
        "date",
        "end",
        "part_of",
        "place",
        "participants",
        "casualties",
        "claims",
        "related",
        "menu",
        "weight",
        "nmae",
        "",
    ])
}

fn body() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(vec![
                "[[alpha]] ",
                "[[Alpha|the side]] ",
                "[[war#history]] ",
                "[[nowhere]] ",
                "[[",
                "]] ",
                "[[|]] ",
                "[x](../events/war/) ",
                "[y](javascript:alert(1)) ",
                "[z](beta.md) ",
                "<script>x</script> ",
                "\n## History\n",
                "\n## History {#h onclick=x}\n",
                "`[[alpha]]` ",
                "\n```\n",
                "Alpha and Beta ",
                "[^1] ",
                "\n[^1]: note\n",
                "| a | b |\n|---|---|\n| [[beta]] | c |\n",
                "<div>\n",
                "&amp; ",
                "\n---\n",
                "\r\n",
                "\u{feff}",
                "\t",
                "![i](/nowhere.png) ",
                "<javascript:x> ",
            ])
            .prop_map(str::to_string),
            "\\PC{0,8}",
            Just(format!("{} [[nowhere]] [[|]] [x](../none/) ", "minified ".repeat(8_000))),
        ],
        0..12,
    )
    .prop_map(|parts| parts.concat())
}

fn brief() -> impl Strategy<Value = (String, String)> {
    let folder = prop::sample::select(vec!["parties", "events", "pages"]);
    let id = prop::sample::select(IDS);
    let lines = prop::collection::vec((key(), value()), 0..7);
    (folder, id, lines, body(), any::<bool>()).prop_map(|(folder, id, lines, body, fenced)| {
        let front: String = lines.iter().map(|(k, v)| format!("{k}: {v}\n")).collect();
        let text = if fenced { format!("---\n{front}---\n{body}") } else { format!("{front}{body}") };
        (format!("content/{folder}/{id}.md"), text)
    })
}

fn write_site(root: &Path, files: &[(String, String)]) {
    std::fs::create_dir_all(root.join("content")).unwrap();
    for (path, text) in files {
        let full = root.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
}

/// What a site may hold beside its briefs: links into and out of it.
#[derive(Debug, Clone, Copy)]
enum Link {
    None,
    /// `content/parties/leak.md` links to a file outside the site.
    FileOutside,
    /// `content/events/elsewhere` links to a folder of briefs outside the site.
    FolderOutside,
    /// `content/pages/loop` links to `content/`.
    Loop,
}

/// One step of a generated `--output` path (taken from the site's root).
fn output_step() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![".", "..", "x", "public", "content", "static", "parties", "out", "to-content", ""])
}

/// Every file of the site's own sources (`content/`, `static/`, links as links) with its
/// bytes: what no build may change.
fn sources(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = ["content", "static"]
        .iter()
        .flat_map(|folder| walkdir::WalkDir::new(root.join(folder)).into_iter().flatten())
        .filter(|e| !e.file_type().is_dir())
        .map(|e| {
            let bytes = if e.file_type().is_symlink() {
                std::fs::read_link(e.path()).unwrap().to_string_lossy().into_owned().into_bytes()
            } else {
                std::fs::read(e.path()).unwrap()
            };
            (e.path().strip_prefix(root).unwrap().to_string_lossy().into_owned(), bytes)
        })
        .collect();
    files.sort();
    files
}

const SECRET: &str = "SECRET-LINE-OUTSIDE-THE-SITE";

#[cfg(unix)]
fn plant(root: &Path, outside: &Path, link: Link) {
    use std::os::unix::fs::symlink;
    std::fs::write(outside.join("leak.md"), format!("{SECRET}\n---\nname: Leak\nkind: person\n---\n")).unwrap();
    std::fs::create_dir_all(outside.join("briefs")).unwrap();
    std::fs::write(outside.join("briefs/far.md"), format!("---\ntitle: Far\ndate: 2020-01-01\n---\n{SECRET}\n"))
        .unwrap();
    std::fs::create_dir_all(root.join("content/parties")).unwrap();
    std::fs::create_dir_all(root.join("content/events")).unwrap();
    std::fs::create_dir_all(root.join("content/pages")).unwrap();
    symlink(root.join("content"), root.join("to-content")).unwrap();
    match link {
        Link::None => {}
        Link::FileOutside => symlink(outside.join("leak.md"), root.join("content/parties/leak.md")).unwrap(),
        Link::FolderOutside => symlink(outside.join("briefs"), root.join("content/events/elsewhere")).unwrap(),
        Link::Loop => symlink(root.join("content"), root.join("content/pages/loop")).unwrap(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_site_gives_a_report_and_builds_when_clean(files in prop::collection::vec(brief(), 1..6)) {
        let dir = tempfile::tempdir().unwrap();
        write_site(dir.path(), &files);
        let today = Day { year: 2024, month: 1, day: 1 };
        let report = briefing::check(&CheckOptions { root: dir.path().to_path_buf(), strict: false, today, autolinks: false });
        let Ok(report) = report else { return Ok(()) };
        for d in report.diagnostics.iter().filter(|d| d.severity == briefing::diagnostics::Severity::Error) {
            prop_assert!(d.help.is_some(), "every error says how to mend it: {d:?}");
        }
        if !report.has_errors() {
            let options = BuildOptions { root: dir.path().to_path_buf(), output: None, base_url: None, drafts: false, ..BuildOptions::default() };
            let built = briefing::build(&options);
            prop_assert!(built.is_ok(), "a site check passes also builds: {:?}", built.err());
        }
    }

    /// Whole sites with links in and out of `content/`, huge lines, and any `--output`: the
    /// sources are the same after the build as before, nothing from outside the site is
    /// shown or published, and a build that is not refused writes outside every source.
    #[cfg(unix)]
    #[test]
    fn no_site_or_output_path_loses_a_file_or_leaks_one(
        files in prop::collection::vec(brief(), 1..4),
        link in prop::sample::select(vec![Link::None, Link::FileOutside, Link::FolderOutside, Link::Loop]),
        steps in prop::collection::vec(output_step(), 0..4),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("a/b/site");
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(&outside).unwrap();
        write_site(&root, &files);
        std::fs::create_dir_all(root.join("static")).unwrap();
        std::fs::write(root.join("static/keep.txt"), "keep").unwrap();
        plant(&root, &outside, link);
        let before = sources(&root);
        let today = Day { year: 2024, month: 1, day: 1 };
        if let Ok(report) = briefing::check(&CheckOptions { root: root.clone(), strict: false, today, autolinks: false }) {
            for d in &report.diagnostics {
                prop_assert!(!format!("{d:?}").contains(SECRET), "a diagnostic shows a file outside the site: {d:?}");
            }
            // Printed as the terminal and `--format json` print them, huge lines included.
            let shown = briefing::diagnostics::HumanRenderer::default().render_all(&report.diagnostics);
            let long = shown.lines().find(|l| l.chars().count() >= 400).map(|l| l.chars().take(300).collect::<String>());
            prop_assert!(long.is_none(), "a diagnostic line is not clipped: {long:?}");
            let _ = briefing::diagnostics::to_json(&report.diagnostics);
        }
        let output = (!steps.is_empty()).then(|| steps.iter().fold(root.clone(), |p, s| p.join(s)));
        let options = BuildOptions { root: root.clone(), output, ..BuildOptions::default() };
        let built = briefing::build(&options);
        prop_assert_eq!(sources(&root), before, "the build changed the site's sources");
        if let Ok(report) = built {
            let out = report.output.canonicalize().unwrap();
            for source in ["content", "static"] {
                prop_assert!(!out.starts_with(root.join(source).canonicalize().unwrap()), "built into {source}");
            }
            for file in walkdir::WalkDir::new(&out).into_iter().flatten().filter(|e| e.file_type().is_file()) {
                let bytes = std::fs::read(file.path()).unwrap();
                prop_assert!(!String::from_utf8_lossy(&bytes).contains(SECRET), "{} publishes a file outside the site", file.path().display());
            }
        }
    }
}
