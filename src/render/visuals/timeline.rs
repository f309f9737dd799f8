//! The timeline chart: every event on a linear time axis, one lane per larger event it is
//! `part_of` (events on their own share the last lane). An exact day is a dot; a date known
//! only to the month or year is a hollow bar over the whole month or year; a period is a bar,
//! open-ended ones end in an arrow; approximate or uncertain dates have a dashed outline.
//!
//! Past [`DETAILED_MAX`] events the chart counts events per month or year in each lane instead.
//!
//! This module puts the events in lanes and on the axis; `horizontal` draws them across a wide
//! screen, `vertical` down a phone's, `counts` counts them, and `table` gives the chart's words:
//! its title, description, key and table.

use std::collections::HashMap;
use std::fmt::Write;

use fluent_bundle::FluentValue;

use crate::model::{Date, Day};
use crate::render::context::RenderContext;

mod counts;
mod horizontal;
mod table;
mod vertical;

use super::axis::{self, Segment};
use super::{Chart, Fit, NARROW_WIDTH, clip, escape};

/// Up to this many events each is drawn; beyond it, events are counted per period.
pub const DETAILED_MAX: usize = 80;

/// How the chart is drawn: the full one on `/events/`, a compact one on the home page. Each
/// event is numbered, keyed to the table. `width` is the wide drawing's; the narrow one is
/// [`NARROW_WIDTH`] wide.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub id: &'static str,
    pub caption: Caption,
    pub width: f64,
    pub max_lanes: usize,
}

/// The words over the chart, looked up in the catalogue when it is drawn.
#[derive(Debug, Clone, Copy)]
pub enum Caption {
    /// "The timeline at a glance", on the timeline.
    Timeline,
    /// "The story at a glance", on the home page.
    Story,
}

impl Caption {
    fn text<'g>(self, cx: &RenderContext<'g>) -> &'g str {
        match self {
            Caption::Timeline => cx.text("timeline_chart_caption"),
            Caption::Story => cx.text("overview_chart_caption"),
        }
    }
}

pub const FULL: Style = Style { id: "timeline-chart", caption: Caption::Timeline, width: 760.0, max_lanes: 8 };
pub const COMPACT: Style = Style { id: "overview-chart", caption: Caption::Story, width: 600.0, max_lanes: 4 };

const MARGIN: f64 = 16.0;
const LABEL_H: f64 = 22.0;
const ROW_H: f64 = 24.0;
const LANE_GAP: f64 = 10.0;
const AXIS_H: f64 = 32.0;
const BAR_H: f64 = 10.0;

/// A lane: the events under one umbrella event, or the events that stand alone.
struct Lane {
    root: Option<usize>,
    events: Vec<usize>,
}

/// An event's date as days on the axis, `[start, end)`, with what the drawing must show.
#[derive(Debug, Clone, Copy)]
struct When {
    start: i64,
    end: i64,
    open_end: bool,
}

/// The chart; on a timeline split into periods, `periods` gives each period's first day (as
/// days since 1970) and URL, in order, and each bar of the counting chart links to its period.
pub fn build(cx: &RenderContext, style: Style, periods: &[(i64, String)]) -> Option<Chart> {
    if cx.timeline().is_empty() {
        return None;
    }
    let lanes = lanes_of(cx, style.max_lanes);
    let when = spans(cx);
    let numbers: HashMap<usize, usize> = cx.timeline().iter().enumerate().map(|(n, &e)| (e, n + 1)).collect();
    let detailed = cx.timeline().len() <= DETAILED_MAX;
    let (svg, svg_narrow) = if detailed {
        // On a phone time runs down the page, in fewer columns than the wide chart has lanes.
        let narrow = lanes_of(cx, style.max_lanes.min(vertical::MAX_COLUMNS));
        let vertical = vertical::draw(cx, style, &narrow, &when, &numbers);
        (horizontal::draw(cx, style, Fit::Wide, &lanes, &when, &numbers), vertical)
    } else {
        (
            counts::draw(cx, style, Fit::Wide, &lanes, &when, periods),
            counts::draw(cx, style, Fit::Narrow, &lanes, &when, periods),
        )
    };
    let legend = if detailed { table::legend(cx) } else { Vec::new() };
    let table = if detailed { table::events(cx, &numbers) } else { table::lanes(cx, &lanes) };
    let note = (!detailed).then(|| {
        let n = cx.timeline().len();
        cx.t("timeline_chart_counted", [("count", n.into()), ("n", cx.number(n as u64).into())])
    });
    Some(Chart {
        id: style.id.to_string(),
        caption: style.caption.text(cx).to_string(),
        note,
        svg,
        svg_narrow: Some(svg_narrow),
        legend,
        table,
        credit: None,
    })
}

