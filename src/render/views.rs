//! Plain data for templates: references to briefs, citations, the site and page headers.
//!
//! Templates only lay these out; every decision about wording, order and attribution is
//! made here, in Rust, where it can be tested.

use std::collections::HashMap;

use serde::Serialize;

use crate::model::{Brief, Date, Facts, Source, SourceEntry, slug};
use crate::render::context::RenderContext;
use crate::routes;

/// A link to a brief with what lists and cards show about it.
#[derive(Debug, Clone, Serialize)]
pub struct Ref {
    pub id: String,
    pub url: String,
    /// The short name or title.
    pub name: String,
    /// The full name or title.
    pub title: String,
    /// The short name inside a sentence, article included: "the Karabakh authorities".
    pub phrase: String,
    /// The same at the start of a sentence: "The Karabakh authorities".
    pub subject: String,
    /// "party", "event" or "page".
    pub kind: &'static str,
    /// The language its name and summary are in when it has no translation into the page's
    /// (for `lang` on them); `None` when they are in the page's language.
    pub lang: Option<String>,
    /// "State", "Clash", "Page".
    pub kind_label: String,
    pub summary: Option<String>,
    /// Events: the date as a reader sees it, and for `<time datetime>`.
    pub date: Option<String>,
    pub datetime: Option<String>,
    /// Persons: their position.
    pub role: Option<String>,
}

impl Ref {
    pub fn new(cx: &RenderContext, index: usize) -> Ref {
        let brief = cx.brief(index);
        let (kind_label, date, role) = match &brief.facts {
            Facts::Party(p) => (cx.label(p.kind), None, p.role.clone()),
            Facts::Event(e) => (cx.label(e.kind), Some(e.date), None),
            Facts::Place(p) => (cx.label(p.kind), None, None),
            Facts::Page(_) => (cx.text("page_kind"), None, None),
        };
        Ref {
            id: brief.id.clone(),
            url: cx.url(index).to_string(),
            name: brief.short_title().to_string(),
            title: brief.title().to_string(),
            phrase: brief.in_sentence(),
            subject: brief.sentence_start(),
            kind: brief.kind().noun(),
            lang: cx.untranslated(index).map(str::to_string),
            kind_label: kind_label.to_string(),
            summary: brief.summary.clone(),
            date: date.map(|d| cx.date(&d)),
            datetime: date.map(|d| d.machine()),
            role,
        }
    }

    /// A reference by id, when the id resolves.
    pub fn by_id(cx: &RenderContext, id: &str) -> Option<Ref> {
        cx.index_of(id).map(|i| Ref::new(cx, i))
    }
}

/// The order of names in a list: letters before case, so "al-Qaeda" files beside "Al Shabaab"
/// and not after every capital; then the exact text, so the order is total.
pub fn by_name(a: &str, b: &str) -> std::cmp::Ordering {
    a.to_lowercase().cmp(&b.to_lowercase()).then_with(|| a.cmp(b))
}

/// A link from a claim, figure or relation to its numbered source.
#[derive(Debug, Clone, Serialize)]
pub struct Cite {
    pub n: usize,
    pub href: String,
}

/// A numbered source in a page's source list.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub n: usize,
    pub anchor: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub date: Option<String>,
    pub datetime: Option<String>,
    pub url: Option<String>,
}

/// Numbers a page's sources: the brief's own first, then each cited one as first cited.
pub struct Citations<'c, 'g> {
    cx: &'c RenderContext<'g>,
    pub list: Vec<SourceView>,
    by_id: HashMap<String, usize>,
}

fn source_view(cx: &RenderContext, n: usize, source: &Source) -> SourceView {
    SourceView {
        n,
        anchor: format!("source-{n}"),
        title: source.title.clone(),
        publisher: source.publisher.clone(),
        date: source.date.map(|d| cx.date(&d)),
        datetime: source.date.map(|d| d.machine()),
        url: source.url.clone(),
    }
}

impl<'c, 'g> Citations<'c, 'g> {
    pub fn new(cx: &'c RenderContext<'g>, brief: &Brief) -> Citations<'c, 'g> {
        let mut citations = Citations { cx, list: Vec::new(), by_id: HashMap::new() };
        for entry in &brief.sources {
            match entry {
                SourceEntry::Defined(source) => {
                    let n = citations.list.len() + 1;
                    if let Some(id) = &source.id {
                        if citations.by_id.contains_key(id) {
                            continue;
                        }
                        citations.by_id.insert(id.clone(), n);
                    }
                    citations.list.push(source_view(cx, n, source));
                }
                SourceEntry::Cited(id) => {
                    citations.cite_one(id);
                }
            }
        }
        citations
    }

    fn cite_one(&mut self, id: &str) -> Option<Cite> {
        if let Some(&n) = self.by_id.get(id) {
            return Some(Cite { n, href: format!("#source-{n}") });
        }
        let source = self.cx.source(id)?;
        let n = self.list.len() + 1;
        self.by_id.insert(id.to_string(), n);
        self.list.push(source_view(self.cx, n, source));
        Some(Cite { n, href: format!("#source-{n}") })
    }

    /// How a reader knows a cited source: its publisher, else its title.
    pub fn name(&self, cite: &Cite) -> Option<&str> {
        let source = self.list.get(cite.n.checked_sub(1)?)?;
        source.publisher.as_deref().or(source.title.as_deref())
    }

    /// Numbers for the given source ids, adding unseen ones to the list.
    pub fn cite(&mut self, ids: &[String]) -> Vec<Cite> {
        ids.iter().filter_map(|id| self.cite_one(id)).collect()
    }
}

/// A tag link.
#[derive(Debug, Clone, Serialize)]
pub struct TagLink {
    pub name: String,
    pub url: String,
}

pub fn tag_links(cx: &RenderContext, brief: &Brief) -> Vec<TagLink> {
    let base = cx.base();
    brief
        .tags
        .iter()
        .map(|t| {
            let s = slug::slugify(t);
            let name = cx.tags().get(&s).map_or_else(|| t.clone(), |tag| tag.name.clone());
            TagLink { name, url: base.link(&routes::tag(&s)) }
        })
        .collect()
}

/// A date as text and machine form.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    pub text: String,
    pub datetime: String,
}

impl DateView {
    pub fn of(cx: &RenderContext, date: Option<Date>) -> Option<DateView> {
        date.map(|d| DateView { text: cx.date(&d), datetime: d.machine() })
    }
}

/// "since 1994", "1994 – 2002", "until 2002", or nothing.
pub fn span(cx: &RenderContext, since: Option<Date>, until: Option<Date>) -> Option<String> {
    match (since, until) {
        (Some(s), Some(u)) => {
            Some(cx.t("span_from_to", [("since", cx.date(&s).into()), ("until", cx.date(&u).into())]))
        }
        (Some(s), None) => Some(cx.t("span_since", [("date", cx.date(&s).into())])),
        (None, Some(u)) => Some(cx.t("span_until", [("date", cx.date(&u).into())])),
        (None, None) => None,
    }
}
