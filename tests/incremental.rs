//! The preview's incremental rebuilds give, file for file, what a full build of the same
//! content gives: after every kind of edit a writer makes, and after errors are mended.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use briefing::BuildOptions;
use briefing::serve::output::Output;
use briefing::serve::preview::{Changes, Outcome, Preview};
use common::Site;

fn options(root: &Path) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        output: None,
        base_url: Some("http://127.0.0.1:1111/".into()),
        ..BuildOptions::default()
    }
}

/// Everything a fresh preview of the site on disk renders.
fn full(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let output = Arc::new(Output::default());
    let mut preview = Preview::open(options(root), Arc::clone(&output)).expect("the site opens");
    match preview.rebuild() {
        Outcome::Rendered { .. } => output.snapshot(),
        Outcome::Failed(errors) => panic!("a full build failed: {errors:#?}"),
    }
}

struct Session {
    site: Site,
    preview: Preview,
    output: Arc<Output>,
}

impl Session {
    fn open(fixture: &str) -> Session {
        Session::of(Site::copy(fixture))
    }

    fn of(site: Site) -> Session {
        let output = Arc::new(Output::default());
        let mut preview = Preview::open(options(site.root()), Arc::clone(&output)).expect("the site opens");
        assert!(matches!(preview.rebuild(), Outcome::Rendered { .. }), "the fixture builds");
        Session { site, preview, output }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.site.root().join(rel)
    }

    /// Writes (or with `None` removes) a file and rebuilds as the watcher would.
    fn edit(&mut self, rel: &str, text: Option<&str>) -> Outcome {
        match text {
            Some(text) => self.site.write(rel, text),
            None => self.site.remove(rel),
        }
        let changes = Changes { content: vec![self.path(rel)], ..Changes::default() };
        self.preview.take(&changes);
        self.preview.rebuild()
    }

    /// Edits, then checks the preview against a full build of the same files.
    fn edit_and_compare(&mut self, rel: &str, text: Option<&str>) -> usize {
        let pages = match self.edit(rel, text) {
            Outcome::Rendered { pages, .. } => pages,
            Outcome::Failed(errors) => panic!("editing {rel} failed: {errors:#?}"),
        };
        assert_same(&self.output.snapshot(), &full(self.site.root()), rel);
        pages
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).expect("fixture file exists")
    }
}

