//! The head of every page: title, description, canonical URL and JSON-LD.
//!
//! The JSON-LD is built as typed structs borrowing from the graph and serialized once, not as
//! `serde_json::Value` trees: a tree per page (one `Claim` per claim and figure of an event)
//! cost more than the rest of the page's context. Each struct's fields are in byte order of
//! their JSON names, so the output is the same as a sorted map would give.

use serde::Serialize;

use crate::model::{Casualty, Claim, Date, Facts, Source};
use crate::render::context::RenderContext;
use crate::render::exports::script_safe;
use crate::render::languages::Alternate;
use crate::render::party::schema_type;
use crate::render::place::place_name;
use crate::routes;

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
    /// The same page in each of the site's languages (empty on a site of one).
    pub alternates: Vec<Alternate>,
    /// Whether the head lists the alternates as `hreflang` links: on a page written in its
    /// language, when the base URL is absolute.
    pub hreflang: bool,
    /// On a brief shown untranslated, the language of its text, and its direction.
    pub text_lang: Option<String>,
    pub text_dir: &'static str,
    /// On a brief shown untranslated, the notice that says so.
    pub untranslated_note: String,
    /// A brief's corrections, oldest first, shown on its page.
    pub corrections: Vec<crate::render::corrections::CorrectionView>,
    /// The newest commits that changed the brief, and how many older ones there are.
    pub history: Vec<crate::render::history::ChangeView>,
    pub history_more: usize,
}

/// JSON that can sit inside `<script>` without ending it early.
pub fn script_safe_json(value: &impl Serialize) -> String {
    script_safe(serde_json::to_string(value).expect("JSON-LD is plain data and always serializes"))
}

/// `{"@type": .., "name": .., "url": ..}`: a site, a brief, an organisation.
#[derive(Serialize, Clone)]
struct Named<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
}

#[derive(Serialize)]
struct WebPage<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    description: &'a str,
    #[serde(rename = "isPartOf")]
    is_part_of: Named<'a>,
    name: &'a str,
    url: &'a str,
}

impl Meta {
    pub fn new(cx: &RenderContext, site_path: &str, title: &str, description: Option<&str>, section: &str) -> Meta {
        let config = cx.config();
        let base = cx.base();
        let full_title = if title == config.title || title.is_empty() {
            config.title.clone()
        } else {
            format!("{title} · {}", config.title)
        };
        let description = description.filter(|d| !d.is_empty()).unwrap_or(&config.description);
        let description = if description.is_empty() { title.to_string() } else { description.to_string() };
        let canonical = base.absolute(site_path);
        let tongue = cx.tongue();
        let alternates = if tongue.languages.is_multilingual() {
            tongue.languages.alternates(tongue.index, site_path, None)
        } else {
            Vec::new()
        };
        let hreflang = !alternates.is_empty() && !base.origin.is_empty();
        let json_ld = script_safe_json(&WebPage {
            context: "https://schema.org",
            kind: "WebPage",
            description: &description,
            is_part_of: website(cx),
            name: &full_title,
            url: &canonical,
        });
        Meta {
            title: full_title,
            description,
            canonical,
            section: section.to_string(),
            json_ld,
            og_type: "website",
            path: base.link(site_path),
            site_path: site_path.to_string(),
            alternates,
            hreflang,
            text_lang: None,
            text_dir: "ltr",
            untranslated_note: String::new(),
            corrections: Vec::new(),
            history: Vec::new(),
            history_more: 0,
        }
    }

    /// A brief's page: a NewsArticle about the party, event or topic.
    pub fn for_brief(cx: &RenderContext, index: usize, site_path: &str, section: &str) -> Meta {
        let brief = cx.brief(index);
        let description = brief.summary.clone().unwrap_or_else(|| fallback_description(cx, index));
        let mut meta = Meta::new(cx, site_path, brief.title(), Some(&description), section);
        let tongue = cx.tongue();
        if tongue.languages.is_multilingual() {
            meta.alternates = tongue.languages.alternates(tongue.index, site_path, Some(&brief.id));
        }
        if let Some(original) = cx.untranslated(index) {
            // Shown in the original's words: the original is the page search engines should
            // have, and no alternate claims this one as a translation.
            meta.canonical = tongue.languages.root().absolute(site_path);
            meta.hreflang = false;
            meta.text_lang = Some(original.to_string());
            meta.text_dir = crate::render::languages::direction(original);
            let name = language_name(cx, original);
            meta.untranslated_note = cx.t("untranslated", [("language", name.into())]);
        }
        meta.og_type = "article";
        meta.corrections = crate::render::corrections::of_brief(cx, index);
        (meta.history, meta.history_more) = crate::render::history::of_brief(cx, index);
        meta.json_ld = script_safe_json(&article(cx, index, &meta));
        meta
    }
}

