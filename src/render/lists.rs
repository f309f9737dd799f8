//! The pages that list briefs: home, who's who, the timeline, tags, and free pages.

use serde::Serialize;

use crate::model::{BriefKind, PartyKind};
use crate::render::context::RenderContext;
use crate::render::paging::{self, Layout, Pager};
use crate::render::views::{Citations, DateView, Ref, SourceView, TagLink, tag_links};
use crate::render::visuals::{self, Chart};
use crate::routes;

#[derive(Serialize)]
pub struct HomePage {
    /// `title` of `content/_index.md`, or the site title.
    pub title: String,
    /// `summary` of `content/_index.md`, or the site description.
    pub summary: Option<String>,
    pub intro: Option<String>,
    pub key_parties: Vec<Ref>,
    pub latest: Vec<Ref>,
    pub timeline: Vec<Ref>,
    pub pages: Vec<Ref>,
    /// A compact timeline chart.
    pub chart: Option<Chart>,
    /// The explainer's places, the latest events' accented (set by the renderer, which has
    /// the basemap).
    pub map: Option<Chart>,
    pub party_count: usize,
    pub event_count: usize,
}

const KEY_PARTIES: usize = 8;
const LATEST: usize = 6;
const SHORT_TIMELINE: usize = 12;

pub fn home(cx: &RenderContext) -> HomePage {
    let mut parties: Vec<usize> = cx.briefs().filter(|(_, b)| b.as_party().is_some()).map(|(i, _)| i).collect();
    // Key parties: those most involved, by events taken part in and briefs that mention them.
    let weight = |i: usize| 2 * cx.derived(i).events.len() + cx.derived(i).mentioned_in.len();
    parties.sort_by(|&a, &b| {
        weight(b).cmp(&weight(a)).then_with(|| cx.brief(a).short_title().cmp(cx.brief(b).short_title()))
    });
    let timeline = cx.timeline();
    let roots: Vec<usize> = timeline.iter().copied().filter(|&e| cx.derived(e).ancestors.is_empty()).collect();
    let short: &[usize] = if roots.len() >= 3 { &roots } else { timeline };
    let (home, home_body) = cx.home();
    let config = cx.config();
    let description = Some(config.description.clone()).filter(|d| !d.is_empty());
    HomePage {
        title: home.and_then(|h| h.title.clone()).unwrap_or_else(|| config.title.clone()),
        summary: home.and_then(|h| h.summary.clone()).or(description),
        intro: home_body.map(|b| b.html.clone()).filter(|h| !h.trim().is_empty()),
        key_parties: parties.iter().take(KEY_PARTIES).map(|&i| Ref::new(cx, i)).collect(),
        latest: timeline
            .iter()
            .rev()
            .filter(|&&e| cx.derived(e).sub_events.is_empty())
            .take(LATEST)
            .map(|&i| Ref::new(cx, i))
            .collect(),
        timeline: short[short.len().saturating_sub(SHORT_TIMELINE)..].iter().map(|&i| Ref::new(cx, i)).collect(),
        pages: cx.menu().iter().map(|&i| Ref::new(cx, i)).collect(),
        chart: visuals::timeline::build(cx, visuals::timeline::COMPACT, &[]),
        map: None,
        party_count: parties.len(),
        event_count: timeline.len(),
    }
}

#[derive(Serialize)]
pub struct PartiesPage {
    /// The cards of this page, by kind: every party on a small site, one part on a large one.
    pub groups: Vec<KindGroup>,
    /// A large site's index: each kind with links to its parts.
    pub kinds: Vec<KindIndex>,
    /// "People, A–C" on a part of a large who's who.
    pub part: Option<String>,
    pub pager: Option<Pager>,
    /// The map of relations and memberships (on the first page only).
    pub map: Option<Chart>,
    /// Parties in this explainer.
    pub count: usize,
}

#[derive(Serialize)]
pub struct KindGroup {
    pub label: String,
    pub anchor: &'static str,
    pub parties: Vec<PartyCard>,
}

#[derive(Serialize)]
pub struct PartyCard {
    pub party: Ref,
    pub event_count: usize,
}

/// A kind on the index of a large who's who, with the pages its parties are on.
#[derive(Serialize)]
pub struct KindIndex {
    pub label: String,
    pub anchor: &'static str,
    pub count: usize,
    pub parts: Vec<ListLink>,
}

/// A link to one page of a split list, with how many entries it holds.
#[derive(Serialize)]
pub struct ListLink {
    pub label: String,
    pub url: String,
    pub count: usize,
}

/// What the parties of a kind are called together, as the who's who heads them: "States".
pub(crate) fn plural<'g>(cx: &RenderContext<'g>, kind: PartyKind) -> &'g str {
    match kind {
        PartyKind::State => cx.text("whos_who_states"),
        PartyKind::DeFactoState => cx.text("whos_who_de_facto_states"),
        PartyKind::Government => cx.text("whos_who_governments"),
        PartyKind::Person => cx.text("whos_who_people"),
        PartyKind::ArmedGroup => cx.text("whos_who_armed_groups"),
        PartyKind::Alliance => cx.text("whos_who_alliances"),
        PartyKind::Organisation => cx.text("whos_who_organisations"),
        PartyKind::Other => cx.text("whos_who_other_parties"),
    }
}

fn cards(cx: &RenderContext, kind: PartyKind, parties: &[usize]) -> KindGroup {
    KindGroup {
        label: plural(cx, kind).to_string(),
        anchor: kind.word(),
        parties: parties
            .iter()
            .map(|&i| PartyCard { party: Ref::new(cx, i), event_count: cx.derived(i).event_count() })
            .collect(),
    }
}

