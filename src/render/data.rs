//! Machine-readable output: `/data/site.json`, `sitemap.xml` and `robots.txt`.

use std::borrow::Cow;

use serde::Serialize;
use serde_json::{Value, json};

use super::exports::{Pieces, compact, json_list};

use crate::model::{
    Brief, CasualtyKind, CorrectionKind, Date, Disputed, EventKind, Facts, FigureStatus, PartyKind, PlaceKind,
    Qualifier, RelationKind, Role, Source, SourceEntry, Stance,
};
use crate::render::context::RenderContext;
use crate::routes;
use crate::write::Contents;

// The lines of `site.json`, serialized straight from the graph. Each struct's fields are in
// the byte order of their names, the order the format has always had (it was first written
// through `serde_json::Value`, whose maps sort their keys); `Option`s are `null`, not left out.

/// A date: its EDTF text, how a reader sees it, and its bounds where it has them.
#[derive(Serialize)]
struct DateLine {
    earliest: Option<String>,
    edtf: String,
    latest: Option<String>,
    text: String,
}

fn date_line(cx: &RenderContext, date: Option<Date>) -> Option<DateLine> {
    date.map(|d| DateLine {
        earliest: (d.earliest() != crate::model::Day::MIN).then(|| d.earliest().iso()),
        edtf: d.edtf(),
        latest: (d.latest() != crate::model::Day::MAX).then(|| d.latest().iso()),
        text: cx.date(&d),
    })
}

fn edtf(date: Option<Date>) -> Option<String> {
    date.map(|d| d.edtf())
}

#[derive(Serialize)]
struct SourceLine<'a> {
    date: Option<String>,
    /// Only in the site-wide `sources` list: the brief that defines it.
    #[serde(skip_serializing_if = "Option::is_none")]
    defined_in: Option<&'a str>,
    id: &'a Option<String>,
    publisher: &'a Option<String>,
    title: &'a Option<String>,
    url: &'a Option<String>,
}

impl<'a> SourceLine<'a> {
    fn new(s: &'a Source, defined_in: Option<&'a str>) -> SourceLine<'a> {
        SourceLine { date: edtf(s.date), defined_in, id: &s.id, publisher: &s.publisher, title: &s.title, url: &s.url }
    }
}

#[derive(Serialize)]
#[serde(untagged)]
enum SourceEntryLine<'a> {
    Defined(SourceLine<'a>),
    Cited { cites: &'a str },
}

#[derive(Serialize)]
struct MembershipLine<'a> {
    party: &'a str,
    role: &'a Option<String>,
    since: Option<String>,
    until: Option<String>,
}

#[derive(Serialize)]
struct RelationLine<'a> {
    claimed_by: &'a Option<String>,
    kind: RelationKind,
    note: &'a Option<String>,
    party: &'a str,
    since: Option<String>,
    source: &'a [String],
    until: Option<String>,
}

#[derive(Serialize)]
struct RelationInLine<'a> {
    from: &'a str,
    kind: RelationKind,
}

#[derive(Serialize)]
struct EventRoleLine<'a> {
    claimed_by: Option<&'a str>,
    event: &'a str,
    role: Role,
}

/// An event a party took part in through one of its people.
#[derive(Serialize)]
struct ThroughLine<'a> {
    claimed_by: Option<&'a str>,
    event: &'a str,
    person: &'a str,
    role: Role,
}

#[derive(Serialize)]
struct ParticipantLine<'a> {
    claimed_by: &'a Option<String>,
    party: &'a str,
    role: Role,
}

#[derive(Serialize)]
struct CasualtyLine<'a> {
    as_of: Option<String>,
    best: Option<u64>,
    claimed_by: &'a Option<String>,
    count: Option<u64>,
    high: Option<u64>,
    kind: CasualtyKind,
    low: Option<u64>,
    of: &'a str,
    party: &'a Option<String>,
    qualifier: Option<Qualifier>,
    source: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<FigureStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    caveat: &'a Option<String>,
    /// Its earlier values, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    history: Vec<ValueLine<'a>>,
}

/// A correction in `site.json`.
#[derive(Serialize)]
struct CorrectionLine<'a> {
    date: String,
    kind: CorrectionKind,
    text: &'a str,
}

