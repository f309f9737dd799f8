//! The charts drawn at build time, as a reader and a screen reader get them: the SVGs on the
//! right pages with a title and a description, every event in the timeline's table with its
//! date and how precise it is, map links that match the front-matter both ways, and each
//! party's neighbours.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{Site, hrefs, text};

fn built() -> Site {
    let site = Site::copy("crosslinks");
    site.build_ok();
    site
}

/// The `<figure>` of the chart with this id.
fn figure<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html.find(&format!("<figure class=\"chart\" id=\"{id}\"")).unwrap_or_else(|| panic!("no chart {id}"));
    let rest = &html[start..];
    &rest[..rest.find("</figure>").expect("a figure ends") + "</figure>".len()]
}

/// The `<svg>` element inside a chart.
fn svg(figure: &str) -> &str {
    let start = figure.find("<svg").expect("the chart has an svg");
    let end = figure.find("</svg>").expect("the svg ends") + "</svg>".len();
    &figure[start..end]
}

/// The rows of the chart's table, each as a reader reads it.
fn rows(figure: &str) -> Vec<String> {
    let body = &figure[figure.find("<tbody>").expect("the chart has a table")..];
    body.split("<tr>").skip(1).map(|row| text(&row[..row.find("</tr>").unwrap_or(row.len())])).collect()
}

#[test]
fn charts_sit_on_their_pages_with_a_title_and_a_description() {
    let site = built();
    for (page, id) in [
        ("events/", "timeline-chart"),
        ("", "overview-chart"),
        ("parties/", "relations-map"),
        ("parties/beta/", "neighbourhood"),
    ] {
        let html = site.page(page);
        let chart = svg(figure(&html, id));
        // An image, or a group where the chart holds links (an image may not hold controls).
        let role = if chart.contains("<a ") { "group" } else { "img" };
        assert!(
            chart.contains(&format!("role=\"{role}\" aria-labelledby=\"{id}-title {id}-desc\"")),
            "{page}: {chart}"
        );
        assert!(chart.contains(&format!("<title id=\"{id}-title\">")), "{page} has no title");
        let desc = &chart[chart.find("<desc").expect("a desc")..chart.find("</desc>").expect("desc ends")];
        assert!(desc.len() > 60, "{page}: the description says too little: {desc}");
        assert!(figure(&html, id).contains("<details class=\"chart-data\""), "{page}: no table beside the chart");
        assert!(!chart.contains("<script"), "charts need no script");
    }
    assert!(!site.page("events/first-clash/").contains("<svg"), "event pages have no chart");
}

#[test]
fn every_event_of_the_example_is_in_the_timeline_table_with_its_date() {
    let site = Site::empty();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    common::copy_tree(&root.join("content"), &site.root().join("content"));
    std::fs::copy(root.join("briefing.toml"), site.root().join("briefing.toml")).expect("copy briefing.toml");
    site.build_ok();
    let html = site.page("events/");
    let chart = figure(&html, "timeline-chart");
    let table = &chart[chart.find("<tbody>").expect("a table")..];
    let mut count = 0;
    for entry in std::fs::read_dir(root.join("content/events")).expect("content/events") {
        let id = entry.expect("an entry").path().file_stem().expect("a name").to_string_lossy().into_owned();
        // `war-2020.fr.md` translates `war-2020`: the same event.
        if id.contains('.') {
            continue;
        }
        let page = site.page(&format!("events/{id}/"));
        // The date as the event's own page gives it, `<time>` and all.
        let eyebrow = &page[page.find("class=\"eyebrow\"").expect("an eyebrow")..];
        let time = &eyebrow[eyebrow.find("<time").expect("a date")..eyebrow.find("</time>").expect("date ends") + 7];
        let row = table
            .split("<tr>")
            .find(|row| {
                row.split("</td>").nth(1).is_some_and(|cell| cell.contains(&format!("href=\"/karabakh/events/{id}/\"")))
            })
            .unwrap_or_else(|| panic!("{id} is not in the timeline table"));
        assert!(row.contains(time), "{id}: the row lacks {time}:\n{row}");
        assert!(
            svg(chart).contains(&format!(". {}, ", &page[page.find("<h1>").unwrap() + 4..page.find("</h1>").unwrap()])),
            "{id} has no mark"
        );
        count += 1;
    }
    assert_eq!(rows(chart).len(), count, "one row per event");
}