/// The umbrella event each event belongs to, if any; the umbrella belongs to itself.
fn root_of(cx: &RenderContext, e: usize) -> Option<usize> {
    let derived = cx.derived(e);
    derived.ancestors.first().copied().or_else(|| (!derived.sub_events.is_empty()).then_some(e))
}

/// Lanes in the order their first event happened; the biggest `max - 1` umbrellas get a lane
/// of their own, everything else goes to the last lane.
fn lanes_of(cx: &RenderContext, max: usize) -> Vec<Lane> {
    let mut by_root: Vec<Lane> = Vec::new();
    let mut index: HashMap<Option<usize>, usize> = HashMap::new();
    for &e in cx.timeline() {
        let root = root_of(cx, e);
        let n = *index.entry(root).or_insert_with(|| {
            by_root.push(Lane { root, events: Vec::new() });
            by_root.len() - 1
        });
        by_root[n].events.push(e);
    }
    let mut umbrellas: Vec<usize> = (0..by_root.len()).filter(|&n| by_root[n].root.is_some()).collect();
    let has_loose = umbrellas.len() < by_root.len();
    let room = if has_loose || umbrellas.len() > max { max.saturating_sub(1).max(1) } else { max };
    umbrellas.sort_by_key(|&n| std::cmp::Reverse(by_root[n].events.len()));
    let kept: Vec<usize> = umbrellas.into_iter().take(room).collect();
    let mut out: Vec<Lane> = Vec::new();
    let mut rest = Lane { root: None, events: Vec::new() };
    for (n, lane) in by_root.into_iter().enumerate() {
        if kept.contains(&n) { out.push(lane) } else { rest.events.extend(lane.events) }
    }
    if !rest.events.is_empty() {
        rest.events.sort_by_key(|&e| cx.derived(e).position);
        out.push(rest);
    }
    out
}

fn finite(day: Day) -> Option<i64> {
    (day != Day::MIN && day != Day::MAX).then(|| day.to_unix_days())
}

/// Every event's days on the axis; open ends reach the first or last day any event mentions.
fn spans(cx: &RenderContext) -> HashMap<usize, When> {
    let date = |e: usize| cx.brief(e).as_event().expect("the timeline holds only events").date;
    let days: Vec<i64> = cx
        .timeline()
        .iter()
        .flat_map(|&e| {
            let d = date(e);
            [finite(d.earliest()), finite(d.latest()).map(|x| x + 1)]
        })
        .flatten()
        .collect();
    let (first, last) = (days.iter().copied().min().unwrap_or(0), days.iter().copied().max().unwrap_or(1));
    cx.timeline()
        .iter()
        .map(|&e| {
            let d = date(e);
            let start = finite(d.earliest());
            let end = finite(d.latest()).map(|x| x + 1);
            let s = start.unwrap_or(first);
            let when = When { start: s, end: end.unwrap_or(last).max(s + 1), open_end: end.is_none() };
            (e, when)
        })
        .collect()
}

fn event_date(cx: &RenderContext, e: usize) -> Date {
    cx.brief(e).as_event().expect("the timeline holds only events").date
}

/// Whether a mark is drawn filled: only dates given to the day are.
fn is_exact(date: &Date) -> bool {
    match date {
        Date::Point(p) => p.day.is_some(),
        Date::Interval { start, end } => start.iter().chain(end).all(|p| p.day.is_some()),
    }
}

/// The axis segments for the events, with empty decades cut out.
fn segments(cx: &RenderContext, when: &HashMap<usize, When>, left: f64, right: f64) -> Vec<Segment> {
    let ranges: Vec<(i64, i64)> = cx.timeline().iter().map(|e| (when[e].start, when[e].end)).collect();
    let first = ranges.iter().map(|r| r.0).min().unwrap_or(0);
    let last = ranges.iter().map(|r| r.1).max().unwrap_or(1);
    let bounds = axis::clusters(&ranges, ((last - first) / 6).max(90));
    let counts: Vec<usize> =
        bounds.iter().map(|&(s, e)| ranges.iter().filter(|r| s <= r.0 && r.1 <= e).count()).collect();
    axis::lay_out(&bounds, &counts, left, right, 24.0)
}