fn correction_lines(brief: &Brief) -> Vec<CorrectionLine<'_>> {
    brief.corrections.iter().map(|c| CorrectionLine { date: c.date.edtf(), kind: c.kind, text: &c.text }).collect()
}

/// An earlier value of a figure in `site.json`.
#[derive(Serialize)]
struct ValueLine<'a> {
    as_of: Option<String>,
    best: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    caveat: &'a Option<String>,
    count: Option<u64>,
    high: Option<u64>,
    low: Option<u64>,
    qualifier: Option<Qualifier>,
    source: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<FigureStatus>,
}

#[derive(Serialize)]
struct ClaimLine<'a> {
    by: &'a str,
    date: Option<String>,
    quote: &'a Option<String>,
    source: &'a [String],
    stance: Stance,
    text: &'a Option<String>,
}

#[derive(Serialize)]
struct PartyLine<'a> {
    aliases: &'a [String],
    article: Option<&'static str>,
    ended: Option<DateLine>,
    events: Vec<EventRoleLine<'a>>,
    founded: Option<DateLine>,
    id: &'a str,
    kind: &'static str,
    links_to: Vec<&'a str>,
    member_of: Vec<MembershipLine<'a>>,
    members: Vec<&'a str>,
    mentioned_in: Vec<&'a str>,
    name: &'a str,
    party_kind: PartyKind,
    plural: bool,
    relations: Vec<RelationLine<'a>>,
    relations_in: Vec<RelationInLine<'a>>,
    role: &'a Option<String>,
    seat: &'a Option<String>,
    short_name: &'a Option<String>,
    sources: Vec<SourceEntryLine<'a>>,
    summary: &'a Option<String>,
    tags: &'a [String],
    through: Vec<ThroughLine<'a>>,
    updated: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    corrections: Vec<CorrectionLine<'a>>,
    url: String,
}

#[derive(Serialize)]
struct EventLine<'a> {
    casualties: Vec<CasualtyLine<'a>>,
    claims: Vec<ClaimLine<'a>>,
    date: Option<DateLine>,
    event_kind: EventKind,
    id: &'a str,
    kind: &'static str,
    links_to: Vec<&'a str>,
    mentioned_in: Vec<&'a str>,
    next: Option<&'a str>,
    part_of: &'a Option<String>,
    participants: Vec<ParticipantLine<'a>>,
    place: &'a Option<String>,
    previous: Option<&'a str>,
    related: &'a [String],
    sources: Vec<SourceEntryLine<'a>>,
    sub_events: Vec<&'a str>,
    summary: &'a Option<String>,
    tags: &'a [String],
    title: &'a str,
    updated: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    corrections: Vec<CorrectionLine<'a>>,
    url: String,
}

#[derive(Serialize)]
struct PlaceLine<'a> {
    aliases: &'a [String],
    /// The events at the place or at a place within it, in timeline order.
    at: Vec<&'a str>,
    /// `true`, or the writer's note on who claims the place; `null` when not disputed.
    disputed: Option<Value>,
    id: &'a str,
    kind: &'static str,
    lat: f64,
    links_to: Vec<&'a str>,
    lon: f64,
    mentioned_in: Vec<&'a str>,
    name: &'a str,
    place_kind: PlaceKind,
    places_within: Vec<&'a str>,
    seated: Vec<&'a str>,
    sources: Vec<SourceEntryLine<'a>>,
    summary: &'a Option<String>,
    tags: &'a [String],
    updated: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    corrections: Vec<CorrectionLine<'a>>,
    url: String,
    within: &'a Option<String>,
}

/// `disputed` as the exports give it: `true` or the note.
pub(super) fn disputed_value(disputed: &Option<Disputed>) -> Option<Value> {
    disputed.as_ref().map(|d| match d {
        Disputed::Yes => Value::Bool(true),
        Disputed::Note(note) => Value::String(note.clone()),
    })
}

