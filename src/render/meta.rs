//! The head of every page: title, description, canonical URL and JSON-LD.

use serde::Serialize;
use serde_json::{Value, json};

use crate::model::{Brief, Facts};
use crate::render::party::schema_type;
use crate::resolve::Graph;

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

fn article(graph: &Graph, index: usize, meta: &Meta) -> Value {
    let brief = &graph.site.briefs[index];
    let base = graph.names.base();
    let mut about = json!({ "@type": schema_type(&brief.facts), "name": brief.title(), "url": meta.canonical });
    match &brief.facts {
        Facts::Party(p) => {
            if !p.aliases.is_empty() || p.short_name.is_some() {
                let names: Vec<&str> = p.short_name.iter().chain(&p.aliases).map(String::as_str).collect();
                about["alternateName"] = json!(names);
            }
            if let Some(role) = &p.role {
                about["jobTitle"] = json!(role);
            }
        }
        Facts::Event(e) => {
            about["startDate"] = json!(e.date.earliest().iso());
            if !e.date.is_open() && e.date.latest() != e.date.earliest() {
                about["endDate"] = json!(e.date.latest().iso());
            }
            if let Some(place) = &e.place {
                about["location"] = json!({ "@type": "Place", "name": place });
            }
        }
        Facts::Page(_) => {}
    }
    let mentions: Vec<Value> = graph.bodies[index]
        .links
        .iter()
        .map(|&i| {
            let other = super::read(graph, i);
            json!({ "@type": schema_type(&other.facts), "name": other.title(), "url": base.absolute(&crate::resolve::site_path(other)) })
        })
        .collect();
    let mut article = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": brief.title(),
        "description": meta.description,
        "url": meta.canonical,
        "mainEntityOfPage": meta.canonical,
        "about": about,
        "publisher": { "@type": "Organization", "name": graph.site.config.title, "url": base.absolute("") },
        "inLanguage": graph.site.config.language,
    });
    if let Some(updated) = brief.updated {
        article["dateModified"] = json!(updated.latest().iso());
    }
    if !mentions.is_empty() {
        article["mentions"] = json!(mentions);
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
