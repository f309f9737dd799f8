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

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_site_gives_a_report_and_builds_when_clean(files in prop::collection::vec(brief(), 1..6)) {
        let dir = tempfile::tempdir().unwrap();
        write_site(dir.path(), &files);
        let today = Day { year: 2024, month: 1, day: 1 };
        let report = briefing::check(&CheckOptions { root: dir.path().to_path_buf(), strict: false, today });
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
}