/// How the page's language names the language `code` (in a sentence: "in English"), or, for
/// a language the catalogue has no name for, the language's own name for itself.
fn language_name<'a>(cx: &RenderContext<'a>, code: &'a str) -> &'a str {
    let named = match code.split('-').next().unwrap_or(code) {
        "en" => Some(cx.text("language_en")),
        "fr" => Some(cx.text("language_fr")),
        "ru" => Some(cx.text("language_ru")),
        "hy" => Some(cx.text("language_hy")),
        "az" => Some(cx.text("language_az")),
        "ar" => Some(cx.text("language_ar")),
        _ => None,
    };
    let name = named.unwrap_or_else(|| crate::render::languages::endonym(code));
    if name.is_empty() { code } else { name }
}

/// What a brief without a summary is described as: "Armenia (state).", "Fall of Shusha:
/// battle, 8 November 2020 in Shusha.".
fn fallback_description(cx: &RenderContext, index: usize) -> String {
    let brief = cx.brief(index);
    match &brief.facts {
        Facts::Party(p) => match &p.role {
            Some(role) => {
                cx.t("party_description_role", [("name", p.name.as_str().into()), ("role", role.as_str().into())])
            }
            None => {
                let kind = cx.label(p.kind).to_lowercase();
                cx.t("party_description", [("name", p.name.as_str().into()), ("kind", kind.into())])
            }
        },
        Facts::Event(e) => {
            let args = [
                ("title", e.title.as_str().into()),
                ("kind", cx.label(e.kind).to_lowercase().into()),
                ("date", cx.date(&e.date).into()),
            ];
            match place_name(cx, index, e.place.as_deref()) {
                Some(place) => cx.t("event_description_place", args.into_iter().chain([("place", place.name.into())])),
                None => cx.t("event_description", args),
            }
        }
        Facts::Place(p) => {
            let kind = cx.label(p.kind).to_lowercase();
            let args = [("name", p.name.as_str().into()), ("kind", kind.into())];
            match cx.derived(index).ancestors.last() {
                Some(&outer) => {
                    let within = [("within", cx.brief(outer).title().into())];
                    cx.t("place_description_within", args.into_iter().chain(within))
                }
                None => cx.t("place_description", args),
            }
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

/// The site as a `WebSite`, which every page is part of.
fn website<'a>(cx: &RenderContext<'a>) -> Named<'a> {
    Named { kind: "WebSite", name: &cx.config().title, url: Some(cx.base().absolute("")) }
}

/// A brief as a schema.org thing (Person, Organization, GovernmentOrganization, Event,
/// WebPage) with its name and URL.
fn thing<'a>(cx: &RenderContext<'a>, index: usize) -> Named<'a> {
    let brief = cx.brief(index);
    Named { kind: schema_type(&brief.facts), name: brief.title(), url: Some(cx.base().absolute(&routes::brief(brief))) }
}

/// A place's coordinates, as schema.org has them.
#[derive(Serialize)]
struct Geo {
    #[serde(rename = "@type")]
    kind: &'static str,
    latitude: f64,
    longitude: f64,
}

/// The entity a brief is about, with the facts schema.org has words for.
#[derive(Serialize)]
struct About<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "alternateName", skip_serializing_if = "Vec::is_empty")]
    alternate_name: Vec<&'a str>,
    #[serde(rename = "containedInPlace", skip_serializing_if = "Option::is_none")]
    contained_in_place: Option<Named<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    /// Events only; `null` when the date has no year schema.org can take.
    #[serde(rename = "endDate", skip_serializing_if = "Option::is_none")]
    end_date: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    geo: Option<Geo>,
    #[serde(rename = "jobTitle", skip_serializing_if = "Option::is_none")]
    job_title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<Named<'a>>,
    #[serde(rename = "memberOf", skip_serializing_if = "Vec::is_empty")]
    member_of: Vec<Named<'a>>,
    name: &'a str,
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    start_date: Option<Option<String>>,
    #[serde(rename = "superEvent", skip_serializing_if = "Option::is_none")]
    super_event: Option<Named<'a>>,
    url: String,
}

