//! A second real explainer, the August 2008 war in Georgia (tests/sites/georgia-2008), written
//! from the guide alone: it passes `check --strict`, and its pages say what a reader needs.

mod common;

use common::{Site, hrefs, section, stderr, stdout, text};

/// The site's `updated` dates are from late 2025; check as of a later day.
const TODAY: (&str, &str) = ("BRIEFING_TODAY", "2026-01-15");

#[test]
fn the_georgia_explainer_is_clean_under_strict_and_reads_right() {
    let site = Site::copy("georgia-2008");
    let out = site.run_with(&["check", "--strict"], &[TODAY]);
    assert!(out.status.success(), "check --strict failed:\n{}{}", stdout(&out), stderr(&out));

    site.build_ok();

    // A party page lists the events it took part in, by role, with links to them.
    let russia = site.page("parties/russia/");
    let russia_text = text(&russia);
    for (role, event) in [
        ("On side B", "The battle of Tskhinvali"),
        ("As attacker", "The bombing of Gori"),
        ("As backer", "Abkhaz forces take the upper Kodori gorge"),
        ("As signatory", "The six-point ceasefire plan"),
    ] {
        assert!(russia_text.contains(role), "Russia's page has no {role:?} group");
        assert!(russia_text.contains(event), "Russia's page does not list {event:?}");
    }
    let links = hrefs(&russia);
    for id in ["battle-of-tskhinvali", "gori-bombing", "kodori-gorge", "six-point-plan"] {
        assert!(links.iter().any(|h| h.contains(&format!("events/{id}/"))), "Russia's page does not link to {id}");
    }
    // Its denial is the party's, in reported speech.
    assert!(russia_text.contains("Russia denies that its forces used cluster munitions in Georgia."));

    // Each side's figures stay with it and are never added up.
    let war = text(&site.page("events/war-2008/"));
    let figures = &war[war.find("Casualty figures").expect("the war page has figures")..];
    let georgia = figures.find("According to Georgia").expect("Georgia's figures are grouped");
    let russia_at = figures.find("According to Russia").expect("Russia's figures are grouped");
    let ossetia =
        figures.find("According to the South Ossetian authorities").expect("South Ossetia's figures are grouped");
    assert!(georgia < russia_at && russia_at < ossetia, "claimant groups out of order: {figures}");
    assert!(figures[georgia..russia_at].contains("170") && figures[georgia..russia_at].contains("1,747"));
    assert!(figures[russia_at..ossetia].contains("67") && figures[russia_at..ossetia].contains("283"));
    assert!(figures[ossetia..].contains("365"));
    // The inquiry's own estimate keeps its hedge, and the displaced count its "more than".
    assert!(figures.contains("own count"), "the report's estimate is not shown as its own count");
    assert!(figures.contains("about 850"));
    assert!(figures.contains("more than 100,000"));
    for sum in ["398", "830"] {
        assert!(!figures.contains(sum), "figures were added up: {sum}");
    }

    // A paraphrase reads as reported speech, the inquiry's words in quotation marks.
    let shelling = text(&site.page("events/tskhinvali-shelling/"));
    assert!(shelling.contains("Human Rights Watch says the early Russian casualty figures were exaggerated"));
    assert!(!shelling.contains("“the early Russian"), "a paraphrase is shown as a quotation");
    assert!(shelling.contains("about 2,000"), "Russia's claim lost its 'about'");
    assert!(war.contains("The Fact-Finding Mission says: “The shelling of Tskhinvali by the Georgian armed forces"));

    // Three levels of part_of: the Gori page names both larger events above it.
    let gori = site.page("events/gori-bombing/");
    let crumbs = section(&gori, "main");
    assert!(crumbs.contains("events/war-2008/") && crumbs.contains("events/russian-advance/"));
    // An event after the war is related to it, not within it.
    let within = &war[war.find("Events within it").expect("the war lists its sub-events")..];
    let within = &within[..within.find("Related").unwrap_or(within.len())];
    assert!(!within.contains("Russia recognises South Ossetia and Abkhazia"));
}

/// The built Georgia site, checked clean first.
fn georgia() -> Site {
    let site = Site::copy("georgia-2008");
    site.build_ok();
    site
}

/// The casualty table of an event page, as a reader sees it.
fn figure_table(site: &Site, event: &str) -> (String, String) {
    let html = site.page(&format!("events/{event}/"));
    let table = section(&html, "casualties").to_string();
    (text(&table), table)
}