/// `/parties/`: every card on a small site; on a large one, the kinds and their parts.
pub fn parties(cx: &RenderContext, layout: &Layout) -> PartiesPage {
    let kinds = paging::parties_by_kind(cx);
    let count = kinds.iter().map(|(_, l)| l.len()).sum();
    let map = visuals::relations::map(cx);
    if layout.who.is_empty() {
        let groups = kinds.iter().map(|(kind, list)| cards(cx, *kind, list)).collect();
        return PartiesPage { groups, kinds: Vec::new(), part: None, pager: None, map, count };
    }
    let base = cx.base();
    let index = kinds
        .iter()
        .map(|(kind, list)| KindIndex {
            label: plural(cx, *kind).to_string(),
            anchor: kind.word(),
            count: list.len(),
            parts: layout
                .who
                .iter()
                .filter(|p| p.kind == *kind)
                .map(|p| ListLink {
                    label: p.letters.clone().unwrap_or_else(|| cx.text("whos_who_all").to_string()),
                    url: base.link(&p.path()),
                    count: p.parties.len(),
                })
                .collect(),
        })
        .collect();
    PartiesPage { groups: Vec::new(), kinds: index, part: None, pager: None, map, count }
}

/// Part `n` of a large who's who.
pub fn who_part(cx: &RenderContext, layout: &Layout, n: usize) -> PartiesPage {
    let part = &layout.who[n];
    let links = layout.who.iter().map(|p| (p.path(), p.label(cx))).collect();
    PartiesPage {
        groups: vec![cards(cx, part.kind, &part.parties)],
        kinds: Vec::new(),
        part: Some(part.label(cx)),
        pager: Some(Pager::new(cx, links, n)),
        map: None,
        count: part.parties.len(),
    }
}

#[derive(Serialize)]
pub struct TagsPage {
    pub tags: Vec<TagCount>,
}

#[derive(Serialize)]
pub struct TagCount {
    pub name: String,
    pub url: String,
    pub count: usize,
}

pub fn tags(cx: &RenderContext) -> TagsPage {
    let base = cx.base();
    TagsPage {
        tags: cx
            .tags()
            .iter()
            .map(|(slug, tag)| TagCount {
                name: tag.name.clone(),
                url: base.link(&routes::tag(slug)),
                count: tag.briefs.len(),
            })
            .collect(),
    }
}

#[derive(Serialize)]
pub struct TagPage {
    pub name: String,
    pub groups: Vec<BriefGroup>,
    /// Briefs carrying the tag.
    pub count: usize,
    pub pager: Option<Pager>,
}

#[derive(Serialize)]
pub struct BriefGroup {
    pub label: String,
    pub briefs: Vec<Ref>,
}

/// A tag's briefs: parties, events (in timeline order), places and pages, one after another.
pub fn tagged<'g>(cx: &RenderContext<'g>, slug: &str) -> Vec<(&'g str, usize)> {
    let tag = &cx.tags()[slug];
    let kinds = [
        (BriefKind::Party, cx.text("tagged_parties")),
        (BriefKind::Event, cx.text("tagged_events")),
        (BriefKind::Place, cx.text("tagged_places")),
        (BriefKind::Page, cx.text("tagged_pages")),
    ];
    let mut out = Vec::with_capacity(tag.briefs.len());
    for (kind, label) in kinds {
        let mut briefs: Vec<usize> = tag.briefs.iter().copied().filter(|&i| cx.brief(i).kind() == kind).collect();
        if kind == BriefKind::Event {
            briefs.sort_by_key(|&i| cx.derived(i).position);
        }
        out.extend(briefs.into_iter().map(|i| (label, i)));
    }
    out
}

/// Page `n` (from 1) of a tag.
pub fn tag(cx: &RenderContext, slug: &str, n: usize) -> TagPage {
    let tagged = tagged(cx, slug);
    let mut groups: Vec<BriefGroup> = Vec::new();
    for &(label, i) in &tagged[paging::page_range(tagged.len(), n)] {
        match groups.last_mut() {
            Some(g) if g.label == label => g.briefs.push(Ref::new(cx, i)),
            _ => groups.push(BriefGroup { label: label.to_string(), briefs: vec![Ref::new(cx, i)] }),
        }
    }
    TagPage {
        name: cx.tags()[slug].name.clone(),
        groups,
        count: tagged.len(),
        pager: Pager::numbered(cx, &routes::tag(slug), n, paging::page_count(tagged.len())),
    }
}

#[derive(Serialize)]
pub struct FreePage {
    pub title: String,
    pub summary: Option<String>,
    pub body: String,
    pub mentioned_in: Vec<Ref>,
    pub sources: Vec<SourceView>,
    pub tags: Vec<TagLink>,
    pub updated: Option<DateView>,
}

pub fn page(cx: &RenderContext, index: usize) -> FreePage {
    let brief = cx.brief(index);
    let citations = Citations::new(cx, brief);
    FreePage {
        title: brief.title().to_string(),
        summary: brief.summary.clone(),
        body: cx.body(index).html.clone(),
        mentioned_in: cx.derived(index).mentioned_in.iter().map(|&i| Ref::new(cx, i)).collect(),
        sources: citations.list,
        tags: tag_links(cx, brief),
        updated: DateView::of(cx, brief.updated),
    }
}
