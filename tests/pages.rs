//! Long lists split into pages (issue 16): a generated site with thousands of parties and
//! events, one party in most of them, builds with no HTML page over the budget, every
//! page of a split list is reachable and in the sitemap, and the summaries count right.

mod common;

use std::collections::BTreeSet;

use common::Site;

/// The most an HTML page may weigh on a site of this kind.
const BUDGET: u64 = 400 * 1024;

const PARTIES: usize = 3_000;
const EVENTS: usize = 1_000;

/// Thousands of parties, a war with its campaigns and events, and one party (`hub`) in every
/// event with claims and figures, as the busiest party of a real site is.
fn big_site() -> Site {
    let site = Site::empty();
    site.write("briefing.toml", "title = \"Big\"\nbase_url = \"https://example.org/\"\n");
    site.write("content/parties/hub.md", "---\nname: Hub Republic\nshort_name: Hub\nkind: state\n---\n");
    for n in 0..PARTIES {
        let kind = ["person", "state", "armed_group"][n % 3];
        site.write(
            &format!("content/parties/p{n}.md"),
            &format!(
                "---\nname: \"{} Party {n}\"\nkind: {kind}\ntags: [many]\n---\n",
                ["Alpha", "Beta", "Gamma", "Zeta"][n % 4]
            ),
        );
    }
    site.write("content/events/war.md", "---\ntitle: The War\ndate: 2000-01-01/2010-12-31\nparticipants: [hub]\n---\n");
    for n in 0..EVENTS {
        let date = format!("{}-{:02}-{:02}", 2000 + n / 150, n % 12 + 1, n % 28 + 1);
        let part = if n % 2 == 0 { "part_of: war\n" } else { "" };
        site.write(
            &format!("content/events/e{n}.md"),
            &format!(
                "---\ntitle: Event {n}\ndate: {date}\n{part}participants: [hub, p{}]\ntags: [many]\n\
                 claims:\n  - by: hub\n    stance: asserts\n    text: \"it won on day {n}\"\n\
                 casualties:\n  - of: civilians\n    kind: killed\n    count: {n}\n    claimed_by: hub\n---\n",
                n % PARTIES
            ),
        );
    }
    site
}

fn html_pages(site: &Site) -> Vec<(String, u64)> {
    let public = site.root().join("public");
    walkdir::WalkDir::new(&public)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            let rel = e.path().strip_prefix(&public).expect("under public").to_string_lossy().into_owned();
            (rel, e.metadata().expect("readable").len())
        })
        .collect()
}

