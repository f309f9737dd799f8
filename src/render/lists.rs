//! The pages that list briefs: home, who's who, the timeline, tags, and free pages.

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Serialize;

use crate::model::{BriefKind, EventKind, PartyKind};
use crate::render::paging::{self, Layout, Pager};
use crate::render::views::{Citations, DateView, Ref, SourceView, TagLink, by_name, tag_links};
use crate::render::visuals::{self, Chart};
use crate::resolve::Graph;

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
    pub party_count: usize,
    pub event_count: usize,
}

const KEY_PARTIES: usize = 8;
const LATEST: usize = 6;
const SHORT_TIMELINE: usize = 12;

pub fn home(graph: &Graph) -> HomePage {
    let site = graph.site;
    let mut parties: Vec<usize> = (0..site.briefs.len()).filter(|&i| site.briefs[i].as_party().is_some()).collect();
    // Key parties: those most involved, by events taken part in and briefs that mention them.
    let weight = |i: usize| 2 * graph.derived[i].events.len() + graph.derived[i].mentioned_in.len();
    parties.sort_by(|&a, &b| {
        weight(b).cmp(&weight(a)).then_with(|| site.briefs[a].short_title().cmp(site.briefs[b].short_title()))
    });
    let roots: Vec<usize> = graph.timeline.iter().copied().filter(|&e| graph.derived[e].ancestors.is_empty()).collect();
    let short: &[usize] = if roots.len() >= 3 { &roots } else { &graph.timeline };
    let home = site.home.as_ref();
    let description = Some(site.config.description.clone()).filter(|d| !d.is_empty());
    HomePage {
        title: home.and_then(|h| h.title.clone()).unwrap_or_else(|| site.config.title.clone()),
        summary: home.and_then(|h| h.summary.clone()).or(description),
        intro: graph.home_body.as_ref().map(|b| b.html.clone()).filter(|h| !h.trim().is_empty()),
        key_parties: parties.iter().take(KEY_PARTIES).map(|&i| Ref::new(graph, i)).collect(),
        latest: graph
            .timeline
            .iter()
            .rev()
            .filter(|&&e| graph.derived[e].sub_events.is_empty())
            .take(LATEST)
            .map(|&i| Ref::new(graph, i))
            .collect(),
        timeline: short[short.len().saturating_sub(SHORT_TIMELINE)..].iter().map(|&i| Ref::new(graph, i)).collect(),
        pages: menu_pages(graph).into_iter().map(|i| Ref::new(graph, i)).collect(),
        chart: visuals::timeline::build(graph, visuals::timeline::COMPACT, &[]),
        party_count: parties.len(),
        event_count: graph.timeline.len(),
    }
}

/// Pages with `menu: true`, by weight then title.
pub fn menu_pages(graph: &Graph) -> Vec<usize> {
    let site = graph.site;
    let mut pages: Vec<usize> =
        (0..site.briefs.len()).filter(|&i| site.briefs[i].as_page().is_some_and(|p| p.menu)).collect();
    pages.sort_by_key(|&i| {
        let page = site.briefs[i].as_page();
        (page.and_then(|p| p.weight).unwrap_or(i64::MAX), site.briefs[i].title().to_string())
    });
    pages
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
    pub label: &'static str,
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
    pub label: &'static str,
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

pub(crate) fn plural(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::State => "States",
        PartyKind::DeFactoState => "De facto states",
        PartyKind::Government => "Governments",
        PartyKind::Person => "People",
        PartyKind::ArmedGroup => "Armed groups",
        PartyKind::Alliance => "Alliances",
        PartyKind::Organisation => "Organisations",
        PartyKind::Other => "Other parties",
    }
}

fn cards(graph: &Graph, kind: PartyKind, parties: &[usize]) -> KindGroup {
    KindGroup {
        label: plural(kind),
        anchor: kind.word(),
        parties: parties
            .iter()
            .map(|&i| PartyCard { party: Ref::new(graph, i), event_count: graph.derived[i].events.len() })
            .collect(),
    }
}

