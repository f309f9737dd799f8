//! What a reader sees in a built site: cross-links both ways, attributed figures, dates by
//! precision, the timeline order, and links that hold under a base URL with a subpath.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{Site, hrefs, section, stderr, stdout, text};

fn built() -> Site {
    let site = Site::copy("crosslinks");
    site.build_ok();
    site
}

#[test]
fn party_page_links_to_each_event_it_took_part_in() {
    let site = built();
    let alpha = site.page("parties/alpha/");
    let events = section(&alpha, "events");
    for event in ["war", "first-clash", "spring-raids", "ceasefire-1994"] {
        assert!(hrefs(events).contains(&format!("/events/{event}/")), "alpha's events lack {event}:\n{events}");
    }
    // Alpha was not in the talks itself: its president was, and that is how they are listed.
    let (own, through) = events.split_at(events.find("Through its people").expect("alpha's people's events"));
    assert!(!hrefs(own).contains(&"/events/talks/".to_string()), "alpha was not in the talks");
    assert!(text(through).contains("Talks in June through Gammason (President), as speaker"), "{}", text(through));
    let t = text(events);
    assert!(t.contains("On side A January – December 2020 The long war"), "{t}");
    assert!(t.contains("As attacker 15 March 2020 First clash at the river"), "{t}");
}

#[test]
fn alleged_participation_names_who_alleges_it() {
    let site = built();
    let delta = text(section(&site.page("parties/delta/"), "events"));
    assert!(delta.contains("First clash at the river alleged by Beta"), "{delta}");
    let event = site.page("events/first-clash/");
    assert!(text(&event).contains("Backer Delta (alleged by Beta)"));
}

#[test]
fn party_page_lists_every_brief_that_mentions_it() {
    let site = built();
    let alpha = site.page("parties/alpha/");
    let mentioned = hrefs(section(&alpha, "mentioned-in"));
    // beta autolinks "Alphaville", gamma links with a Markdown link, first-clash autolinks
    // "Alpha", about uses three kinds of wikilink.
    for from in ["/parties/beta/", "/parties/gamma/", "/events/first-clash/", "/about/"] {
        assert!(mentioned.contains(&from.to_string()), "{from} missing from {mentioned:?}");
    }
    assert!(!mentioned.contains(&"/parties/alpha/".to_string()), "a brief does not mention itself");
}

#[test]
fn a_relation_appears_on_both_pages_with_its_direction() {
    let site = built();
    let delta = text(section(&site.page("parties/delta/"), "relations"));
    let beta = text(section(&site.page("parties/beta/"), "relations"));
    assert!(delta.contains("Backs Beta according to Alpha"), "{delta}");
    assert!(beta.contains("Backed by Delta according to Alpha"), "{beta}");
    let alpha = text(section(&site.page("parties/alpha/"), "relations"));
    assert!(alpha.contains("Adversary of Beta (since 1993) according to Alpha border dispute"), "{alpha}");
    assert!(beta.contains("Adversary of Alpha (since 1993)"), "{beta}");
}

#[test]
fn memberships_show_on_both_pages() {
    let site = built();
    let delta = text(section(&site.page("parties/delta/"), "members"));
    assert!(delta.contains("Alpha (founding member, since 1994)"), "{delta}");
    let alpha = site.page("parties/alpha/");
    assert!(text(&alpha).contains("Member of Delta (founding member, since 1994)"));
    assert!(text(section(&alpha, "members")).contains("Gammason (President, since 8 May 2018)"));
}

#[test]
fn figures_carry_their_claimant_and_are_never_merged() {
    let site = built();
    let event = site.page("events/first-clash/");
    let figures = text(section(&event, "casualties"));
    assert!(figures.contains("Counted Kind Figure As of Source According to Alpha Alpha Killed 158"), "{figures}");
    assert!(figures.contains("Civilians Killed about 13 16 March 2020"), "{figures}");
    assert!(figures.contains("According to Beta Civilians Killed 19–25 16 March 2020"), "{figures}");
    assert!(figures.contains("Wire’s own count Not specified Killed at least 30"), "{figures}");
    assert!(!figures.contains("171") && !figures.contains("32"), "figures of different claimants are never added up");
    let alpha = text(section(&site.page("parties/alpha/"), "figures"));
    assert!(alpha.contains("First clash at the river Alpha Killed 158 16 March 2020"), "{alpha}");
}