#[test]
fn figures_say_whose_soldiers_and_civilians_they_count() {
    let site = georgia();
    let (words, table) = figure_table(&site, "war-2008");
    for whose in ["Military personnel of Georgia", "Civilians of Georgia", "Military personnel of Russia"] {
        assert!(words.contains(whose), "the table does not say {whose:?}: {words}");
    }
    // A count of soldiers and civilians together names only the side.
    assert!(words.contains("On the side of the South Ossetian authorities"), "{words}");
    assert!(table.contains("parties/georgia/") && table.contains("parties/south-ossetia/"));
    // A figure that does not say whom it counts is "Not specified", never "People (not specified)".
    assert!(words.contains("Not specified") && !words.contains("People (not specified)"), "{words}");
    let data = site.page("data/site.json");
    assert!(data.contains(r#""of":"military","party":"georgia""#), "site.json lost the figure's party");
    let war = site.page("events/war-2008/");
    assert!(war.contains("Military personnel of Georgia: 170 killed"), "the JSON-LD figure does not say whose");
    assert!(war.contains(r#""text":"about 850 killed""#), "an unspecified figure reads badly in JSON-LD");
}

#[test]
fn sentences_agree_with_plural_names_and_their_article() {
    let site = georgia();
    let ossetia = text(&site.page("parties/south-ossetia/"));
    assert!(ossetia.contains("Who the South Ossetian authorities are linked to"), "caption: {ossetia}");
    assert!(ossetia.contains("The South Ossetian authorities and the parties linked to them"));
    assert!(ossetia.contains("Figures published by the South Ossetian authorities"));
    assert!(!ossetia.contains("South Ossetian authorities is"), "a singular verb after a plural name");
    let russia = text(&site.page("parties/russia/"));
    assert!(russia.contains("Backs the South Ossetian authorities"), "relation without its article");
    assert!(
        russia.contains("On the shelling of Tskhinvali"),
        "an event title's \"The\" is not lowered inside a sentence"
    );
    let (words, table) = figure_table(&site, "war-2008");
    assert!(words.contains("According to the South Ossetian authorities"));
    // A short name written "The ..." is lowered inside a sentence, kept at its start.
    assert!(table.contains(">The Fact-Finding Mission’s</a> own count"), "{table}");
    let shelling = text(&site.page("events/tskhinvali-shelling/"));
    assert!(shelling.contains("The Fact-Finding Mission disputes that"));
    // The map's lines read as sentences too, verb and all.
    let map = site.page("parties/south-ossetia/");
    assert!(map.contains("The South Ossetian authorities are allies of the Abkhaz authorities"), "map line");
    assert!(map.contains("Russia backs the South Ossetian authorities"), "map line");
    // A person with one link has "the link", not "the 1 links".
    let medvedev = text(&site.page("parties/medvedev/"));
    assert!(medvedev.contains("The link as a table") && !medvedev.contains("1 links"), "{medvedev}");
    assert!(medvedev.contains("Medvedev, marked, with one linked party,"), "{medvedev}");
    assert!(map.contains("with 4 linked parties,"), "{map}");
    assert!(
        map.contains("The South Ossetian authorities and the parties linked to them"),
        "a plural party's map is titled \"it\""
    );
}

#[test]
fn an_own_count_is_headed_short_and_linked() {
    let site = georgia();
    let html = site.page("events/war-2008/");
    let table = section(&html, "casualties");
    let heading = &table[table.find("own count").map(|i| table[..i].rfind("<th").unwrap()).unwrap()..];
    let heading = &heading[..heading.find("</th>").unwrap()];
    assert!(heading.contains("parties/fact-finding-mission/"), "the own count is not linked: {heading}");
    assert!(!heading.contains("Independent International"), "the heading is the publisher's long name: {heading}");
}

#[test]
fn the_as_of_column_is_drawn_only_when_a_figure_has_a_date() {
    let site = georgia();
    let (war, _) = figure_table(&site, "war-2008");
    assert!(!war.contains("As of"), "an empty As of column: {war}");
    let (shelling, _) = figure_table(&site, "tskhinvali-shelling");
    assert!(shelling.contains("As of") && shelling.contains("August 2008"));
    let georgia = section(&site.page("parties/georgia/"), "figures").to_string();
    assert!(!text(&georgia).contains("As of"));
}

#[test]
fn earlier_and_later_stay_within_the_larger_event() {
    let site = georgia();
    let pager = |id: &str| {
        let html = site.page(&format!("events/{id}/"));
        let start = html.find("class=\"pager\"").map(|i| html[..i].rfind("<nav").unwrap());
        start.map(|s| html[s..s + html[s..].find("</nav>").unwrap()].to_string()).unwrap_or_default()
    };
    // The war is followed by what came after it, not by its own first battle.
    let war = pager("war-2008");
    assert!(war.contains("events/recognition/") && !war.contains("events/georgian-offensive/"), "{war}");
    // A battle leads to the next battle of the same war, not into a sub-event of another.
    let battle = pager("battle-of-tskhinvali");
    assert!(battle.contains("events/georgian-offensive/") && battle.contains("events/russian-advance/"), "{battle}");
    assert!(!battle.contains("events/tskhinvali-shelling/"), "{battle}");
    // The scope is said: "within the Russo-Georgian war".
    let page = text(&site.page("events/battle-of-tskhinvali/"));
    assert!(page.contains("Earlier and later within the Russo-Georgian war"));
    assert!(battle.contains(r#"aria-label="Within the Russo-Georgian war""#), "{battle}");
    // The only sub-event of its parent has no neighbours.
    assert!(pager("gori-bombing").is_empty());
}

#[test]
fn event_links_in_running_text_read_as_sentences() {
    let site = georgia();
    for page in ["parties/eu/", "parties/medvedev/", "parties/saakashvili/", "events/georgian-offensive/"] {
        let words = text(&site.page(page));
        for bad in ["the The ", "Russia’s Russia", "the Georgia's", "the Georgia’s"] {
            assert!(!words.contains(bad), "{page} reads {bad:?}");
        }
    }
    let guide = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/guide.md"))
        .expect("the guide");
    assert!(
        guide.contains("[[six-point-plan|ceasefire]]"),
        "the guide does not say how to link an event in a sentence"
    );
}

#[test]
fn a_persons_events_are_shown_on_their_state_through_them() {
    let site = georgia();
    let html = site.page("parties/georgia/");
    let events = section(&html, "events");
    let through = &events[events.find("Through its people").expect("Georgia's page shows its people's events")..];
    assert!(through.contains("events/saakashvili-ceasefire/") && through.contains("parties/saakashvili/"));
    assert!(text(through).contains("(President), as speaker"));
    // An event the state took part in itself is listed once, under its own role.
    assert!(!through.contains("events/six-point-plan/"));
    let russia = site.page("parties/russia/");
    assert!(section(&russia, "events").contains("events/medvedev-ends-operation/"));
    // France is a member of the EU, but a state acts for itself: its events stay on its page.
    assert!(!site.page("parties/eu/").contains("Through its people"));
    // Sarkozy mediated for the EU, which is listed itself: the ceasefire is not France's.
    let france = site.page("parties/france/");
    assert!(!france.contains("events/six-point-plan/"), "France is credited with the EU's mediation");
}

#[test]
fn a_party_can_admit_what_it_did() {
    let site = georgia();
    let war = text(&site.page("events/war-2008/"));
    assert!(war.contains("Georgia admits its forces fired cluster munitions"), "{war}");
}

#[test]
fn the_guides_party_example_has_no_capital_as_an_alias() {
    let guide = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/guide.md"))
        .expect("the guide");
    let mut checked = 0;
    for block in guide.split("```yaml").skip(1) {
        let block = &block[..block.find("```").unwrap_or(block.len())];
        let value = |key: &str| {
            block.lines().find_map(|l| l.trim().strip_prefix(key)).map(|v| v.split('#').next().unwrap_or("").trim())
        };
        if let (Some(seat), Some(aliases)) = (value("seat:"), value("aliases:")) {
            assert!(!aliases.contains(seat), "the guide's example gives its seat {seat} as an alias: {aliases}");
            checked += 1;
        }
    }
    assert!(checked > 0, "no example in the guide has both `seat` and `aliases`: the test checked nothing");
}

/// A small site of one state, one armed group, one union and their people, for what
/// "Through its people" shows and leaves out.
fn people_site() -> Site {
    let site = Site::empty();
    site.write("briefing.toml", "title = \"People\"\nbase_url = \"https://example.org/\"\n");
    let party =
        |id: &str, front: &str| site.write(&format!("content/parties/{id}.md"), &format!("---\n{front}\n---\n"));
    party("freedonia", "name: Republic of Freedonia\nshort_name: Freedonia\nkind: state");
    party("hill-rebels", "name: Hill rebels\nkind: armed_group\nplural: true\narticle: the");
    party("union", "name: The Union\nkind: organisation");
    party(
        "firefly",
        "name: Rufus Firefly\nshort_name: Firefly\nkind: person\nmember_of:\n  \
         - { party: freedonia, role: President, since: 2010-01-01, until: 2012-12-31 }\n  \
         - { party: union, role: Chair }",
    );
    party("chico", "name: Chico\nkind: person\nmember_of: [hill-rebels]");
    let event = |id: &str, date: &str, participants: &str| {
        let front = format!("title: Event {id}\ndate: {date}\nkind: statement\nparticipants:\n{participants}");
        site.write(&format!("content/events/{id}.md"), &format!("---\n{front}\n---\n"));
    };
    let firefly = "  - { party: firefly, role: speaker }";
    event("before", "2009-12-31", firefly);
    event("first-day", "2010-01-01", firefly);
    event("last-day", "2012-12-31", firefly);
    event("after", "2013-01-01", firefly);
    // Firefly mediates for the Union, which takes part itself: the act is the Union's.
    event("mediation", "2011-05-01", "  - { party: firefly, role: mediator }\n  - { party: union, role: mediator }");
    // Freedonia itself in two roles, and Firefly too: one event.
    event(
        "treaty",
        "2011-06-01",
        "  - { party: freedonia, role: side_a }\n  - { party: freedonia, role: signatory }\n  \
         - { party: firefly, role: signatory }",
    );
    event(
        "raid",
        "2011-07-01",
        "  - { party: chico, role: attacker, claimed_by: freedonia }\ncasualties:\n  \
         - { of: civilians, count: 3, source: [wire-1, union-1] }\n  \
         - { of: military, count: 4, source: [union-1, wire-1] }\n  \
         - { of: hill-rebels, count: 2, claimed_by: hill-rebels, source: wire-1 }\nclaims:\n  \
         - { by: hill-rebels, text: they were never there, source: wire-1 }\nsources:\n  \
         - { id: wire-1, publisher: Wire, title: A }\n  - { id: union-1, publisher: The Union, title: B }",
    );
    site.build_ok();
    site
}

#[test]
fn through_its_people_keeps_to_the_membership_and_to_the_party_a_person_acted_for() {
    let site = people_site();
    let html = site.page("parties/freedonia/");
    let events = section(&html, "events");
    let through = &events[events.find("Through its people").expect("Freedonia shows its people's events")..];
    // `since` and `until` are both inclusive, to the day.
    assert!(through.contains("events/first-day/") && through.contains("events/last-day/"), "{through}");
    assert!(!through.contains("events/before/") && !through.contains("events/after/"), "{through}");
    // Firefly mediated for the Union, which took part itself: not Freedonia's act.
    assert!(!html.contains("events/mediation/"), "a mediation for the Union is credited to Freedonia");
    let union = site.page("parties/union/");
    let union = section(&union, "events");
    let (own, through) = union.split_at(union.find("Through its people").expect("the Union shows Firefly's events"));
    assert!(own.contains("events/mediation/") && !through.contains("events/mediation/"), "{union}");
    // And the treaty Freedonia signed is Freedonia's, not the Union's.
    assert!(through.contains("events/before/") && !through.contains("events/treaty/"), "{through}");
}

#[test]
fn an_alleged_part_stays_alleged_through_a_person() {
    let site = people_site();
    let html = site.page("parties/hill-rebels/");
    let events = section(&html, "events");
    // A plural party's people are "their".
    let through = &events[events.find("Through their people").expect("a plural party's heading")..];
    assert!(through.contains("events/raid/"), "{through}");
    let words = text(through);
    assert!(words.contains("through Chico , as attacker alleged by Freedonia"), "{words}");
}

#[test]
fn a_party_page_and_its_card_count_the_same_distinct_events() {
    let site = people_site();
    // The treaty (two roles, and Firefly in it too) is one event; the first and last day two more.
    let page = text(&site.page("parties/freedonia/"));
    assert!(page.contains("Events 3 in this explainer"), "{page}");
    let card = text(section(&site.page("parties/"), "kind-state"));
    assert!(card.contains("3 events"), "{card}");
}

#[test]
fn an_own_count_of_two_names_capitalises_only_the_first() {
    let site = people_site();
    let (words, _) = figure_table(&site, "raid");
    assert!(words.contains("Wire and the Union’s own count"), "{words}");
    assert!(words.contains("The Union and Wire’s own count"), "{words}");
}

#[test]
fn structured_data_names_parties_as_the_page_does() {
    let site = people_site();
    let raid = site.page("events/raid/");
    assert!(raid.contains(r#""name":"The Hill rebels say they were never there."#), "claim in JSON-LD");
    assert!(raid.contains(r#""text":"The Hill rebels: 2 killed""#), "figure of a party in JSON-LD");
    assert!(raid.contains("2 killed, according to the Hill rebels"), "claimant of a figure in JSON-LD");
    let gori = georgia().page("events/gori-bombing/");
    assert!(gori.contains(r#""name":"Russia denies that"#), "the claimant's full name in JSON-LD");
}