fn assert_same(incremental: &BTreeMap<String, Vec<u8>>, full: &BTreeMap<String, Vec<u8>>, after: &str) {
    let missing: Vec<&String> = full.keys().filter(|k| !incremental.contains_key(*k)).collect();
    let extra: Vec<&String> = incremental.keys().filter(|k| !full.contains_key(*k)).collect();
    assert!(missing.is_empty() && extra.is_empty(), "after {after}: missing {missing:?}, extra {extra:?}");
    for (path, bytes) in full {
        assert!(
            incremental[path] == *bytes,
            "after {after}: `{path}` differs from a full build\n--- incremental\n{}\n--- full\n{}",
            String::from_utf8_lossy(&incremental[path]),
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn every_kind_of_edit_matches_a_full_build() {
    let mut s = Session::open("crosslinks");
    let beta = s.read("content/parties/beta.md");
    s.edit_and_compare("content/parties/beta.md", Some(&beta.replace("Kingdom of Beta", "Republic of Beta")));
    s.edit_and_compare("content/parties/beta.md", Some(&beta.replace("short_name: Beta", "short_name: Betania")));
    // Beta's claims on the first clash's page and in its JSON-LD take the plural verb.
    s.edit_and_compare("content/parties/beta.md", Some(&beta.replace("kind: state\n", "kind: state\nplural: true\n")));
    // Alpha opting out of autolink takes the link from "Alphaville" in Beta's text away.
    let alpha = s.read("content/parties/alpha.md");
    s.edit_and_compare(
        "content/parties/alpha.md",
        Some(&alpha.replace("kind: state\n", "kind: state\nautolink: false\n")),
    );
    s.edit_and_compare("content/parties/alpha.md", Some(&alpha));
    // With "the", every sentence built from Beta's name changes: relations, "according to".
    s.edit_and_compare("content/parties/beta.md", Some(&beta.replace("kind: state\n", "kind: state\narticle: the\n")));

    let talks = s.read("content/events/talks.md");
    s.edit_and_compare("content/events/talks.md", Some(&talks.replace("2020-06-01/2020-06-05", "2019-03")));
    s.edit_and_compare("content/events/talks.md", Some(&talks.replace("  - beta\n", "  - beta\n  - alpha\n")));
    // Alpha's page shows the talks through its president, Gamma, until Gamma leaves them.
    s.edit_and_compare("content/events/talks.md", Some(&talks.replace("  - { party: gamma, role: speaker }\n", "")));
    s.edit_and_compare("content/events/talks.md", Some(&talks));
    s.edit_and_compare(
        "content/events/talks.md",
        Some(&talks.replace("Five days of talks.", "Five days of talks with [[alpha]].")),
    );
    s.edit_and_compare(
        "content/events/talks.md",
        Some(&talks.replace("kind: summit", "kind: summit\ntags: [diplomacy]")),
    );

    let new_event = "---\ntitle: A new clash\ndate: 2020-07\nkind: clash\nparticipants: [alpha, beta]\ntags: [border]\n---\nIt happened near [[gamma]].\n";
    s.edit_and_compare("content/events/new-clash.md", Some(new_event));
    s.edit_and_compare("content/events/new-clash.md", None);

    let draft = "---\ntitle: Not yet\ndate: 2020-08\nkind: clash\ndraft: true\n---\n";
    s.edit_and_compare("content/events/not-yet.md", Some(draft));
    let about = s.read("content/pages/about.md");
    s.edit_and_compare("content/pages/about.md", Some(&format!("{about}\nSee [[beta]] and [[first-clash]].\n")));
}

#[test]
fn a_party_named_as_a_publisher_takes_over_its_own_count() {
    let mut s = Session::open("crosslinks");
    // The first clash has a figure of Wire's own count: once a party is called Wire, the
    // heading links to it, and when it goes, back to the source.
    let wire = "---\nname: Wire\nkind: organisation\n---\n";
    s.edit_and_compare("content/parties/wire.md", Some(wire));
    let page = String::from_utf8_lossy(&s.output.snapshot()["events/first-clash/index.html"]).into_owned();
    assert!(page.contains("parties/wire/"), "the own count does not link to the new party");
    s.edit_and_compare("content/parties/wire.md", Some(&wire.replace("Wire", "Wire Service")));
    s.edit_and_compare("content/parties/wire.md", None);
}

#[test]
fn mending_an_error_brings_back_every_change_made_meanwhile() {
    let mut s = Session::open("crosslinks");
    let before = s.output.snapshot();
    let beta = s.read("content/parties/beta.md");
    // A renamed party and a broken event in one go: nothing changes until both are fine.
    s.site.write("content/parties/beta.md", &beta.replace("Kingdom of Beta", "Beta Republic"));
    let outcome = s.edit("content/events/talks.md", Some("---\ntitle: [unclosed\n---\n"));
    let Outcome::Failed(errors) = outcome else { panic!("a broken brief must fail the rebuild") };
    assert!(errors.iter().any(|e| e.span.as_ref().is_some_and(|s| s.file == "content/events/talks.md")));
    assert_eq!(s.output.snapshot(), before, "the last good pages stay while the content is broken");

    let talks =
        "---\ntitle: Talks in June\ndate: 2020-06-01/2020-06-05\nkind: summit\nparticipants: [beta]\n---\nFixed.\n";
    s.preview.take(&Changes { content: vec![s.path("content/parties/beta.md")], ..Changes::default() });
    s.edit_and_compare("content/events/talks.md", Some(talks));
    let snapshot = s.output.snapshot();
    let alpha = String::from_utf8_lossy(&snapshot["parties/beta/index.html"]).into_owned();
    assert!(alpha.contains("Beta Republic"), "the rename made while broken shows once mended");
}

#[test]
fn an_unrelated_edit_renders_few_pages() {
    let mut s = Session::open("crosslinks");
    let total = s.output.len();
    let gamma = s.read("content/parties/gamma.md");
    let pages = s.edit_and_compare("content/parties/gamma.md", Some(&format!("{gamma}\nOne more sentence.\n")));
    assert!(pages < total / 2, "a body edit rendered {pages} of {total} files");
}

#[test]
fn the_example_site_matches_after_editing_each_brief() {
    let site = Site::empty();
    common::copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"), &site.root().join("content"));
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("briefing.toml"), site.root().join("briefing.toml"))
        .expect("config copies");
    let output = Arc::new(Output::default());
    let mut preview = Preview::open(options(site.root()), Arc::clone(&output)).expect("the site opens");
    assert!(matches!(preview.rebuild(), Outcome::Rendered { .. }));
    let mut s = Session { site, preview, output };
    let mut files: Vec<String> = walkdir::WalkDir::new(s.site.root().join("content"))
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.path().strip_prefix(s.site.root()).unwrap().to_string_lossy().into_owned())
        .collect();
    files.sort();
    // The home page and its translations have no `title:` to retitle in place.
    for rel in files.iter().filter(|f| !f.starts_with("content/_index")) {
        let text = s.read(rel);
        // Retitle: every page that names the brief must follow.
        let edited = text.replacen("\ntitle: ", "\ntitle: Edited ", 1).replacen("\nname: ", "\nname: Edited ", 1);
        s.edit_and_compare(rel, Some(&edited));
    }
}

/// The codes of a failed rebuild's errors, and the files they are in.
fn errors_of(outcome: Outcome) -> Vec<(String, String)> {
    match outcome {
        Outcome::Failed(errors) => errors
            .iter()
            .map(|e| (e.code.to_string(), e.span.as_ref().map(|s| s.file.clone()).unwrap_or_default()))
            .collect(),
        Outcome::Rendered { .. } => Vec::new(),
    }
}

#[test]
fn broken_references_are_found_again_whenever_what_they_name_changes() {
    // A rebuild reuses what front-matter alone decides, and each brief's reference check
    // while its front-matter, the names and the sources stay the same. Each step below
    // changes one of those and must see the truth.
    let mut s = Session::open("crosslinks");
    let talks = s.read("content/events/talks.md");
    let gamma = s.read("content/parties/gamma.md");
    let broken = talks.replace("  - beta\n", "  - beta\n  - epsilon\n");
    let unknown = vec![("unknown-reference".to_string(), "content/events/talks.md".to_string())];

    // Talks names a party that does not exist.
    assert_eq!(errors_of(s.edit("content/events/talks.md", Some(&broken))), unknown);
    // A body edit elsewhere: the error stays.
    assert_eq!(errors_of(s.edit("content/parties/gamma.md", Some(&format!("{gamma}\nMore.\n")))), unknown);
    // The party comes into being: talks, unchanged, is fine now.
    let epsilon = "---\nname: Epsilon\nkind: state\n---\nEpsilon.\n";
    s.edit_and_compare("content/parties/epsilon.md", Some(epsilon));
    // It goes again: talks, still unchanged, is broken again.
    assert_eq!(errors_of(s.edit("content/parties/epsilon.md", None)), unknown);
    s.edit_and_compare("content/events/talks.md", Some(&talks));

    // The same with a brief that sorts after talks, so no other brief moves: only the
    // names changing tells that talks must be checked again.
    let later = "---\ntitle: Later talks\ndate: 2021-01\nkind: summit\n---\nLater.\n";
    s.edit_and_compare("content/events/zz-later.md", Some(later));
    let related = talks.replace("kind: summit\n", "kind: summit\nrelated: [zz-later]\n");
    s.edit_and_compare("content/events/talks.md", Some(&related));
    assert_eq!(errors_of(s.edit("content/events/zz-later.md", None)), unknown);
}

/// A site past a page of parties, events and tagged briefs, with one party in every event:
/// edits that move a split list's pages, or what only a later page shows, match a full build,
/// and pages a split no longer makes are gone.
#[test]
fn split_lists_match_a_full_build_after_edits() {
    let site = Site::empty();
    site.write("content/parties/hub.md", "---\nname: Hub\nkind: state\n---\n");
    for n in 0..230 {
        site.write(&format!("content/parties/p{n}.md"), &format!("---\nname: Party {n}\nkind: person\n---\n"));
        let date = format!("{}-{:02}-10", 2000 + n / 100, n % 12 + 1);
        site.write(
            &format!("content/events/e{n}.md"),
            &format!(
                "---\ntitle: Event {n}\ndate: {date}\nparticipants: [hub, p{n}]\ntags: [t]\n\
                 claims:\n  - by: hub\n    stance: asserts\n    text: \"it was {n}\"\n---\n"
            ),
        );
    }
    let mut session = Session::of(site);
    assert!(session.output.get("parties/hub/claims/2/index.html").is_some(), "the hub's claims are split");
    assert!(session.output.get("tags/t/2/index.html").is_some(), "the tag is split");
    // What only the full list of claims shows: the claim of an early event.
    session.edit_and_compare(
        "content/events/e0.md",
        Some("---\ntitle: Event 0\ndate: 2000-01-10\nparticipants: [hub, p0]\ntags: [t]\nclaims:\n  - by: hub\n    stance: denies\n    text: \"nothing\"\n---\n"),
    );
    // Fewer events and tagged briefs: later pages go, periods move.
    for n in (0..40).rev() {
        session.edit(&format!("content/events/e{n}.md"), None);
    }
    session.edit_and_compare("content/events/e40.md", None);
    assert!(session.output.get("tags/t/2/index.html").is_none(), "a page the tag no longer fills is gone");
    // A new party in the who's who moves its parts.
    session.edit_and_compare("content/parties/aaa.md", Some("---\nname: Aaron\nkind: person\n---\n"));
}

#[test]
fn a_hubs_neighbours_follow_a_change_in_how_connected_they_are() {
    // 30 members of a hub: its chart draws 24, those listing the most links first. When
    // member 29 lists more, the hub's page must draw it; a link a third brief writes to it
    // does not rank it (the page never reads that brief), and the preview must agree.
    let site = Site::empty();
    site.write("content/parties/hub.md", "---\nname: Hub\nkind: organisation\n---\n");
    site.write("content/parties/far.md", "---\nname: Far\nkind: state\n---\n");
    let member = |n: usize, more: &str| {
        format!("---\nname: Member {n:02}\nkind: state\nmember_of: [{{ party: hub }}]\n{more}---\n")
    };
    for n in 0..30 {
        site.write(&format!("content/parties/m{n:02}.md"), &member(n, ""));
    }
    let mut s = Session::of(site);
    let drawn = |s: &Session| {
        let page = String::from_utf8_lossy(&s.output.snapshot()["parties/hub/index.html"]).into_owned();
        let chart = &page[page.find("<svg").expect("a chart")..page.rfind("</svg>").expect("a chart")];
        chart.contains(">Member 29</text>")
    };
    assert!(!drawn(&s), "member 29 is among the six left out at first");
    let ally = "---\nname: Ally\nkind: state\nrelations:\n  - { party: m29, kind: ally }\n---\n";
    s.edit_and_compare("content/parties/ally.md", Some(ally));
    s.edit_and_compare("content/parties/m29.md", Some(&member(29, "relations:\n  - { party: far, kind: rival }\n")));
    assert!(drawn(&s), "member 29 is now drawn on the hub's chart");
}

#[test]
fn a_party_page_follows_a_rename_of_a_party_it_draws() {
    // Hub's page names Ally only because it reads Ally's brief, in its relations and in its
    // neighbourhood chart: renaming Ally changes neither Hub's front-matter nor its derived
    // links, so the preview renders Hub's page again only because the page noted that read.
    let site = Site::empty();
    site.write("content/parties/hub.md", "---\nname: Hub\nkind: organisation\n---\n");
    site.write("content/parties/other.md", "---\nname: Other\nkind: state\n---\n");
    let ally = "---\nname: Ally\nkind: state\nrelations:\n  - { party: hub, kind: backer }\n---\n";
    site.write("content/parties/ally.md", ally);
    let mut s = Session::of(site);
    let total = s.output.len();
    let pages = s.edit_and_compare("content/parties/ally.md", Some(&ally.replace("Ally", "Allied State")));
    let page = String::from_utf8_lossy(&s.output.snapshot()["parties/hub/index.html"]).into_owned();
    let chart = &page[page.find("<svg").expect("a chart")..page.rfind("</svg>").expect("a chart")];
    assert!(chart.contains(">Allied State</text>"), "the hub's chart draws the new name");
    assert!(pages < total, "a rename rendered all {total} files, not the pages that read the party");
}

#[test]
fn a_party_page_follows_a_neighbour_moving_to_a_side() {
    // Hub's neighbourhood chart puts Ally on side A or B from Ally's events. An event that
    // puts Ally on a side changes Ally's derived links (its events by role), not its
    // front-matter, and nothing of Hub's: the preview renders Hub's page again only because
    // the page read Ally's derived links.
    let site = Site::empty();
    let hub = "---\nname: Hub\nkind: state\nrelations:\n  - { party: ally, kind: ally }\n---\n";
    site.write("content/parties/hub.md", hub);
    site.write("content/parties/ally.md", "---\nname: Ally\nkind: state\n---\n");
    site.write("content/parties/foe.md", "---\nname: Foe\nkind: state\n---\n");
    let fight = |role: &str| {
        format!(
            "---\ntitle: Fight\ndate: 2020-01-01\nkind: clash\nparticipants:\n  - {{ party: ally, role: {role} }}\n  - {{ party: foe, role: side_a }}\n---\n"
        )
    };
    let mut s = Session::of(site);
    let between = |s: &Session| {
        let page = String::from_utf8_lossy(&s.output.snapshot()["parties/hub/index.html"]).into_owned();
        let chart = &page[page.find("<svg").expect("a chart")..page.rfind("</svg>").expect("a chart")];
        chart.contains(">Neither side</text>")
    };
    s.edit_and_compare("content/events/fight.md", Some(&fight("observer")));
    assert!(between(&s), "an observer's ally stands between the sides");
    s.edit_and_compare("content/events/fight.md", Some(&fight("side_b")));
    assert!(!between(&s), "once Ally fights on side B, nobody on the hub's chart stands between");
    s.edit_and_compare("content/events/fight.md", None);
    assert!(between(&s), "with the event gone, Ally is on neither side again");
}

/// A site in three languages: an edit to a translation, to an original, a new translation and
/// a removed one each leave the preview's files exactly a full build's, in every language.
#[test]
fn every_language_follows_each_edit() {
    let mut s = Session::open("languages");
    let french = s.read("content/parties/armenia.fr.md");
    // A translation alone: its language is rendered again, and the others' search indexes
    // (which find Armenia by its French names) too.
    let pages = s.edit_and_compare(
        "content/parties/armenia.fr.md",
        Some(&french.replace("République d’Arménie", "République d’Arménie (RA)")),
    );
    assert!(pages < 60, "a French edit renders the French site and little else: {pages}");
    let original = s.read("content/parties/azerbaijan.md");
    s.edit_and_compare("content/parties/azerbaijan.md", Some(&original.replace("Caspian Sea", "Caspian")));
    s.edit_and_compare("content/parties/azerbaijan.ar.md", Some("---\nname: أذربيجان\n---\nنص.\n"));
    s.edit_and_compare("content/parties/azerbaijan.ar.md", None);
    s.edit_and_compare("content/events/clash.fr.md", None);
}

#[test]
fn figures_over_time_and_corrections_follow_each_edit() {
    let mut s = Session::open("tracker");
    let war = s.read("content/events/war.md");
    // A new latest value: the earlier one joins the history, the chart grows a point.
    s.edit_and_compare(
        "content/events/war.md",
        Some(&war.replace(
            "    count: 171\n    as_of: 2020-10-09\n",
            "    count: 180\n    as_of: 2020-10-10\n",
        ).replace(
            "      - { as_of: 2020-10-05, count: 163, source: wire-2, status: provisional }\n",
            "      - { as_of: 2020-10-05, count: 163, source: wire-2, status: provisional }\n      - { as_of: 2020-10-09, count: 171, source: north-ministry }\n",
        )),
    );
    s.edit_and_compare("content/events/war.md", Some(&war));
    // The first correction of a site with none brings the corrections page, its feed and the
    // footer link of every page; the last one taken away takes them away.
    let about = s.read("content/pages/about.md");
    let without = about.replace("corrections:\n  - { date: 2020-10-04, kind: clarification, text: \"Said that every figure is attributed to whoever published it.\" }\n", "");
    assert_ne!(without, about);
    let war_without: String = war.split("corrections:\n").next().unwrap().to_string()
        + war
            .split("corrections:\n")
            .nth(1)
            .unwrap()
            .split_once("updated:")
            .map(|(_, rest)| format!("updated:{rest}"))
            .unwrap()
            .as_str();
    assert!(!war_without.contains("corrections:") && war_without.contains("updated: 2020-10-09"), "{war_without}");
    s.edit_and_compare("content/pages/about.md", Some(&without));
    s.edit_and_compare("content/events/war.md", Some(&war_without));
    assert!(!s.output.snapshot().contains_key("corrections/index.html"), "no correction left, no page");
    s.edit_and_compare("content/pages/about.md", Some(&about));
    // A caveat, a status and a party's name the figures and the CSV show.
    s.edit_and_compare(
        "content/events/war.md",
        Some(&war.replace("caveat: excludes the missing", "caveat: excludes the wounded")),
    );
    let north = s.read("content/parties/northland.md");
    s.edit_and_compare(
        "content/parties/northland.md",
        Some(&north.replace("short_name: Northland", "short_name: North")),
    );
}
