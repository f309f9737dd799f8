//! The head of every page: title, description, canonical URL and JSON-LD.

use serde::Serialize;
use serde_json::{Value, json};

use crate::model::{Brief, Casualty, Claim, Date, Facts};
use crate::render::party::schema_type;
use crate::resolve::{Graph, site_path};

/// What `<head>` needs about the page being rendered.
#[derive(Debug, Serialize)]
pub struct Meta {
    /// The document title: "Armenia · Site title".
    pub title: String,
    pub description: String,
    pub canonical: String,
    /// Which menu entry is current: "home", "parties", "events", "tags" or a page id.
    pub section: String,
    /// Serialized JSON-LD, safe to put inside `<script>`.
    pub json_ld: String,
    pub og_type: &'static str,
    /// Root-relative URL of this page.
    pub path: String,
    /// Site path of this page (`parties/armenia/`), which decides the output file.
    #[serde(skip)]
    pub site_path: String,
}

/// JSON that can sit inside `<script>` without ending it early.
pub fn script_safe_json(value: &Value) -> String {
    let text = serde_json::to_string(value).expect("serde_json::Value always serializes");
    text.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

impl Meta {
    pub fn new(graph: &Graph, site_path: &str, title: &str, description: Option<&str>, section: &str) -> Meta {
        let config = &graph.site.config;
        let base = graph.names.base();
        let full_title = if title == config.title || title.is_empty() {
            config.title.clone()
        } else {
            format!("{title} · {}", config.title)
        };
        let description = description.filter(|d| !d.is_empty()).unwrap_or(&config.description);
        let description = if description.is_empty() { title.to_string() } else { description.to_string() };
        let canonical = base.absolute(site_path);
        let json_ld = json!({
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": full_title,
            "description": description,
            "url": canonical,
            "isPartOf": {"@type": "WebSite", "name": config.title, "url": base.absolute("")},
        });
        Meta {
            title: full_title,
            description,
            canonical,
            section: section.to_string(),
            json_ld: script_safe_json(&json_ld),
            og_type: "website",
            path: base.link(site_path),
            site_path: site_path.to_string(),
        }
    }

    /// A brief's page: a NewsArticle about the party, event or topic.
    pub fn for_brief(graph: &Graph, index: usize, site_path: &str, section: &str) -> Meta {
        let brief = &graph.site.briefs[index];
        let description = brief.summary.clone().unwrap_or_else(|| fallback_description(brief));
        let mut meta = Meta::new(graph, site_path, brief.title(), Some(&description), section);
        meta.og_type = "article";
        meta.json_ld = script_safe_json(&article(graph, index, &meta));
        meta
    }
}

fn fallback_description(brief: &Brief) -> String {
    match &brief.facts {
        Facts::Party(p) => match &p.role {
            Some(role) => format!("{}: {role}.", p.name),
            None => format!("{} ({}).", p.name, p.kind.label().to_lowercase()),
        },
        Facts::Event(e) => {
            let place = e.place.as_deref().map(|p| format!(" in {p}")).unwrap_or_default();
            format!("{}: {}, {}{place}.", e.title, e.kind.label().to_lowercase(), e.date.human())
        }
        Facts::Page(p) => p.title.clone(),
    }
}

/// A schema.org date with only the precision the content gives: `2020`, `2020-10` or
/// `2020-10-02`; an interval gives its start.
fn schema_date(date: Date) -> Option<String> {
    let point = match date {
        Date::Point(p) => p,
        Date::Interval { start, end } => start.or(end)?,
    };
    (point.year > 0).then(|| match (point.month, point.day) {
        (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", point.year),
        (Some(m), None) => format!("{:04}-{m:02}", point.year),
        _ => format!("{:04}", point.year),
    })
}

/// A brief as a schema.org thing (Person, Organization, GovernmentOrganization, Event,
/// WebPage) with its name and URL; noted as read by the page being rendered.
fn thing(graph: &Graph, index: usize) -> Value {
    let brief = super::read(graph, index);
    json!({
        "@type": schema_type(&brief.facts),
        "name": brief.title(),
        "url": graph.names.base().absolute(&site_path(brief)),
    })
}

/// The entity a brief is about, with the facts schema.org has words for.
fn about(graph: &Graph, index: usize) -> Value {
    let brief = &graph.site.briefs[index];
    let mut about = thing(graph, index);
    match &brief.facts {
        Facts::Party(p) => {
            if !p.aliases.is_empty() || p.short_name.is_some() {
                let names: Vec<&str> = p.short_name.iter().chain(&p.aliases).map(String::as_str).collect();
                about["alternateName"] = json!(names);
            }
            if let Some(role) = &p.role {
                about["jobTitle"] = json!(role);
            }
            if let Some(summary) = &brief.summary {
                about["description"] = json!(summary);
            }
            let member_of: Vec<Value> =
                p.member_of.iter().filter_map(|m| graph.party(&m.party)).map(|i| thing(graph, i)).collect();
            if !member_of.is_empty() {
                about["memberOf"] = json!(member_of);
            }
        }
        Facts::Event(e) => {
            about["startDate"] = json!(schema_date(e.date));
            if let Date::Interval { start: Some(_), end: Some(end) } = e.date {
                about["endDate"] = json!(schema_date(Date::Point(end)));
            }
            if let Some(place) = &e.place {
                about["location"] = json!({ "@type": "Place", "name": place });
            }
            if let Some(parent) = e.part_of.as_deref().and_then(|id| graph.index_of(id)) {
                about["superEvent"] = thing(graph, parent);
            }
        }
        Facts::Page(_) => {}
    }
    about
}

/// A claim as a schema.org `Claim`: who makes it, what it says, where it appeared. What it
/// is about is the event the article is about.
fn claim(graph: &Graph, claim: &Claim) -> Value {
    let by = graph.party(&claim.by);
    // The paraphrase when there is one, else the quotation; `name` is the sentence readers see.
    let mut value = json!({ "@type": "Claim", "text": claim.text.as_ref().or(claim.quote.as_ref()) });
    if let Some(i) = by {
        let brief = super::read(graph, i);
        let said = super::event::reported(claim, brief.plural());
        value["name"] = json!(format!("{} {said}", brief.sentence_start()));
        value["author"] = thing(graph, i);
    }
    if let Some(date) = claim.date.and_then(schema_date) {
        value["datePublished"] = json!(date);
    }
    let appearances = appearances(graph, &claim.source);
    if let Some(first) = appearances.first() {
        value["firstAppearance"] = first.clone();
        value["appearance"] = json!(appearances);
    }
    value
}

/// The works a claim or figure appeared in, from its cited source ids.
fn appearances(graph: &Graph, ids: &[String]) -> Vec<Value> {
    let base = graph.names.base();
    ids.iter()
        .filter_map(|id| {
            let &(owner, source) = graph.sources.get(id.as_str())?;
            super::note_read(owner);
            let mut work = json!({ "@type": "CreativeWork", "name": source.title.as_deref().or(source.publisher.as_deref()).unwrap_or(id) });
            if let Some(publisher) = &source.publisher {
                work["publisher"] = json!({ "@type": "Organization", "name": publisher });
            }
            if let Some(date) = source.date.and_then(schema_date) {
                work["datePublished"] = json!(date);
            }
            match &source.url {
                Some(url) if url.starts_with("http://") || url.starts_with("https://") => work["url"] = json!(url),
                Some(url) if !url.contains(':') => work["url"] = json!(base.absolute(url)),
                _ => {}
            }
            Some(work)
        })
        .collect()
}

/// A casualty figure as a schema.org `Claim`, worded as on the page, qualifier included
/// ("Civilians: more than 30 killed"): a figure is always someone's, its claimant's or, when
/// no party claims it, its source's.
fn figure(graph: &Graph, c: &Casualty) -> Value {
    let of = super::figures::counted_text(graph, c);
    let amount = format!("{} {}", super::figures::amount(c), c.kind.word());
    let mut text = match of {
        Some(of) => format!("{of}: {amount}"),
        None => amount,
    };
    if let Some(as_of) = c.as_of {
        text.push_str(&format!(" (as of {})", as_of.human()));
    }
    let mut value = json!({ "@type": "Claim", "text": text });
    let claimant = c.claimed_by.as_deref().and_then(|id| graph.party(id));
    let author = claimant.map(|i| thing(graph, i));
    let appearances = appearances(graph, &c.source);
    let by = claimant.map(|i| super::read(graph, i).in_sentence()).or_else(|| {
        appearances.first().and_then(|w| w["publisher"]["name"].as_str().or(w["name"].as_str())).map(str::to_string)
    });
    if let Some(by) = by {
        value["name"] = json!(format!("{text}, according to {by}"));
    }
    if let Some(author) = author {
        value["author"] = author;
    }
    if let Some(first) = appearances.first() {
        value["firstAppearance"] = first.clone();
        value["appearance"] = json!(appearances);
    }
    value
}

fn article(graph: &Graph, index: usize, meta: &Meta) -> Value {
    let brief = &graph.site.briefs[index];
    let base = graph.names.base();
    let site = json!({ "@type": "Organization", "name": graph.site.config.title, "url": base.absolute("") });
    let mut article = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": brief.title(),
        "description": meta.description,
        "url": meta.canonical,
        "mainEntityOfPage": { "@type": "WebPage", "@id": meta.canonical },
        "about": about(graph, index),
        "author": site,
        "publisher": site,
        "isPartOf": { "@type": "WebSite", "name": graph.site.config.title, "url": base.absolute("") },
        "inLanguage": graph.site.config.language,
    });
    if let Some(updated) = brief.updated.and_then(schema_date) {
        article["datePublished"] = json!(updated);
        article["dateModified"] = json!(updated);
    }
    if !brief.tags.is_empty() {
        article["keywords"] = json!(brief.tags);
    }
    let mentions: Vec<Value> = graph.bodies[index].links.iter().map(|&i| thing(graph, i)).collect();
    if !mentions.is_empty() {
        article["mentions"] = json!(mentions);
    }
    // Claims are given where they are made, on the event's page; the parties' pages list
    // them too, but carrying them there would make a busy party's page ten times heavier.
    // Figures too, each as its claimant's or source's claim.
    if let Facts::Event(e) = &brief.facts
        && !(e.claims.is_empty() && e.casualties.is_empty())
    {
        let claims = e.claims.iter().map(|c| claim(graph, c));
        article["hasPart"] = claims.chain(e.casualties.iter().map(|c| figure(graph, c))).collect();
    }
    article
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_cannot_close_the_script() {
        let text = script_safe_json(&json!({ "name": "</script><script>alert(1)</script>" }));
        assert!(!text.contains("</"));
        assert!(!text.contains('<'));
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["name"], "</script><script>alert(1)</script>");
    }
}
