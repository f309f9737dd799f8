//! What the site offers beyond its pages: the Atom feed, the search index and page, the
//! exports (timeline.json, graph.json), JSON-LD, and output that works from any folder
//! (`build --relative`) or under a subpath.

mod common;

use std::path::{Path, PathBuf};

use common::{Site, hrefs};
use serde_json::Value;

fn built(extra: &[&str]) -> Site {
    let site = Site::copy("crosslinks");
    let out = site.build(extra);
    assert!(out.status.success(), "build failed:\n{}", common::stderr(&out));
    site
}

/// The output file an absolute URL of the site names, when the site lives at `base`.
fn file_of(site: &Site, url: &str, base: &str) -> PathBuf {
    let rel = url.strip_prefix(base).unwrap_or_else(|| panic!("{url} is not under {base}"));
    let rel = rel.split(['#', '?']).next().unwrap_or_default();
    let rel = if rel.is_empty() || rel.ends_with('/') { format!("{rel}index.html") } else { rel.to_string() };
    site.root().join("public").join(rel)
}

/// The JSON-LD of a page, parsed.
fn json_ld(html: &str) -> Value {
    let start = html.find("<script type=\"application/ld+json\">").expect("the page has JSON-LD") + 35;
    let end = start + html[start..].find("</script>").expect("the script ends");
    serde_json::from_str(&html[start..end]).expect("JSON-LD parses")
}

#[test]
fn the_feed_lists_events_and_updated_briefs_newest_first() {
    let site = built(&[]);
    let xml = site.page("atom.xml");
    let doc = roxmltree::Document::parse(&xml).expect("atom.xml is well-formed XML");
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(feed.tag_name().namespace(), Some("http://www.w3.org/2005/Atom"));
    let child = |node: roxmltree::Node<'_, '_>, name: &str| {
        node.children().find(|c| c.tag_name().name() == name).map(|c| c.text().unwrap_or_default().to_string())
    };
    assert_eq!(child(feed, "id").as_deref(), Some("https://example.org/"));
    assert_eq!(child(feed, "title").as_deref(), Some("Crosslinks fixture"));
    assert!(feed.children().any(|c| c.tag_name().name() == "author"), "a feed without entry authors needs one");

    let entries: Vec<_> = feed.children().filter(|c| c.tag_name().name() == "entry").collect();
    let titles: Vec<String> = entries.iter().map(|e| child(*e, "title").unwrap_or_default()).collect();
    // Events by their last day, the briefs updated on 2 October 2020 among them; the draft
    // and the page without `updated` are left out.
    assert_eq!(
        titles,
        [
            "The long war",
            "Republic of Alpha",
            "Kingdom of Beta",
            "Talks in June",
            "Spring raids",
            "First clash at the river",
            "The old ceasefire"
        ],
        "{xml}"
    );
    let updated: Vec<String> = entries.iter().map(|e| child(*e, "updated").expect("every entry has updated")).collect();
    assert!(updated.windows(2).all(|w| w[0] >= w[1]), "not newest first: {updated:?}");
    assert_eq!(child(feed, "updated").as_ref(), updated.first(), "the feed is as new as its newest entry");
    for (entry, updated) in entries.iter().zip(&updated) {
        assert!(updated.len() == 20 && updated.ends_with('Z'), "not an RFC 3339 date-time: {updated}");
        let id = child(*entry, "id").expect("every entry has an id");
        let link = entry
            .children()
            .find(|c| c.tag_name().name() == "link")
            .and_then(|l| l.attribute("href"))
            .expect("every entry links to its page");
        assert_eq!(id, link);
        assert!(file_of(&site, link, "https://example.org/").is_file(), "{link} names no file");
    }
    assert!(site.page("parties/alpha/").contains(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Crosslinks fixture\" href=\"/atom.xml\">"
    ));
}

/// The search index: the JSON inside `search/index.js`.
fn search_index(site: &Site) -> Value {
    let script = site.page("search/index.js");
    let json = script
        .strip_prefix("window.BRIEFING_SEARCH = ")
        .and_then(|s| s.trim_end().strip_suffix(';'))
        .expect("the index is one assignment");
    serde_json::from_str(json).expect("the index is JSON")
}

