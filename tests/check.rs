//! What `briefing check` tells a writer: every build error, plus one editorial warning per
//! problem at the key or value to change, in rustc style or as JSON; `--strict` makes the
//! warnings fail; nothing is ever written. `tests/sites/editorial/` has exactly one instance
//! of every warning.

mod common;

use common::{Site, stderr, stdout};
use serde_json::Value;

/// The day the editorial fixture is checked on: its summit lies after it.
const TODAY: (&str, &str) = ("BRIEFING_TODAY", "2026-11-25");

fn check(site: &Site, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["check"];
    args.extend_from_slice(extra);
    site.run_with(&args, &[TODAY])
}

fn json(out: &std::process::Output) -> Vec<Value> {
    serde_json::from_str(&stdout(out)).unwrap_or_else(|e| panic!("stdout is a JSON array ({e}):\n{}", stdout(out)))
}

/// Every file and folder under `root`, relative, sorted.
fn tree(root: &std::path::Path) -> Vec<String> {
    let mut paths: Vec<String> = walkdir::WalkDir::new(root)
        .into_iter()
        .map(|e| e.expect("readable").path().strip_prefix(root).expect("under root").to_string_lossy().into_owned())
        .collect();
    paths.sort();
    paths
}

/// A new site from `briefing init`, which checks clean.
fn starter() -> Site {
    let site = Site::empty();
    std::fs::remove_dir(site.root().join("content")).expect("the empty site's content/ is empty");
    let out = assert_cmd::Command::cargo_bin("briefing").unwrap().arg("init").arg(site.root()).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    site
}