#[test]
fn claims_are_in_the_claimants_voice_with_a_citation() {
    let site = built();
    let event = site.page("events/first-clash/");
    let claims = section(&event, "claims");
    assert!(text(claims).contains("Alpha says Beta fired first."), "{}", text(claims));
    assert!(text(claims).contains("Beta denies its troops fired first."));
    assert!(claims.contains("href=\"#source-1\""));
    assert!(event.contains("<li id=\"source-1\">"));
}

#[test]
fn partial_dates_render_by_precision() {
    let site = built();
    let timeline = text(&site.page("events/"));
    assert!(timeline.contains("c. 1994 The old ceasefire"), "{timeline}");
    assert!(timeline.contains("March 2020 Spring raids"));
    assert!(timeline.contains("15 March 2020 First clash at the river"));
    assert!(timeline.contains("1–5 June 2020 Talks in June"));
    assert!(timeline.contains("The long war January – December 2020"));
    assert!(site.page("events/spring-raids/").contains("<time datetime=\"2020-03\">March 2020</time>"));
}

#[test]
fn the_timeline_is_in_date_order_with_sub_events_under_their_parent() {
    let site = built();
    let page = site.page("events/");
    // The list after the chart. Spring raids (March) is part of the first clash (15 March),
    // so it comes under the clash, not before it.
    let timeline = text(&page[page.find("</figure>").expect("the timeline page has a chart")..]);
    let order = ["The old ceasefire", "The long war", "First clash at the river", "Spring raids", "Talks in June"];
    let positions: Vec<usize> =
        order.iter().map(|t| timeline.find(t).unwrap_or_else(|| panic!("{t} not on the timeline"))).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "timeline order wrong: {timeline}");
    assert!(!timeline.contains("A draft event"), "drafts stay out");
}

fn breadcrumb(html: &str) -> &str {
    let start = html.find("class=\"breadcrumb\"").expect("event pages have a breadcrumb");
    let end = start + html[start..].find("</nav>").expect("the breadcrumb nav closes");
    &html[start..end]
}

#[test]
fn events_link_to_their_neighbours_parents_and_children() {
    let site = built();
    let clash = site.page("events/first-clash/");
    // Earlier and later stay among the events of the same `part_of`: the clash is the war's
    // only part, so it has none (not its own sub-event, nor the talks after the war).
    assert!(!clash.contains("class=\"pager"), "{clash}");
    let war = site.page("events/war/");
    assert!(war.contains("<a class=\"pager-next\" href=\"/events/talks/\" rel=\"next\">"));
    assert!(war.contains("<a class=\"pager-prev\" href=\"/events/ceasefire-1994/\" rel=\"prev\">"));
    let crumbs = hrefs(breadcrumb(&clash));
    assert_eq!(crumbs, ["/events/", "/events/war/"]);
    assert!(hrefs(section(&clash, "sub-events")).contains(&"/events/spring-raids/".to_string()));
    let raids = site.page("events/spring-raids/");
    let crumbs = hrefs(breadcrumb(&raids));
    assert_eq!(crumbs, ["/events/", "/events/war/", "/events/first-clash/"]);
    // `related` is listed on both events.
    assert!(hrefs(section(&site.page("events/talks/"), "related")).contains(&"/events/first-clash/".to_string()));
}

#[test]
fn wikilinks_resolve_by_id_name_alias_with_text_and_heading() {
    let site = built();
    let about = site.page("about/");
    assert!(about.contains("<a class=\"ref ref-party\" href=\"/parties/alpha/\">Alphaville</a>"), "{about}");
    assert!(about.contains("<a class=\"ref ref-party\" href=\"/parties/alpha/\">the northern side</a>"));
    assert!(about.contains("<a class=\"ref ref-party\" href=\"/parties/alpha/#history\">Alpha</a>"));
    assert!(site.page("parties/alpha/").contains("<h2 id=\"history\">History</h2>"));
    assert!(site.page("parties/alpha/").contains("<a class=\"ref ref-event\" href=\"/events/war/\">long war</a>"));
}

#[test]
fn markdown_links_to_briefs_are_rewritten_to_their_pages() {
    let site = built();
    let gamma = site.page("parties/gamma/");
    assert!(gamma.contains("<a href=\"/parties/alpha/\">Alpha’s page</a>"), "{gamma}");
    assert!(gamma.contains("<a href=\"/events/war/\">the war</a>"));
}