#[derive(Serialize)]
struct PageLine<'a> {
    id: &'a str,
    kind: &'static str,
    links_to: Vec<&'a str>,
    mentioned_in: Vec<&'a str>,
    menu: bool,
    sources: Vec<SourceEntryLine<'a>>,
    summary: &'a Option<String>,
    tags: &'a [String],
    title: &'a str,
    updated: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    corrections: Vec<CorrectionLine<'a>>,
    url: String,
    weight: Option<i64>,
}

fn ids<'g>(cx: &RenderContext<'g>, indices: impl IntoIterator<Item = usize>) -> Vec<&'g str> {
    indices.into_iter().map(|i| cx.brief(i).id.as_str()).collect()
}

/// One brief's line of `site.json`.
fn brief_line(cx: &RenderContext, index: usize) -> String {
    let id = |i: usize| cx.brief(i).id.as_str();
    let brief = cx.brief(index);
    let derived = cx.derived(index);
    let sources = || -> Vec<SourceEntryLine> {
        brief
            .sources
            .iter()
            .map(|s| match s {
                SourceEntry::Defined(source) => SourceEntryLine::Defined(SourceLine::new(source, None)),
                SourceEntry::Cited(id) => SourceEntryLine::Cited { cites: id },
            })
            .collect()
    };
    let url = cx.base().absolute(&routes::brief(brief));
    let links_to = ids(cx, cx.body(index).links.iter().copied());
    let mentioned_in = ids(cx, derived.mentioned_in.iter().copied());
    let kind = brief.kind().noun();
    match &brief.facts {
        Facts::Party(p) => compact(&PartyLine {
            aliases: &p.aliases,
            ended: date_line(cx, p.ended),
            events: derived
                .events
                .iter()
                .map(|e| EventRoleLine { claimed_by: e.claimed_by.map(id), event: id(e.event), role: e.role })
                .collect(),
            founded: date_line(cx, p.founded),
            article: p.article.map(|a| a.word()),
            id: &brief.id,
            kind,
            links_to,
            member_of: p
                .member_of
                .iter()
                .map(|m| MembershipLine { party: &m.party, role: &m.role, since: edtf(m.since), until: edtf(m.until) })
                .collect(),
            members: derived.members.iter().map(|&(m, _)| id(m)).collect(),
            mentioned_in,
            name: &p.name,
            party_kind: p.kind,
            plural: p.plural,
            relations: p
                .relations
                .iter()
                .map(|r| RelationLine {
                    claimed_by: &r.claimed_by,
                    kind: r.kind,
                    note: &r.note,
                    party: &r.party,
                    since: edtf(r.since),
                    source: &r.source,
                    until: edtf(r.until),
                })
                .collect(),
            relations_in: derived
                .relations_in
                .iter()
                .filter_map(|&(o, n)| {
                    let from = cx.brief(o);
                    let r = from.as_party()?.relations.get(n)?;
                    Some(RelationInLine { from: &from.id, kind: r.kind })
                })
                .collect(),
            role: &p.role,
            seat: &p.seat,
            short_name: &p.short_name,
            sources: sources(),
            summary: &brief.summary,
            tags: &brief.tags,
            through: derived
                .through
                .iter()
                .map(|t| ThroughLine {
                    claimed_by: t.claimed_by.map(id),
                    event: id(t.event),
                    person: id(t.person),
                    role: t.role,
                })
                .collect(),
            updated: edtf(brief.updated),
            corrections: correction_lines(brief),
            url,
        }),
        Facts::Event(e) => compact(&EventLine {
            casualties: e
                .casualties
                .iter()
                .map(|c| CasualtyLine {
                    as_of: edtf(c.as_of),
                    best: c.best,
                    claimed_by: &c.claimed_by,
                    count: c.count,
                    high: c.high,
                    kind: c.kind,
                    low: c.low,
                    of: c.of.id(),
                    party: &c.party,
                    status: c.status,
                    caveat: &c.caveat,
                    history: c
                        .history
                        .iter()
                        .map(|v| ValueLine {
                            as_of: edtf(v.as_of),
                            best: v.best,
                            caveat: &v.caveat,
                            count: v.count,
                            high: v.high,
                            low: v.low,
                            qualifier: v.qualifier,
                            source: &v.source,
                            status: v.status,
                        })
                        .collect(),
                    qualifier: c.qualifier,
                    source: &c.source,
                })
                .collect(),
            claims: e
                .claims
                .iter()
                .map(|c| ClaimLine {
                    by: &c.by,
                    date: edtf(c.date),
                    quote: &c.quote,
                    source: &c.source,
                    stance: c.stance,
                    text: &c.text,
                })
                .collect(),
            date: date_line(cx, Some(e.date)),
            event_kind: e.kind,
            id: &brief.id,
            kind,
            links_to,
            mentioned_in,
            next: derived.next.map(id),
            part_of: &e.part_of,
            participants: e
                .participants
                .iter()
                .map(|p| ParticipantLine { claimed_by: &p.claimed_by, party: &p.party, role: p.role })
                .collect(),
            place: &e.place,
            previous: derived.previous.map(id),
            related: &e.related,
            sources: sources(),
            sub_events: ids(cx, derived.sub_events.iter().copied()),
            summary: &brief.summary,
            tags: &brief.tags,
            title: &e.title,
            updated: edtf(brief.updated),
            corrections: correction_lines(brief),
            url,
        }),
        Facts::Place(p) => compact(&PlaceLine {
            aliases: &p.aliases,
            at: ids(cx, derived.at.iter().copied()),
            disputed: disputed_value(&p.disputed),
            id: &brief.id,
            kind,
            lat: p.lat,
            links_to,
            lon: p.lon,
            mentioned_in,
            name: &p.name,
            place_kind: p.kind,
            places_within: ids(cx, derived.places_within.iter().copied()),
            seated: ids(cx, derived.seated.iter().copied()),
            sources: sources(),
            summary: &brief.summary,
            tags: &brief.tags,
            updated: edtf(brief.updated),
            corrections: correction_lines(brief),
            url,
            within: &p.within,
        }),
        Facts::Page(p) => compact(&PageLine {
            id: &brief.id,
            kind,
            links_to,
            mentioned_in,
            menu: p.menu,
            sources: sources(),
            summary: &brief.summary,
            tags: &brief.tags,
            title: &p.title,
            updated: edtf(brief.updated),
            corrections: correction_lines(brief),
            url,
            weight: p.weight,
        }),
    }
}