#[test]
fn a_big_site_keeps_every_page_in_the_budget_and_every_split_page_reachable() {
    let site = big_site();
    let out = site.build(&[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let pages = html_pages(&site);
    let (largest, size) = pages.iter().max_by_key(|(_, s)| *s).expect("pages");
    eprintln!("{} pages, the largest {largest} at {size} bytes", pages.len());
    for (page, size) in &pages {
        assert!(*size <= BUDGET, "{page} is {size} bytes, over the {BUDGET}-byte budget");
    }

    // The who's who: an index of kinds with their parts, every party on exactly one part.
    let index = site.page("parties/");
    assert!(index.contains("3001 parties in this explainer"), "the count is of every party");
    let parts: Vec<&str> = index.split("href=\"/parties/kind/").skip(1).map(|s| &s[..s.find('"').unwrap()]).collect();
    assert!(parts.len() > 3, "{parts:?}");
    let mut cards = Vec::new();
    for part in &parts {
        let html = site.page(&format!("parties/kind/{part}"));
        cards.extend(html.split("class=\"card-title\"").skip(1).map(|s| s[..s.find("</a>").unwrap()].to_string()));
    }
    assert_eq!(cards.len(), PARTIES + 1, "every party has one card");
    assert_eq!(cards.iter().collect::<BTreeSet<_>>().len(), PARTIES + 1);

    // The timeline by period, each page counting the events it lists.
    let events = site.page("events/");
    assert!(events.contains("1001 events, earliest first."));
    assert!(events.contains("<a class=\"bin-link\" href=\"/events/period/"), "the chart's bars link to periods");
    let periods: Vec<&str> =
        events.split("href=\"/events/period/").skip(1).map(|s| &s[..s.find('"').unwrap()]).collect();
    let mut listed = 0;
    for period in periods.iter().collect::<BTreeSet<_>>() {
        let html = site.page(&format!("events/period/{period}"));
        let items = html.matches("<li class=\"timeline-item").count();
        let heads = html.matches("class=\"timeline-group-title\" data-parties").count();
        let dek = format!("<p class=\"dek\">{} event", items + heads);
        assert!(html.contains(&dek), "{period}: the page says how many events it lists ({dek})");
        listed += items + heads;
    }
    assert_eq!(listed, EVENTS + 1, "every event is on one period's page");

    // The busiest party sums up its lists and links to them in full.
    let hub = site.page("parties/hub/");
    assert!(hub.contains("The latest 20 of 1001 events."), "a summary of the events");
    assert!(hub.contains("href=\"/parties/hub/events/\""));
    assert!(hub.contains("The 20 biggest of 1000 figures."));
    assert!(hub.contains("<td class=\"num\" data-label=\"Figure\">999</td>"), "the biggest figure comes first");
    let mut claims = 0;
    for n in 1..=5 {
        let path = if n == 1 { "parties/hub/claims/".to_string() } else { format!("parties/hub/claims/{n}/") };
        claims += site.page(&path).matches("<li class=\"claim\">").count();
    }
    assert_eq!(claims, EVENTS, "every claim is on one page of the full list");
    assert!(!site.exists("parties/hub/claims/6/"));

    // Tag pages are numbered, and every split page is in the sitemap.
    assert!(site.exists("tags/many/20/") && !site.exists("tags/many/21/"), "4,000 briefs in pages of 200");
    let sitemap = site.page("sitemap.xml");
    for path in ["parties/kind/state/", "parties/hub/figures/5/", "tags/many/20/"] {
        assert!(sitemap.contains(&format!("https://example.org/{path}")), "{path} is in the sitemap");
    }
    assert!(sitemap.contains("https://example.org/events/period/"));

    // Linked relative to each page, a split page still reaches its neighbours.
    let out = site.build(&["--relative"]);
    assert!(out.status.success());
    let second = site.page("parties/hub/claims/2/");
    assert!(
        second.contains("href=\"../../../../parties/hub/claims/3/index.html\" rel=\"next\""),
        "relative pager links"
    );
}

/// A war and its first battle start on the same day: the war, which contains the battle,
/// comes first everywhere the order shows (issue 16, "Order and counts").
#[test]
fn a_larger_event_comes_before_what_it_contains_on_the_same_day() {
    let site = Site::empty();
    site.write("content/events/war.md", "---\ntitle: Zeta war\ndate: 2020-09-27/2020-11-10\n---\n");
    site.write("content/events/battle.md", "---\ntitle: Alpha battle\ndate: 2020-09-27\npart_of: war\n---\n");
    site.write("content/events/after.md", "---\ntitle: After\ndate: 2020-09-28\n---\n");
    site.build_ok();
    let timeline = site.page("events/");
    let at = |needle: &str| timeline.find(needle).unwrap_or_else(|| panic!("{needle} is listed"));
    assert!(at("href=\"/events/war/\"") < at("href=\"/events/battle/\""), "the war heads the list");
    // Earlier and later stay within one `part_of`: the war is followed by the next event of
    // its own level, and the battle, first in the war, has nothing before it.
    let war = site.page("events/war/");
    assert!(war.contains("<a class=\"pager-next\" href=\"/events/after/\""), "after the war comes what follows it");
    let battle = site.page("events/battle/");
    assert!(!battle.contains("class=\"pager-prev\""), "the battle opens the war");
    let json = site.page("data/site.json");
    assert!(
        json.contains("\"timeline\": [\"war\",\"battle\",\"after\"]"),
        "{}",
        &json[json.find("\"timeline\"").unwrap()..][..60]
    );
}

/// Lists are in the order of the names they show: the who's who shows full names, a
/// party's members their short names.
#[test]
fn lists_sort_by_the_name_they_show() {
    let site = Site::empty();
    let party = |id: &str, name: &str, short: &str, extra: &str| {
        site.write(
            &format!("content/parties/{id}.md"),
            &format!("---\nname: {name}\nshort_name: {short}\nkind: person\n{extra}---\n"),
        );
    };
    site.write("content/parties/state.md", "---\nname: The State\nkind: state\n---\n");
    // Files (and ids) in the order of neither name.
    party("a", "Anna Young", "Young", "member_of: [state]\n");
    party("b", "Zed Adams", "Adams", "member_of: [state]\n");
    site.build_ok();
    let who = site.page("parties/");
    assert!(who.find(">Anna Young</a>").unwrap() < who.find(">Zed Adams</a>").unwrap(), "by the full name shown");
    let state = site.page("parties/state/");
    let members = &state[state.find("id=\"members\"").expect("members")..];
    assert!(members.find(">Adams</a>").unwrap() < members.find(">Young</a>").unwrap(), "by the short name shown");
}

/// `kind` and `period` name the folders of the split who's who and timeline.
#[test]
fn a_party_called_kind_is_refused() {
    let site = Site::empty();
    site.write("content/parties/kind.md", "---\nname: Kind\n---\n");
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("a party cannot be called `kind`"), "{stderr}");
}

/// A name that opens with a quotation mark files under its first letter: sorted by the whole
/// name it came after "Zed", and the second run of W overwrote the first page of W.
#[test]
fn names_opening_with_a_quotation_mark_file_under_their_letter() {
    let site = Site::empty();
    for (prefix, count) in [("Adam", 195), ("Walker", 190), ("Zed", 195), ("“Wolf”", 190)] {
        for n in 0..count {
            let id = format!("{}-{n:03}", prefix.trim_matches(['“', '”']).to_lowercase());
            site.write(
                &format!("content/parties/{id}.md"),
                &format!("---\nname: \"{prefix} {n:03}\"\nkind: person\n---\n"),
            );
        }
    }
    site.build_ok();
    let mut listed = 0;
    let mut pages = 0;
    for entry in std::fs::read_dir(site.root().join("public/parties/kind/person")).unwrap() {
        let path = entry.unwrap().path();
        let file = if path.is_dir() { path.join("index.html") } else { continue };
        let html = std::fs::read_to_string(file).unwrap();
        listed += html.matches("<li class=\"card\">").count();
        pages += 1;
    }
    let first = site.page("parties/kind/person/");
    listed += first.matches("<li class=\"card\">").count();
    assert_eq!(listed, 770, "every person is on one page ({} pages)", pages + 1);
    // The 380 names under W are one run, in two numbered parts.
    let w = site.page("parties/kind/person/w-1/") + &site.page("parties/kind/person/w-2/");
    assert!(w.contains("Walker 000") && w.contains("Wolf” 000"), "both kinds of W are under W");
}

/// A crowded year split by month: 2008 holds more events than a page.
fn crowded_year() -> Site {
    let site = Site::empty();
    let event = |id: &str, front: &str| site.write(&format!("content/events/{id}.md"), &format!("---\n{front}\n---\n"));
    event("umbrella", "title: Long campaign\ndate: 2007-01-01/2009-12-31");
    for n in 0..150 {
        event(&format!("jan{n}"), &format!("title: January event {n}\ndate: 2008-01-{:02}", n % 28 + 1));
    }
    // Too many for February to merge with March.
    for n in 0..190 {
        event(&format!("feb{n}"), &format!("title: February event {n}\ndate: 2008-02-{:02}", n % 28 + 1));
    }
    for n in 0..20 {
        event(&format!("mar{n}"), &format!("title: March event {n}\ndate: 2008-03-{:02}", n % 28 + 1));
    }
    for n in 0..10 {
        event(&format!("apr{n}"), &format!("title: April event {n}\ndate: 2008-04-{:02}", n % 28 + 1));
    }
    // Dated by the year alone, one of them inside the umbrella: a loose event of 1 January
    // must not come between them.
    event("yearly-in", "title: Sometime in the campaign\ndate: 2008\npart_of: umbrella");
    for n in 0..4 {
        event(&format!("yearly{n}"), &format!("title: Sometime event {n}\ndate: 2008"));
    }
    // An umbrella dated after one of its own events.
    event("late", "title: Late umbrella\ndate: 2008-03-15");
    event("early", "title: Early prelude\ndate: 2008-01-10\npart_of: late");
    site
}

#[test]
fn events_dated_by_the_year_alone_get_their_own_period_in_a_month_split_year() {
    let site = crowded_year();
    site.build_ok();
    let index = site.page("events/");
    assert!(index.contains(">2008, month not given<"), "{}", common::text(&index));
    let undated = site.page("events/period/2008-no-month/");
    for id in ["yearly-in", "yearly0", "yearly3"] {
        assert!(undated.contains(&format!("href=\"/events/{id}/\"")), "{id} is on the no-month page");
    }
    let january = site.page("events/period/2008-01/");
    assert!(!january.contains("href=\"/events/yearly0/\""), "a year-only event is not January's");
    assert!(january.contains("href=\"/events/jan0/\""));
    // Each period has one path: the sitemap lists no period twice.
    let sitemap = site.page("sitemap.xml");
    let periods: Vec<&str> = sitemap.split("<loc>").filter(|l| l.contains("/events/period/")).collect();
    let unique: BTreeSet<&str> = periods.iter().copied().collect();
    assert_eq!(periods.len(), unique.len(), "{periods:?}");
}

#[test]
fn merged_months_name_their_year_once() {
    let site = crowded_year();
    site.build_ok();
    let index = site.page("events/");
    assert!(index.contains(">March–April 2008<"), "{}", common::text(&index));
    assert!(!index.contains("March 2008–April 2008"));
    // The chart's description gives the ends of the timeline, not the first event's span.
    assert!(index.contains("events from 1 January 2007 to 31 December 2009"), "{}", common::text(&index));
}

#[test]
fn an_umbrella_dated_later_is_not_said_to_continue() {
    let site = crowded_year();
    site.build_ok();
    let january = site.page("events/period/2008-01/");
    let heading = january.find("href=\"/events/late/\"").expect("the umbrella heads its prelude's group");
    let line = &january[heading..heading + january[heading..].find("</h2>").unwrap()];
    assert!(!line.contains("continued"), "the umbrella comes later, it does not continue: {line}");
    // The campaign that did begin earlier still says so.
    let undated = site.page("events/period/2008-no-month/");
    let heading = undated.find("href=\"/events/umbrella/\"").expect("the campaign heads its event");
    assert!(undated[heading..heading + 200].contains("continued"));
}

#[test]
fn a_partys_event_counts_agree_between_its_card_and_its_page() {
    let site = Site::empty();
    site.write("content/parties/hub.md", "---\nname: Hub Republic\nkind: state\n---\n");
    site.write("content/parties/other.md", "---\nname: Other Land\nkind: state\n---\n");
    site.write("content/parties/chief.md", "---\nname: Hub Chief\nkind: person\nmember_of: [hub]\n---\n");
    for n in 0..30 {
        // Five events list the hub in two roles: each is still one event.
        let roles =
            if n < 5 { "[{ party: hub, role: host }, { party: hub, role: speaker }, other]" } else { "[hub, other]" };
        site.write(
            &format!("content/events/e{n}.md"),
            &format!("---\ntitle: Meeting {n}\ndate: 2020-01-{:02}\nparticipants: {roles}\n---\n", n % 28 + 1),
        );
    }
    for n in 0..3 {
        site.write(
            &format!("content/events/visit{n}.md"),
            &format!("---\ntitle: Visit {n}\ndate: 2021-01-0{}\nparticipants: [chief, other]\n---\n", n + 1),
        );
    }
    site.build_ok();
    let hub = common::text(&site.page("parties/hub/"));
    assert!(hub.contains("The latest 20 of 30 events"), "{hub}");
    assert!(hub.contains("All 30 events"), "{hub}");
    assert!(hub.contains("33 in this explainer"), "own events and its people's: {hub}");
    let list = common::text(&site.page("parties/hub/events/"));
    assert!(list.contains("30 in all"), "{list}");
    let cards = common::text(&site.page("parties/"));
    assert!(cards.contains("33 events"), "{cards}");
}