fn about<'a>(cx: &RenderContext<'a>, index: usize) -> About<'a> {
    let brief = cx.brief(index);
    let Named { kind, name, url } = thing(cx, index);
    let mut about = About {
        kind,
        alternate_name: Vec::new(),
        contained_in_place: None,
        description: None,
        geo: None,
        end_date: None,
        job_title: None,
        location: None,
        member_of: Vec::new(),
        name,
        start_date: None,
        super_event: None,
        url: url.unwrap_or_default(),
    };
    match &brief.facts {
        Facts::Party(p) => {
            about.alternate_name = p.short_name.iter().chain(&p.aliases).map(String::as_str).collect();
            about.job_title = p.role.as_deref();
            about.description = brief.summary.as_deref();
            about.member_of = p.member_of.iter().filter_map(|m| cx.party(&m.party)).map(|i| thing(cx, i)).collect();
            about.location = cx.derived(index).place.map(|seat| thing(cx, seat));
        }
        Facts::Event(e) => {
            about.start_date = Some(schema_date(e.date));
            if let Date::Interval { start: Some(_), end: Some(end) } = e.date {
                about.end_date = Some(schema_date(Date::Point(end)));
            }
            about.location = match cx.derived(index).place {
                Some(place) => Some(thing(cx, place)),
                None => e.place.as_deref().map(|place| Named { kind: "Place", name: place, url: None }),
            };
            about.super_event = e.part_of.as_deref().and_then(|id| cx.index_of(id)).map(|i| thing(cx, i));
        }
        Facts::Place(p) => {
            about.alternate_name = p.aliases.iter().map(String::as_str).collect();
            about.description = brief.summary.as_deref();
            about.geo = Some(Geo { kind: "GeoCoordinates", latitude: p.lat, longitude: p.lon });
            about.contained_in_place = cx.derived(index).ancestors.last().map(|&outer| thing(cx, outer));
        }
        Facts::Page(_) => {}
    }
    about
}

/// A schema.org `Claim`: a claim, or a casualty figure worded as on the page.
#[derive(Serialize)]
struct ClaimLd<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    appearance: Vec<Work<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<Named<'a>>,
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    /// The first of `appearance`, repeated as schema.org asks.
    #[serde(rename = "firstAppearance", skip_serializing_if = "Option::is_none")]
    first_appearance: Option<Work<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    text: Option<std::borrow::Cow<'a, str>>,
}

/// A work a claim or figure appeared in: one of its cited sources.
#[derive(Serialize, Clone)]
struct Work<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Named<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<std::borrow::Cow<'a, str>>,
}

/// A claim as a schema.org `Claim`: who makes it, what it says, where it appeared. What it
/// is about is the event the article is about.
fn claim<'a>(cx: &RenderContext<'a>, claim: &'a Claim) -> ClaimLd<'a> {
    let by = cx.party(&claim.by);
    let author = by.map(|i| thing(cx, i));
    // The paraphrase when there is one, else the quotation; `name` is the sentence readers see.
    let text = claim.text.as_deref().or(claim.quote.as_deref()).map(Into::into);
    let name = by.map(|i| {
        let brief = cx.brief(i);
        let said = super::event::reported(cx.strings(), claim, cx.verb(claim.stance, brief.plural()));
        format!("{} {said}", brief.sentence_start())
    });
    let appearance = appearances(cx, &claim.source);
    ClaimLd {
        kind: "Claim",
        first_appearance: appearance.first().cloned(),
        appearance,
        author,
        date_published: claim.date.and_then(schema_date),
        name,
        text,
    }
}

/// The works a claim or figure appeared in, from its cited source ids.
fn appearances<'a>(cx: &RenderContext<'a>, ids: &'a [String]) -> Vec<Work<'a>> {
    ids.iter()
        .filter_map(|id| {
            let source = cx.source(id)?;
            Some(work(cx, id, source))
        })
        .collect()
}

fn work<'a>(cx: &RenderContext, id: &'a str, source: &'a Source) -> Work<'a> {
    let url = match &source.url {
        Some(url) if url.starts_with("http://") || url.starts_with("https://") => Some(url.as_str().into()),
        Some(url) if !url.contains(':') => Some(cx.base().absolute(url).into()),
        _ => None,
    };
    Work {
        kind: "CreativeWork",
        date_published: source.date.and_then(schema_date),
        name: source.title.as_deref().or(source.publisher.as_deref()).unwrap_or(id),
        publisher: source.publisher.as_deref().map(|name| Named { kind: "Organization", name, url: None }),
        url,
    }
}