/// `/data/site.json`: every brief with its facts and derived links. Compact, with one
/// brief, source or tag per line, so that it stays small and diffs well; the briefs are
/// serialized in parallel.
pub fn site_json(cx: &RenderContext) -> Contents {
    let mut lines: Vec<String> = cx.par_map(0..cx.brief_count(), brief_line);
    let mut of_kind = |pred: fn(&Brief) -> bool| -> Vec<String> {
        cx.briefs().filter(|(_, b)| pred(b)).map(|(i, _)| std::mem::take(&mut lines[i])).collect()
    };
    let parties = of_kind(|b| b.as_party().is_some());
    let events = of_kind(|b| b.as_event().is_some());
    let places = of_kind(|b| b.as_place().is_some());
    let pages = of_kind(|b| b.as_page().is_some());
    let mut sources: Vec<(&str, SourceLine)> =
        cx.sources().map(|(id, owner, s)| (id, SourceLine::new(s, Some(cx.brief(owner).id.as_str())))).collect();
    sources.sort_by(|a, b| a.0.cmp(b.0));
    let config = cx.config();
    let site_info = json!({
        "title": config.title,
        "description": config.description,
        "language": config.language,
        "base_url": cx.base().absolute(""),
    });
    let sources: Vec<String> = sources.iter().map(|(_, v)| compact(v)).collect();
    let tags: Vec<String> = cx
        .tags()
        .iter()
        .map(|(slug, t)| compact(&json!({ "slug": slug, "name": t.name, "briefs": ids(cx, t.briefs.iter().copied()) })))
        .collect();
    let timeline = compact(&json!(ids(cx, cx.timeline().iter().copied())));

    let mut out: Pieces = vec![format!("{{\"site\": {}", compact(&site_info)).into()];
    for (key, items) in [("parties", parties), ("events", events), ("places", places), ("pages", pages)] {
        out.push(Cow::Borrowed(",\n"));
        json_list(&mut out, key, items);
    }
    out.push(format!(",\n\"timeline\": {timeline}").into());
    for (key, items) in [("sources", sources), ("tags", tags)] {
        out.push(Cow::Borrowed(",\n"));
        json_list(&mut out, key, items);
    }
    out.push(Cow::Borrowed("\n}\n"));
    Contents::Pieces(out)
}