#[test]
fn partial_dates_are_marked_as_such() {
    let site = built();
    let html = site.page("events/");
    let chart = figure(&html, "timeline-chart");
    let rows = rows(chart);
    // The row of the event itself, not one whose "Part of" names it.
    let row = |title: &str| {
        let own = |r: &&String| r.split_once(' ').is_some_and(|(_, rest)| rest.starts_with(title));
        rows.iter().find(own).unwrap_or_else(|| panic!("no row {title}")).clone()
    };
    assert!(row("Spring raids").contains("March 2020 month only"), "{}", row("Spring raids"));
    assert!(row("The old ceasefire").contains("c. 1994 year only, approximate"), "{}", row("The old ceasefire"));
    assert!(row("First clash at the river").contains("15 March 2020 exact day"));
    assert!(row("The long war").contains("period, ends known only to the month or year"));
    // In the drawing: a hollow mark for the month and the year, a filled one for the day. Each
    // mark's link names it once, with a `<title>` (what a screen reader reads and a pointer's
    // tooltip shows), before the mark's group.
    let svg = svg(chart);
    let mark = |title: &str| {
        let name = format!(". {title},");
        assert_eq!(svg.matches(&name).count(), 1, "the title of {title} is written once");
        let at = svg.find(&name).unwrap_or_else(|| panic!("no mark for {title}"));
        let start = at + svg[at..].find("<g class=\"mark").expect("marks are groups");
        svg[start..start + 60].to_string()
    };
    assert!(mark("Spring raids").contains("mark-partial"), "{}", mark("Spring raids"));
    assert!(mark("The old ceasefire").contains("mark-partial mark-qualified"), "{}", mark("The old ceasefire"));
    assert!(mark("First clash at the river").contains("mark-exact"), "{}", mark("First clash at the river"));
    assert!(svg.contains("stroke-dasharray=\"3 2\""), "approximate dates are dashed");
}