/// A casualty figure as a schema.org `Claim`, worded as on the page, qualifier included
/// ("Civilians: more than 30 killed"): a figure is always someone's, its claimant's or, when
/// no party claims it, its source's.
fn figure<'a>(cx: &RenderContext<'a>, c: &'a Casualty) -> ClaimLd<'a> {
    let of = super::figures::counted_text(cx, c);
    let amount = format!("{} {}", super::figures::amount(cx.strings(), c), cx.label(c.kind).to_lowercase());
    let mut text = match of {
        Some(of) => format!("{of}: {amount}"),
        None => amount,
    };
    if let Some(as_of) = c.as_of {
        text.push(' ');
        text.push_str(&cx.t("figure_as_of", [("date", cx.date(&as_of).into())]));
    }
    let claimant = c.claimed_by.as_deref().and_then(|id| cx.party(id));
    let author = claimant.map(|i| thing(cx, i));
    let appearance = appearances(cx, &c.source);
    let by = claimant
        .map(|i| cx.brief(i).in_sentence())
        .or_else(|| appearance.first().map(|w| w.publisher.as_ref().map_or(w.name, |p| p.name).to_string()));
    ClaimLd {
        kind: "Claim",
        first_appearance: appearance.first().cloned(),
        appearance,
        author,
        date_published: None,
        name: by.map(|by| cx.t("figure_according_to", [("figure", text.as_str().into()), ("by", by.into())])),
        text: Some(text.into()),
    }
}

#[derive(Serialize)]
struct MainEntity<'a> {
    #[serde(rename = "@id")]
    id: &'a str,
    #[serde(rename = "@type")]
    kind: &'static str,
}

/// A brief's correction as schema.org has it: a `CorrectionComment` in `correction`.
#[derive(Serialize)]
struct CorrectionLd<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    text: &'a str,
    url: String,
}

#[derive(Serialize)]
struct Article<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    about: About<'a>,
    author: Named<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    correction: Vec<CorrectionLd<'a>>,
    #[serde(rename = "dateModified", skip_serializing_if = "Option::is_none")]
    date_modified: Option<String>,
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    description: &'a str,
    #[serde(rename = "hasPart", skip_serializing_if = "Vec::is_empty")]
    has_part: Vec<ClaimLd<'a>>,
    headline: &'a str,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    #[serde(rename = "isPartOf")]
    is_part_of: Named<'a>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    keywords: &'a [String],
    #[serde(rename = "mainEntityOfPage")]
    main_entity_of_page: MainEntity<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    mentions: Vec<Named<'a>>,
    publisher: Named<'a>,
    url: &'a str,
}

fn article<'a>(cx: &RenderContext<'a>, index: usize, meta: &'a Meta) -> Article<'a> {
    let brief = cx.brief(index);
    let site = Named { kind: "Organization", ..website(cx) };
    // A correction after the last `updated` date changed the page later still.
    // So did a commit.
    let committed = cx.history(index).first().map(|c| c.day.date());
    let latest =
        brief.corrections.iter().map(|c| c.date).chain(brief.updated).chain(committed).max_by_key(|d| d.latest());
    let updated = latest.and_then(schema_date);
    let published = brief.updated.and_then(schema_date);
    let correction = brief
        .corrections
        .iter()
        .zip(&meta.corrections)
        .map(|(c, view)| CorrectionLd {
            kind: "CorrectionComment",
            date_published: schema_date(c.date),
            text: &c.text,
            url: format!("{}#{}", meta.canonical, view.anchor),
        })
        .collect();
    // Claims are given where they are made, on the event's page; the parties' pages list
    // them too, but carrying them there would make a busy party's page ten times heavier.
    // Figures too, each as its claimant's or source's claim.
    let has_part = match &brief.facts {
        Facts::Event(e) => {
            e.claims.iter().map(|c| claim(cx, c)).chain(e.casualties.iter().map(|c| figure(cx, c))).collect()
        }
        _ => Vec::new(),
    };
    Article {
        context: "https://schema.org",
        kind: "NewsArticle",
        about: about(cx, index),
        author: site.clone(),
        correction,
        date_modified: updated,
        date_published: published,
        description: &meta.description,
        has_part,
        headline: brief.title(),
        in_language: &cx.config().language,
        is_part_of: website(cx),
        keywords: &brief.tags,
        main_entity_of_page: MainEntity { id: &meta.canonical, kind: "WebPage" },
        mentions: cx.body(index).links.iter().map(|&i| thing(cx, i)).collect(),
        publisher: site,
        url: &meta.canonical,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    #[test]
    fn json_cannot_close_the_script() {
        let text = script_safe_json(&json!({ "name": "</script><script>alert(1)</script>" }));
        assert!(!text.contains("</"));
        assert!(!text.contains('<'));
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["name"], "</script><script>alert(1)</script>");
    }
}
