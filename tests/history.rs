//! Figures over time, corrections and the site as of a day (tests/sites/tracker, a fictional
//! conflict): what a reader sees of a figure's earlier values, its chart, the exports a data
//! desk opens, the corrections page and feed, and `build --as-of` across every kind of brief.

mod common;

use common::{Site, hrefs, section, stderr, text};

fn built() -> Site {
    let site = Site::copy("tracker");
    site.build_ok();
    site
}

/// The wide drawing of the chart with id `id` on a page.
fn wide_svg<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html.find(&format!("id=\"{id}-svg\"")).unwrap_or_else(|| panic!("no chart {id}"));
    let rest = &html[start..];
    &rest[..rest.find("</svg>").expect("the drawing is closed")]
}

/// The value of attribute `name` of each element that starts with `open` in `svg`.
fn attributes(svg: &str, open: &str, name: &str) -> Vec<f64> {
    svg.match_indices(open)
        .map(|(i, _)| {
            let element = &svg[i..i + svg[i..].find('>').expect("the element ends")];
            let at = element.find(&format!(" {name}=\"")).unwrap_or_else(|| panic!("no {name} in {element}"));
            let value = &element[at + name.len() + 3..];
            value[..value.find('"').unwrap()].parse().expect("a number")
        })
        .collect()
}

#[test]
fn a_figure_shows_its_previous_value_and_what_kind_of_number_it_is() {
    let site = built();
    let war = site.page("events/war/");
    let figures = text(section(&war, "casualties"));
    assert!(figures.contains("171 (163 on 5 October 2020) Claimed"), "{figures}");
    assert!(figures.contains("40–60 (best estimate 52) (19–30 on 3 October 2020) Estimate: excludes the missing"));
    // A figure without a history shows no earlier value.
    assert!(figures.contains("nearly 90 2 October 2020"), "{figures}");
}

#[test]
fn each_figure_with_a_history_is_drawn_over_time_with_its_sources() {
    let site = built();
    let war = site.page("events/war/");
    // One chart per figure with earlier values; the claimants are never one line.
    assert_eq!(war.matches("class=\"chart\" id=\"figure-").count(), 2, "two figures have a history");
    assert!(!war.contains("id=\"figure-3-over-time\""), "a figure with one value has no chart");

    let svg = wide_svg(&war, "figure-1-over-time");
    let xs = attributes(svg, "<circle class=\"series-mark", "cx");
    let ys = attributes(svg, "<circle class=\"series-mark", "cy");
    assert_eq!(xs.len(), 3, "158, 163 and 171 each have a mark");
    assert!(xs.windows(2).all(|w| w[0] < w[1]), "later is further right: {xs:?}");
    assert!(ys.windows(2).all(|w| w[0] > w[1]), "a higher toll is drawn higher: {ys:?}");
    for (x, y) in xs.iter().zip(&ys) {
        assert!((0.0..=640.0).contains(x) && (0.0..=210.0).contains(y), "inside the frame: {x}, {y}");
    }
    // Each value links to its source in the page's list, and says which in its title.
    let links: Vec<String> = hrefs(svg);
    assert_eq!(links.len(), 3);
    let sources = section(&war, "sources");
    for link in &links {
        let anchor = link.strip_prefix('#').expect("a link within the page");
        assert!(sources.contains(&format!("id=\"{anchor}\"")), "{link} is in the source list");
    }
    assert!(svg.contains("<title>158 on 2 October 2020 (Wire)</title>"), "{svg}");
    assert!(svg.contains("<title>171 on 9 October 2020 (Northland defence ministry)</title>"));
    // The labels of the values are kept apart.
    let labels = attributes(svg, "<text class=\"series-label\"", "x");
    assert!(labels.windows(2).all(|w| w[1] - w[0] > 20.0), "{labels:?}");
    // A range is drawn from low to high, and the key says so.
    let civilians = wide_svg(&war, "figure-2-over-time");
    assert_eq!(civilians.matches("class=\"series-range\"").count(), 2, "both values are ranges");
    let chart = section(&war, "figure-2-over-time");
    assert!(text(chart).contains("From low to high"));
    // The table under the chart holds every value with its date, status and source.
    let table = text(&war[war.find("id=\"figure-1-over-time\"").unwrap()..]);
    assert!(table.contains("2 October 2020 158 – Wire"), "{table}");
    assert!(table.contains("5 October 2020 163 Provisional Wire"), "{table}");
    // The claimant's page draws its figure too, naming the event.
    let northland = site.page("parties/northland/");
    let chart = section(&northland, "figure-1-over-time");
    assert!(
        text(chart)
            .contains("The river war: Killed (Military personnel of Northland) according to Northland, over time"),
        "{}",
        text(chart)
    );
    assert_eq!(wide_svg(&northland, "figure-1-over-time").matches("<circle class=\"series-mark").count(), 3);
}

