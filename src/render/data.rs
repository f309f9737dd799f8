//! Machine-readable output: `/data/site.json`, `sitemap.xml` and `robots.txt`.

use std::borrow::Cow;

use rayon::prelude::*;
use serde_json::{Value, json};

use super::exports::{Pieces, compact, json_list};

use crate::model::{Brief, Counted, Date, Facts, Source, SourceEntry};
use crate::resolve::Graph;
use crate::write::Contents;

fn date_json(date: Option<Date>) -> Value {
    match date {
        Some(d) => json!({
            "edtf": d.edtf(),
            "text": d.human(),
            "earliest": (d.earliest() != crate::model::Day::MIN).then(|| d.earliest().iso()),
            "latest": (d.latest() != crate::model::Day::MAX).then(|| d.latest().iso()),
        }),
        None => Value::Null,
    }
}

fn source_json(s: &Source) -> Value {
    json!({ "id": s.id, "title": s.title, "publisher": s.publisher, "date": s.date.map(|d| d.edtf()), "url": s.url })
}

fn ids(graph: &Graph, indices: impl IntoIterator<Item = usize>) -> Vec<String> {
    indices.into_iter().map(|i| graph.site.briefs[i].id.clone()).collect()
}

fn brief_json(graph: &Graph, index: usize) -> Value {
    let brief: &Brief = &graph.site.briefs[index];
    let derived = &graph.derived[index];
    let sources: Vec<Value> = brief
        .sources
        .iter()
        .map(|s| match s {
            SourceEntry::Defined(source) => source_json(source),
            SourceEntry::Cited(id) => json!({ "cites": id }),
        })
        .collect();
    let mut value = json!({
        "id": brief.id,
        "kind": brief.kind().noun(),
        "url": graph.names.base().absolute(&crate::resolve::site_path(brief)),
        "summary": brief.summary,
        "tags": brief.tags,
        "updated": brief.updated.map(|d| d.edtf()),
        "sources": sources,
        "mentioned_in": ids(graph, derived.mentioned_in.iter().copied()),
        "links_to": ids(graph, graph.bodies[index].links.iter().copied()),
    });
    match &brief.facts {
        Facts::Party(p) => {
            value["name"] = json!(p.name);
            value["short_name"] = json!(p.short_name);
            value["party_kind"] = json!(p.kind);
            value["aliases"] = json!(p.aliases);
            value["role"] = json!(p.role);
            value["founded"] = date_json(p.founded);
            value["ended"] = date_json(p.ended);
            value["seat"] = json!(p.seat);
            value["member_of"] = p
                .member_of
                .iter()
                .map(|m| json!({ "party": m.party, "role": m.role, "since": m.since.map(|d| d.edtf()), "until": m.until.map(|d| d.edtf()) }))
                .collect();
            value["relations"] = p
                .relations
                .iter()
                .map(|r| json!({
                    "party": r.party, "kind": r.kind, "since": r.since.map(|d| d.edtf()), "until": r.until.map(|d| d.edtf()),
                    "note": r.note, "claimed_by": r.claimed_by, "source": r.source,
                }))
                .collect();
            value["members"] = derived.members.iter().map(|&(m, _)| json!(graph.site.briefs[m].id)).collect();
            value["relations_in"] = derived
                .relations_in
                .iter()
                .filter_map(|&(o, n)| {
                    let r = graph.site.briefs[o].as_party()?.relations.get(n)?;
                    Some(json!({ "from": graph.site.briefs[o].id, "kind": r.kind }))
                })
                .collect();
            value["events"] = derived
                .events
                .iter()
                .map(|e| {
                    json!({
                        "event": graph.site.briefs[e.event].id, "role": e.role,
                        "claimed_by": e.claimed_by.map(|c| graph.site.briefs[c].id.clone()),
                    })
                })
                .collect();
        }
        Facts::Event(e) => {
            value["title"] = json!(e.title);
            value["date"] = date_json(Some(e.date));
            value["event_kind"] = json!(e.kind);
            value["part_of"] = json!(e.part_of);
            value["place"] = json!(e.place);
            value["participants"] = e
                .participants
                .iter()
                .map(|p| json!({ "party": p.party, "role": p.role, "claimed_by": p.claimed_by }))
                .collect();
            value["casualties"] = e
                .casualties
                .iter()
                .map(|c| json!({
                    "of": match &c.of { Counted::Party(id) => id.clone(), Counted::Group(g) => g.word().to_string() },
                    "kind": c.kind, "count": c.count, "low": c.low, "best": c.best, "high": c.high,
                    "as_of": c.as_of.map(|d| d.edtf()), "claimed_by": c.claimed_by, "source": c.source,
                }))
                .collect();
            value["claims"] = e
                .claims
                .iter()
                .map(|c| json!({
                    "by": c.by, "stance": c.stance, "text": c.text, "date": c.date.map(|d| d.edtf()), "source": c.source,
                }))
                .collect();
            value["related"] = json!(e.related);
            value["sub_events"] = json!(ids(graph, derived.sub_events.iter().copied()));
            value["previous"] = json!(derived.previous.map(|i| graph.site.briefs[i].id.clone()));
            value["next"] = json!(derived.next.map(|i| graph.site.briefs[i].id.clone()));
        }
        Facts::Page(p) => {
            value["title"] = json!(p.title);
            value["weight"] = json!(p.weight);
            value["menu"] = json!(p.menu);
        }
    }
    value
}