/// `/parties/`: every card on a small site; on a large one, the kinds and their parts.
pub fn parties(graph: &Graph, layout: &Layout) -> PartiesPage {
    let kinds = paging::parties_by_kind(graph);
    let count = kinds.iter().map(|(_, l)| l.len()).sum();
    let map = visuals::relations::map(graph);
    if layout.who.is_empty() {
        let groups = kinds.iter().map(|(kind, list)| cards(graph, *kind, list)).collect();
        return PartiesPage { groups, kinds: Vec::new(), part: None, pager: None, map, count };
    }
    let base = graph.names.base();
    let index = kinds
        .iter()
        .map(|(kind, list)| KindIndex {
            label: plural(*kind),
            anchor: kind.word(),
            count: list.len(),
            parts: layout
                .who
                .iter()
                .filter(|p| p.kind == *kind)
                .map(|p| ListLink {
                    label: p.letters.clone().unwrap_or_else(|| "All".to_string()),
                    url: base.link(&p.path()),
                    count: p.parties.len(),
                })
                .collect(),
        })
        .collect();
    PartiesPage { groups: Vec::new(), kinds: index, part: None, pager: None, map, count }
}

/// Part `n` of a large who's who.
pub fn who_part(graph: &Graph, layout: &Layout, n: usize) -> PartiesPage {
    let part = &layout.who[n];
    let links = layout.who.iter().map(|p| (p.path(), p.label())).collect();
    PartiesPage {
        groups: vec![cards(graph, part.kind, &part.parties)],
        kinds: Vec::new(),
        part: Some(part.label()),
        pager: Some(Pager::new(graph, links, n)),
        map: None,
        count: part.parties.len(),
    }
}

#[derive(Serialize)]
pub struct TimelinePage {
    pub groups: Vec<TimelineGroup>,
    /// The timeline drawn (on `/events/` only).
    pub chart: Option<Chart>,
    /// A long timeline's index: its periods.
    pub periods: Vec<ListLink>,
    /// "1992" on a period's page.
    pub period: Option<String>,
    pub pager: Option<Pager>,
    pub parties: Vec<FilterOption>,
    pub kinds: Vec<FilterOption>,
    /// Events listed on this page (umbrella events heading their groups included).
    pub count: usize,
    /// Events in the whole timeline.
    pub total: usize,
}

/// A run of the timeline: an umbrella event with everything `part_of` it, or loose events.
#[derive(Serialize)]
pub struct TimelineGroup {
    pub root: Option<Ref>,
    /// The umbrella started in an earlier period: its heading is context, not one of this
    /// page's events (and has no `data-kind`, so the filter does not count it).
    pub continued: bool,
    /// The umbrella event's parties (space-separated ids) and kind, for the filter script:
    /// an umbrella is an event like any other, and a filter that matches it keeps it.
    pub root_party_ids: String,
    pub root_kind: &'static str,
    /// The group's events as `<li>` items, laid out by `timeline-items.html`.
    pub items_html: String,
    /// How many events the group holds.
    pub count: usize,
}

/// How many timeline items `timeline-items.html` lays out at a time. A long-running tracker
/// has tens of thousands of events; as template data all at once they took several times
/// the memory of the page they make.
pub const TIMELINE_CHUNK: usize = 500;

#[derive(Serialize)]
pub struct TimelineItem {
    pub event: Ref,
    /// How many `part_of` levels below its group's umbrella event.
    pub depth: usize,
    pub parties: Vec<PartyName>,
    /// Space-separated ids, for the filter script.
    pub party_ids: String,
    pub kind: &'static str,
}

#[derive(Serialize)]
pub struct PartyName {
    pub name: String,
    pub url: String,
}

#[derive(Serialize)]
pub struct FilterOption {
    pub value: String,
    pub label: String,
}

/// An event's parties, each once, in the order the event lists them.
fn event_parties(graph: &Graph, e: usize) -> Vec<usize> {
    let event = graph.site.briefs[e].as_event().expect("timeline holds only events");
    let mut seen = BTreeSet::new();
    let mut parties = Vec::new();
    for p in &event.participants {
        if let Some(i) = graph.party(&p.party)
            && seen.insert(i)
        {
            parties.push(i);
        }
    }
    parties
}

fn timeline_item(graph: &Graph, e: usize, depth: usize) -> TimelineItem {
    let event = graph.site.briefs[e].as_event().expect("timeline holds only events");
    let parties = event_parties(graph, e);
    TimelineItem {
        event: Ref::new(graph, e),
        depth,
        party_ids: parties.iter().map(|&i| graph.site.briefs[i].id.as_str()).collect::<Vec<_>>().join(" "),
        parties: parties
            .iter()
            .map(|&i| PartyName {
                name: graph.site.briefs[i].short_title().to_string(),
                url: graph.names.url_of(i).to_string(),
            })
            .collect(),
        kind: event.kind.word(),
    }
}