#[test]
fn a_history_is_oldest_first_dated_and_before_the_figure() {
    let site = Site::copy("tracker");
    site.write(
        "content/events/counts.md",
        "---\ntitle: Counts\ndate: 2020-10-01\nparticipants: [northland]\ncasualties:\n\
         \x20 - { of: northland, count: 9, as_of: 2020-10-05, source: wire-1, history: [{ as_of: 2020-10-02, count: 4, source: nowhere }] }\n\
         \x20 - { of: northland, count: 9, as_of: 2020-10-05, claimed_by: northland, source: wire-1,\n\
         \x20     history: [{ as_of: 2020-10-03, count: 5 }, { as_of: 2020-10-02, count: 4 }] }\n\
         \x20 - { of: northland, count: 9, as_of: 2020-10-05, source: wire-1, history: [{ as_of: 2020-10-06, count: 12 }] }\n\
         \x20 - { of: northland, count: 9, source: wire-1, history: [{ as_of: 2020-10-02, count: 4 }] }\n\
         \x20 - { of: northland, count: 9, as_of: 2020-10-05, source: wire-1, history: [{ count: 4 }, { as_of: 2020-10-01, count: 4, high: 3 }] }\n\
         ---\nText.\n",
    );
    let out = site.build(&[]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("the history is out of order: 2 October 2020 comes after 3 October 2020"), "{err}");
    assert!(err.contains("content/events/counts.md:8:59"), "at the entry's date: {err}");
    assert!(err.contains("an earlier value is dated 6 October 2020, not before the figure's `as_of` (5 October 2020)"));
    assert!(err.contains("a figure with a `history` needs its own `as_of`"), "{err}");
    assert!(err.contains("`casualties.4.history.0` entry has no `as_of`"), "{err}");
    assert!(err.contains("a figure has both `count` and `low`/`best`/`high`"), "{err}");
    let nowhere = "no brief defines the source `nowhere`\n --> content/events/counts.md:6:";
    assert!(err.contains(nowhere), "a history's source is checked like any other: {err}");
    assert!(!site.exists("events/counts/"), "nothing is written");
}

/// The fields of a CSV line, as RFC 4180 reads them.
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

