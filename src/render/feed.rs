//! `/atom.xml`: an Atom 1.0 feed of the events and of every brief with an `updated` date,
//! newest first, capped so that the feed stays small on a large site.
//!
//! Every date in the content is a day at most, so entries are stamped at midnight UTC.

use super::data::xml_escape;
use crate::model::{Date, Day, Facts};
use crate::render::context::RenderContext;
use crate::routes;

/// How many entries the feed keeps: readers poll it, so it holds the news, not the archive.
pub const FEED_ENTRIES: usize = 50;

/// An Atom date-time for a day.
fn stamp(day: Day) -> String {
    format!("{}T00:00:00Z", day.iso())
}

/// A day that names a real day: not an open end, not the stand-in for an unknown date.
fn bounded(day: Day) -> Option<Day> {
    (day != Day::MAX && day != Day::MIN && day.year > 0).then_some(day)
}

/// The day a date stands for in the feed: its last day when bounded, else its first.
fn feed_day(date: Date) -> Option<Day> {
    bounded(date.latest()).or_else(|| bounded(date.earliest()))
}

/// The briefs the feed lists, with the day each was last changed, newest first (ties by id).
pub fn entries(cx: &RenderContext) -> Vec<(usize, Day)> {
    let mut entries: Vec<(usize, Day)> = cx
        .briefs()
        .filter_map(|(i, brief)| {
            let day = match &brief.facts {
                Facts::Event(e) => brief.updated.or(Some(e.date)),
                _ => brief.updated,
            };
            Some((i, day.and_then(feed_day)?))
        })
        .collect();
    entries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| cx.brief(a.0).id.cmp(&cx.brief(b.0).id)));
    entries.truncate(FEED_ENTRIES);
    entries
}

/// FNV-1a, 64 bits: fixed by its definition, so ids made from it never change with a
/// dependency's version (`render::content_hash` is FxHash, whose output changed between
/// rustc-hash 1 and 2: fine for cache keys, not for ids that feed readers keep).
fn fnv1a(seed: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(seed, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// An Atom id for a site path. Atom ids must be absolute IRIs that never change: the page's
/// absolute URL when `base_url` has a scheme and host, else (`base_url = "/"`, the default) a
/// name-based `urn:uuid:` made from the site's title and the path, so that the feed stays valid
/// and its entries keep their ids from build to build.
fn entry_id(cx: &RenderContext, site_path: &str) -> String {
    let base = cx.base();
    if !base.origin.is_empty() {
        return base.absolute(site_path);
    }
    let name = format!("{}\n{}", cx.config().title, base.link(site_path));
    let (a, b) = (fnv1a(0xcbf2_9ce4_8422_2325, name.as_bytes()), fnv1a(0x8422_2325_cbf2_9ce4, name.as_bytes()));
    // RFC 9562 layout: version 8 (custom), variant 10.
    let b = (b & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
    format!(
        "urn:uuid:{:08x}-{:04x}-8{:03x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0x0fff,
        b >> 48,
        b & 0xffff_ffff_ffff
    )
}

/// One entry of a feed, in plain values.
struct FeedEntry {
    title: String,
    /// The site path its id is made from.
    id_path: String,
    url: String,
    updated: Day,
    published: Option<Day>,
    category: String,
    summary: String,
}

/// The feed of the briefs.
pub fn atom(cx: &RenderContext) -> Vec<u8> {
    let entries = entries(cx)
        .into_iter()
        .map(|(i, day)| {
            let brief = cx.brief(i);
            let path = routes::brief(brief);
            let summary = match (&brief.facts, &brief.summary) {
                (Facts::Event(e), Some(s)) => format!("{}: {s}", cx.date(&e.date)),
                (Facts::Event(e), None) => format!("{}, {}.", cx.date(&e.date), cx.label(e.kind).to_lowercase()),
                (_, Some(s)) => s.clone(),
                (_, None) => brief.title().to_string(),
            };
            FeedEntry {
                title: brief.title().to_string(),
                url: cx.base().absolute(&path),
                id_path: path,
                updated: day,
                published: brief.as_event().and_then(|e| bounded(e.date.earliest())).filter(|p| *p <= day),
                category: brief.kind().noun().to_string(),
                summary,
            }
        })
        .collect();
    let title = cx.config().title.clone();
    write(cx, &title, routes::FEED, "", entries)
}

/// `/corrections/atom.xml`: the newest corrections, each linked to its place on its page.
pub fn corrections(cx: &RenderContext) -> Vec<u8> {
    let mut page = super::corrections::page(cx);
    page.entries.truncate(FEED_ENTRIES);
    let entries = page
        .entries
        .into_iter()
        .map(|e| {
            let path = format!("{}#{}", routes::brief(cx.brief(e.index)), e.correction.anchor);
            let words = [("kind", e.correction.kind.as_str().into()), ("brief", e.brief.title.as_str().into())];
            FeedEntry {
                title: cx.t("correction_on", words),
                url: cx.base().absolute(&path),
                id_path: path,
                updated: e.day,
                published: Some(e.day),
                category: e.kind_word.to_string(),
                summary: e.correction.text,
            }
        })
        .collect();
    let title = format!("{} · {}", cx.text("corrections_title"), cx.config().title);
    write(cx, &title, routes::CORRECTIONS_FEED, routes::CORRECTIONS, entries)
}

/// An Atom feed titled `title`, found at `self_path`, of the page at `page_path`.
fn write(cx: &RenderContext, title: &str, self_path: &str, page_path: &str, entries: Vec<FeedEntry>) -> Vec<u8> {
    let config = cx.config();
    let base = cx.base();
    // Newest first, so the first entry says when the feed last changed.
    let updated = entries.first().map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |e| stamp(e.updated));
    let mut out = String::with_capacity(1024 + entries.len() * 600);
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    out.push_str(&format!(" xml:lang=\"{}\">\n", xml_escape(&config.language)));
    let element = |out: &mut String, indent: &str, name: &str, text: &str| {
        out.push_str(&format!("{indent}<{name}>{}</{name}>\n", xml_escape(text)));
    };
    element(&mut out, "  ", "title", title);
    if !config.description.is_empty() && page_path.is_empty() {
        element(&mut out, "  ", "subtitle", &config.description);
    }
    element(&mut out, "  ", "id", &entry_id(cx, page_path));
    out.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        xml_escape(&base.absolute(self_path))
    ));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml_escape(&base.absolute(page_path))
    ));
    element(&mut out, "  ", "updated", &updated);
    out.push_str(&format!("  <author><name>{}</name></author>\n", xml_escape(&config.title)));
    out.push_str(&format!("  <generator version=\"{}\">briefing</generator>\n", env!("CARGO_PKG_VERSION")));
    for entry in entries {
        out.push_str("  <entry>\n");
        element(&mut out, "    ", "title", &entry.title);
        element(&mut out, "    ", "id", &entry_id(cx, &entry.id_path));
        out.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml_escape(&entry.url)
        ));
        element(&mut out, "    ", "updated", &stamp(entry.updated));
        if let Some(published) = entry.published {
            element(&mut out, "    ", "published", &stamp(published));
        }
        out.push_str(&format!("    <category term=\"{}\"/>\n", entry.category));
        element(&mut out, "    ", "summary", &entry.summary);
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out.into_bytes()
}