#[test]
fn the_map_draws_exactly_the_relations_and_memberships_of_the_front_matter() {
    let site = built();
    let html = site.page("parties/");
    let chart = figure(&html, "relations-map");
    let found: BTreeSet<String> = rows(chart).into_iter().collect();
    // alpha.md, delta.md and gamma.md: the relations and memberships they list, and no others.
    let expected: BTreeSet<String> = [
        "Alpha is an adversary of Beta since 1993 Alpha",
        "Delta backs Beta Alpha",
        "Alpha is a member of (founding member) Delta since 1994",
        "Gammason is a member of (President) Alpha since 8 May 2018",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(found, expected);
    let drawn = svg(chart);
    for line in [
        "Alpha is an adversary of Beta (according to Alpha)",
        "Delta backs Beta (according to Alpha)",
        "Alpha is a member of Delta",
        "Gammason is a member of Alpha",
    ] {
        assert!(drawn.contains(&format!("<title>{line}</title>")), "the map lacks {line}");
    }
    assert_eq!(drawn.matches("<path class=\"link ").count(), 4, "one line per link");
    assert!(drawn.contains("marker-end=\"url(#relations-map-arrow-backer)\""), "backing has a direction");
    let legend = text(&chart[chart.find("chart-legend").expect("a key")..]);
    for kind in ["Adversaries", "Backs", "Member of"] {
        assert!(legend.contains(kind), "the key lacks {kind}");
    }
}

#[test]
fn a_party_page_shows_its_neighbours_both_ways() {
    let site = built();
    let alpha = rows(figure(&site.page("parties/alpha/"), "neighbourhood"));
    assert_eq!(
        alpha,
        [
            "Adversary of Beta since 1993 Alpha",
            "Member of (founding member) Delta since 1994",
            "Has as member (President) Gammason since 8 May 2018"
        ]
    );
    let beta = rows(figure(&site.page("parties/beta/"), "neighbourhood"));
    assert_eq!(beta, ["Adversary of Alpha since 1993 Alpha", "Backed by Delta Alpha"]);
    let page = site.page("parties/beta/");
    let drawn = svg(figure(&page, "neighbourhood"));
    for name in ["Beta", "Alpha", "Delta"] {
        assert!(drawn.contains(&format!("\">{name}</text>")), "the drawing lacks {name}");
    }
}

#[test]
fn the_neighbourhood_drawing_is_stable() {
    let site = built();
    insta::assert_snapshot!(svg(figure(&site.page("parties/beta/"), "neighbourhood")));
}

#[test]
fn a_long_timeline_is_counted_per_period_and_stays_small() {
    let site = Site::empty();
    site.write("briefing.toml", "title = \"Many\"\nbase_url = \"https://example.org/\"\n");
    for n in 0..300 {
        let date = format!("{}-{:02}-{:02}", 1990 + n / 12, n % 12 + 1, n % 28 + 1);
        site.write(&format!("content/events/e{n}.md"), &format!("---\ntitle: Event {n}\ndate: {date}\n---\nBody.\n"));
    }
    site.build_ok();
    let html = site.page("events/");
    let chart = figure(&html, "timeline-chart");
    assert!(text(chart).contains("300 events are too many to draw one by one"), "{}", text(chart));
    assert!(svg(chart).len() < 20_000, "the chart is {} bytes", svg(chart).len());
    assert!(svg(chart).contains("<rect class=\"bin\""), "events are counted in bins");
    assert_eq!(rows(chart), ["Other events 300 1 January 1990 20 December 2014"]);
}

#[test]
fn a_long_timeline_lists_every_event_once_in_order_across_its_periods() {
    // Past a page of events the timeline is told period by period: read in the order the
    // periods are listed, the pages give every event once, in order.
    let site = Site::empty();
    site.write("briefing.toml", "title = \"Many\"\n");
    let count = 1_201;
    for n in 0..count {
        let date = format!("{}-{:02}-{:02}", 1900 + n / 12, n % 12 + 1, n % 28 + 1);
        site.write(&format!("content/events/e{n}.md"), &format!("---\ntitle: Event {n}\ndate: {date}\n---\n"));
    }
    site.build_ok();
    let index = site.page("events/");
    let periods = &index[index.find("<section class=\"periods\"").expect("the list of periods")..];
    let periods: Vec<String> = hrefs(&periods[..periods.find("</section>").expect("the list closes")]);
    assert!(periods.len() > 1, "{periods:?}");
    let mut links = Vec::new();
    for period in &periods {
        let html = site.page(period.trim_start_matches('/'));
        let list = &html[html.find("<ol class=\"timeline\">").expect("the timeline list")..];
        let list = &list[..list.find("</ol>").expect("the list closes")];
        assert!(!list.contains("\n\n"), "no blank lines where runs meet");
        links.extend(hrefs(list));
    }
    let expected: Vec<String> = (0..count).map(|n| format!("/events/e{n}/")).collect();
    assert_eq!(links, expected);

    // A site can lay out the items its own way.
    site.write("templates/timeline-items.html", "{% for item in items %}<li>{{ item.event.title }}</li>{% endfor %}");
    site.build_ok();
    let html = site.page(periods[0].trim_start_matches('/'));
    assert!(html.contains("<li>Event 0</li><li>Event 1</li>"));
}

/// Three levels of `part_of`: each sub-event is listed straight after its own parent, events
/// that belong to nothing have a heading of their own, and the chart's table names each
/// event's own parent, not the lane it is drawn in.
#[test]
fn the_timeline_lists_the_tree_of_part_of() {
    let site = Site::empty();
    let event = |id: &str, date: &str, part_of: Option<&str>| {
        let part = part_of.map(|p| format!("part_of: {p}\n")).unwrap_or_default();
        site.write(&format!("content/events/{id}.md"), &format!("---\ntitle: Event {id}\ndate: {date}\n{part}---\n"));
    };
    event("war", "2023-04-15/..", None);
    event("battle", "2023-04-16", Some("war"));
    event("later", "2023-04-18", Some("war"));
    event("raid", "2023-04-20", Some("battle"));
    event("loose", "2023-05-01", None);
    site.build_ok();
    let html = site.page("events/");
    let list = &html[html.find("<section class=\"timeline-group").expect("a group")..];
    let mut seen = Vec::new();
    for piece in list.split("<h2 class=\"timeline-group-title\"").skip(1) {
        let heading = text(&piece[piece.find('>').unwrap() + 1..piece.find("</h2>").unwrap()]);
        seen.push(format!("## {}", heading.split(" since ").next().unwrap()));
        for item in piece.split("<li class=\"timeline-item depth-").skip(1) {
            let depth = &item[..1];
            let title = &item[item.find("class=\"timeline-title\">").unwrap() + 23..];
            seen.push(format!("{depth} {}", &title[..title.find('<').unwrap()]));
        }
    }
    assert_eq!(
        seen,
        [
            "## Event war",
            "0 Event battle",
            "1 Event raid",
            "0 Event later",
            "## Not part of a larger event",
            "0 Event loose"
        ]
    );
    let table = rows(figure(&html, "timeline-chart"));
    let row = |id: &str| {
        let own = |r: &&String| r.split_once(' ').is_some_and(|(_, rest)| rest.starts_with(&format!("Event {id} ")));
        table.iter().find(own).unwrap_or_else(|| panic!("no row for {id}: {table:?}")).clone()
    };
    assert!(row("raid").ends_with("Event battle"), "{}", row("raid"));
    assert!(row("battle").ends_with("Event war"), "{}", row("battle"));
    assert!(row("war").ends_with("—"), "{}", row("war"));
}

/// The timeline charts of the example as a reader on a phone meets them: every mark is a
/// link to its event (a tap, not a hover), tick labels never overlap, and the stretch of axis
/// after a break has a tick at each end, not one.
#[test]
fn every_mark_is_a_link_and_the_axis_reads_on_both_sides_of_a_break() {
    let site = Site::empty();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    common::copy_tree(&root.join("content"), &site.root().join("content"));
    std::fs::copy(root.join("briefing.toml"), site.root().join("briefing.toml")).expect("copy briefing.toml");
    site.build_ok();
    // Translations (`war-2020.fr.md`) are no events of their own.
    let events = std::fs::read_dir(root.join("content/events"))
        .unwrap()
        .filter(|e| e.as_ref().is_ok_and(|e| e.path().file_stem().is_some_and(|s| !s.to_string_lossy().contains('.'))))
        .count();
    for (page, id) in [("", "overview-chart"), ("events/", "timeline-chart")] {
        let html = site.page(page);
        let svg = svg(figure(&html, id));
        let links: BTreeSet<&str> =
            svg.split("-link\" href=\"").skip(1).map(|rest| &rest[..rest.find('"').unwrap()]).collect();
        assert_eq!(links.len(), events, "{id}: one link per event: {links:?}");
        assert!(links.iter().all(|l| l.starts_with("/karabakh/events/")), "{links:?}");
        assert_eq!(svg.matches("<g class=\"mark").count(), svg.matches("<a class=\"mark-link\"").count());
        // Tick labels: where each starts and ends, at 12 px type (about 0.62 em a character).
        let mut labels: Vec<(f64, f64, String)> = svg
            .split("<text class=\"tick-label\" x=\"")
            .skip(1)
            .map(|rest| {
                let x: f64 = rest[..rest.find('"').unwrap()].parse().unwrap();
                let text = &rest[rest.find('>').unwrap() + 1..rest.find("</text>").unwrap()];
                let half = text.chars().count() as f64 * 12.0 * 0.62 / 2.0;
                (x - half, x + half, text.to_string())
            })
            .collect();
        labels.sort_by(|a, b| a.0.total_cmp(&b.0));
        for pair in labels.windows(2) {
            assert!(pair[0].1 <= pair[1].0, "{id}: tick labels {:?} and {:?} overlap", pair[0].2, pair[1].2);
        }
        let cut = svg.find("class=\"axis-break-rule\" x1=\"").expect("the example's axis has a break");
        let cut_x: f64 = svg[cut + 29..][..svg[cut + 29..].find('"').unwrap()].parse().unwrap();
        let after = labels.iter().filter(|l| l.0 > cut_x).count();
        assert!(after >= 2, "{id}: {after} tick after the break: {labels:?}");
    }
}

/// The x of the dot of the party labelled `name` in a map drawing, and its label's anchor.
fn dot_of(svg: &str, name: &str) -> f64 {
    let label = svg.find(&format!(">{name}</text>")).unwrap_or_else(|| panic!("no label {name}"));
    let start = svg[..label].rfind("<text").expect("a label element");
    let x: f64 =
        svg[start..].split("x=\"").nth(1).and_then(|r| r.split('"').next()).and_then(|x| x.parse().ok()).expect("x");
    let end = svg[start..label].contains("text-anchor=\"end\"");
    if end { x + 10.0 } else { x - 10.0 }
}

#[test]
fn the_map_puts_the_sides_apart_and_its_labels_level() {
    let site = Site::copy("georgia-2008");
    site.build_ok();
    let html = site.page("parties/");
    let chart = figure(&html, "relations-map");
    for drawing in chart.split("<svg").skip(1).filter(|d| d.contains("class=\"chart-svg ")) {
        let x = |name: &str| dot_of(drawing, name);
        // Side A (Georgia) left of side B (Russia, South Ossetia), and those taking no side
        // (the EU mediates) between them on a wide screen; the people beside their state.
        assert!(x("Georgia") < x("Russia"), "side A left of side B");
        assert_eq!(x("Russia"), x("Medvedev"), "a leader stands in the column of their state");
        assert_eq!(x("Georgia"), x("Saakashvili"));
        assert!(!drawing.contains("rotate("), "labels are level");
    }
    assert!(chart.contains("class=\"chart-svg chart-svg-narrow\""), "a drawing for phones");
}

/// The attribute `name` of the first element after `from` in `svg` that has it, as a number.
fn attr_after(svg: &str, from: usize, name: &str) -> f64 {
    let key = format!(" {name}=\"");
    let at = from + svg[from..].find(&key).unwrap_or_else(|| panic!("no {name} after {from}")) + key.len();
    svg[at..at + svg[at..].find('"').unwrap()].parse().unwrap()
}

/// On a phone the timeline runs down the page: the drawing is taller than wide, each event's
/// mark stands lower than the marks of the events before it (the events are numbered in date
/// order), every mark is inside the 340 px drawing and a link with the wide chart's title, the
/// axis labels are level and far enough apart, and the break is drawn across the columns.
#[test]
fn the_phone_timeline_runs_top_to_bottom_in_date_order() {
    let site = Site::empty();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    common::copy_tree(&root.join("content"), &site.root().join("content"));
    std::fs::copy(root.join("briefing.toml"), site.root().join("briefing.toml")).expect("copy briefing.toml");
    site.build_ok();
    for (page, id) in [("", "overview-chart"), ("events/", "timeline-chart")] {
        let html = site.page(page);
        let chart = figure(&html, id);
        let wide = svg(chart);
        let narrow = &chart[chart.find("<svg").unwrap() + wide.len()..];
        let narrow = svg(narrow);
        assert!(narrow.contains("chart-svg-narrow"), "{id}: {narrow}");
        let (w, h) = (attr_after(narrow, 0, "width"), attr_after(narrow, 0, "height"));
        assert!(w <= 340.0 && h > w, "{id}: the phone's drawing is {w} by {h}");
        // Each mark: its number and the top of its drawing.
        let mut marks: Vec<(usize, f64, f64, String)> = narrow
            .match_indices("<a class=\"mark-link\"")
            .map(|(at, _)| {
                let title = &narrow
                    [at + narrow[at..].find("<title>").unwrap() + 7..at + narrow[at..].find("</title>").unwrap()];
                let label = at + narrow[at..].find("class=\"mark-label\"").unwrap();
                let number: usize = narrow[label..]
                    [narrow[label..].find('>').unwrap() + 1..narrow[label..].find("</text>").unwrap()]
                    .parse()
                    .unwrap();
                // Where the mark starts: a bar's top, a dot's centre (a day's dot is drawn in
                // the middle of the day, a bar from the start of its first day).
                let shape =
                    at + narrow[at..].find("<circle").into_iter().chain(narrow[at..].find("<rect")).min().unwrap();
                let top = if narrow[shape..].starts_with("<circle") {
                    attr_after(narrow, shape, "cy")
                } else {
                    attr_after(narrow, shape, "y")
                };
                (number, top, attr_after(narrow, label, "x"), title.to_string())
            })
            .collect();
        assert!(marks.len() >= 10, "{id}: {} marks", marks.len());
        marks.sort_by_key(|m| m.0);
        for pair in marks.windows(2) {
            // Half a day of slack, for a day's dot beside a period starting that day.
            assert!(pair[0].1 <= pair[1].1 + 20.0, "{id}: event {} is drawn above event {}", pair[1].0, pair[0].0);
        }
        for (number, _, x, title) in &marks {
            assert!(*x + 16.0 <= w, "{id}: the number of event {number} ends past the drawing, at {x}");
            assert!(wide.contains(&format!("<title>{title}</title>")), "{id}: {title} is not the wide chart's title");
        }
        let mut ticks: Vec<f64> = narrow
            .match_indices("<text class=\"tick-label\"")
            .map(|(at, _)| {
                assert!(
                    narrow[at..].starts_with("<text class=\"tick-label\" x=\"84\""),
                    "{id}: a tick label off the axis"
                );
                attr_after(narrow, at, "y")
            })
            .collect();
        ticks.sort_by(f64::total_cmp);
        assert!(ticks.len() >= 4, "{id}: {ticks:?}");
        assert!(ticks.windows(2).all(|p| p[1] - p[0] >= 14.0), "{id}: tick labels overlap: {ticks:?}");
        let cut = narrow.find("class=\"axis-break-rule\"").expect("the example's axis has a break");
        assert_eq!(attr_after(narrow, cut, "y1"), attr_after(narrow, cut, "y2"), "{id}: the break runs across");
    }
}

/// A hub with 200 members, all named early in the alphabet, and three direct links named late.
fn hub_site() -> Site {
    let site = Site::empty();
    site.write("briefing.toml", "title = \"Hub\"\nbase_url = \"https://example.org/\"\n");
    site.write(
        "content/parties/hub.md",
        "---\nname: Hub Union\nkind: organisation\nsummary: The hub.\nmember_of:\n  - { party: zz-forum }\nrelations:\n  - { party: zulu, kind: ally }\n  - { party: yankee, kind: mediator }\n---\nThe hub.\n",
    );
    for (id, name) in [("zz-forum", "Zz Forum"), ("zulu", "Zulu"), ("yankee", "Yankee")] {
        site.write(
            &format!("content/parties/{id}.md"),
            &format!("---\nname: {name}\nkind: state\nsummary: Late.\n---\nLate.\n"),
        );
    }
    for n in 0..200 {
        // Member 150 lists a relation of its own, so it is drawn ahead of members named before it.
        let more = if n == 150 { "relations:\n  - { party: yankee, kind: rival }\n" } else { "" };
        site.write(
            &format!("content/parties/a{n:03}.md"),
            &format!("---\nname: Aa Member {n:03}\nkind: state\nsummary: A member.\nmember_of:\n  - {{ party: hub }}\n{more}---\nA member.\n"),
        );
    }
    site.build_ok();
    site
}

#[test]
fn a_hub_shows_its_own_links_first_counts_the_rest_and_bundles_its_members() {
    let site = hub_site();
    let page = site.page("parties/hub/");
    let chart = figure(&page, "neighbourhood");
    let drawn = svg(chart);
    for name in ["Zulu", "Yankee", "Zz Forum"] {
        assert!(drawn.contains(&format!("\">{name}</text>")), "the drawing lacks {name}");
    }
    assert!(text(chart).contains("Showing 24 of the 203 parties linked to Hub Union"), "{}", text(chart));
    assert_eq!(rows(chart).len(), 203, "the table lists every link");
    let heads = drawn.matches("marker-end=").count();
    assert!(heads <= 4, "{heads} arrowheads in the neighbourhood");
    assert!(drawn.contains(">21 members</text>"), "the members' lines are bundled with their count");

    let parties = site.page("parties/");
    let map = figure(&parties, "relations-map");
    let heads = svg(map).matches("marker-end=").count();
    assert!(heads <= 4, "{heads} arrowheads on the map");
    assert!(svg(map).contains("\">Hub Union</text>"), "the hub is on the map");
    // Every bundled line names a party the drawing shows, on the page and on the map.
    for chart in [drawn, svg(map)] {
        for (at, _) in chart.match_indices(" is a member of Hub Union</title>") {
            let name = &chart[chart[..at].rfind("<title>").unwrap() + "<title>".len()..at];
            assert!(chart.contains(&format!("\">{name}</text>")), "a bundled line names {name}, who is not drawn");
        }
    }
    assert!(text(map).contains("Showing 30 of the 204 parties with links"), "{}", text(map));
}

/// Every element `<tag ...>` of `svg` whose opening tag holds `class`, with its offset.
fn elements<'a>(svg: &'a str, tag: &str, class: &str) -> Vec<(usize, &'a str)> {
    let open = format!("<{tag} class=\"{class}\"");
    svg.match_indices(&open).map(|(at, _)| (at, &svg[at..at + svg[at..].find('>').unwrap()])).collect()
}