#[test]
fn the_figures_export_has_a_row_per_value_with_its_attribution() {
    let site = Site::copy("tracker");
    // A caveat with a comma and quotes, and a claimant's name a spreadsheet would run.
    let war = std::fs::read_to_string(site.root().join("content/events/war.md")).unwrap();
    site.write(
        "content/events/war.md",
        &war.replace("caveat: excludes the missing", "caveat: 'excludes the \"missing\", for now'"),
    );
    let southland = std::fs::read_to_string(site.root().join("content/parties/southland.md")).unwrap();
    site.write("content/parties/southland.md", &southland.replace("name: Southland", "name: \"=Southland\""));
    site.build_ok();
    let csv = site.page("data/figures.csv");
    assert!(csv.ends_with("\r\n") && csv.matches("\r\n").count() == csv.lines().count(), "CRLF line ends");
    let mut lines = csv.lines();
    let header = csv_fields(lines.next().unwrap());
    let expected = "event,event_title,counted,counted_id,party,kind,claimant,claimant_name,value,count,qualifier,low,best,high,as_of,status,caveat,source_id,source_url,event_url";
    assert_eq!(header.join(","), expected);
    let rows: Vec<Vec<String>> = lines.map(csv_fields).collect();
    assert_eq!(rows.len(), 6, "three values, two and one");
    assert!(rows.iter().all(|r| r.len() == header.len()), "{rows:?}");
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let first = &rows[0];
    assert_eq!(
        (first[col("value")].as_str(), first[col("count")].as_str(), first[col("as_of")].as_str()),
        ("earlier", "158", "2020-10-02")
    );
    assert_eq!(first[col("claimant")], "northland");
    assert_eq!(first[col("counted")], "Military personnel of Northland");
    assert_eq!(first[col("source_id")], "wire-1");
    assert_eq!(first[col("source_url")], "https://news.example.net/1");
    assert_eq!(rows[2][col("value")], "latest");
    assert_eq!(rows[2][col("status")], "claimed");
    let estimate = &rows[4];
    assert_eq!((estimate[col("low")].as_str(), estimate[col("best")].as_str()), ("40", "52"));
    assert_eq!(estimate[col("caveat")], "excludes the \"missing\", for now");
    assert!(csv.contains(",\"excludes the \"\"missing\"\", for now\","), "quoted as RFC 4180 says");
    assert_eq!(rows[5][col("claimant_name")], "'=Southland", "a formula is shown as text");

    let json: serde_json::Value = serde_json::from_str(&site.page("data/figures.json")).expect("figures.json parses");
    let figures = json["figures"].as_array().unwrap();
    assert_eq!(figures.len(), 6);
    assert_eq!(figures[4]["caveat"], "excludes the \"missing\", for now");
    assert_eq!(figures[0]["count"], 158);
    assert_eq!(figures[5]["claimant_name"], "=Southland", "JSON keeps the name as written");
}

#[test]
fn corrections_are_on_their_pages_in_their_feed_and_in_json_ld() {
    let site = built();
    let war = site.page("events/war/");
    let corrections = section(&war, "corrections");
    let shown = text(corrections);
    assert!(shown.contains("Corrections Correction , 6 October 2020 : An earlier version"), "{shown}");
    assert!(corrections.contains("id=\"correction-2\""));
    assert!(
        war.contains("\"correction\":[{\"@type\":\"CorrectionComment\",\"datePublished\":\"2020-10-06\""),
        "JSON-LD"
    );
    assert!(war.contains("\"url\":\"https://example.org/tracker/events/war/#correction-1\""));

    let page = site.page("corrections/");
    let entries: Vec<&str> =
        page.match_indices("<li><span class=\"correction-kind\">").map(|(i, _)| &page[i..]).collect();
    assert_eq!(entries.len(), 3);
    assert!(text(entries[0]).starts_with("Update , 9 October 2020 , The river war"), "newest first");
    assert!(hrefs(entries[2]).contains(&"/tracker/about/#correction-1".to_string()));
    assert!(hrefs(&site.page("")).contains(&"/tracker/corrections/".to_string()), "the footer links the page");

    let feed = site.page("corrections/atom.xml");
    assert_eq!(feed.matches("<entry>").count(), 3);
    assert!(feed.contains("<title>Update to The river war</title>"));
    assert!(feed.contains("<id>https://example.org/tracker/events/war/#correction-2</id>"));

    // A site without corrections has no such page, and links none.
    let plain = Site::copy("languages");
    plain.build_ok();
    assert!(!plain.exists("corrections/index.html"));
    assert!(!plain.page("").contains("corrections/"));
}