#[test]
fn every_warning_is_reported_once_at_its_key() {
    let site = Site::copy("editorial");
    let out = check(&site, &["--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "warnings alone do not fail:\n{}", stderr(&out));
    let found: Vec<(String, String, u64, u64)> = json(&out)
        .iter()
        .map(|d| {
            assert_eq!(d["severity"], "warning", "{d}");
            assert!(d["help"].as_str().is_some_and(|h| !h.is_empty()), "every warning says what to do: {d}");
            let text = |k: &str| d[k].as_str().unwrap_or_default().to_string();
            let number = |k: &str| d[k].as_u64().unwrap_or_default();
            (text("code"), text("file"), number("line"), number("column"))
        })
        .collect();
    let expected = [
        ("date-outside-part-of", "content/events/clash.md", 3, 7),
        ("figure-without-source", "content/events/clash.md", 11, 5),
        ("unattributed-figure", "content/events/clash.md", 12, 5),
        ("claim-after-source", "content/events/clash.md", 14, 68),
        ("claim-without-source", "content/events/clash.md", 15, 5),
        ("event-without-source", "content/events/rumour.md", 2, 8),
        ("place-as-text", "content/events/rumour.md", 7, 8),
        ("future-date", "content/events/summit.md", 3, 7),
        ("uncited-source", "content/events/summit.md", 7, 11),
        ("unknown-place", "content/events/summit.md", 9, 8),
        ("no-participants", "content/events/war.md", 5, 1),
        ("unreachable-page", "content/pages/orphan.md", 2, 8),
        ("unlinked-party", "content/parties/hermit.md", 2, 7),
        ("placeholder-text", "content/parties/hermit.md", 4, 10),
        ("relation-without-source", "content/parties/hermit.md", 6, 5),
        ("shared-name", "content/parties/hermit.md", 7, 11),
        ("translation-stale", "content/parties/north.de.md", 1, 1),
        ("updated-before-source", "content/parties/north.md", 7, 10),
        ("translation-unversioned", "content/parties/south.de.md", 1, 1),
        ("contradictory-relation", "content/parties/south.md", 6, 27),
        ("place-far-from-within", "content/places/river-bank.md", 4, 6),
        ("missing-string", "strings/de.ftl", 1, 1),
    ];
    let expected: Vec<(String, String, u64, u64)> =
        expected.iter().map(|&(c, f, l, col)| (c.to_string(), f.to_string(), l, col)).collect();
    assert_eq!(found, expected);
    let mut codes: Vec<&str> = found.iter().map(|(code, ..)| code.as_str()).collect();
    let mut all: Vec<&str> =
        briefing::check::CODES.iter().copied().filter(|c| !briefing::check::GIT_CODES.contains(c)).collect();
    codes.sort_unstable();
    all.sort_unstable();
    assert_eq!(codes, all, "the fixture has exactly one instance of every warning");
}

#[test]
fn human_output_for_the_editorial_fixture() {
    let site = Site::copy("editorial");
    let out = check(&site, &[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).is_empty(), "human output goes to stderr, like build's");
    let err = stderr(&out);
    assert!(err.ends_with("\n22 warnings in 12 briefs\n"), "{err}");
    assert!(!err.contains('\x1b'), "no colour when NO_COLOR is set or output is not a terminal");
    insta::assert_snapshot!(err);
}

#[test]
fn json_output_for_the_editorial_fixture() {
    let site = Site::copy("editorial");
    let out = check(&site, &["--format", "json"]);
    assert!(stderr(&out).is_empty(), "JSON mode prints nothing else: {}", stderr(&out));
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn strict_turns_warnings_into_errors() {
    let site = Site::copy("editorial");
    let out = check(&site, &["--strict"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).ends_with("\n22 errors in 12 briefs\n"), "{}", stderr(&out));
    let out = check(&site, &["--strict", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(json(&out).iter().all(|d| d["severity"] == "error"));
}

#[test]
fn check_writes_nothing() {
    let site = Site::copy("editorial");
    let before = tree(site.root());
    check(&site, &[]);
    check(&site, &["--format", "json", "--strict"]);
    assert_eq!(tree(site.root()), before, "no public/, no staging folder, no file touched");
}

#[test]
fn the_example_site_is_clean_under_strict() {
    let out = assert_cmd::Command::cargo_bin("briefing")
        .expect("the binary is built")
        .args(["check", "--strict", "--root", env!("CARGO_MANIFEST_DIR")])
        .env("NO_COLOR", "1")
        .env(TODAY.0, TODAY.1)
        .output()
        .expect("briefing runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).starts_with("no problems in "), "{}", stderr(&out));
}

#[test]
fn the_starter_site_is_clean_under_strict() {
    let site = starter();
    // Its dates are in the past whatever the clock says, so the clock is used.
    let out = site.run(&["check", "--strict"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "no problems in 5 briefs\n");
}

/// The codes `check --strict --format json` reports.
fn strict_codes(site: &Site) -> Vec<String> {
    // The briefs `new` writes are dated by the clock, so check uses the clock too.
    let out = site.run(&["check", "--strict", "--format", "json"]);
    json(&out).iter().map(|d| d["code"].as_str().unwrap_or_default().to_string()).collect()
}

/// Replaces the summary and text `new` wrote into the brief at `path` with the writer's own.
fn write_own_words(site: &Site, path: &str, kind: briefing::model::BriefKind) {
    let written = briefing::scaffold::placeholder(kind);
    let text = std::fs::read_to_string(site.root().join(path)).unwrap();
    assert!(text.contains(written.summary) && text.contains(written.body), "{text}");
    site.write(
        path,
        &text.replace(written.summary, "The writer's own summary.").replace(written.body, "Their own text."),
    );
}

#[test]
fn new_briefs_need_only_what_the_warnings_ask_for() {
    use briefing::model::BriefKind;
    let site = starter();

    assert!(site.run(&["new", "page", "method"]).status.success());
    assert_eq!(strict_codes(&site), ["placeholder-text"; 2], "a new page is in the menu, and needs its words");
    write_own_words(&site, "content/pages/method.md", BriefKind::Page);
    assert_eq!(strict_codes(&site), Vec::<String>::new());

    assert!(site.run(&["new", "event", "river-talks"]).status.success());
    assert_eq!(
        strict_codes(&site),
        ["event-without-source", "no-participants", "placeholder-text", "placeholder-text"],
        "a new event needs its source, its words and who took part"
    );
    let path = "content/events/river-talks.md";
    write_own_words(&site, path, BriefKind::Event);
    let text = std::fs::read_to_string(site.root().join(path)).unwrap();
    site.write(path, &text.replacen("\nsources:", "\nsources: [starter-wire]", 1));
    assert_eq!(strict_codes(&site), ["no-participants"]);
    let text = std::fs::read_to_string(site.root().join(path)).unwrap();
    site.write(path, &text.replacen("participants:", "participants: [northland]", 1));
    assert_eq!(strict_codes(&site), Vec::<String>::new());

    assert!(site.run(&["new", "party", "river-board"]).status.success());
    assert_eq!(
        strict_codes(&site),
        ["unlinked-party", "placeholder-text", "placeholder-text"],
        "a new party needs its words and something to point at it"
    );
    write_own_words(&site, "content/parties/river-board.md", BriefKind::Party);
    let text = std::fs::read_to_string(site.root().join(path)).unwrap();
    site.write(path, &text.replacen("participants: [northland]", "participants: [northland, river-board]", 1));
    let out = site.run(&["check", "--strict"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    site.build_ok();
}

#[test]
fn new_refuses_a_page_id_the_site_already_uses() {
    let site = starter();
    std::fs::create_dir_all(site.root().join("static/maps")).unwrap();
    for id in ["search", "tags", "parties", "events", "places", "data", "maps"] {
        let out = site.run(&["new", "page", id]);
        assert_eq!(out.status.code(), Some(2), "new page {id}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(&format!("/{id}/ is already part of the site")), "{err}");
        assert!(err.contains(&format!("`about-{id}`")), "a way out is offered: {err}");
        assert!(!site.root().join(format!("content/pages/{id}.md")).exists(), "nothing written for {id}");
    }
    let err = stderr(&site.run(&["new", "page", "search"]));
    assert!(err.contains("parties, events, places, tags, data, search"), "says which ids are the site's own: {err}");
    // Events and parties live under /events/ and /parties/, so the same ids are free there.
    assert!(site.run(&["new", "event", "search"]).status.success());
    assert_eq!(strict_codes(&site).iter().filter(|c| c.as_str() == "reserved-id").count(), 0);
}

/// What a new writer does with a brief from `new`: uncomment the examples, one line at a
/// time as the comments say, then every one of them at once.
#[test]
fn uncommenting_what_new_writes_gives_a_brief_that_loads() {
    let site = Site::empty();
    // The ids the examples name, so that references resolve.
    for id in ["party-id", "other-party-id", "some-party-id"] {
        site.write(&format!("content/parties/{id}.md"), &format!("---\nname: {id}\nkind: state\n---\n"));
    }
    for id in ["larger-event-id", "other-event-id"] {
        site.write(&format!("content/events/{id}.md"), &format!("---\ntitle: {id}\ndate: 2000/2100\n---\n"));
    }
    for (kind, folder) in [("party", "parties"), ("event", "events"), ("page", "pages")] {
        let out = site.run(&["new", kind, "probe"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let path = format!("content/{folder}/probe.md");
        let text = std::fs::read_to_string(site.root().join(&path)).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let uncomment = |line: &str| -> String {
            match line.strip_prefix("#   - ") {
                Some(item) => format!("  - {item}"),
                None => line.strip_prefix("# ").unwrap_or(line).to_string(),
            }
        };
        let commented: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].starts_with('#')).collect();
        assert!(!commented.is_empty(), "new {kind} has examples to uncomment");
        let errors = |text: &str| -> Vec<String> {
            site.write(&path, text);
            let out = site.run(&["check", "--format", "json"]);
            json(&out)
                .iter()
                .filter(|d| d["severity"] == "error")
                .map(|d| format!("{}: {}", d["code"].as_str().unwrap_or_default(), d["message"]))
                .collect()
        };
        for &i in &commented {
            let edited: Vec<String> =
                lines.iter().enumerate().map(|(j, l)| if j == i { uncomment(l) } else { l.to_string() }).collect();
            let found = errors(&(edited.join("\n") + "\n"));
            // Alone, an example may cite the example source that its own line does not define.
            let wrong: Vec<&String> = found.iter().filter(|e| !e.starts_with("unknown-source")).collect();
            assert!(wrong.is_empty(), "new {kind}, line {} uncommented ({}): {wrong:?}", i + 1, lines[i]);
        }
        let all: Vec<String> = lines.iter().map(|l| uncomment(l)).collect();
        let found = errors(&(all.join("\n") + "\n"));
        assert!(found.is_empty(), "new {kind} with every example uncommented: {found:?}\n{}", all.join("\n"));
        std::fs::remove_file(site.root().join(&path)).unwrap();
    }
}

#[test]
fn errors_and_the_warnings_still_worth_reading() {
    let site = Site::copy("editorial");
    site.write(
        "content/events/rumour.md",
        "---\ntitle: Rumoured incursion\ndate: 2024-13\nparticipants: [nort]\n---\nWord of an incursion.\n",
    );
    let out = check(&site, &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("error[invalid-date]") && err.contains("error[unknown-reference]"), "{err}");
    assert!(!err.contains("warning[event-without-source]"), "no warnings about a file with errors:\n{err}");
    assert!(!err.contains("warning[unlinked-party]"), "no whole-site warnings while errors remain:\n{err}");
    assert!(err.contains("warning[claim-without-source]"), "warnings about sound files stay:\n{err}");
    assert!(err.ends_with("\n2 errors, 16 warnings in 12 briefs\n"), "{err}");
    insta::assert_snapshot!(err);
    assert!(!site.root().join("public").exists());
}

#[test]
fn content_errors_as_text_and_json() {
    let site = starter();
    site.write(
        "content/events/raid.md",
        "---\ntitle: Raid\ndate: 2024-02-30\nparticipants: [northlnd]\nsources: [starter-wire]\n---\n",
    );
    site.write("content/parties/eastland.md", "---\nname: Eastland\n  kind: state\n---\n");
    let out = check(&site, &[]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("content_errors_human", stderr(&out));
    let out = check(&site, &["--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("content_errors_json", stdout(&out));
}

#[test]
fn a_configuration_error_as_json() {
    let site = starter();
    let config = std::fs::read_to_string(site.root().join("briefing.toml")).unwrap();
    site.write("briefing.toml", &config.replace("autolink = true", "autolnk = true"));
    let out = check(&site, &["--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn template_errors_are_found_without_writing() {
    let site = starter();
    // Only rendering finds this one: the template parses, the field does not exist.
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}\n{% block content %}\n{{ page.nothing.deeper }}\n{% endblock content %}\n",
    );
    let before = tree(site.root());
    let out = check(&site, &["--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&out));
    assert_eq!(tree(site.root()), before);
}

#[test]
fn a_future_end_points_at_end() {
    let site = Site::empty();
    site.write(
        "content/events/talks.md",
        "---\ntitle: Talks\ndate: 2026-11-01\nend: 2026-12-01\nsources:\n  - { publisher: Wire, title: Talks }\n---\n",
    );
    let found = json(&check(&site, &["--format", "json"]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0]["code"].as_str(), found[0]["line"].as_u64()), (Some("future-date"), Some(4)));
}

#[test]
fn what_is_not_a_warning() {
    let site = Site::empty();
    let party = |id: &str, relation: &str| {
        format!("---\nname: {id}\nrelations:\n  - {relation}\nsources:\n  - {{ publisher: Wire, title: {id} }}\n---\n")
    };
    // Attributed claims may disagree; a relationship may change over time (some time in 2019).
    site.write(
        "content/parties/east.md",
        &party("east", "{ party: west, kind: ally, claimed_by: east, source: wire }"),
    );
    site.write(
        "content/parties/west.md",
        &party("west", "{ party: east, kind: adversary, claimed_by: west, source: wire }"),
    );
    site.write("content/parties/north.md", &party("north", "{ party: south, kind: ally, until: 2019, source: wire }"));
    site.write("content/parties/south.md", &party("south", "{ party: north, kind: rival, since: 2019, source: wire }"));
    // A claim of some day in November, reported on 5 November, may be from before it.
    site.write(
        "content/events/clash.md",
        "---\ntitle: Clash\ndate: 2020-11\npart_of: campaign\nparticipants: [east, west, north, south]\ncasualties:\n  - { of: civilians, count: 4, source: wire }\nclaims:\n  - { by: east, text: West fired., date: 2020-11, source: wire }\nsources:\n  - { id: wire, publisher: Wire, title: Clash, date: 2020-11-05 }\n---\n",
    );
    // "November 2020" may well be 1-22 November; an event may leave out `participants`.
    site.write(
        "content/events/campaign.md",
        "---\ntitle: Campaign\ndate: 2020-09-02/2020-11-22\nsources: [wire]\n---\n",
    );
    // A page reached only through its "Mentioned in" backlink on a party page is reachable.
    site.write("content/pages/notes.md", "---\ntitle: Notes\n---\nOn [[east]].\n");
    let out = check(&site, &["--strict"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn a_warning_names_a_party_with_its_article() {
    let site = Site::empty();
    site.write(
        "content/parties/rebels.md",
        "---\nname: Hill Front\nshort_name: Hill rebels\nplural: true\narticle: the\n---\n",
    );
    site.write(
        "content/events/clash.md",
        "---\ntitle: Clash\ndate: 2020-11\nparticipants: [rebels]\nclaims:\n  - { by: rebels, text: the front holds }\n---\n",
    );
    let out = check(&site, &["--format", "json"]);
    let messages: Vec<String> =
        json(&out).iter().map(|d| d["message"].as_str().unwrap_or_default().to_string()).collect();
    assert!(messages.iter().any(|m| m == "the claim by the Hill rebels has no source"), "{messages:?}");
}

#[test]
fn a_contradicted_relation_agrees_with_a_plural_name() {
    let site = Site::empty();
    site.write(
        "content/parties/rebels.md",
        "---\nname: Hill rebels\nplural: true\narticle: the\nrelations:\n  - { party: zulu, kind: ally }\n---\n",
    );
    site.write(
        "content/parties/zulu.md",
        "---\nname: Zulu\nkind: state\nrelations:\n  - { party: rebels, kind: adversary }\n---\n",
    );
    let out = check(&site, &["--format", "json"]);
    let all = json(&out);
    let found = all.iter().find(|d| d["code"] == "contradictory-relation").expect("the contradiction is found");
    let message = found["message"].as_str().unwrap_or_default();
    assert!(message.contains("the relation the Hill rebels list makes"), "{message}");
}

#[test]
fn usage_problems_exit_with_status_2() {
    let site = Site::copy("editorial");
    let out = site.run_with(&["check"], &[("BRIEFING_TODAY", "25/11/2026")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("BRIEFING_TODAY"), "{}", stderr(&out));
    let out = assert_cmd::Command::cargo_bin("briefing")
        .unwrap()
        .args(["check", "--root", "/nonexistent-briefing-site"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = site.run(&["check", "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2));
    let out = assert_cmd::Command::cargo_bin("briefing").unwrap().args(["check", "--help"]).output().unwrap();
    assert!(out.status.success() && stdout(&out).contains("--strict"));
}

#[test]
fn the_guide_explains_every_warning() {
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/guide.md")).expect("docs/guide.md");
    for code in briefing::check::CODES {
        assert!(guide.contains(&format!("### `{code}`")), "docs/guide.md has no section for `{code}`");
    }
}

/// "Did you mean" for the misses writers make: two letters swapped, a party's name written
/// as an id, and a name with an article in a wikilink; each must point at the party meant,
/// never at the other side.
#[test]
fn did_you_mean_finds_the_party_meant() {
    let site = Site::empty();
    site.write("content/parties/rsf.md", "---\nname: Rapid Support Forces\nshort_name: RSF\nkind: armed_group\n---\n");
    site.write("content/parties/saf.md", "---\nname: Sudanese Armed Forces\nshort_name: SAF\nkind: armed_group\n---\n");
    site.write(
        "content/events/clash.md",
        "---\ntitle: Clash\ndate: 2023-04-15\nparticipants: [rfs, rapid-support-forces, sudanese-armed-forces]\n---\nThe fighting, which [[the RSF]] began.\n",
    );
    let out = check(&site, &["--format", "json"]);
    let helps: Vec<String> = json(&out).iter().filter_map(|d| d["help"].as_str().map(str::to_string)).collect();
    for want in ["did you mean `rsf`?", "did you mean `saf`?", "did you mean `[[rsf]]`?"] {
        assert!(helps.iter().any(|h| h == want), "no {want:?} in {helps:?}");
    }
    assert_eq!(helps.iter().filter(|h| h.as_str() == "did you mean `rsf`?").count(), 2, "{helps:?}");
}

/// Thousands of one warning are a few examples and a count; a site can accept a code in
/// briefing.toml, and the summary line still says how many were silenced (issue 16).
#[test]
fn repeated_warnings_are_grouped_and_an_accepted_code_is_counted_in_the_summary() {
    let site = Site::empty();
    for n in 0..25 {
        site.write(&format!("content/parties/p{n}.md"), &format!("---\nname: Party {n}\n---\n"));
    }
    let out = site.run(&["check"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("warning[unlinked-party]").count(), 10, "{stderr}");
    assert!(stderr.contains("... and 15 more `unlinked-party` warnings"), "{stderr}");
    assert!(stderr.contains("allow = [\"unlinked-party\"]"), "the help names the setting");
    assert!(stderr.trim_end().ends_with("25 warnings in 25 briefs"), "{stderr}");

    site.write("briefing.toml", "title = \"T\"\n[check]\nallow = [\"unlinked-party\"]\n");
    let out = site.run(&["check"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success());
    assert_eq!(stderr.trim(), "no problems in 25 briefs; silenced in briefing.toml: 25 unlinked-party");

    site.write("briefing.toml", "title = \"T\"\n[check]\nallow = [\"unlinked-partys\"]\n");
    let out = site.run(&["check"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("error[unknown-warning-code]") && stderr.contains("did you mean `unlinked-party`?"),
        "{stderr}"
    );
}
