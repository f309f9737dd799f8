//! The timeline page, `/events/`: every event in groups by umbrella event on a small site;
//! on a large one the chart and the periods, each period a page of its own (`paging.rs`
//! decides them). Events are grouped under the larger event they belong to, each sub-event
//! straight after its parent, and the filter's options are those of the events listed.

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Serialize;

use crate::model::EventKind;
use crate::render::context::RenderContext;
use crate::render::lists::ListLink;
use crate::render::paging::{Layout, Pager};
use crate::render::views::{Ref, by_name};
use crate::render::visuals::{self, Chart};

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
    /// The umbrella is in another period: its heading is context, not one of this page's
    /// events (and has no `data-kind`, so the filter does not count it).
    pub elsewhere: bool,
    /// ... an earlier one: the group continues it. (An umbrella can be dated after an event
    /// of its own, a prelude.)
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
fn event_parties(cx: &RenderContext, e: usize) -> Vec<usize> {
    let event = cx.brief(e).as_event().expect("timeline holds only events");
    let mut seen = BTreeSet::new();
    let mut parties = Vec::new();
    for p in &event.participants {
        if let Some(i) = cx.party(&p.party)
            && seen.insert(i)
        {
            parties.push(i);
        }
    }
    parties
}

fn timeline_item(cx: &RenderContext, e: usize, depth: usize) -> TimelineItem {
    let event = cx.brief(e).as_event().expect("timeline holds only events");
    let parties = event_parties(cx, e);
    TimelineItem {
        event: Ref::new(cx, e),
        depth,
        party_ids: parties.iter().map(|&i| cx.brief(i).id.as_str()).collect::<Vec<_>>().join(" "),
        parties: parties
            .iter()
            .map(|&i| PartyName { name: cx.brief(i).short_title().to_string(), url: cx.url(i).to_string() })
            .collect(),
        kind: event.kind.word(),
    }
}