#[test]
fn a_site_as_of_a_day_leaves_out_what_came_later() {
    let site = Site::copy("tracker");
    let out = site.build(&["--as-of", "2020-10-04"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Every page says which day it shows.
    for page in ["", "events/war/", "parties/northland/", "about/", "corrections/", "events/"] {
        let html = site.page(page);
        assert!(text(&html).contains("This is the explainer as it stood on 4 October 2020"), "{page} has the banner");
    }
    // An event of 6 October is not there, nor in any list, and links to it are plain text.
    assert!(!site.exists("events/bridge/index.html"));
    assert!(!site.page("events/").contains("The bridge"));
    assert!(!site.page("sitemap.xml").contains("events/bridge/"));
    assert!(!site.page("search/index.js").contains("The bridge"));
    let opening = site.page("events/opening/");
    assert!(text(&opening).contains("What followed is told in bridge."));
    assert!(!opening.contains("events/bridge/"));
    // Each figure as it stood: the latest value up to the day, its history cut there.
    let war = site.page("events/war/");
    let figures = text(section(&war, "casualties"));
    assert!(figures.contains("158 2 October 2020"), "{figures}");
    assert!(!figures.contains("171") && !figures.contains("163"), "{figures}");
    assert!(figures.contains("19–30 3 October 2020"), "{figures}");
    assert!(!war.contains("figure-1-over-time"), "one value left: no chart");
    // Claims, corrections, relations and memberships dated after it are gone.
    assert!(!war.contains("it will hold the bridge"));
    assert!(war.contains("Southland fired first"));
    assert!(!war.contains("id=\"corrections\""), "both corrections of the war came later");
    let northland = site.page("parties/northland/");
    let relations = section(&northland, "relations");
    assert!(!relations.contains("parties/monitors/"), "the alliance began on 5 October");
    assert!(relations.contains("parties/southland/"));
    // The River Pact still mentions Northland in its text, but took it in on 6 October.
    let facts = &northland[..northland.find("id=\"mentioned-in\"").unwrap()];
    assert!(!facts.contains("parties/river-pact/"), "the membership began on 6 October");
    // The war was still going: its interval is open on the day.
    assert_eq!(site.page("data/figures.csv").lines().count(), 4, "a header and three values");
    let corrections = site.page("corrections/");
    assert_eq!(corrections.matches("<li><span class=\"correction-kind\">").count(), 1);

    // Before any figure was published, the war has none.
    let early = Site::copy("tracker");
    assert!(early.build(&["--as-of", "2020-09-28"]).status.success());
    assert!(!early.page("events/war/").contains("id=\"casualties\""));
    assert!(!early.exists("corrections/index.html"), "no correction yet, no page");
}

#[test]
fn as_of_takes_one_day_and_says_so_otherwise() {
    let site = Site::copy("tracker");
    for wrong in ["2020-10", "yesterday", "2020-10-02/2020-10-05", "2020-10-02~"] {
        let out = site.build(&["--as-of", wrong]);
        assert!(!out.status.success(), "{wrong} is refused");
        let err = stderr(&out);
        assert!(err.contains("--as-of") && err.contains("YYYY-MM-DD"), "{wrong}: {err}");
    }
}

#[test]
fn translations_lose_the_same_entries_as_their_originals() {
    // The languages fixture: the clash of 27 September has a claim of that day, translated.
    let site = Site::copy("languages");
    let out = site.build(&["--as-of", "2020-09-26"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!site.exists("events/clash/index.html"));
    assert!(!site.exists("fr/events/clash/index.html"), "nor its translation");
    let out = site.build(&["--as-of", "2020-09-27"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(site.exists("fr/events/clash/index.html"));
}

#[test]
fn a_translation_gives_the_text_of_corrections_and_caveats() {
    let site = Site::copy("tracker");
    let config = std::fs::read_to_string(site.root().join("briefing.toml")).unwrap();
    site.write("briefing.toml", &format!("{config}languages = [\"en\", \"fr\"]\n"));
    site.write(
        "content/events/war.fr.md",
        "---\ntitle: La guerre du fleuve\ncasualties:\n  - {}\n  - { caveat: sans les disparus }\n\
         corrections:\n  - { text: Une version précédente donnait 185 morts. }\n---\nLa guerre.\n",
    );
    site.build_ok();
    let war = site.page("fr/events/war/");
    assert!(text(section(&war, "casualties")).contains("Estimation : sans les disparus"));
    let corrections = text(section(&war, "corrections"));
    assert!(corrections.contains("Une version précédente donnait 185 morts."), "{corrections}");
    // The second correction is not translated: it keeps the original's words.
    assert!(corrections.contains("Added the monitors' estimate"), "{corrections}");

    // On 7 October the estimate of the 8th was not out: the figure is the range of the 3rd,
    // and the caveat translated for the later value is not put on it.
    let out = site.build(&["--as-of", "2020-10-07"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let war = site.page("fr/events/war/");
    assert!(text(section(&war, "casualties")).contains("19–30"));
    assert!(!war.contains("sans les disparus"));
    assert!(war.contains("Une version précédente donnait 185 morts."), "the correction of the 6th stands");
}

/// Runs git in `dir` with a fixed author and the commit dated `day` (noon UTC), so history
/// reads the same on every machine.
fn git(dir: &std::path::Path, day: &str, args: &[&str]) {
    let stamp = format!("{day}T12:00:00Z");
    let out = std::process::Command::new("git")
        .args([
            "-c",
            "user.name=Desk",
            "-c",
            "user.email=desk@example.org",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "tag.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_DATE", &stamp)
        .env("GIT_COMMITTER_DATE", &stamp)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// The tracker in a repository of its own: a first commit tagged `v1` on 2 October.
fn tracked() -> Site {
    let site = Site::copy("tracker");
    git(site.root(), "2020-10-02", &["init", "-q"]);
    git(site.root(), "2020-10-02", &["add", "-A"]);
    git(site.root(), "2020-10-02", &["commit", "-qm", "First version"]);
    git(site.root(), "2020-10-02", &["tag", "v1"]);
    site
}

fn edit(site: &Site, rel: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(site.root().join(rel)).unwrap();
    assert!(text.contains(from), "{rel} has {from}");
    site.write(rel, &text.replacen(from, to, 1));
}

#[test]
fn each_brief_lists_the_commits_that_changed_it() {
    let site = tracked();
    edit(&site, "content/events/war.md", "The war began", "The river war began");
    git(site.root(), "2020-10-10", &["commit", "-qam", "Name the war in its first line"]);
    site.build_ok();
    let war = site.page("events/war/");
    let history = text(section(&war, "page-history"));
    assert!(
        history.ends_with("History 10 October 2020 : Name the war in its first line 2 October 2020 : First version"),
        "{history}"
    );
    assert!(war.contains("\"dateModified\":\"2020-10-10\""), "the last commit is the page's last change");
    let bridge = site.page("events/bridge/");
    assert!(text(section(&bridge, "page-history")).ends_with("History 2 October 2020 : First version"));
    // As of a day, the commits after it are not listed either.
    assert!(site.build(&["--as-of", "2020-10-05"]).status.success());
    let war = site.page("events/war/");
    assert!(text(section(&war, "page-history")).ends_with("History 2 October 2020 : First version"));
    assert!(war.contains("\"dateModified\":\"2020-10-02\""), "{war}");

    // A site can keep its commit messages off its pages.
    let config = std::fs::read_to_string(site.root().join("briefing.toml")).unwrap();
    site.write("briefing.toml", &format!("{config}[build]\nhistory = false\n"));
    site.build_ok();
    assert!(!site.page("events/war/").contains("id=\"page-history\""));
    // And a site in no repository has no history, and no complaint.
    let plain = built();
    assert!(!plain.page("events/war/").contains("id=\"page-history\""));
}

#[test]
fn a_shallow_clone_is_said_and_shows_no_history() {
    let site = tracked();
    edit(&site, "content/events/war.md", "The war began", "The river war began");
    git(site.root(), "2020-10-10", &["commit", "-qam", "Second"]);
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", site.root().display());
    git(clone.path(), "2020-10-10", &["clone", "-q", "--depth", "1", &url, "site"]);
    let root = clone.path().join("site");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(["build", "--root"])
        .arg(&root)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("warning[shallow-history]: the site's git repository is a shallow clone"), "{err}");
    assert!(err.contains("git fetch --unshallow"), "{err}");
    let war = std::fs::read_to_string(root.join("public/events/war/index.html")).unwrap();
    assert!(!war.contains("id=\"page-history\""), "no history guessed from one commit");
}

#[test]
fn a_figure_changed_since_the_last_tag_with_nothing_to_say_so_is_a_silent_edit() {
    let site = tracked();
    edit(&site, "content/events/war.md", "count: 171", "count: 175");
    let out = site.run(&["check"]);
    let err = stderr(&out);
    assert!(
        err.contains("warning[silent-edit]: this figure was 171 at the tag `v1` and is 175 now, with nothing to say so\n --> content/events/war.md:9:5"),
        "{err}"
    );
    assert!(err.contains("add the old value to the figure's `history` (oldest first) as `{ as_of: 2020-10-09, count: 171, source: north-ministry }`"), "{err}");
    assert_eq!(err.matches("silent-edit").count(), 1, "{err}");

    // Kept as an earlier value, the change is on the record.
    edit(
        &site,
        "content/events/war.md",
        "      - { as_of: 2020-10-05, count: 163, source: wire-2, status: provisional }",
        "      - { as_of: 2020-10-05, count: 163, source: wire-2, status: provisional }\n      - { as_of: 2020-10-09, count: 171, source: north-ministry }",
    );
    edit(&site, "content/events/war.md", "as_of: 2020-10-09", "as_of: 2020-10-10");
    let err = stderr(&site.run(&["check"]));
    assert!(!err.contains("silent-edit"), "{err}");

    // So is a correction; a figure taken away without one is not.
    let site = tracked();
    edit(
        &site,
        "content/events/war.md",
        "  - { of: southland, kind: killed, count: 90, qualifier: nearly, as_of: 2020-10-02, claimed_by: southland, source: wire-1 }\n",
        "",
    );
    let err = stderr(&site.run(&["check"]));
    assert!(err.contains("a figure of the tag `v1` (nearly 90 killed) is gone, with nothing to say so"), "{err}");
    edit(
        &site,
        "content/events/war.md",
        "corrections:\n",
        "corrections:\n  - { date: 2020-10-10, text: \"Southland's figure was Northland's; it is removed.\" }\n",
    );
    let err = stderr(&site.run(&["check"]));
    assert!(!err.contains("silent-edit"), "{err}");

    // Commits after the tag are compared with the tag, not with each other.
    let site = tracked();
    edit(&site, "content/events/war.md", "count: 171", "count: 175");
    git(site.root(), "2020-10-11", &["commit", "-qam", "A new toll"]);
    assert!(stderr(&site.run(&["check"])).contains("silent-edit"));
}

#[test]
fn a_silent_edit_is_found_in_a_history_a_renamed_file_and_a_deleted_event_but_not_in_a_reordering() {
    // An earlier value changed.
    let site = tracked();
    edit(
        &site,
        "content/events/war.md",
        "{ as_of: 2020-10-02, count: 158, source: wire-1 }",
        "{ as_of: 2020-10-02, count: 150, source: wire-1 }",
    );
    let err = stderr(&site.run(&["check"]));
    assert!(
        err.contains("the earlier value 158 of 2 October 2020, published at the tag `v1`, is gone or changed"),
        "{err}"
    );

    // The file renamed and the number changed.
    let site = tracked();
    git(site.root(), "2020-10-03", &["mv", "content/events/war.md", "content/events/river-war.md"]);
    for file in ["content/events/bridge.md", "content/events/opening.md"] {
        edit(&site, file, "part_of: war", "part_of: river-war");
    }
    let war = std::fs::read_to_string(site.root().join("content/events/river-war.md")).unwrap();
    site.write("content/events/river-war.md", &war.replace("count: 171", "count: 175"));
    let err = stderr(&site.run(&["check"]));
    // The id changed with the name, and its URL with it: another event, and the old one is gone.
    assert!(err.contains("the event `war` of the tag `v1` is gone, and its 3 sourced figures with it"), "{err}");

    // Two figures of one claimant, kind and date listed the other way round: no number changed.
    let site = tracked();
    edit(
        &site,
        "content/events/war.md",
        "  - { of: southland, kind: killed, count: 90, qualifier: nearly, as_of: 2020-10-02, claimed_by: southland, source: wire-1 }\n",
        "  - { of: southland, kind: killed, count: 50, as_of: 2020-10-02, claimed_by: southland, source: wire-1 }\n  - { of: southland, kind: killed, count: 90, qualifier: nearly, as_of: 2020-10-02, claimed_by: southland, source: wire-1 }\n",
    );
    git(site.root(), "2020-10-03", &["commit", "-qam", "A second Southland figure"]);
    git(site.root(), "2020-10-03", &["tag", "v2"]);
    let war = std::fs::read_to_string(site.root().join("content/events/war.md")).unwrap();
    let first =
        "  - { of: southland, kind: killed, count: 50, as_of: 2020-10-02, claimed_by: southland, source: wire-1 }\n";
    let second = "  - { of: southland, kind: killed, count: 90, qualifier: nearly, as_of: 2020-10-02, claimed_by: southland, source: wire-1 }\n";
    site.write("content/events/war.md", &war.replace(&format!("{first}{second}"), &format!("{second}{first}")));
    let err = stderr(&site.run(&["check"]));
    assert!(!err.contains("silent-edit"), "{err}");

    // The last tag is the nearest one behind HEAD, whatever the commits' dates: a tag on a
    // commit dated later, on another branch, is not it.
    git(site.root(), "2020-10-03", &["checkout", "-q", "-b", "side"]);
    edit(&site, "content/events/war.md", "count: 171", "count: 999");
    git(site.root(), "2020-12-01", &["commit", "-qam", "Elsewhere"]);
    git(site.root(), "2020-12-01", &["tag", "zz-side"]);
    git(site.root(), "2020-12-01", &["checkout", "-q", "-"]);
    edit(&site, "content/events/war.md", "count: 171", "count: 999");
    let err = stderr(&site.run(&["check"]));
    assert!(err.contains("this figure was 171 at the tag `v2` and is 999 now"), "{err}");

    // An event deleted since the tag.
    let site = tracked();
    site.remove("content/events/bridge.md");
    let err = stderr(&site.run(&["check"]));
    assert!(!err.contains("the event `bridge`"), "the bridge had no figures: {err}");
    let site = tracked();
    for file in ["content/events/bridge.md", "content/events/opening.md"] {
        edit(&site, file, "part_of: war\n", "");
    }
    site.remove("content/events/war.md");
    let err = stderr(&site.run(&["check"]));
    assert!(err.contains("the event `war` of the tag `v1` is gone, and its 3 sourced figures with it"), "{err}");
}

#[test]
fn an_entry_that_cannot_be_read_does_not_move_the_errors_of_the_next() {
    let site = Site::copy("tracker");
    site.write(
        "content/events/counts.md",
        "---\ntitle: Counts\ndate: 2020-10-01\nparticipants: [northland]\ncasualties:\n  - { of: northland }\n  - { of: northland, count: 3, claimed_by: nowhereland, source: nosuch }\nclaims:\n  - { by: northland }\n  - { by: nobody, text: it happened }\n---\nText.\n",
    );
    let err = stderr(&site.build(&[]));
    assert!(err.contains("this casualty figure has no number\n --> content/events/counts.md:6:5"), "{err}");
    assert!(err.contains("unknown party `nowhereland`\n --> content/events/counts.md:7:44"), "{err}");
    assert!(err.contains("no brief defines the source `nosuch`\n --> content/events/counts.md:7:65"), "{err}");
    assert!(err.contains("unknown party `nobody`\n  --> content/events/counts.md:10:11"), "{err}");
}

#[test]
fn as_of_a_day_a_source_defined_by_a_later_event_still_backs_what_cites_it() {
    let site = Site::copy("tracker");
    // The bridge (6 October) defines `wire-3`; the first shots (27 September) cite it too.
    let opening = std::fs::read_to_string(site.root().join("content/events/opening.md")).unwrap();
    site.write(
        "content/events/opening.md",
        &opening.replace("related: [bridge]\n", "related: [bridge]\nclaims:\n  - { by: northland, text: \"the shots came from the south\", date: 2020-09-27, source: wire-3 }\n"),
    );
    // A month-dated claim may be of the 31st: not known on the 4th.
    let war = std::fs::read_to_string(site.root().join("content/events/war.md")).unwrap();
    site.write(
        "content/events/war.md",
        &war.replace("  - { by: northland, text: \"Southland fired first\"", "  - { by: southland, text: \"it never fired\", date: 2020-10, source: wire-1 }\n  - { by: northland, text: \"Southland fired first\""),
    );
    let out = site.build(&["--as-of", "2020-10-04"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let opening = site.page("events/opening/");
    let claims = section(&opening, "claims");
    assert!(claims.contains("href=\"#source-"), "the claim keeps its citation: {claims}");
    assert!(text(section(&opening, "sources")).contains("Bridge taken"), "and its source is listed");
    assert!(!site.page("events/war/").contains("it never fired"));
    // A typo in a source id is still an error as of a day.
    site.write("content/events/opening.md", &opening_with_typo(&site));
    let out = site.build(&["--as-of", "2020-10-04"]);
    assert!(stderr(&out).contains("no brief defines the source `wire-33`"), "{}", stderr(&out));
}

fn opening_with_typo(site: &Site) -> String {
    std::fs::read_to_string(site.root().join("content/events/opening.md"))
        .unwrap()
        .replace("source: wire-3 }", "source: wire-33 }")
}

#[test]
fn corrections_keep_their_order_and_dates_say_the_day() {
    let site = Site::copy("tracker");
    let config = std::fs::read_to_string(site.root().join("briefing.toml")).unwrap();
    site.write("briefing.toml", &format!("{config}languages = [\"en\", \"fr\"]\n"));
    // Listed newest first: the translation's texts follow the file's order.
    edit(
        &site,
        "content/events/war.md",
        "  - { date: 2020-10-06, kind: correction, text: \"An earlier version gave Northland's toll of 2 October as 185; its ministry said 158.\" }\n  - { date: 2020-10-09, kind: update, text: \"Added the monitors' estimate of 8 October.\" }\n",
        "  - { date: 2020-10-09, kind: update, text: \"Added the monitors' estimate of 8 October.\" }\n  - { date: 2020-10-06, kind: correction, text: \"An earlier version gave Northland's toll of 2 October as 185; its ministry said 158.\" }\n",
    );
    site.write(
        "content/events/war.fr.md",
        "---\ncorrections:\n  - { text: Ajout de l’estimation du 8 octobre. }\n  - { text: La version précédente donnait 185. }\n---\n",
    );
    site.build_ok();
    let war = text(section(&site.page("fr/events/war/"), "corrections"));
    assert!(war.contains("Mise à jour , 9 octobre 2020 : Ajout de l’estimation du 8 octobre."), "{war}");
    assert!(war.contains("Correction , 6 octobre 2020 : La version précédente donnait 185."), "{war}");

    // A caveat only the translation gives, a correction dated by its month, an earlier value
    // dated by an interval: each an error at its place.
    site.write("content/events/war.fr.md", "---\ncasualties:\n  - { caveat: seulement en français }\n---\n");
    let err = stderr(&site.build(&[]));
    assert!(
        err.contains("the original's figure has no `caveat` to translate\n --> content/events/war.fr.md:3:"),
        "{err}"
    );
    edit(&site, "content/events/war.md", "{ date: 2020-10-09, kind: update", "{ date: 2020-10, kind: update");
    edit(
        &site,
        "content/events/war.md",
        "{ as_of: 2020-10-02, count: 158",
        "{ as_of: 2020-10-01/2020-10-02, count: 158",
    );
    let err = stderr(&site.build(&[]));
    assert!(err.contains("a correction is dated to the day it was made, not October 2020"), "{err}");
    assert!(err.contains("an earlier value is dated by one day, month or year, not an interval"), "{err}");
}
