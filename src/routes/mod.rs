//! Routes: where every page and file of the site lives, written down once.
//!
//! A site path is relative to the site's root (`parties/armenia/`, `tags/war/2/`,
//! `data/site.json`); `config::BaseUrl` turns it into a link. Every one is formatted here, so
//! the brief pages resolve binds links to, the jobs render writes, the sitemap and the files
//! the preview holds and removes cannot disagree. Routes knows briefs (`model`) and nothing
//! of the graph: what is split how is decided above it, and handed down as plain values.

mod jobs;
#[cfg(test)]
mod literals;

use std::collections::HashSet;
use std::sync::Arc;

use crate::model::{Brief, Facts, PartyKind, slug};
pub use jobs::{Job, Plan};

/// The home page.
pub const HOME: &str = "";
/// The who's who, and the folder of every party's page.
pub const PARTIES: &str = "parties/";
/// The timeline, and the folder of every event's page.
pub const EVENTS: &str = "events/";
/// The gazetteer, and the folder of every place's page: only on a site with places.
pub const PLACES: &str = "places/";
/// Every place as a GeoJSON point (RFC 7946): only on a site with places.
pub const PLACES_GEOJSON: &str = "data/places.geojson";
/// The list of tags, and the folder of every tag's pages.
pub const TAGS: &str = "tags/";
pub const SEARCH: &str = "search/";
/// The search index the search page loads (`render::search`).
pub const SEARCH_INDEX: &str = "search/index.js";
pub const NOT_FOUND: &str = "404.html";
pub const FEED: &str = "atom.xml";
pub const SITEMAP: &str = "sitemap.xml";
pub const ROBOTS: &str = "robots.txt";
pub const SITE_JSON: &str = "data/site.json";
pub const TIMELINE_JSON: &str = "data/timeline.json";
pub const GRAPH_JSON: &str = "data/graph.json";
/// Every value of every casualty figure, one row each, for spreadsheets (`render::exports`).
pub const FIGURES_CSV: &str = "data/figures.csv";
pub const FIGURES_JSON: &str = "data/figures.json";
/// Every correction of the site, and their feed: only on a site with corrections.
pub const CORRECTIONS: &str = "corrections/";
pub const CORRECTIONS_FEED: &str = "corrections/atom.xml";

/// The file a folder's page is written to, so that a site path ending in `/` is served.
pub const INDEX_FILE: &str = "index.html";

/// The pages and files every site has, whatever its content.
pub const FIXED: [&str; 15] = [
    HOME,
    PARTIES,
    EVENTS,
    TAGS,
    SEARCH,
    SEARCH_INDEX,
    NOT_FOUND,
    FEED,
    SITEMAP,
    ROBOTS,
    SITE_JSON,
    TIMELINE_JSON,
    GRAPH_JSON,
    FIGURES_CSV,
    FIGURES_JSON,
];

/// The folders of [`FIXED`] paths at the top of the site. Pages live at `/<id>/` beside them,
/// so these are refused as page ids (a unit test keeps the list and [`FIXED`] in step).
/// [`PLACES`] is reserved on every site, so that adding a first place never takes a page's URL.
/// [`CORRECTIONS`] likewise, for a first correction.
pub const RESERVED_PAGE_IDS: &[&str] = &["parties", "events", "places", "tags", "data", "search", "corrections"];

/// The pages and files a site has when it has places.
pub const WITH_PLACES: [&str; 2] = [PLACES, PLACES_GEOJSON];

/// The page and feed a site has when a brief has `corrections`.
pub const WITH_CORRECTIONS: [&str; 2] = [CORRECTIONS, CORRECTIONS_FEED];

/// The segment below [`PARTIES`] that holds the who's who by kind, which no party may
/// therefore be called.
pub const KIND_SEGMENT: &str = "kind";
/// The segment below [`EVENTS`] that holds the timeline by period, refused as an event id.
pub const PERIOD_SEGMENT: &str = "period";

/// A brief's page: `parties/armenia/`, `events/x/`, or `<id>/` for a free page. The URL
/// sections happen to share their names with the content folders (`BriefKind::dir`), but
/// they are two facts: one is where a writer puts a file, this is where a reader finds it.
pub fn brief(brief: &Brief) -> String {
    match &brief.facts {
        Facts::Party(_) => format!("{PARTIES}{}/", brief.id),
        Facts::Event(_) => format!("{EVENTS}{}/", brief.id),
        Facts::Place(_) => format!("{PLACES}{}/", brief.id),
        Facts::Page(_) => format!("{}/", brief.id),
    }
}