#[test]
fn autolink_links_the_first_plain_mention_only() {
    let site = built();
    let beta = site.page("parties/beta/");
    let body = &beta[beta.find("class=\"prose\"").unwrap()..beta.find("id=\"relations\"").unwrap()];
    assert_eq!(body.matches("href=\"/parties/alpha/\"").count(), 1, "{body}");
    assert!(body.contains("<a class=\"ref ref-party autolink\" href=\"/parties/alpha/\">Alphaville</a>"));
    assert!(body.contains("<h2 id=\"alpha-in-betas-view\">Alpha in Beta’s view</h2>"), "never in headings: {body}");
    let clash = site.page("events/first-clash/");
    assert!(clash.contains("<code>Alpha in a code block"), "never in code");
    let gamma = site.page("parties/gamma/");
    assert!(gamma.contains("<code>Alpha</code>"), "never in code spans");
}

#[test]
fn front_matter_text_is_escaped() {
    let site = built();
    let alpha = site.page("parties/alpha/");
    assert!(!alpha.contains("<script>alert"), "summary must be escaped");
    assert!(alpha.contains("&lt;script&gt;alert("));
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = built();
    assert!(!site.exists("events/secret/index.html"));
    let out = site.build(&["--drafts"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(site.exists("events/secret/index.html"));
}

#[test]
fn tags_pages_list_their_briefs() {
    let site = built();
    let tags = site.page("tags/");
    assert!(hrefs(&tags).contains(&"/tags/border/".to_string()));
    assert!(hrefs(&tags).contains(&"/tags/north/".to_string()), "tag URLs are slugs");
    let border = site.page("tags/border/");
    for brief in ["/parties/alpha/", "/parties/beta/", "/events/war/"] {
        assert!(hrefs(&border).contains(&brief.to_string()), "{brief}");
    }
}

#[test]
fn machine_readable_files_are_written() {
    let site = built();
    let json: serde_json::Value = serde_json::from_str(&site.page("data/site.json")).expect("site.json parses");
    let parties = json["parties"].as_array().unwrap();
    let alpha = parties.iter().find(|p| p["id"] == "alpha").unwrap();
    assert_eq!(alpha["members"], serde_json::json!(["gamma"]));
    assert!(alpha["mentioned_in"].as_array().unwrap().contains(&serde_json::json!("about")));
    assert_eq!(json["timeline"][0], "ceasefire-1994");
    let sitemap = site.page("sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/parties/alpha/</loc>"));
    assert!(sitemap.contains("<lastmod>2020-10-02</lastmod>"));
    assert!(site.page("robots.txt").contains("Sitemap: https://example.org/sitemap.xml"));
    assert!(site.page("404.html").contains("<h1>Page not found</h1>"));
}

#[test]
fn the_exports_keep_their_exact_shape() {
    // Consumers diff and parse these files: key order, nulls, one brief per line are the format.
    let site = built();
    insta::assert_snapshot!(site.page("data/site.json"));
    insta::assert_snapshot!("timeline_json", site.page("data/timeline.json"));
    insta::assert_snapshot!("graph_json", site.page("data/graph.json"));
}

#[test]
fn every_page_has_one_h1_a_title_a_description_and_a_canonical_url() {
    let site = built();
    for entry in walkdir::WalkDir::new(site.root().join("public")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|x| x != "html") {
            continue;
        }
        let html = std::fs::read_to_string(entry.path()).unwrap();
        let name = entry.path().display();
        assert_eq!(html.matches("<h1").count(), 1, "{name}");
        assert!(html.contains("<title>") && html.contains("<meta name=\"description\" content=\""), "{name}");
        assert!(html.contains("<link rel=\"canonical\" href=\"https://example.org/"), "{name}");
        assert!(html.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\""), "{name}");
    }
}

/// Every root-relative link of every page names a file of the output under the base path.
fn assert_links_resolve(public: &Path, base_path: &str) -> usize {
    let mut checked = 0;
    let mut files = BTreeSet::new();
    for entry in walkdir::WalkDir::new(public) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            files.insert(entry.path().strip_prefix(public).unwrap().to_string_lossy().replace('\\', "/"));
        }
    }
    for file in files.iter().filter(|f| f.ends_with(".html")) {
        let html = std::fs::read_to_string(public.join(file)).unwrap();
        for href in hrefs(&html) {
            if href.starts_with("http") || href.starts_with('#') || href.starts_with("mailto:") {
                continue;
            }
            assert!(href.starts_with(base_path), "{file}: link {href} is outside {base_path}");
            let path = href[base_path.len()..].split(['#', '?']).next().unwrap();
            let target =
                if path.is_empty() || path.ends_with('/') { format!("{path}index.html") } else { path.to_string() };
            assert!(files.contains(&target), "{file}: link {href} leads nowhere");
            checked += 1;
        }
    }
    checked
}