/// Escapes text for XML element content and attribute values. Every XML file is written
/// through this: characters XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE,
/// U+FFFF) and those it discourages (DEL, C1) become U+FFFD, so that no string, whatever
/// slipped past the checks in `load`, can make a feed or sitemap ill-formed.
pub fn xml_escape(text: &str) -> String {
    let bytes = text.as_bytes();
    let plain = !bytes.iter().enumerate().any(|(i, &b)| {
        matches!(b, b'&' | b'<' | b'>' | b'"' | b'\r') || (b != b'\n' && crate::load::locate::is_unusual_at(bytes, i))
    });
    if plain {
        // Most text: nothing to escape or replace.
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // A bare CR would be read back as a line feed.
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if c.is_control() || matches!(c, '\u{fffe}' | '\u{ffff}') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// `sitemap.xml` over the given (site path, last modified, brief) triples. On a site of
/// several languages (with an absolute base URL) each page is listed in every language it is
/// written in, each entry with the others as `xhtml:link` alternates, as search engines read
/// them; a brief shown untranslated is left out in that language.
pub fn sitemap(cx: &RenderContext, pages: &[(String, Option<Date>, Option<&str>)]) -> Vec<u8> {
    let base = cx.base();
    let languages = cx.tongue().languages;
    let alternates = languages.is_multilingual() && !base.origin.is_empty();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"",
    );
    if alternates {
        out.push_str(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
    }
    out.push_str(">\n");
    let url = |out: &mut String, loc: &str, lastmod: &Option<Date>, others: &[crate::render::languages::Alternate]| {
        out.push_str("  <url>\n    <loc>");
        out.push_str(&xml_escape(loc));
        out.push_str("</loc>\n");
        if let Some(date) = lastmod.filter(|d| d.latest() != crate::model::Day::MAX) {
            out.push_str("    <lastmod>");
            out.push_str(&date.latest().iso());
            out.push_str("</lastmod>\n");
        }
        for alternate in others.iter().filter(|a| a.translated) {
            out.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                xml_escape(&alternate.code),
                xml_escape(&alternate.absolute)
            ));
        }
        if let Some(first) = others.first() {
            out.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n",
                xml_escape(&first.absolute)
            ));
        }
        out.push_str("  </url>\n");
    };
    for (path, lastmod, brief) in pages {
        if !alternates {
            url(&mut out, &base.absolute(path), lastmod, &[]);
            continue;
        }
        let others = languages.alternates(0, path, *brief);
        for alternate in others.iter().filter(|a| a.translated) {
            url(&mut out, &alternate.absolute, lastmod, &others);
        }
    }
    out.push_str("</urlset>\n");
    out.into_bytes()
}

pub fn robots(cx: &RenderContext) -> Vec<u8> {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", cx.base().absolute(routes::SITEMAP)).into_bytes()
}

#[cfg(test)]
mod tests {
    use super::xml_escape;
    use proptest::prelude::*;

    proptest! {
        /// Whatever a string holds, once escaped it parses as element text and as an
        /// attribute, and reads back as itself with the forbidden characters replaced.
        #[test]
        fn any_escaped_string_is_well_formed_xml(text in r#"(\PC|[\x00-\x1f\x7f-\x9f\u{fffe}\u{ffff}&<>"'\]])*"#) {
            let escaped = xml_escape(&text);
            let xml = format!("<a b=\"{escaped}\">{escaped}</a>");
            let doc = roxmltree::Document::parse(&xml).map_err(|e| TestCaseError::fail(format!("{e}: {xml:?}")))?;
            let expected: String = text
                .chars()
                .map(|c| if (c.is_control() && !"\t\n\r".contains(c)) || c == '\u{fffe}' || c == '\u{ffff}' { '\u{fffd}' } else { c })
                .collect();
            prop_assert_eq!(doc.root_element().text().unwrap_or_default(), expected);
        }
    }
}