/// Each group of the timeline positions `range` as its umbrella (and whether it started
/// before the range) and its (event, depth) pairs: the tree of `part_of` below the umbrella,
/// each event straight after its own parent, siblings in timeline order. A group comes where
/// its umbrella does, or where its first event in the range does when the umbrella is earlier.
type Placed = Vec<(usize, usize)>;
fn runs_in(graph: &Graph, range: Range<usize>) -> Vec<(Option<usize>, bool, Placed)> {
    let derived = &graph.derived;
    let is_umbrella = |e: usize| derived[e].ancestors.is_empty() && !derived[e].sub_events.is_empty();
    let inside = |e: usize| range.contains(&derived[e].position);
    let tree_below = |root: usize| -> Placed {
        let mut placed = Vec::new();
        let mut stack: Vec<(usize, usize)> = derived[root].sub_events.iter().rev().map(|&e| (e, 0)).collect();
        // `part_of` is a tree (cycles are refused in resolve), so no event comes up twice.
        while let Some((e, depth)) = stack.pop() {
            if inside(e) {
                placed.push((e, depth));
            }
            stack.extend(derived[e].sub_events.iter().rev().map(|&child| (child, depth + 1)));
        }
        placed
    };
    let mut continued: BTreeSet<usize> = BTreeSet::new();
    let mut runs: Vec<(Option<usize>, bool, Placed)> = Vec::new();
    for &e in &graph.timeline[range.clone()] {
        let root = if is_umbrella(e) { Some(e) } else { derived[e].ancestors.first().copied() };
        match root {
            Some(r) if r == e => runs.push((Some(e), false, tree_below(e))),
            Some(r) if !inside(r) && continued.insert(r) => runs.push((Some(r), true, tree_below(r))),
            Some(_) => {}
            None => match runs.last_mut() {
                Some((None, _, items)) => items.push((e, 0)),
                _ => runs.push((None, false, vec![(e, 0)])),
            },
        }
    }
    runs
}

/// Filter options: the parties and kinds of the events listed, each once.
fn filter_options(graph: &Graph, events: &[usize]) -> (Vec<FilterOption>, Vec<FilterOption>) {
    let site = graph.site;
    let ids: BTreeSet<usize> = events.iter().flat_map(|&e| event_parties(graph, e)).collect();
    let mut parties: Vec<(String, String)> =
        ids.into_iter().map(|i| (site.briefs[i].short_title().to_string(), site.briefs[i].id.clone())).collect();
    parties.sort_by(|a, b| by_name(&a.0, &b.0).then_with(|| a.1.cmp(&b.1)));
    let mut kinds: Vec<EventKind> = events.iter().filter_map(|&e| site.briefs[e].as_event().map(|x| x.kind)).collect();
    kinds.sort();
    kinds.dedup();
    (
        parties.into_iter().map(|(label, value)| FilterOption { value, label }).collect(),
        kinds.into_iter().map(|k| FilterOption { value: k.word().to_string(), label: k.label().to_string() }).collect(),
    )
}

/// `/events/`: the whole timeline on a small site; on a large one, the chart (its bars link
/// to the periods) and the periods. `lay_out` turns a run of items into HTML
/// (`timeline-items.html`), and is given at most [`TIMELINE_CHUNK`] items at a time.
pub fn timeline<E>(
    graph: &Graph,
    layout: &Layout,
    lay_out: impl FnMut(&[TimelineItem]) -> Result<String, E>,
) -> Result<TimelinePage, E> {
    if layout.periods.is_empty() {
        let mut page = timeline_run(graph, 0..graph.timeline.len(), lay_out)?;
        page.chart = visuals::timeline::build(graph, visuals::timeline::FULL, &[]);
        return Ok(page);
    }
    let base = graph.names.base();
    let links: Vec<(i64, String)> =
        layout.periods.iter().map(|p| (p.start.to_unix_days(), base.link(&p.path()))).collect();
    Ok(TimelinePage {
        groups: Vec::new(),
        chart: visuals::timeline::build(graph, visuals::timeline::FULL, &links),
        periods: layout
            .periods
            .iter()
            .map(|p| ListLink { label: p.label.clone(), url: base.link(&p.path()), count: p.range.len() })
            .collect(),
        period: None,
        pager: None,
        parties: Vec::new(),
        kinds: Vec::new(),
        count: graph.timeline.len(),
        total: graph.timeline.len(),
    })
}