/// `/data/site.json`: every brief with its facts and derived links. Compact, with one
/// brief, source or tag per line, so that it stays small and diffs well; the briefs are
/// serialized in parallel.
pub fn site_json(graph: &Graph) -> Contents {
    let site = graph.site;
    let mut lines: Vec<String> =
        (0..site.briefs.len()).into_par_iter().map(|i| compact(&brief_json(graph, i))).collect();
    let mut of_kind = |pred: fn(&Brief) -> bool| -> Vec<String> {
        (0..site.briefs.len()).filter(|&i| pred(&site.briefs[i])).map(|i| std::mem::take(&mut lines[i])).collect()
    };
    let parties = of_kind(|b| b.as_party().is_some());
    let events = of_kind(|b| b.as_event().is_some());
    let pages = of_kind(|b| b.as_page().is_some());
    let mut sources: Vec<(&str, Value)> = graph
        .sources
        .iter()
        .map(|(id, (owner, s))| {
            let mut v = source_json(s);
            v["defined_in"] = json!(site.briefs[*owner].id);
            (*id, v)
        })
        .collect();
    sources.sort_by(|a, b| a.0.cmp(b.0));
    let site_info = json!({
        "title": site.config.title,
        "description": site.config.description,
        "language": site.config.language,
        "base_url": graph.names.base().absolute(""),
    });
    let sources: Vec<String> = sources.iter().map(|(_, v)| compact(v)).collect();
    let tags: Vec<String> = graph
        .tags
        .iter()
        .map(|(slug, t)| {
            compact(&json!({ "slug": slug, "name": t.name, "briefs": ids(graph, t.briefs.iter().copied()) }))
        })
        .collect();
    let timeline = compact(&json!(ids(graph, graph.timeline.iter().copied())));

    let mut out: Pieces = vec![format!("{{\"site\": {}", compact(&site_info)).into()];
    for (key, items) in [("parties", parties), ("events", events), ("pages", pages)] {
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

/// Escapes text for XML element content and attribute values.
pub fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// `sitemap.xml` over the given (site path, last modified) pairs.
pub fn sitemap(graph: &Graph, pages: &[(String, Option<Date>)]) -> Vec<u8> {
    let base = graph.names.base();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (path, lastmod) in pages {
        out.push_str("  <url>\n    <loc>");
        out.push_str(&xml_escape(&base.absolute(path)));
        out.push_str("</loc>\n");
        if let Some(date) = lastmod.filter(|d| d.latest() != crate::model::Day::MAX) {
            out.push_str("    <lastmod>");
            out.push_str(&date.latest().iso());
            out.push_str("</lastmod>\n");
        }
        out.push_str("  </url>\n");
    }
    out.push_str("</urlset>\n");
    out.into_bytes()
}

pub fn robots(graph: &Graph) -> Vec<u8> {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", graph.names.base().absolute("sitemap.xml")).into_bytes()
}