#[test]
fn the_search_index_holds_every_brief_with_kind_date_and_summary() {
    let site = built(&[]);
    let index = search_index(&site);
    let fields: Vec<&str> = index["fields"].as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
    assert_eq!(fields, ["link", "kind", "label", "title", "date", "summary", "terms", "names"]);
    let rows = index["briefs"].as_array().unwrap();
    assert_eq!(rows.len(), 10, "every published brief, drafts left out");
    let row = |title: &str| rows.iter().find(|r| r[3] == title).unwrap_or_else(|| panic!("no {title} in the index"));

    let clash = row("First clash at the river");
    assert_eq!(clash[1], "event");
    assert_eq!(clash[2], "Clash");
    assert_eq!(clash[4], "15 March 2020");
    assert_eq!(clash[5], "The first clash.");
    assert!(clash[6].as_str().unwrap().contains("River crossing"), "the place is searchable");

    let alpha = row("Republic of Alpha");
    assert_eq!(alpha[1], "party");
    assert_eq!(alpha[2], "State");
    assert_eq!(alpha[5], "A state that <script>alert('x')</script> sits north of Beta.");
    assert!(alpha[6].as_str().unwrap().contains("Alphaville"), "aliases are searchable");
    assert_eq!(alpha[7], "Alpha · Alphaville", "the other names alone, for exact matches");
    assert_eq!(clash[7], "", "an event has no other names");
    assert!(!site.page("search/index.js").contains("</script>"), "the index cannot end a script early");

    for r in rows {
        let link = r[0].as_str().unwrap();
        assert!(file_of(&site, &format!("/{link}"), "/").is_file(), "{link} names no file");
    }
}

#[test]
fn every_page_has_a_search_box_and_the_search_page_works_without_javascript() {
    let site = built(&[]);
    let home = site.page("");
    assert!(home.contains("<form class=\"site-search\" role=\"search\" action=\"/search/\" method=\"get\">"), "{home}");
    let search = site.page("search/");
    assert!(search.contains("<h1>Search</h1>"));
    assert!(search.contains("<noscript>"), "without JavaScript the page says why there are no results");
    for list in ["/parties/", "/events/", "/tags/"] {
        assert!(hrefs(&search).contains(&list.to_string()), "the search page offers {list} to browse");
    }
    assert!(search.contains("<script src=\"/search/index.js\"></script>"), "the index loads without fetch()");
    assert!(search.contains("<script src=\"/search.js?v="));
    assert!(site.exists("search.js"));
}

