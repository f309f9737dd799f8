//! The pages that list briefs: home, who's who, the timeline, tags, and free pages.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::Serialize;

use crate::model::{BriefKind, EventKind, PartyKind};
use crate::render::views::{Citations, DateView, Ref, SourceView, TagLink, tag_links};
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
        chart: visuals::timeline::build(graph, visuals::timeline::COMPACT),
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
    pub groups: Vec<KindGroup>,
    /// The map of relations and memberships.
    pub map: Option<Chart>,
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

fn plural(kind: PartyKind) -> &'static str {
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

pub fn parties(graph: &Graph) -> PartiesPage {
    let site = graph.site;
    let mut by_kind: HashMap<PartyKind, Vec<usize>> = HashMap::new();
    for (i, brief) in site.briefs.iter().enumerate() {
        if let Some(p) = brief.as_party() {
            by_kind.entry(p.kind).or_default().push(i);
        }
    }
    let mut kinds: Vec<PartyKind> = by_kind.keys().copied().collect();
    kinds.sort();
    let mut count = 0;
    let groups = kinds
        .into_iter()
        .map(|kind| {
            let mut members = by_kind.remove(&kind).unwrap_or_default();
            members.sort_by(|&a, &b| site.briefs[a].short_title().cmp(site.briefs[b].short_title()));
            count += members.len();
            KindGroup {
                label: plural(kind),
                anchor: kind.word(),
                parties: members
                    .into_iter()
                    .map(|i| PartyCard { party: Ref::new(graph, i), event_count: graph.derived[i].event_count() })
                    .collect(),
            }
        })
        .collect();
    PartiesPage { groups, map: visuals::relations::map(graph), count }
}

#[derive(Serialize)]
pub struct TimelinePage {
    pub groups: Vec<TimelineGroup>,
    /// The timeline drawn.
    pub chart: Option<Chart>,
    pub parties: Vec<FilterOption>,
    pub kinds: Vec<FilterOption>,
    pub count: usize,
}

/// A run of the timeline: an umbrella event with everything `part_of` it, or loose events.
#[derive(Serialize)]
pub struct TimelineGroup {
    pub root: Option<Ref>,
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

fn timeline_item(graph: &Graph, e: usize, depth: usize) -> TimelineItem {
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

/// The timeline page; `lay_out` turns a run of items into HTML (`timeline-items.html`), and
/// is given at most [`TIMELINE_CHUNK`] items at a time.
pub fn timeline<E>(
    graph: &Graph,
    mut lay_out: impl FnMut(&[TimelineItem]) -> Result<String, E>,
) -> Result<TimelinePage, E> {
    let derived = &graph.derived;
    let is_umbrella = |e: usize| derived[e].ancestors.is_empty() && !derived[e].sub_events.is_empty();

    // Each group as its umbrella and its (event, depth) pairs: the tree of `part_of` below
    // the umbrella, each event straight after its own parent, siblings in timeline order.
    type Placed = Vec<(usize, usize)>;
    let tree_below = |root: usize| -> Placed {
        let mut placed = Vec::new();
        let mut stack: Vec<(usize, usize)> = derived[root].sub_events.iter().rev().map(|&e| (e, 0)).collect();
        let mut seen = HashSet::new();
        while let Some((e, depth)) = stack.pop() {
            if !seen.insert(e) {
                continue;
            }
            placed.push((e, depth));
            stack.extend(derived[e].sub_events.iter().rev().map(|&child| (child, depth + 1)));
        }
        placed
    };
    let mut runs: Vec<(Option<usize>, Placed)> = Vec::new();
    for &e in &graph.timeline {
        if is_umbrella(e) {
            runs.push((Some(e), tree_below(e)));
        } else if derived[e].ancestors.is_empty() {
            match runs.last_mut() {
                Some((None, items)) => items.push((e, 0)),
                _ => runs.push((None, vec![(e, 0)])),
            }
        }
    }
    let mut groups = Vec::with_capacity(runs.len());
    for (root, events) in runs {
        let mut items_html = String::new();
        for chunk in events.chunks(TIMELINE_CHUNK) {
            let items: Vec<TimelineItem> = chunk.iter().map(|&(e, depth)| timeline_item(graph, e, depth)).collect();
            items_html.push_str(&lay_out(&items)?);
        }
        let (root_party_ids, root_kind) = match root {
            Some(e) => {
                let item = timeline_item(graph, e, 0);
                (item.party_ids, item.kind)
            }
            None => (String::new(), ""),
        };
        groups.push(TimelineGroup {
            root: root.map(|e| Ref::new(graph, e)),
            root_party_ids,
            root_kind,
            items_html,
            count: events.len(),
        });
    }

    let site = graph.site;
    let mut parties: Vec<(String, String)> = (0..site.briefs.len())
        .filter(|&i| site.briefs[i].as_party().is_some() && !derived[i].events.is_empty())
        .map(|i| (site.briefs[i].short_title().to_string(), site.briefs[i].id.clone()))
        .collect();
    parties.sort();
    let mut kinds: Vec<EventKind> =
        graph.timeline.iter().filter_map(|&e| site.briefs[e].as_event().map(|x| x.kind)).collect();
    kinds.sort();
    kinds.dedup();
    Ok(TimelinePage {
        groups,
        chart: visuals::timeline::build(graph, visuals::timeline::FULL),
        parties: parties.into_iter().map(|(label, value)| FilterOption { value, label }).collect(),
        kinds: kinds
            .into_iter()
            .map(|k| FilterOption { value: k.word().to_string(), label: k.label().to_string() })
            .collect(),
        count: graph.timeline.len(),
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
                url: base.link(&format!("tags/{slug}/")),
                count: tag.briefs.len(),
            })
            .collect(),
    }
}

#[derive(Serialize)]
pub struct TagPage {
    pub name: String,
    pub groups: Vec<BriefGroup>,
}

#[derive(Serialize)]
pub struct BriefGroup {
    pub label: &'static str,
    pub briefs: Vec<Ref>,
}

pub fn tag(graph: &Graph, slug: &str) -> TagPage {
    let tag = &graph.tags[slug];
    let kinds = [(BriefKind::Party, "Parties"), (BriefKind::Event, "Events"), (BriefKind::Page, "Pages")];
    let groups = kinds
        .into_iter()
        .filter_map(|(kind, label)| {
            let mut briefs: Vec<usize> =
                tag.briefs.iter().copied().filter(|&i| graph.site.briefs[i].kind() == kind).collect();
            if kind == BriefKind::Event {
                briefs.sort_by_key(|&i| graph.derived[i].position);
            }
            (!briefs.is_empty())
                .then(|| BriefGroup { label, briefs: briefs.into_iter().map(|i| Ref::new(graph, i)).collect() })
        })
        .collect();
    TagPage { name: tag.name.clone(), groups }
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