/// The numeric attribute `name` of one opening tag.
fn attr(tag: &str, name: &str) -> f64 {
    let key = format!(" {name}=\"");
    let at = tag.find(&key).unwrap_or_else(|| panic!("no {name} in {tag}")) + key.len();
    tag[at..at + tag[at..].find('"').unwrap()].parse().unwrap()
}

/// Past the detailed chart's limit the timeline counts events per period. At 1,800 events in
/// three lanes, on both drawings: every bar carries its count, bars are as tall as their
/// counts, each lane is as tall as its tallest bar needs and the busiest is tall enough to
/// read, the periods fill the frame from side to side, and no text leaves the drawing.
#[test]
fn a_counted_timeline_labels_every_bar_and_fills_its_frame() {
    let site = Site::empty();
    site.write("briefing.toml", "title = \"Many\"\n");
    for (slug, year) in [("campaign-a", 2003), ("campaign-b", 2017)] {
        site.write(&format!("content/events/{slug}.md"), &format!("---\ntitle: Campaign {slug}\ndate: {year}\n---\n"));
    }
    for n in 0..1_800 {
        let (year, part_of) = match n % 12 {
            0 => (2003, "part_of: campaign-a\n"),
            1 => (2017 + n % 2, "part_of: campaign-b\n"),
            _ => (1995 + n % 31, ""),
        };
        let date = format!("{year}-{:02}-{:02}", n % 12 + 1, n % 28 + 1);
        site.write(&format!("content/events/e{n}.md"), &format!("---\ntitle: Event {n}\ndate: {date}\n{part_of}---\n"));
    }
    site.build_ok();
    let html = site.page("events/");
    let chart = figure(&html, "timeline-chart");
    let drawings: Vec<&str> =
        chart.split("<svg").skip(1).map(|s| &s[..s.find("</svg>").expect("the svg ends")]).collect();
    assert_eq!(drawings.len(), 2, "a wide and a narrow drawing");
    for drawing in drawings {
        let (width, height) = (attr(drawing, "width"), attr(drawing, "height"));
        let bins = elements(drawing, "rect", "bin");
        assert!(bins.len() >= 6, "{} bars", bins.len());
        // Each bar's title says its count; the text right after the bar writes it.
        let counts: Vec<usize> = bins
            .iter()
            .map(|(at, _)| {
                let title = &drawing[at + drawing[*at..].find("<title>").unwrap() + 7..];
                let n: usize = title[title.find(": ").unwrap() + 2..].split(' ').next().unwrap().parse().unwrap();
                let label = elements(&drawing[*at..], "text", "bin-count");
                let (label_at, _) = label.first().unwrap_or_else(|| panic!("the bar of {n} has no count"));
                let written = &drawing[at + label_at..];
                let written = &written[written.find('>').unwrap() + 1..written.find("</text>").unwrap()];
                assert_eq!(written.replace(',', ""), n.to_string());
                n
            })
            .collect();
        assert_eq!(counts.len(), elements(drawing, "text", "bin-count").len(), "one count per bar");
        assert_eq!(counts.iter().sum::<usize>(), 1_802, "every event is counted once");
        // Bars are proportional to their counts (a bar is never thinner than 2 px).
        let peak = *counts.iter().max().unwrap() as f64;
        let tallest = bins.iter().map(|(_, b)| attr(b, "height")).fold(0.0, f64::max);
        assert!(tallest >= 40.0, "the tallest bar is {tallest} px");
        for ((_, bin), &n) in bins.iter().zip(&counts) {
            let h = attr(bin, "height");
            assert!((h - (tallest * n as f64 / peak).max(2.0)).abs() < 0.6, "{n} events drawn {h} px tall");
        }
        // Lanes: three of them, each from its label to its base line taller than the label.
        let labels = elements(drawing, "text", "lane-label");
        let bases = elements(drawing, "line", "lane-base");
        assert_eq!((labels.len(), bases.len()), (3, 3));
        for ((_, label), (_, base)) in labels.iter().zip(&bases) {
            let lane = attr(base, "y1") - attr(label, "y");
            assert!(lane >= 30.0, "a lane {lane} px tall");
        }
        // The periods run from the left margin to the right one.
        let left = bins.iter().map(|(_, b)| attr(b, "x")).fold(f64::MAX, f64::min);
        let right = bins.iter().map(|(_, b)| attr(b, "x") + attr(b, "width")).fold(0.0, f64::max);
        assert!(left <= 32.0 && right >= width - 32.0, "bars span {left}..{right} of {width}");
        // No text outside the drawing (13 px text, ticks 12 px, about 0.58 em a character).
        for (at, _) in drawing.match_indices("<text ") {
            let tag = &drawing[at..at + drawing[at..].find('>').unwrap()];
            let words = &drawing[at + tag.len() + 1..];
            let chars = words[..words.find("</text>").unwrap()].chars().count() as f64;
            let size = if tag.contains("tick-label") { 12.0 } else { 13.0 };
            let w = chars * size * 0.58;
            let (x, y) = (attr(tag, "x"), attr(tag, "y"));
            let (x0, x1) = if tag.contains("text-anchor=\"middle\"") { (x - w / 2.0, x + w / 2.0) } else { (x, x + w) };
            assert!(x0 >= 0.0 && x1 <= width && y >= size && y <= height, "{tag} leaves the {width}×{height} drawing");
        }
    }
}