/// Period `n` of a long timeline.
pub fn period<E>(
    graph: &Graph,
    layout: &Layout,
    n: usize,
    lay_out: impl FnMut(&[TimelineItem]) -> Result<String, E>,
) -> Result<TimelinePage, E> {
    let period = &layout.periods[n];
    let mut page = timeline_run(graph, period.range.clone(), lay_out)?;
    page.period = Some(period.label.clone());
    let links = layout.periods.iter().map(|p| (p.path(), p.label.clone())).collect();
    page.pager = Some(Pager::new(graph, links, n));
    Ok(page)
}

/// The groups of the timeline positions `range`, with the filter's options for them.
fn timeline_run<E>(
    graph: &Graph,
    range: Range<usize>,
    mut lay_out: impl FnMut(&[TimelineItem]) -> Result<String, E>,
) -> Result<TimelinePage, E> {
    let runs = runs_in(graph, range.clone());
    let mut groups = Vec::with_capacity(runs.len());
    let mut count = 0;
    for (root, continued, events) in runs {
        let mut items_html = String::new();
        for chunk in events.chunks(TIMELINE_CHUNK) {
            let items: Vec<TimelineItem> = chunk.iter().map(|&(e, depth)| timeline_item(graph, e, depth)).collect();
            items_html.push_str(&lay_out(&items)?);
        }
        let (root_party_ids, root_kind) = match root {
            Some(e) if !continued => {
                let item = timeline_item(graph, e, 0);
                (item.party_ids, item.kind)
            }
            _ => (String::new(), ""),
        };
        count += events.len() + usize::from(root.is_some() && !continued);
        groups.push(TimelineGroup {
            root: root.map(|e| Ref::new(graph, e)),
            continued,
            root_party_ids,
            root_kind,
            items_html,
            count: events.len(),
        });
    }
    let (parties, kinds) = filter_options(graph, &graph.timeline[range]);
    Ok(TimelinePage {
        groups,
        chart: None,
        periods: Vec::new(),
        period: None,
        pager: None,
        parties,
        kinds,
        count,
        total: graph.timeline.len(),
    })
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

pub fn tags(graph: &Graph) -> TagsPage {
    let base = graph.names.base();
    TagsPage {
        tags: graph
            .tags
            .iter()
            .map(|(slug, tag)| TagCount {
                name: tag.name.clone(),
                url: base.link(&tag_path(slug)),
                count: tag.briefs.len(),
            })
            .collect(),
    }
}

/// The site path of a tag's first page.
pub fn tag_path(slug: &str) -> String {
    format!("tags/{slug}/")
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
    pub label: &'static str,
    pub briefs: Vec<Ref>,
}

/// A tag's briefs: parties, events (in timeline order) and pages, one after another.
pub fn tagged(graph: &Graph, slug: &str) -> Vec<(&'static str, usize)> {
    let tag = &graph.tags[slug];
    let kinds = [(BriefKind::Party, "Parties"), (BriefKind::Event, "Events"), (BriefKind::Page, "Pages")];
    let mut out = Vec::with_capacity(tag.briefs.len());
    for (kind, label) in kinds {
        let mut briefs: Vec<usize> =
            tag.briefs.iter().copied().filter(|&i| graph.site.briefs[i].kind() == kind).collect();
        if kind == BriefKind::Event {
            briefs.sort_by_key(|&i| graph.derived[i].position);
        }
        out.extend(briefs.into_iter().map(|i| (label, i)));
    }
    out
}

/// Page `n` (from 1) of a tag.
pub fn tag(graph: &Graph, slug: &str, n: usize) -> TagPage {
    let tagged = tagged(graph, slug);
    let mut groups: Vec<BriefGroup> = Vec::new();
    for &(label, i) in &tagged[paging::page_range(tagged.len(), n)] {
        match groups.last_mut() {
            Some(g) if g.label == label => g.briefs.push(Ref::new(graph, i)),
            _ => groups.push(BriefGroup { label, briefs: vec![Ref::new(graph, i)] }),
        }
    }
    TagPage {
        name: graph.tags[slug].name.clone(),
        groups,
        count: tagged.len(),
        pager: Pager::numbered(graph, &tag_path(slug), n, paging::page_count(tagged.len())),
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

pub fn page(graph: &Graph, index: usize) -> FreePage {
    let brief = &graph.site.briefs[index];
    let citations = Citations::new(graph, brief);
    FreePage {
        title: brief.title().to_string(),
        summary: brief.summary.clone(),
        body: graph.bodies[index].html.clone(),
        mentioned_in: graph.derived[index].mentioned_in.iter().map(|&i| Ref::new(graph, i)).collect(),
        sources: citations.list,
        tags: tag_links(graph, brief),
        updated: DateView::of(brief.updated),
    }
}