#[test]
fn timeline_json_is_in_timelinejs_format_with_partial_dates() {
    let site = built(&[]);
    let timeline: Value = serde_json::from_str(&site.page("data/timeline.json")).expect("timeline.json parses");
    assert_eq!(timeline["title"]["text"]["headline"], "Crosslinks fixture");
    let events = timeline["events"].as_array().unwrap();
    let ids: Vec<&str> = events.iter().map(|e| e["unique_id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["ceasefire-1994", "war", "spring-raids", "first-clash", "talks"]);
    let event = |id: &str| events.iter().find(|e| e["unique_id"] == id).unwrap();
    assert_eq!(event("ceasefire-1994")["start_date"], serde_json::json!({ "year": 1994 }));
    assert_eq!(event("ceasefire-1994")["display_date"], "c. 1994");
    assert_eq!(event("spring-raids")["start_date"], serde_json::json!({ "year": 2020, "month": 3 }));
    assert_eq!(event("spring-raids")["group"], "First clash at the river");
    let talks = event("talks");
    assert_eq!(talks["start_date"], serde_json::json!({ "year": 2020, "month": 6, "day": 1 }));
    assert_eq!(talks["end_date"], serde_json::json!({ "year": 2020, "month": 6, "day": 5 }));
    let clash = event("first-clash");
    assert_eq!(clash["text"]["headline"], "First clash at the river");
    assert_eq!(clash["group"], "The long war");
    assert!(clash["text"]["text"].as_str().unwrap().contains("https://example.org/events/first-clash/"));
    assert!(event("war").get("group").is_none(), "an event part of nothing has no group");
}

#[test]
fn graph_json_has_briefs_as_nodes_and_typed_edges() {
    let site = built(&[]);
    let graph: Value = serde_json::from_str(&site.page("data/graph.json")).expect("graph.json parses");
    let nodes = graph["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), 10);
    let alpha = nodes.iter().find(|n| n["id"] == "alpha").unwrap();
    assert_eq!(alpha["kind"], "party");
    assert_eq!(alpha["title"], "Republic of Alpha");
    assert_eq!(alpha["url"], "https://example.org/parties/alpha/");
    let ids: Vec<&str> = nodes.iter().map(|n| n["id"].as_str().unwrap()).collect();
    let edges = graph["edges"].as_array().unwrap();
    for e in edges {
        for end in ["source", "target"] {
            assert!(ids.contains(&e[end].as_str().unwrap()), "edge end {} is not a node", e[end]);
        }
    }
    let has = |source: &str, target: &str, kind: &str| {
        edges.iter().any(|e| e["source"] == source && e["target"] == target && e["type"] == kind)
    };
    assert!(has("alpha", "beta", "relation"));
    assert!(has("alpha", "delta", "member_of"));
    assert!(has("alpha", "first-clash", "participant"));
    assert!(has("first-clash", "war", "part_of"));
    let backer = edges.iter().find(|e| e["source"] == "delta" && e["target"] == "first-clash").unwrap();
    assert_eq!(backer["role"], "backer");
    assert_eq!(backer["claimed_by"], "beta");
}

#[test]
fn json_ld_types_the_subject_and_attributes_each_claim() {
    let site = built(&[]);
    let event = json_ld(&site.page("events/first-clash/"));
    assert_eq!(event["@type"], "NewsArticle");
    assert_eq!(event["about"]["@type"], "Event");
    assert_eq!(event["about"]["startDate"], "2020-03-15");
    assert_eq!(event["about"]["superEvent"]["name"], "The long war");
    let claims = event["hasPart"].as_array().expect("the claims are parts of the article");
    assert_eq!(claims.len(), 2 + 4, "two claims, then four figures");
    let denial = &claims[1];
    assert_eq!(denial["@type"], "Claim");
    assert_eq!(denial["text"], "its troops fired first.");
    // The sentence names the party as the page does (short name); the author keeps its full name.
    assert_eq!(denial["name"], "Beta denies its troops fired first.");
    assert_eq!(denial["author"]["name"], "Kingdom of Beta");
    assert_eq!(denial["author"]["url"], "https://example.org/parties/beta/");
    assert_eq!(denial["appearance"][0]["url"], "https://example.com/wire-1");
    assert_eq!(denial["appearance"][0]["publisher"]["name"], "Wire");
    // A figure keeps its qualifier, and is its claimant's or, unclaimed, its source's.
    let about = &claims[3];
    assert_eq!(about["text"], "Civilians: about 13 killed (as of 16 March 2020)");
    assert_eq!(about["author"]["name"], "Republic of Alpha");
    let unclaimed = &claims[5];
    assert_eq!(unclaimed["name"], "at least 30 killed (as of 16 March 2020), according to Wire");
    assert!(unclaimed.get("author").is_none(), "no party is made the author of a source's own count");

    let alpha = json_ld(&site.page("parties/alpha/"));
    assert_eq!(alpha["about"]["@type"], "GovernmentOrganization");
    assert_eq!(alpha["about"]["memberOf"][0]["url"], "https://example.org/parties/delta/");
    let mentions = alpha["mentions"].as_array().unwrap();
    assert!(mentions.iter().any(|m| m["url"] == "https://example.org/events/war/" && m["@type"] == "Event"));
    assert!(!site.page("parties/alpha/").contains("<script>alert"), "the summary is escaped in JSON-LD");
}

/// Every `href`/`src`/`action` value of a page.
fn links(html: &str) -> Vec<String> {
    let mut out = hrefs(html);
    for attribute in ["src=\"", "action=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attribute) {
            rest = &rest[i + attribute.len()..];
            let end = rest.find('"').unwrap_or(rest.len());
            out.push(rest[..end].replace("&amp;", "&"));
        }
    }
    out
}

fn html_files(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.expect("output is readable").into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect()
}

#[test]
fn relative_output_links_every_page_to_files_from_its_own_folder() {
    let site = built(&["--relative", "--base-url", "https://example.org/karabakh/"]);
    let public = site.root().join("public");
    let mut checked = 0;
    for file in html_files(&public) {
        let html = std::fs::read_to_string(&file).unwrap();
        for link in links(&html) {
            if link.starts_with("https://") || link.starts_with("http://") || link.starts_with("mailto:") {
                continue;
            }
            assert!(!link.starts_with('/'), "{}: root-absolute link {link}", file.display());
            let path = link.split(['#', '?']).next().unwrap_or_default();
            if path.is_empty() {
                continue;
            }
            assert!(!path.ends_with('/'), "{}: {link} names a folder, which file:// does not open", file.display());
            let target = file.parent().unwrap().join(path);
            assert!(target.is_file(), "{}: {link} names no file", file.display());
            checked += 1;
        }
    }
    assert!(checked > 300, "only {checked} links checked");
    let event = site.page("events/first-clash/");
    assert!(event.contains("href=\"../../parties/alpha/index.html\""), "{event}");
    assert!(event.contains("action=\"../../search/index.html\""));
    let index = search_index(&site);
    assert!(index["briefs"].as_array().unwrap().iter().all(|r| r[0].as_str().unwrap().ends_with("/index.html")));
    let search = site.page("search/");
    assert!(search.contains("<script src=\"../search/index.js\"></script>"), "the index is a script, not a fetch");
}

#[test]
fn new_files_honour_a_subpath() {
    let site = built(&["--base-url", "https://example.org/karabakh/"]);
    let xml = site.page("atom.xml");
    assert!(xml.contains("<id>https://example.org/karabakh/events/war/</id>"), "{xml}");
    assert!(xml.contains("href=\"https://example.org/karabakh/atom.xml\""));
    let home = site.page("");
    assert!(home.contains("href=\"/karabakh/atom.xml\""));
    assert!(home.contains("action=\"/karabakh/search/\""));
    assert!(site.page("search/").contains("<script src=\"/karabakh/search/index.js\"></script>"));
    assert!(site.page("data/graph.json").contains("\"url\":\"https://example.org/karabakh/parties/alpha/\""));
    assert!(site.page("data/timeline.json").contains("https://example.org/karabakh/events/war/"));
    for row in search_index(&site)["briefs"].as_array().unwrap() {
        let link = row[0].as_str().unwrap();
        assert!(!link.starts_with('/'), "index links are relative to the root the script finds: {link}");
        assert!(file_of(&site, &format!("/karabakh/{link}"), "/karabakh/").is_file());
    }
}

#[test]
fn without_a_host_in_base_url_the_feed_ids_are_still_absolute_and_stable() {
    let ids = |site: &Site| -> Vec<String> {
        let xml = site.page("atom.xml");
        let doc = roxmltree::Document::parse(&xml).expect("atom.xml is well-formed XML");
        doc.descendants().filter(|n| n.tag_name().name() == "id").filter_map(|n| n.text().map(String::from)).collect()
    };
    let first = built(&["--base-url", "/"]);
    let ids_first = ids(&first);
    assert!(ids_first.len() > 2, "the feed and its entries have ids: {ids_first:?}");
    for id in &ids_first {
        let uuid = id.strip_prefix("urn:uuid:").unwrap_or_else(|| panic!("{id} is not an absolute IRI"));
        let groups: Vec<usize> = uuid.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12], "{id}");
        assert!(uuid.chars().all(|c| c == '-' || c.is_ascii_hexdigit()), "{id}");
    }
    let mut unique = ids_first.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids_first.len(), "every entry has its own id");
    assert_eq!(ids(&built(&["--base-url", "/"])), ids_first, "ids stay the same from build to build");
    assert!(first.page("atom.xml").contains("href=\"/events/war/\""), "links stay root-relative");
}