#[test]
fn links_resolve_at_the_root() {
    let site = built();
    assert!(assert_links_resolve(&site.root().join("public"), "/") > 100);
}

#[test]
fn a_base_url_with_a_subpath_is_honoured_in_every_link() {
    let site = Site::copy("crosslinks");
    let out = site.build(&["--base-url", "https://example.org/karabakh/"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let checked = assert_links_resolve(&site.root().join("public"), "/karabakh/");
    assert!(checked > 100, "only {checked} links checked");
    let alpha = site.page("parties/alpha/");
    assert!(alpha.contains("<link rel=\"canonical\" href=\"https://example.org/karabakh/parties/alpha/\">"));
    assert!(alpha.contains("href=\"/karabakh/style.css?v="));
    assert!(site.page("sitemap.xml").contains("<loc>https://example.org/karabakh/events/war/</loc>"));
    assert!(site.page("parties/gamma/").contains("<a href=\"/karabakh/parties/alpha/\">Alpha’s page</a>"));
}

fn reported() -> Site {
    let site = Site::copy("reported");
    site.build_ok();
    site
}

#[test]
fn a_paraphrase_reads_as_reported_speech_without_quotation_marks() {
    let site = reported();
    let event = site.page("events/clash/");
    let claims = section(&event, "claims");
    let said = text(claims);
    assert!(said.contains("North says its forces have inflicted heavy losses on the other side."), "{said}");
    assert!(!said.contains("“its forces") && !said.contains(": its forces"), "{said}");
    assert!(!claims.contains("<q>"), "a paraphrase is never marked up as a quotation:\n{claims}");
    let party = text(section(&site.page("parties/north/"), "claims"));
    assert!(party.contains("North says its forces have inflicted heavy losses on the other side."), "{party}");
}

#[test]
fn a_quote_is_in_typographic_quotation_marks() {
    let site = reported();
    let said = text(section(&site.page("events/clash/"), "claims"));
    assert!(said.contains("Hill rebels deny: “We never fired first.”"), "{said}");
    assert!(said.contains("North says a red line has been crossed: “a red line has been crossed”."), "{said}");
}

#[test]
fn a_plural_party_takes_a_plural_verb_everywhere() {
    let site = reported();
    let event = site.page("events/clash/");
    let said = text(section(&event, "claims"));
    assert!(said.contains("Hill rebels say the fighting goes on all along the front."), "{said}");
    assert!(!said.contains("rebels says") && !said.contains("rebels denies"), "{said}");
    let party = site.page("parties/hill-rebels/");
    assert!(text(&party).contains("What Hill rebels say"), "{}", text(&party));
    assert!(text(section(&party, "claims")).contains("Hill rebels deny: “We never fired first.”"));
    assert!(event.contains("\"name\":\"Hill rebels say the fighting goes on all along the front.\""), "JSON-LD agrees");
}

#[test]
fn a_figure_keeps_its_qualifier_wherever_it_is_shown() {
    let site = reported();
    let event = site.page("events/clash/");
    let figures = text(section(&event, "casualties"));
    assert!(figures.contains("Not specified Killed nearly 200"), "{figures}");
    assert!(figures.contains("Civilians Killed more than 30"), "{figures}");
    assert!(figures.contains("Hill rebels Killed 10–20"), "{figures}");
    let json: serde_json::Value = serde_json::from_str(&site.page("data/site.json")).expect("site.json parses");
    let clash = json["events"].as_array().unwrap().iter().find(|e| e["id"] == "clash").unwrap();
    assert_eq!(clash["casualties"][0]["qualifier"], "nearly");
    assert_eq!(clash["casualties"][0]["count"], 200);
    assert_eq!(clash["casualties"][1]["qualifier"], "more_than");
    assert!(clash["casualties"][2]["qualifier"].is_null());
    assert!(event.contains("nearly 200"), "the JSON-LD carries the qualified figure");
    let ld = &event[event.find("application/ld+json").unwrap()..];
    assert!(ld[..ld.find("</script>").unwrap()].contains("nearly 200"), "JSON-LD: {ld}");
}

#[test]
fn unattributed_figures_name_their_source_and_every_claimant_shares_the_columns() {
    let site = reported();
    let event = site.page("events/clash/");
    let section = section(&event, "casualties");
    let figures = text(section);
    assert!(figures.contains("Wire’s own count"), "{figures}");
    assert!(!figures.contains("the source’s own count"), "{figures}");
    assert_eq!(section.matches("<table").count(), 1, "one table, so columns line up:\n{section}");
    assert!(figures.contains("According to North"), "{figures}");
    assert!(figures.contains("According to Hill rebels"), "{figures}");
    // Every figure row has the same cells in the same order.
    let rows: Vec<usize> = section
        .split("<tr")
        .skip(1)
        .filter(|row| row.contains("scope=\"row\""))
        .map(|row| row.matches("<td").count())
        .collect();
    assert_eq!(rows.len(), 4, "{section}");
    assert!(rows.windows(2).all(|w| w[0] == w[1]), "{rows:?}\n{section}");
}

#[test]
fn claims_written_as_text_are_not_printed_as_quotations() {
    // The crosslinks fixture loads on every version: its claims are paraphrases in `text:`.
    let site = built();
    let event = site.page("events/first-clash/");
    let claims = section(&event, "claims");
    assert!(!claims.contains("<q>") && !claims.contains('“'), "{claims}");
    assert!(text(claims).contains("Alpha says Beta fired first."), "{}", text(claims));
}

#[test]
fn the_figures_no_party_claims_are_the_named_sources_own_count_in_one_table() {
    let site = built();
    let event = site.page("events/first-clash/");
    let figures = section(&event, "casualties");
    assert!(text(figures).contains("Wire’s own count"), "{}", text(figures));
    // The heading links the source it names, in the page's source list.
    assert!(figures.contains("<a href=\"#source-1\">Wire’s</a> own count"), "{figures}");
    assert_eq!(figures.matches("<table").count(), 1, "{figures}");
}

/// A site's own `static/robots.txt` replaces the one briefing writes, instead of two jobs
/// writing one file (the second failed once every file became a new file).
#[test]
fn a_static_file_takes_the_place_of_a_generated_one() {
    let site = Site::copy("crosslinks");
    site.write("static/robots.txt", "User-agent: *\nDisallow: /drafts/\n");
    site.build_ok();
    assert_eq!(site.page("robots.txt"), "User-agent: *\nDisallow: /drafts/\n");
    site.build_ok();
}

/// The parts of a long list (page links, letters and periods, "all N" lines) are styled, not
/// left as bare bulleted lists, and a role heading's count is not upper-cased with the role.
#[test]
fn the_paging_elements_of_long_lists_are_styled() {
    let site = built();
    let css = site.page("style.css");
    let rule = |selector: &str| -> &str {
        let at = css.find(&format!("{selector} {{")).unwrap_or_else(|| panic!("no rule for {selector}"));
        &css[at..at + css[at..].find('}').expect("the rule closes")]
    };
    assert!(rule(".pager > ul").contains("display: flex"), "{}", rule(".pager > ul"));
    assert!(rule(".pager > ul").contains("list-style: none"));
    assert!(rule(".pager li a[aria-current=\"page\"]").contains("background"), "the current page is marked");
    assert!(rule(".letters").contains("list-style: none") && rule(".letters").contains("flex-wrap: wrap"));
    assert!(rule(".more-link").contains("color: var(--muted)"));
    assert!(rule(".role-heading").contains("text-transform: uppercase"));
    assert!(rule(".role-heading .muted").contains("text-transform: none"), "the count keeps its case");
}

#[test]
fn build_verbose_says_what_it_read_made_left_alone_and_removed() {
    let site = Site::copy("crosslinks");
    let verbose = |site: &Site| -> String {
        let out = site.build(&["--verbose"]);
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out).lines().find(|l| l.trim_start().starts_with("read ")).expect("the counts line").trim().to_string()
    };
    let first = verbose(&site);
    let files: usize = first.split("made ").nth(1).and_then(|r| r.split(' ').next()).unwrap().parse().unwrap();
    assert_eq!(
        first,
        format!("read 12 files of content/; made {files} files: {files} written, 0 unchanged; removed 0")
    );
    // The second build finds only the first's output: nothing to compare with yet.
    verbose(&site);
    // From the third on, an unchanged site leaves every file alone...
    assert_eq!(
        verbose(&site),
        format!("read 12 files of content/; made {files} files: 0 written, {files} unchanged; removed 0")
    );
    // ...and an edit rewrites what it changed, and removes what is no longer made.
    site.remove("content/pages/about.md");
    let after = verbose(&site);
    assert!(after.starts_with("read 11 files of content/;"), "{after}");
    assert!(after.ends_with("removed 1"), "{after}");
}