/// How an event is drawn along the axis.
#[derive(Debug, Clone, Copy)]
enum Shape {
    /// A dot centred on `x`.
    Dot(f64),
    /// A bar from `x` to `x + width`.
    Bar(f64, f64),
}

impl Shape {
    /// A day is a dot in the middle of the day; a period is a bar; a month or year known only
    /// as such is a bar over all of it, or a hollow dot when too short to see as a bar.
    fn of(date: &Date, x0: f64, x1: f64) -> Shape {
        match date {
            Date::Point(_) if is_exact(date) || x1 - x0 < 12.0 => Shape::Dot((x0 + x1) / 2.0),
            _ => Shape::Bar(x0, (x1 - x0).max(4.0)),
        }
    }

    /// The first and last pixel it covers.
    fn extent(self) -> (f64, f64) {
        match self {
            Shape::Dot(x) => (x - 6.0, x + 6.0),
            Shape::Bar(x, w) => (x, x + w),
        }
    }
}

/// One event's mark, with its place in the lane.
struct Mark {
    event: usize,
    shape: Shape,
    /// Leftmost and rightmost pixels taken, label included.
    reach: (f64, f64),
    row: usize,
}

/// Puts marks on the first row where they overlap nothing; returns how many rows it took.
fn pack(marks: &mut [Mark]) -> usize {
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by(|&a, &b| marks[a].reach.0.total_cmp(&marks[b].reach.0));
    let mut ends: Vec<f64> = Vec::new();
    for i in order {
        let (from, to) = marks[i].reach;
        let row = ends.iter().position(|&end| end <= from).unwrap_or(ends.len());
        if row == ends.len() {
            ends.push(to);
        } else {
            ends[row] = to;
        }
        marks[i].row = row;
    }
    ends.len()
}

/// The wide drawing's width, or the narrow one's.
fn width_of(style: Style, fit: Fit) -> f64 {
    match fit {
        Fit::Wide => style.width,
        Fit::Narrow => NARROW_WIDTH,
    }
}

fn mark_title(cx: &RenderContext, e: usize, numbers: &HashMap<usize, usize>) -> String {
    let date = cx.date(&event_date(cx, e));
    let args: [(&str, FluentValue); 3] =
        [("mark", numbers[&e].to_string().into()), ("title", cx.brief(e).title().into()), ("date", date.into())];
    cx.t("timeline_chart_mark", args)
}

fn lane_label(cx: &RenderContext, lane: &Lane, numbers: &HashMap<usize, usize>) -> String {
    match lane.root {
        Some(root) => {
            let title = clip(cx.brief(root).short_title(), 60);
            let date = cx.date(&event_date(cx, root));
            let args: [(&str, FluentValue); 3] =
                [("mark", numbers[&root].to_string().into()), ("title", title.into()), ("date", date.into())];
            cx.t("timeline_chart_lane", args)
        }
        None => cx.text("timeline_chart_other_events").to_string(),
    }
}

/// Opens the link and group of event `e`'s mark; returns the fill and dash attributes its shape
/// takes. Both drawings mark an event the same way.
fn open_mark(
    out: &mut String,
    cx: &RenderContext,
    e: usize,
    numbers: &HashMap<usize, usize>,
) -> (&'static str, &'static str) {
    let date = event_date(cx, e);
    let exact = is_exact(&date);
    let dashed = if date.is_qualified() { " stroke-dasharray=\"3 2\"" } else { "" };
    let mut class = String::from("mark");
    class.push_str(if exact { " mark-exact" } else { " mark-partial" });
    if date.is_qualified() {
        class.push_str(" mark-qualified");
    }
    let fill = if exact { "fill=\"currentColor\"" } else { "fill=\"none\"" };
    // Every mark is a link to its event: a tap works where hovering for the title cannot. The
    // link's `<title>` is both its name for a screen reader and a pointer's tooltip.
    let title = escape(&mark_title(cx, e, numbers));
    let _ = write!(
        out,
        "<a class=\"mark-link\" href=\"{}\"><title>{title}</title><g class=\"{class}\">",
        escape(cx.url(e))
    );
    (fill, dashed)
}
