//! What `briefing build` tells a writer for each class of error: exit status 1, the file,
//! line and column, and a hint. Each test pins the location by hand and snapshots the whole
//! message, so a change in wording or position shows up in review.

mod common;

use common::{Site, stderr};

const ARMENIA: &str =
    "---\nname: Republic of Armenia\nshort_name: Armenia\nkind: state\n---\nArmenia.\n\n## History\n\nOld.\n";
const AZERBAIJAN: &str = "---\nname: Republic of Azerbaijan\nshort_name: Azerbaijan\nkind: state\n---\nAzerbaijan.\n";

/// A site with two valid parties and the given files; builds it and returns stderr, after
/// checking the exit status and that `location` and a hint are printed.
fn diagnose(files: &[(&str, &str)], location: &str) -> String {
    let site = Site::empty();
    site.write("content/parties/armenia.md", ARMENIA);
    site.write("content/parties/azerbaijan.md", AZERBAIJAN);
    for (path, text) in files {
        site.write(path, text);
    }
    let out = site.build(&[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "content errors exit with 1:\n{err}");
    assert!(err.contains(&format!("--> {location}")), "expected the location {location}:\n{err}");
    assert!(err.contains("= help: "), "every diagnostic has a hint:\n{err}");
    assert!(!err.contains(&site.root().to_string_lossy().into_owned()), "paths are relative to the site");
    assert!(!site.root().join("public").exists(), "a failed build writes nothing");
    err
}

fn event(front: &str) -> String {
    format!("---\ntitle: A clash\ndate: 2020-09-27\n{front}---\nText.\n")
}

#[test]
fn yaml_with_a_bad_indent() {
    let err = diagnose(
        &[("content/events/clash.md", "---\ntitle: A clash\ndate: 2020-09-27\n  place: x\n---\n")],
        "content/events/clash.md:4:3",
    );
    insta::assert_snapshot!(err);
}

/// The help line of the only diagnostic in `err`.
fn help(err: &str) -> &str {
    err.lines().find_map(|l| l.trim().strip_prefix("= help: ")).unwrap_or_default()
}

#[test]
fn curly_quotes_pasted_from_a_word_processor() {
    let err = diagnose(
        &[("content/events/clash.md", "---\ntitle: “Ceasefire: the terms”\ndate: 2020-09-27\n---\n")],
        "content/events/clash.md:2:8",
    );
    assert!(help(&err).starts_with("replace the curly quotes “ ” with straight ones \""), "{err}");
    assert!(help(&err).contains("`title: \"Ceasefire: the terms\"`"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn curly_quotes_inside_braces() {
    let err = diagnose(
        &[("content/events/clash.md", &event("claims:\n  - { by: armenia, text: ‘Baku: no talks’, source: x }\n"))],
        "content/events/clash.md:5:26",
    );
    assert!(help(&err).starts_with("replace the curly quotes ‘ ’ with straight ones '"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn a_colon_inside_braces() {
    let err = diagnose(
        &[(
            "content/parties/turkey.md",
            "---\nname: Turkey\nrelations:\n  - { party: armenia, kind: adversary, note: Ankara says: no }\n---\n",
        )],
        "content/parties/turkey.md:4:46",
    );
    assert!(help(&err).starts_with("put the text in quotes: `{ note: \"Ankara says: no\" }`"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn a_colon_inside_a_value() {
    let err = diagnose(
        &[("content/events/clash.md", &event("summary: Baku says: no talks\n"))],
        "content/events/clash.md:4:10",
    );
    assert!(help(&err).starts_with("put the text in quotes: `summary: \"Baku says: no talks\"`"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn a_line_indented_one_space_too_far() {
    let err = diagnose(
        &[("content/events/clash.md", &event("sources:\n  - id: wire\n     title: Clashes\n"))],
        "content/events/clash.md:6:6",
    );
    assert!(
        help(&err)
            .starts_with("this line is indented one space more than the line above; line up keys under each other"),
        "{err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn a_line_indented_one_space_too_little() {
    let err = diagnose(
        &[("content/events/clash.md", &event("sources:\n  - id: wire\n    title: Clashes\n   url: x\n"))],
        "content/events/clash.md:7:4",
    );
    assert!(help(&err).starts_with("this line is indented one space less than the line above"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn dates_written_day_first_or_in_words() {
    let dates = ["15/04/2023", "15.04.2023", "April 15, 2023", "2023/04/15", "15 April 2023"];
    let files: Vec<(String, String)> = dates
        .iter()
        .enumerate()
        .map(|(n, date)| (format!("content/events/e{n}.md"), format!("---\ntitle: E\ndate: {date}\n---\n")))
        .collect();
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let err = diagnose(&files, "content/events/e0.md:3:7");
    for n in 0..dates.len() {
        assert!(err.contains(&format!("--> content/events/e{n}.md:3:7")), "{err}");
    }
    let helps: Vec<&str> = err.lines().filter_map(|l| l.trim().strip_prefix("= help: ")).collect();
    assert_eq!(helps, ["write dates as 2023-04-15 (year-month-day)"; 5], "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn a_day_first_date_that_could_be_either() {
    let err = diagnose(&[("content/events/e.md", "---\ntitle: E\ndate: 05/04/2023\n---\n")], "content/events/e.md:3:7");
    assert!(
        help(&err).starts_with("write dates as year-month-day: 2023-04-05 for 5 April, 2023-05-04 for 4 May"),
        "{err}"
    );
}

#[test]
fn valid_yaml_with_quotes_colons_and_nesting_gets_no_hint() {
    let site = Site::empty();
    site.write("content/parties/armenia.md", ARMENIA);
    site.write(
        "content/events/clash.md",
        "---\ntitle: “Peace” talks, or ‘war’\ndate: 2020-09-27\nsummary: It’s over — “for now”\nparticipants:\n  - armenia\nclaims:\n  - { by: armenia, text: \"Baku: no\", source: wire }\n  - by: armenia\n    text: 'It''s: over'\n    source: wire\nsources:\n  - id: wire\n    title: “Talks”\n---\nText.\n",
    );
    let out = site.build(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out).matches("help:").count(), 0, "{}", stderr(&out));
}

#[test]
fn a_map_where_a_list_belongs() {
    let err = diagnose(
        &[("content/parties/turkey.md", "---\nname: Turkey\naliases: { a: Ankara }\n---\n")],
        "content/parties/turkey.md:3:10",
    );
    assert!(err.contains("error[wrong-type]"));
    insta::assert_snapshot!(err);
}

#[test]
fn unknown_top_level_key_suggests_the_nearest() {
    let err = diagnose(
        &[("content/parties/turkey.md", "---\nname: Turkey\nkindd: state\n---\n")],
        "content/parties/turkey.md:3:1",
    );
    assert!(err.contains("did you mean `kind`?"));
    insta::assert_snapshot!(err);
}

#[test]
fn unknown_nested_key_suggests_the_nearest() {
    let err = diagnose(
        &[("content/events/clash.md", &event("participants:\n  - { party: armenia, rol: side_a }\n"))],
        "content/events/clash.md:5:23",
    );
    assert!(err.contains("unknown key `rol` in a `participants` entry"));
    assert!(err.contains("did you mean `role`?"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_missing_required_field() {
    let err = diagnose(&[("content/events/clash.md", "---\ntitle: A clash\n---\n")], "content/events/clash.md:1:1");
    assert!(err.contains("error[missing-field]: this event has no `date`"));
    insta::assert_snapshot!(err);
}

#[test]
fn missing_fields_are_asked_for_in_the_sites_own_words() {
    let err = diagnose(
        &[
            (
                "content/events/river-talks.md",
                "---\ndate: 2020-09-27\nparticipants:\n  - { role: host }\nclaims:\n  - { text: No. }\n---\n",
            ),
            (
                "content/parties/river-board.md",
                "---\nkind: state\nmember_of:\n  - { role: member }\nrelations:\n  - { kind: ally }\n---\n",
            ),
            ("content/pages/method.md", "---\nmenu: true\n---\n"),
        ],
        "content/events/river-talks.md:1:1",
    );
    let helps: Vec<&str> = err.lines().filter_map(|l| l.trim().strip_prefix("= help: ")).collect();
    assert!(helps.contains(&"add `title: River talks`"), "{err}");
    assert!(helps.contains(&"add `name: River board`"), "{err}");
    assert!(helps.contains(&"add `title: Method`"), "{err}");
    for example in ["Armenia", "armenia", "Karabakh", "Fighting erupts", "turkey", "csto", "About this explainer"] {
        assert!(!helps.iter().any(|h| h.contains(example)), "`{example}` is another site's example:\n{err}");
    }
    insta::assert_snapshot!(err);
}

#[test]
fn a_key_given_twice() {
    let err = diagnose(
        &[("content/parties/turkey.md", "---\nname: Turkey\nkind: state\nname: Türkiye\n---\n")],
        "content/parties/turkey.md:4:1",
    );
    assert!(err.contains("error[duplicate-key]"));
    insta::assert_snapshot!(err);
}

#[test]
fn impossible_dates() {
    let err = diagnose(
        &[
            ("content/events/clash.md", "---\ntitle: A clash\ndate: 2020-02-30\n---\n"),
            ("content/events/talks.md", "---\ntitle: Talks\ndate: 2020-13\n---\n"),
        ],
        "content/events/clash.md:3:7",
    );
    assert!(err.contains("February 2020 has 29 days, not 30"));
    assert!(err.contains("--> content/events/talks.md:3:7"));
    assert!(err.contains("there is no month 13"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_word_outside_its_vocabulary() {
    let err = diagnose(
        &[("content/parties/turkey.md", "---\nname: Turkey\nkind: stat\n---\n")],
        "content/parties/turkey.md:3:7",
    );
    assert!(err.contains("did you mean `state`?"));
    assert!(err.contains("accepted values: state, de_facto_state"));
    insta::assert_snapshot!(err);
}

#[test]
fn figures_without_a_number_or_with_both_forms() {
    let err = diagnose(
        &[(
            "content/events/clash.md",
            &event("casualties:\n  - { of: civilians, claimed_by: armenia }\n  - { of: military, count: 3, low: 1 }\n"),
        )],
        "content/events/clash.md:5:5",
    );
    assert!(err.contains("this casualty figure has no number"));
    assert!(err.contains("--> content/events/clash.md:6:5"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_figure_party_beside_an_of_that_is_already_a_party() {
    let err = diagnose(
        &[(
            "content/events/clash.md",
            &event("casualties:\n  - { of: armenia, party: armenia, count: 3, claimed_by: armenia }\n"),
        )],
        "content/events/clash.md:5:27",
    );
    assert!(err.contains("`of` already names a party"), "{err}");
    assert!(err.contains("write `of: civilians` or `of: military` with `party:`"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn a_qualifier_on_a_range_or_outside_its_words() {
    let err = diagnose(
        &[(
            "content/events/clash.md",
            &event(
                "casualties:\n  - { of: civilians, low: 10, high: 20, qualifier: nearly }\n  - { of: military, count: 3, qualifier: almost }\n",
            ),
        )],
        "content/events/clash.md:5:52",
    );
    assert!(err.contains("a qualifier qualifies one `count`"), "{err}");
    assert!(err.contains("--> content/events/clash.md:6:42"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn a_claim_with_neither_words_nor_quote() {
    let err = diagnose(
        &[("content/events/clash.md", &event("claims:\n  - { by: armenia, source: x }\n"))],
        "content/events/clash.md:5:5",
    );
    assert!(err.contains("`claims.0` entry has neither `text` nor `quote`"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn a_javascript_source_url() {
    let err = diagnose(
        &[("content/events/clash.md", &event("sources:\n  - { id: x, title: X, url: \"javascript:alert(1)\" }\n"))],
        "content/events/clash.md:5:29",
    );
    assert!(err.contains("error[unsafe-url]"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_disguised_script_url_and_a_script_link_in_a_body() {
    let err = diagnose(
        &[(
            "content/events/clash.md",
            "---\ntitle: A clash\ndate: 2020-09-27\nsources:\n  - { id: x, title: X, url: \" JaVa&#x53;cript:alert(1)\" }\n---\nSee [the map](javascript:alert(1)).\n",
        )],
        "content/events/clash.md:7:5",
    );
    assert!(err.contains("--> content/events/clash.md:5:29"), "{err}");
    assert_eq!(err.matches("error[unsafe-url]").count(), 2);
    insta::assert_snapshot!(err);
}

#[test]
fn missing_and_unclosed_fences() {
    let err = diagnose(
        &[("content/parties/turkey.md", "name: Turkey\n"), ("content/parties/russia.md", "---\nname: Russia\n")],
        "content/parties/russia.md:1:1",
    );
    assert!(err.contains("error[unclosed-front-matter]"));
    assert!(err.contains("error[missing-front-matter]"));
    assert!(err.contains("--> content/parties/turkey.md:1:1"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_file_name_that_is_not_an_id() {
    let err = diagnose(&[("content/parties/Bad_Name.md", "---\nname: Bad\n---\n")], "content/parties/Bad_Name.md:1:1");
    assert!(err.contains("rename the file to `bad-name.md`"));
    insta::assert_snapshot!(err);
}

#[test]
fn the_same_id_for_a_party_and_an_event() {
    let err = diagnose(
        &[("content/events/armenia.md", "---\ntitle: Armenia\ndate: 2020\n---\n")],
        "content/parties/armenia.md:1:1",
    );
    assert!(err.contains("error[duplicate-id]"));
    assert!(err.contains("--> content/events/armenia.md:1:1"), "both files are named:\n{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn a_brief_outside_the_three_folders() {
    let err = diagnose(&[("content/notes.md", "---\ntitle: Notes\n---\n")], "content/notes.md:1:1");
    assert!(err.contains("error[misplaced-file]"));
    insta::assert_snapshot!(err);
}

#[test]
fn bytes_that_are_not_utf8() {
    let site = Site::empty();
    std::fs::create_dir_all(site.root().join("content/parties")).unwrap();
    std::fs::write(site.root().join("content/parties/cafe.md"), b"---\nname: Caf\xe9 Noir\n---\n").unwrap();
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("--> content/parties/cafe.md:2:10"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn unknown_participant_suggests_the_nearest_party() {
    let err =
        diagnose(&[("content/events/clash.md", &event("participants:\n  - armenai\n"))], "content/events/clash.md:5:5");
    assert!(err.contains("error[unknown-reference]: unknown party `armenai`"));
    assert!(err.contains("did you mean `armenia`?"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_participant_that_is_an_event() {
    let err = diagnose(
        &[
            ("content/events/war.md", "---\ntitle: War\ndate: 2020\n---\n"),
            ("content/events/clash.md", &event("participants:\n  - { party: war, role: side_a }\n")),
        ],
        "content/events/clash.md:5:14",
    );
    assert!(err.contains("error[wrong-kind]: `war` is an event, not a party"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_party_that_is_a_member_of_itself() {
    let err = diagnose(
        &[("content/parties/csto.md", "---\nname: CSTO\nkind: alliance\nmember_of:\n  - { party: csto }\n---\n")],
        "content/parties/csto.md:5:14",
    );
    assert!(err.contains("error[self-reference]"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_reference_to_a_draft() {
    let err = diagnose(
        &[
            ("content/parties/turkey.md", "---\nname: Turkey\ndraft: true\n---\n"),
            ("content/events/clash.md", &event("participants: [turkey]\n")),
        ],
        "content/events/clash.md:4:16",
    );
    assert!(err.contains("error[draft-reference]"));
    assert!(err.contains("--drafts"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_source_nobody_defines() {
    let err = diagnose(
        &[(
            "content/events/clash.md",
            &event(
                "claims:\n  - { by: armenia, text: \"x\", source: afp-2020-10-20 }\nsources:\n  - { id: afp-2020-10-02, publisher: AFP }\n",
            ),
        )],
        "content/events/clash.md:5:39",
    );
    assert!(err.contains("error[unknown-source]"));
    assert!(err.contains("did you mean `afp-2020-10-02`?"));
    insta::assert_snapshot!(err);
}

#[test]
fn one_source_id_defined_twice_differently() {
    let err = diagnose(
        &[
            ("content/events/clash.md", &event("sources:\n  - { id: afp, publisher: AFP, title: One }\n")),
            (
                "content/events/talks.md",
                "---\ntitle: Talks\ndate: 2020\nsources:\n  - { id: afp, publisher: AFP, title: Two }\n---\n",
            ),
        ],
        "content/events/talks.md:5:11",
    );
    assert!(err.contains("error[duplicate-source]"));
    assert!(err.contains("--> content/events/clash.md:5:11"), "the first definition is named too:\n{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn related_naming_the_brief_itself_or_one_brief_twice() {
    let err = diagnose(
        &[
            ("content/events/talks.md", "---\ntitle: Talks\ndate: 2020-10-10\n---\n"),
            ("content/events/clash.md", &event("related: [clash, talks, armenia, talks]\n")),
        ],
        "content/events/clash.md:4:11",
    );
    assert!(err.contains("error[self-reference]"), "{err}");
    assert!(err.contains("error[duplicate-reference]") && err.contains("--> content/events/clash.md:4:34"), "{err}");
    assert_eq!(err.matches("error[").count(), 2, "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn part_of_going_round_in_a_circle() {
    let err = diagnose(
        &[
            ("content/events/a.md", "---\ntitle: A\ndate: 2020\npart_of: b\n---\n"),
            ("content/events/b.md", "---\ntitle: B\ndate: 2020\npart_of: a\n---\n"),
        ],
        "content/events/a.md:4:10",
    );
    assert!(err.contains("a → b → a"));
    assert_eq!(err.matches("error[part-of-cycle]").count(), 1, "one cycle, one error");
    insta::assert_snapshot!(err);
}

#[test]
fn a_wikilink_to_nothing_suggests_the_nearest() {
    let err = diagnose(
        &[("content/pages/about.md", "---\ntitle: About\n---\nSee [[armenai]].\n")],
        "content/pages/about.md:4:5",
    );
    assert!(err.contains("did you mean `[[armenia]]`?"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_wikilink_to_a_shared_alias() {
    let err = diagnose(
        &[
            ("content/parties/turkey.md", "---\nname: Turkey\naliases: [The South]\n---\n"),
            ("content/parties/russia.md", "---\nname: Russia\naliases: [The South]\n---\n"),
            ("content/pages/about.md", "---\ntitle: About\n---\nSee [[The South]].\n"),
        ],
        "content/pages/about.md:4:5",
    );
    assert!(err.contains("error[ambiguous-link]"));
    assert!(err.contains("[[russia]] or [[turkey]]"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_markdown_link_to_no_page() {
    let err = diagnose(
        &[("content/pages/about.md", "---\ntitle: About\n---\nSee [the war](../events/nope/).\n")],
        "content/pages/about.md:4:5",
    );
    assert!(err.contains("error[broken-link]"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_link_to_a_missing_heading() {
    let err = diagnose(
        &[("content/pages/about.md", "---\ntitle: About\n---\nSee [[armenia#histroy]].\n")],
        "content/pages/about.md:4:5",
    );
    assert!(err.contains("did you mean `#history`?"));
    insta::assert_snapshot!(err);
}

#[test]
fn an_unknown_key_in_the_configuration() {
    let err = diagnose(&[("briefing.toml", "title = \"T\"\nautolnk = true\n")], "briefing.toml:2:1");
    assert!(err.contains("did you mean `autolink`?"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_base_url_that_would_send_links_to_another_host() {
    let err = diagnose(
        &[("briefing.toml", "title = \"T\"\nbase_url = \"https://example.org//evil.com/\"\n")],
        "briefing.toml:2:12",
    );
    assert!(err.contains("error[config]"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_theme_that_does_not_exist() {
    let err = diagnose(&[("briefing.toml", "theme = \"nope\"\n")], "briefing.toml:1:1");
    assert!(err.contains("error[unknown-theme]"));
    insta::assert_snapshot!(err);
}

#[test]
fn a_template_with_a_syntax_error() {
    let err = diagnose(
        &[(
            "templates/party.html",
            "{% extends \"base.html\" %}\n{% block content %}\n{% if %}\n{% endblock content %}\n",
        )],
        "templates/party.html:3:",
    );
    assert!(err.contains("error[template]"));
    insta::assert_snapshot!(err);
}

#[test]
fn all_errors_of_a_build_are_reported_together() {
    let err = diagnose(
        &[
            ("content/events/a.md", "---\ntitle: A\ndate: 2020-13\n---\n"),
            ("content/events/b.md", &event("participants: [armenai]\n")),
            ("content/parties/turkey.md", "---\nname: Turkey\nkindd: state\n---\n"),
        ],
        "content/events/a.md:3:7",
    );
    let order: Vec<usize> = ["content/events/a.md", "content/events/b.md", "content/parties/turkey.md"]
        .iter()
        .map(|f| err.find(&format!("--> {f}")).unwrap_or_else(|| panic!("{f} missing:\n{err}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "in file order:\n{err}");
    assert!(err.contains("\n3 errors: the site was not built"), "{err}");
    insta::assert_snapshot!(err);
}

/// A body whose fourth line is `words` characters of prose with `[[armenai]]` starting at
/// column `at`: the shape of pasted, minified content.
fn long_line(at: usize, total: usize) -> String {
    let filler = |n: usize| "word ".repeat(n / 5 + 1)[..n].to_string();
    let link = "[[armenai]]";
    format!("---\ntitle: About\n---\n{}{link}{}\n", filler(at - 1), filler(total - at + 1 - link.len()))
}

#[test]
fn a_diagnostic_far_along_a_long_line() {
    // Column 70,000 of a 100 KB line: past the 65,535 a format width can hold.
    let page = long_line(70_000, 100_000);
    let err = diagnose(&[("content/pages/about.md", &page)], "content/pages/about.md:4:70000");
    assert!(!err.contains("panicked"), "{err}");
    let shown = err.lines().find(|l| l.starts_with("4 |")).expect("the line is shown");
    assert!(shown.chars().count() < 140, "the line is clipped around the span, not shown whole: {} chars", shown.len());
    let carets = err.lines().find(|l| l.contains('^')).expect("carets");
    assert_eq!(carets.find('^'), shown.find("[[armenai]]"), "the carets stand under the link:\n{shown}\n{carets}");
    insta::assert_snapshot!(err);
}

#[test]
fn check_reports_far_along_a_long_line_in_both_formats() {
    let site = Site::empty();
    site.write("content/parties/armenia.md", ARMENIA);
    site.write("content/pages/about.md", &long_line(70_000, 100_000));
    let human = site.run(&["check"]);
    let err = stderr(&human);
    assert_eq!(human.status.code(), Some(1), "{err}");
    assert!(err.contains("--> content/pages/about.md:4:70000"), "{err}");
    assert!(err.len() < 2_000, "a clipped line, not 100 KB: {} bytes", err.len());
    let json = site.run(&["check", "--format", "json"]);
    assert_eq!(json.status.code(), Some(1), "{}", stderr(&json));
    let list: serde_json::Value = serde_json::from_slice(&json.stdout).expect("check prints JSON");
    let link = list.as_array().unwrap().iter().find(|d| d["code"] == "unknown-link").expect("the link is reported");
    assert_eq!((link["line"].as_u64(), link["column"].as_u64()), (Some(4), Some(70_000)));
}

#[test]
fn thousands_of_errors_on_one_line_print_a_few_and_count_the_rest() {
    let line: String = (0..5_000).map(|i| format!("[[nowhere-{i}]] ")).collect();
    let site = Site::empty();
    site.write("content/pages/about.md", &format!("---\ntitle: About\n---\n{line}\n"));
    let out = site.build(&[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.len() < 40_000, "a screenful, not every error with its line: {} bytes", err.len());
    assert_eq!(err.matches("error[unknown-link]").count(), 20, "{err}");
    let tail = &err[err.len().saturating_sub(600)..];
    assert!(err.contains("and 4980 more in content/pages/about.md (4980 errors)"), "{tail}");
    assert!(err.contains("5000 errors: the site was not built"), "the summary counts every error:\n{tail}");
    let json = site.run(&["check", "--format", "json"]);
    let list: serde_json::Value = serde_json::from_slice(&json.stdout).expect("check prints JSON");
    assert_eq!(list.as_array().unwrap().len(), 5_000, "JSON lists every error");
}

/// The most memory any `briefing` this test process ran has used, in bytes.
#[cfg(target_os = "linux")]
fn peak_rss_of_children() -> u64 {
    // SAFETY: getrusage only writes the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let status = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    assert_eq!(status, 0, "getrusage works");
    usage.ru_maxrss as u64 * 1024
}

#[cfg(target_os = "linux")]
#[test]
fn thousands_of_errors_on_one_long_line_keep_memory_small() {
    // 2,000 unknown links on one 62 KB line: each diagnostic used to keep and print the whole
    // line, 2,000 x 62 KB twice over.
    let line: String = (0..2_000).map(|i| format!("[[nowhere-{i}]] {}", "x".repeat(15))).collect();
    let site = Site::empty();
    site.write("content/pages/about.md", &format!("---\ntitle: About\n---\n{line}\n"));
    for args in [&["build"][..], &["check"], &["check", "--format", "json"]] {
        let out = site.run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
    }
    let peak = peak_rss_of_children();
    eprintln!("peak RSS of build and check: {} MB", peak / 1_000_000);
    assert!(peak < 100_000_000, "build or check used {} MB for one 62 KB file", peak / 1_000_000);
}

#[test]
fn heading_anchors_never_repeat_an_id_of_the_page() {
    let site = Site::empty();
    site.write("content/parties/azerbaijan.md", AZERBAIJAN);
    site.write(
        "content/parties/armenia.md",
        "---\nname: Republic of Armenia\nshort_name: Armenia\nkind: state\nrelations:\n  - { party: azerbaijan, kind: adversary, since: 1993 }\n---\n\
         Armenia[^1].\n\n## Connections\n\n## Neighbourhood\n\n## Sources\n\n## Mine {#link-preview}\n\n## Note {#1}\n\n[^1]: A note.\n",
    );
    let out = site.build(&[]);
    let err = stderr(&out);
    assert!(out.status.success(), "an id the page uses is a warning, not an error:\n{err}");
    assert_eq!(err.matches("warning[anchor-taken]").count(), 2, "{err}");
    assert!(err.contains("--> content/parties/armenia.md:16:1"), "{err}");
    let page = site.page("parties/armenia/");
    let mut ids: Vec<&str> = page.split(" id=\"").skip(1).map(|rest| &rest[..rest.find('"').unwrap()]).collect();
    assert!(ids.contains(&"neighbourhood") && ids.contains(&"connections"), "the page's own ids are there: {ids:?}");
    ids.sort_unstable();
    let repeated: Vec<&&str> = ids.windows(2).filter(|w| w[0] == w[1]).map(|w| &w[0]).collect();
    assert!(repeated.is_empty(), "ids used twice on the page: {repeated:?}");
}

#[test]
fn a_comma_in_unquoted_claim_text_inside_braces() {
    let err = diagnose(
        &[(
            "content/events/clash.md",
            &event("claims: [{by: armenia, text: Armenia attacked, killing civilians, and left}]\n"),
        )],
        "content/events/clash.md:4:48",
    );
    assert_eq!(err.matches("error[").count(), 1, "one mistake, one error:\n{err}");
    assert_eq!(help(&err), "put the whole text in quotes: `text: \"Armenia attacked, killing civilians, and left\"`");
    insta::assert_snapshot!(err);
    // In curly quotes, which YAML reads as letters, the help says to straighten them.
    let curly = diagnose(
        &[(
            "content/events/clash.md",
            &event("claims: [{by: armenia, text: “Armenia attacked, killing civilians”}]\n"),
        )],
        "content/events/clash.md:4:49",
    );
    assert_eq!(
        help(&curly),
        "curly quotes do not quote text in YAML: write straight ones, `text: \"Armenia attacked, killing civilians\"`"
    );
}

#[test]
fn an_interval_with_a_short_end_or_spaces_around_the_slash() {
    let short = diagnose(
        &[("content/events/clash.md", "---\ntitle: A clash\ndate: 2008-08-07/08\n---\n")],
        "content/events/clash.md:3:7",
    );
    assert_eq!(help(&short), "write the full end date: 2008-08-07/2008-08-08");
    let spaced = diagnose(
        &[("content/events/clash.md", "---\ntitle: A clash\ndate: 2008-08-07 / 2008-08-12\n---\n")],
        "content/events/clash.md:3:7",
    );
    assert_eq!(help(&spaced), "write it with no spaces around /: 2008-08-07/2008-08-12");
    insta::assert_snapshot!(format!("{short}\n{spaced}"));
}

#[test]
fn a_count_with_a_thousands_separator_or_a_decimal() {
    let err = diagnose(
        &[(
            "content/events/clash.md",
            &event(
                "casualties:\n  - { of: civilians, count: 1.747, claimed_by: armenia }\n  - { of: military, low: 2.5, high: 4, claimed_by: armenia }\n",
            ),
        )],
        "content/events/clash.md:5:29",
    );
    assert_eq!(err.matches("error[").count(), 2, "one error per mistake:\n{err}");
    assert!(!err.contains("has no number"), "{err}");
    assert!(err.contains("= help: thousands are written without separators: 1747"), "{err}");
    assert!(err.contains("= help: a figure counts people, so it is a whole number"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn an_unknown_of_lists_the_group_words_nearest_first() {
    let err = diagnose(
        &[("content/events/clash.md", &event("casualties:\n  - { of: armenai, count: 3, claimed_by: armenia }\n"))],
        "content/events/clash.md:5:11",
    );
    assert_eq!(
        help(&err),
        "did you mean `armenia`? `of` takes a party id or one of the words military, civilians, unknown"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn a_source_id_where_a_party_belongs() {
    let err = diagnose(
        &[(
            "content/events/clash.md",
            &event(
                "claims:\n  - { by: hrw-report, text: there was shelling, source: hrw-report }\nsources:\n  - { id: hrw-report, publisher: HRW, title: Up in Flames }\n",
            ),
        )],
        "content/events/clash.md:5:11",
    );
    assert!(err.contains("error[wrong-kind]: `hrw-report` is a source, not a party"), "{err}");
    assert!(help(&err).contains("`by` names the party who says or claims it"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn ids_listed_with_commas_but_no_brackets() {
    let err = diagnose(
        &[("content/events/clash.md", &event("participants: armenia, azerbaijan\nsources: a-report, b-report\n"))],
        "content/events/clash.md:4:15",
    );
    assert!(err.contains("= help: several ids are a list in brackets: `participants: [armenia, azerbaijan]`"), "{err}");
    assert!(err.contains("= help: several ids are a list in brackets: `sources: [a-report, b-report]`"), "{err}");
    assert!(!err.contains("did you mean"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn an_apostrophe_inside_single_quotes() {
    let err = diagnose(
        &[("content/events/clash.md", "---\ntitle: A clash\ndate: 2020-09-27\nplace: 'Stepanakert's centre'\n---\n")],
        "content/events/clash.md:4:8",
    );
    assert!(
        help(&err).starts_with("inside '...' an apostrophe ends the text: write \"Stepanakert's centre\""),
        "{err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn a_list_of_one_where_one_value_belongs() {
    let err = diagnose(&[("content/events/clash.md", &event("part_of: [war]\n"))], "content/events/clash.md:4:10");
    assert_eq!(help(&err), "`part_of` takes one value, not a list: write `part_of: war`");
    insta::assert_snapshot!(err);
}

#[test]
fn tags_listed_with_commas_but_no_brackets() {
    let err = diagnose(&[("content/events/clash.md", &event("tags: fighting, war\n"))], "content/events/clash.md:4:7");
    assert_eq!(help(&err), "several tags are a list in brackets: `tags: [fighting, war]`");
    insta::assert_snapshot!(err);
}

#[test]
fn an_article_before_a_name_that_starts_with_it() {
    let rebels = "---\nname: Hill rebels of the north\nshort_name: the rebels\nkind: armed_group\narticle: the\n---\n";
    let err = diagnose(&[("content/parties/rebels.md", rebels)], "content/parties/rebels.md:5:10");
    assert!(err.contains("would read \"the the rebels\""), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn a_missing_heading_lists_a_few_of_the_page_headings_each_clipped() {
    // Twelve headings, the first a pasted minified line: the hint names eight, cuts the long
    // one, counts the rest, and stays one line a terminal can show.
    let mut body = format!("## {}\n\n", "war-history-minified-".repeat(40));
    for n in 0..11 {
        body.push_str(&format!("## Part {n}\n\n"));
    }
    let err = diagnose(
        &[
            ("content/pages/history.md", &format!("---\ntitle: History\n---\n{body}")),
            ("content/pages/intro.md", "---\ntitle: Intro\n---\nSee [[history#zzz-nothing-like-it]].\n"),
        ],
        "content/pages/intro.md",
    );
    let hint = help(&err);
    assert!(hint.starts_with("its headings are: `#war-history-minified-"), "{err}");
    assert!(hint.ends_with(" and 4 more"), "{hint}");
    assert!(err.lines().all(|l| l.chars().count() < 400), "a line is not clipped:\n{err}");
}