/// The first page of the tag with slug `slug`.
pub fn tag(slug: &str) -> String {
    format!("{TAGS}{slug}/")
}

/// Page `n` (counted from 1) of a list whose first page is at `first`: later pages are
/// numbered below it, `tags/x/2/`, `tags/x/3/`...
pub fn page(first: &str, n: usize) -> String {
    if n <= 1 { first.to_string() } else { format!("{first}{n}/") }
}

/// A period of the timeline: `events/period/1992-03/`.
pub fn period(slug: &str) -> String {
    format!("{EVENTS}{PERIOD_SEGMENT}/{slug}/")
}

/// A part of the who's who: the parties of `kind` at `parties/kind/<kind>/`, and a later run
/// of initials of a long kind below it (`parties/kind/person/d-f/`).
pub fn who_part(kind: PartyKind, letters: Option<&str>) -> String {
    match letters {
        Some(letters) => format!("{PARTIES}{KIND_SEGMENT}/{}/{letters}/", kind.word()),
        None => format!("{PARTIES}{KIND_SEGMENT}/{}/", kind.word()),
    }
}

/// One of the lists a party page can hand on to pages of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartyList {
    Events,
    Claims,
    Figures,
}

impl PartyList {
    pub const ALL: [PartyList; 3] = [PartyList::Events, PartyList::Claims, PartyList::Figures];

    /// The path segment below the party's page, and the word the templates switch on.
    pub fn word(self) -> &'static str {
        match self {
            PartyList::Events => "events",
            PartyList::Claims => "claims",
            PartyList::Figures => "figures",
        }
    }
}

/// The first page of a party's full `list`: `parties/armenia/events/`.
pub fn party_list(party: &Brief, list: PartyList) -> String {
    format!("{}{}/", self::brief(party), list.word())
}

/// The file a site path is written to: `parties/x/` is `parties/x/index.html`.
pub fn output_file(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') { format!("{path}{INDEX_FILE}") } else { path.to_string() }
}

/// The site paths a Markdown link may lead to besides brief pages, known before anything is
/// resolved: the [`FIXED`] ones, each tag's first page, and the static files
/// (`style.css`, `images/map.png`).
pub fn linkable<'a>(briefs: &[Arc<Brief>], statics: impl IntoIterator<Item = &'a str>) -> HashSet<String> {
    let mut paths: HashSet<String> = FIXED.into_iter().map(String::from).collect();
    if briefs.iter().any(|b| matches!(b.facts, Facts::Place(_))) {
        paths.extend(WITH_PLACES.into_iter().map(String::from));
    }
    if briefs.iter().any(|b| !b.corrections.is_empty()) {
        paths.extend(WITH_CORRECTIONS.into_iter().map(String::from));
    }
    let names: HashSet<&str> = briefs.iter().flat_map(|b| b.tags.iter().map(String::as_str)).collect();
    paths.extend(names.into_iter().map(|name| tag(&slug::slugify(name))));
    paths.extend(statics.into_iter().map(String::from));
    paths
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_pages_are_numbered_below_the_first() {
        assert_eq!(page("tags/x/", 1), "tags/x/");
        assert_eq!(page("tags/x/", 3), "tags/x/3/");
    }

    #[test]
    fn a_folder_is_written_to_its_index_file() {
        assert_eq!(output_file(HOME), "index.html");
        assert_eq!(output_file("parties/x/"), "parties/x/index.html");
        assert_eq!(output_file(SITEMAP), "sitemap.xml");
    }

    #[test]
    fn lists_split_by_kind_and_period_sit_below_their_segments() {
        assert_eq!(who_part(PartyKind::Person, None), "parties/kind/person/");
        assert_eq!(who_part(PartyKind::Person, Some("d-f")), "parties/kind/person/d-f/");
        assert_eq!(period("1992-03"), "events/period/1992-03/");
        assert_eq!(tag("war"), "tags/war/");
    }

    #[test]
    fn reserved_page_ids_are_the_top_folders_of_the_fixed_paths() {
        let paths = FIXED.iter().chain(&WITH_PLACES).chain(&WITH_CORRECTIONS);
        let mut folders: Vec<&str> = paths.filter_map(|p| p.split_once('/')).map(|(top, _)| top).collect();
        folders.sort_unstable();
        folders.dedup();
        let mut reserved = RESERVED_PAGE_IDS.to_vec();
        reserved.sort_unstable();
        assert_eq!(folders, reserved);
    }
}