/// Each group of the timeline positions `range` as its umbrella (and whether it lies
/// outside the range) and its (event, depth) pairs: the tree of `part_of` below the umbrella,
/// each event straight after its own parent, siblings in timeline order. A group comes where
/// its umbrella does, or where its first event in the range does when the umbrella is earlier.
type Placed = Vec<(usize, usize)>;
fn runs_in(cx: &RenderContext, range: Range<usize>) -> Vec<(Option<usize>, bool, Placed)> {
    let derived = |e: usize| cx.derived(e);
    let is_umbrella = |e: usize| derived(e).ancestors.is_empty() && !derived(e).sub_events.is_empty();
    let inside = |e: usize| range.contains(&derived(e).position);
    let tree_below = |root: usize| -> Placed {
        let mut placed = Vec::new();
        let mut stack: Vec<(usize, usize)> = derived(root).sub_events.iter().rev().map(|&e| (e, 0)).collect();
        // `part_of` is a tree (cycles are refused in resolve), so no event comes up twice.
        while let Some((e, depth)) = stack.pop() {
            if inside(e) {
                placed.push((e, depth));
            }
            stack.extend(derived(e).sub_events.iter().rev().map(|&child| (child, depth + 1)));
        }
        placed
    };
    let mut elsewhere: BTreeSet<usize> = BTreeSet::new();
    let mut runs: Vec<(Option<usize>, bool, Placed)> = Vec::new();
    for &e in &cx.timeline()[range.clone()] {
        let root = if is_umbrella(e) { Some(e) } else { derived(e).ancestors.first().copied() };
        match root {
            Some(r) if r == e => runs.push((Some(e), false, tree_below(e))),
            Some(r) if !inside(r) && elsewhere.insert(r) => runs.push((Some(r), true, tree_below(r))),
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
fn filter_options(cx: &RenderContext, events: &[usize]) -> (Vec<FilterOption>, Vec<FilterOption>) {
    let ids: BTreeSet<usize> = events.iter().flat_map(|&e| event_parties(cx, e)).collect();
    let mut parties: Vec<(String, String)> =
        ids.into_iter().map(|i| (cx.brief(i).short_title().to_string(), cx.brief(i).id.clone())).collect();
    parties.sort_by(|a, b| by_name(&a.0, &b.0).then_with(|| a.1.cmp(&b.1)));
    let mut kinds: Vec<EventKind> = events.iter().filter_map(|&e| cx.brief(e).as_event().map(|x| x.kind)).collect();
    kinds.sort();
    kinds.dedup();
    (
        parties.into_iter().map(|(label, value)| FilterOption { value, label }).collect(),
        kinds
            .into_iter()
            .map(|k| FilterOption { value: k.word().to_string(), label: cx.label(k).to_string() })
            .collect(),
    )
}

/// `/events/`: the whole timeline on a small site; on a large one, the chart (its bars link
/// to the periods) and the periods. `lay_out` turns a run of items into HTML
/// (`timeline-items.html`), and is given at most [`TIMELINE_CHUNK`] items at a time.
pub fn timeline<E>(
    cx: &RenderContext,
    layout: &Layout,
    lay_out: impl FnMut(&[TimelineItem]) -> Result<String, E>,
) -> Result<TimelinePage, E> {
    if layout.periods.is_empty() {
        let mut page = timeline_run(cx, 0..cx.timeline().len(), lay_out)?;
        page.chart = visuals::timeline::build(cx, visuals::timeline::FULL, &[]);
        return Ok(page);
    }
    let base = cx.base();
    let links: Vec<(i64, String)> =
        layout.periods.iter().map(|p| (p.start.to_unix_days(), base.link(&p.path()))).collect();
    Ok(TimelinePage {
        groups: Vec::new(),
        chart: visuals::timeline::build(cx, visuals::timeline::FULL, &links),
        periods: layout
            .periods
            .iter()
            .map(|p| ListLink { label: p.label.clone(), url: base.link(&p.path()), count: p.range.len() })
            .collect(),
        period: None,
        pager: None,
        parties: Vec::new(),
        kinds: Vec::new(),
        count: cx.timeline().len(),
        total: cx.timeline().len(),
    })
}

/// Period `n` of a long timeline.
pub fn period<E>(
    cx: &RenderContext,
    layout: &Layout,
    n: usize,
    lay_out: impl FnMut(&[TimelineItem]) -> Result<String, E>,
) -> Result<TimelinePage, E> {
    let period = &layout.periods[n];
    let mut page = timeline_run(cx, period.range.clone(), lay_out)?;
    page.period = Some(period.label.clone());
    let links = layout.periods.iter().map(|p| (p.path(), p.label.clone())).collect();
    page.pager = Some(Pager::new(cx, links, n));
    Ok(page)
}

/// The groups of the timeline positions `range`, with the filter's options for them.
fn timeline_run<E>(
    cx: &RenderContext,
    range: Range<usize>,
    mut lay_out: impl FnMut(&[TimelineItem]) -> Result<String, E>,
) -> Result<TimelinePage, E> {
    let runs = runs_in(cx, range.clone());
    let mut groups = Vec::with_capacity(runs.len());
    let mut count = 0;
    for (root, elsewhere, events) in runs {
        let mut items_html = String::new();
        for chunk in events.chunks(TIMELINE_CHUNK) {
            let items: Vec<TimelineItem> = chunk.iter().map(|&(e, depth)| timeline_item(cx, e, depth)).collect();
            items_html.push_str(&lay_out(&items)?);
        }
        let (root_party_ids, root_kind) = match root {
            Some(e) if !elsewhere => {
                let item = timeline_item(cx, e, 0);
                (item.party_ids, item.kind)
            }
            _ => (String::new(), ""),
        };
        count += events.len() + usize::from(root.is_some() && !elsewhere);
        groups.push(TimelineGroup {
            root: root.map(|e| Ref::new(cx, e)),
            elsewhere,
            continued: elsewhere && root.is_some_and(|e| cx.derived(e).position < range.start),
            root_party_ids,
            root_kind,
            items_html,
            count: events.len(),
        });
    }
    let (parties, kinds) = filter_options(cx, &cx.timeline()[range]);
    Ok(TimelinePage {
        groups,
        chart: None,
        periods: Vec::new(),
        period: None,
        pager: None,
        parties,
        kinds,
        count,
        total: cx.timeline().len(),
    })
}
