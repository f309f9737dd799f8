//! The timeline chart: every event on a linear time axis, one lane per larger event it is
//! `part_of` (events on their own share the last lane). An exact day is a dot; a date known
//! only to the month or year is a hollow bar over the whole month or year; a period is a bar,
//! open-ended ones end in an arrow; approximate or uncertain dates have a dashed outline.
//!
//! Past [`DETAILED_MAX`] events the chart counts events per month or year in each lane instead.

use std::collections::HashMap;
use std::fmt::Write;

use crate::model::{Date, Day, Precision};
use crate::render::context::RenderContext;

mod counts;
mod vertical;

use super::axis::{self, Segment};
use super::{
    Cell, Chart, DataTable, Fit, LegendEntry, NARROW_WIDTH, clip, escape, num, open_svg, swatch, text_width, thousands,
};

/// Up to this many events each is drawn; beyond it, events are counted per period.
pub const DETAILED_MAX: usize = 80;

/// How the chart is drawn: the full one on `/events/`, a compact one on the home page. Each
/// event is numbered, keyed to the table. `width` is the wide drawing's; the narrow one is
/// [`NARROW_WIDTH`] wide.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub id: &'static str,
    pub caption: &'static str,
    pub width: f64,
    pub max_lanes: usize,
}

pub const FULL: Style = Style { id: "timeline-chart", caption: "The timeline at a glance", width: 760.0, max_lanes: 8 };
pub const COMPACT: Style = Style { id: "overview-chart", caption: "The story at a glance", width: 600.0, max_lanes: 4 };

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
        (draw_events(cx, style, Fit::Wide, &lanes, &when, &numbers), vertical)
    } else {
        (
            counts::draw(cx, style, Fit::Wide, &lanes, &when, periods),
            counts::draw(cx, style, Fit::Narrow, &lanes, &when, periods),
        )
    };
    let legend = if detailed { event_legend() } else { Vec::new() };
    let table = if detailed { event_table(cx, &numbers) } else { lane_table(cx, &lanes) };
    let note = (!detailed).then(|| {
        format!(
            "{} events are too many to draw one by one: the bars count the events that start in each period.",
            thousands(cx.timeline().len())
        )
    });
    Some(Chart {
        id: style.id.to_string(),
        caption: style.caption.to_string(),
        note,
        svg,
        svg_narrow: Some(svg_narrow),
        legend,
        table,
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

/// How precise a date is, in words for the table: "exact day", "month only, approximate".
pub fn precision_note(date: &Date) -> String {
    let mut note = match date {
        Date::Point(_) => match date.precision() {
            Precision::Day => "exact day".to_string(),
            Precision::Month => "month only".to_string(),
            Precision::Year => "year only".to_string(),
        },
        Date::Interval { start, end } => {
            let mut text = "period".to_string();
            let coarse = start.iter().chain(end).any(|p| p.day.is_none());
            if coarse {
                text.push_str(", ends known only to the month or year");
            }
            if end.is_none() {
                text.push_str(", still going on");
            }
            if start.is_none() {
                text.push_str(", start not known");
            }
            text
        }
    };
    let points: Vec<_> = match date {
        Date::Point(p) => vec![*p],
        Date::Interval { start, end } => start.iter().chain(end).copied().collect(),
    };
    if points.iter().any(|p| p.approximate) {
        note.push_str(", approximate");
    }
    if points.iter().any(|p| p.uncertain) {
        note.push_str(", uncertain");
    }
    note
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

fn draw_events(
    cx: &RenderContext,
    style: Style,
    fit: Fit,
    lanes: &[Lane],
    when: &HashMap<usize, When>,
    numbers: &HashMap<usize, usize>,
) -> String {
    let width = width_of(style, fit);
    let segs = segments(cx, when, MARGIN, width - MARGIN);
    let x_of = |e: usize| {
        let w = when[&e];
        let seg = segs.iter().find(|s| s.contains(w.start, w.end)).unwrap_or(&segs[0]);
        (seg.x(w.start), seg.x(w.end).max(seg.x(w.start)))
    };

    let mut body = String::new();
    let mut y = 4.0;
    for lane in lanes {
        let mut marks: Vec<Mark> = lane
            .events
            .iter()
            .filter(|&&e| Some(e) != lane.root)
            .map(|&e| {
                let (x0, x1) = x_of(e);
                let shape = Shape::of(&event_date(cx, e), x0, x1);
                let label = text_width(&numbers[&e].to_string(), 12.0) + 6.0;
                let arrow = if when[&e].open_end { 10.0 } else { 0.0 };
                let (from, to) = shape.extent();
                Mark { event: e, shape, reach: (from - 2.0, to + arrow + label + 4.0), row: 0 }
            })
            .collect();
        let rows = pack(&mut marks);
        let row_h = ROW_H;
        let height = LABEL_H + rows.max(1) as f64 * row_h;
        // Where the lane's label must end: before the arrow of an umbrella still going on.
        let mut label_end = width - MARGIN;

        body.push_str("<g class=\"lane\">");
        if let Some(root) = lane.root {
            let (x0, x1) = x_of(root);
            // The umbrella event is its lane's band, and a link to it like every mark.
            let title = escape(&mark_title(cx, root, numbers));
            let _ = write!(
                body,
                "<a class=\"band-link\" href=\"{}\"><title>{title}</title><g><rect class=\"band\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"currentColor\" fill-opacity=\"0.08\"/></g></a>",
                escape(cx.url(root)),
                num(x0),
                num(y + LABEL_H - 4.0),
                num((x1 - x0).max(2.0)),
                num(height - LABEL_H + 4.0),
            );
            if when[&root].open_end {
                // In the label's row, above the marks, so it can cover none of them.
                let ax = (x1 - 10.0).min(width - MARGIN - 10.0);
                let _ = write!(
                    body,
                    "<path class=\"band-arrow\" d=\"M{} {}l9 7l-9 7z\" fill=\"currentColor\"><title>Still going on</title></path>",
                    num(ax),
                    num(y + 3.0)
                );
                label_end = ax - 6.0;
            }
        }
        // Bold text runs a little wider than `text_width` guesses.
        let room = ((label_end - MARGIN) / (13.0 * 0.64)).floor() as usize;
        let _ = write!(
            body,
            "<text class=\"lane-label\" x=\"{}\" y=\"{}\">{}</text>",
            num(MARGIN),
            num(y + 14.0),
            escape(&clip(&lane_label(cx, lane, numbers), room))
        );
        for mark in &marks {
            let cy = y + LABEL_H + mark.row as f64 * row_h + row_h / 2.0;
            draw_mark(&mut body, cx, mark, cy, when[&mark.event], numbers);
        }
        body.push_str("</g>");
        y += height + LANE_GAP;
    }
    let axis_y = y + 2.0;
    let height = axis_y + AXIS_H;
    let mut svg = open_svg(&fit.id(style.id), fit, width, height, &chart_title(cx), &describe(cx, lanes), true);
    svg.push_str(&axis::draw(&segs, axis_y, 4.0, width));
    svg.push_str(&body);
    svg.push_str("</svg>");
    svg
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
    format!("{}. {}, {date}", numbers[&e], cx.brief(e).title())
}

fn lane_label(cx: &RenderContext, lane: &Lane, numbers: &HashMap<usize, usize>) -> String {
    match lane.root {
        Some(root) => {
            let title = clip(cx.brief(root).short_title(), 60);
            format!("{}. {title} ({})", numbers[&root], cx.date(&event_date(cx, root)))
        }
        None => "Other events".to_string(),
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

fn draw_mark(out: &mut String, cx: &RenderContext, mark: &Mark, cy: f64, when: When, numbers: &HashMap<usize, usize>) {
    let (fill, dashed) = open_mark(out, cx, mark.event, numbers);
    let right = match mark.shape {
        Shape::Bar(x, w) => {
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{BAR_H}\" rx=\"2\" {fill} stroke=\"currentColor\" stroke-width=\"2\"{dashed}/>",
                num(x),
                num(cy - BAR_H / 2.0),
                num(w),
            );
            x + w
        }
        Shape::Dot(x) => {
            let _ = write!(
                out,
                "<circle cx=\"{}\" cy=\"{}\" r=\"5.5\" {fill} stroke=\"currentColor\" stroke-width=\"2\"{dashed}/>",
                num(x),
                num(cy)
            );
            x + 6.0
        }
    };
    let mut right = right;
    if when.open_end {
        let _ = write!(
            out,
            "<path class=\"mark-arrow\" d=\"M{} {}l9 7l-9 7z\" fill=\"currentColor\"/>",
            num(right + 1.0),
            num(cy - 7.0)
        );
        right += 10.0;
    }
    let _ = write!(
        out,
        "<text class=\"mark-label\" x=\"{}\" y=\"{}\">{}</text>",
        num(right + 4.0),
        num(cy + 4.0),
        numbers[&mark.event]
    );
    out.push_str("</g></a>");
}

fn chart_title(cx: &RenderContext) -> String {
    format!("Timeline of {} events", thousands(cx.timeline().len()))
}

/// The chart in a few sentences, for the `<desc>` a screen reader reads.
fn describe(cx: &RenderContext, lanes: &[Lane]) -> String {
    // The ends of the whole timeline, not the first event's whole span: "from 1 January 2007".
    let first = cx.timeline().first().map(|&e| cx.date_start(&event_date(cx, e))).unwrap_or_default();
    let first = if first.is_empty() { "an open start".to_string() } else { first };
    let last = cx
        .timeline()
        .iter()
        .map(|&e| (event_date(cx, e).latest(), e))
        .filter(|(d, _)| *d != Day::MAX)
        .max()
        .map(|(_, e)| cx.date_end(&event_date(cx, e)))
        .unwrap_or_default();
    let groups: Vec<String> = lanes
        .iter()
        .map(|lane| {
            let name = lane.root.map_or("other events", |r| cx.brief(r).short_title());
            format!("{name} ({})", lane.events.len())
        })
        .collect();
    let mut text = format!(
        "{} events from {first} to {last}, in {} lanes: {}.",
        thousands(cx.timeline().len()),
        lanes.len(),
        groups.join("; ")
    );
    if cx.timeline().len() <= DETAILED_MAX {
        text.push_str(
            " Filled marks are dates known to the day; hollow bars are dates known only to the month or year; \
             dashed outlines are approximate or uncertain dates; an arrow means still going on. The table after the chart lists every event.",
        );
    } else {
        text.push_str(" Bars count the events that start in each period; the table after the chart sums up each lane.");
    }
    text
}

fn event_legend() -> Vec<LegendEntry> {
    let entry = |inner: &str, label: &str| LegendEntry { swatch: swatch(inner), label: label.to_string() };
    vec![
        entry(
            "<circle cx=\"16\" cy=\"7\" r=\"5\" fill=\"currentColor\" stroke=\"currentColor\" stroke-width=\"2\"/>",
            "Exact day",
        ),
        entry(
            "<rect x=\"3\" y=\"2\" width=\"26\" height=\"10\" rx=\"2\" fill=\"currentColor\" stroke=\"currentColor\" stroke-width=\"2\"/>",
            "Period, from day to day",
        ),
        entry(
            "<rect x=\"3\" y=\"2\" width=\"26\" height=\"10\" rx=\"2\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>",
            "Known only to the month or year (spans it)",
        ),
        entry(
            "<rect x=\"3\" y=\"2\" width=\"26\" height=\"10\" rx=\"2\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>",
            "Approximate or uncertain",
        ),
        entry(
            "<rect x=\"2\" y=\"2\" width=\"18\" height=\"10\" rx=\"2\" fill=\"currentColor\"/><path d=\"M21 0l9 7l-9 7z\" fill=\"currentColor\"/>",
            "Still going on",
        ),
    ]
}

fn event_table(cx: &RenderContext, numbers: &HashMap<usize, usize>) -> DataTable {
    let rows = cx
        .timeline()
        .iter()
        .map(|&e| {
            let date = event_date(cx, e);
            // The event its own `part_of` names, not the lane it is drawn in.
            let part_of = match cx.derived(e).ancestors.last() {
                Some(&parent) => Cell::link(cx.brief(parent).short_title(), cx.url(parent)),
                None => Cell::text("—"),
            };
            vec![
                Cell::text(numbers[&e].to_string()),
                Cell::link(cx.brief(e).title(), cx.url(e)),
                Cell::date(cx.date(&date), date.machine()),
                Cell::text(precision_note(&date)),
                part_of,
            ]
        })
        .collect();
    DataTable {
        summary: format!("The {} events as a table", thousands(cx.timeline().len())),
        columns: vec!["No.", "Event", "Date", "Date given as", "Part of"],
        rows,
    }
}

fn lane_table(cx: &RenderContext, lanes: &[Lane]) -> DataTable {
    let rows = lanes
        .iter()
        .map(|lane| {
            let name = match lane.root {
                Some(root) => Cell::link(cx.brief(root).short_title(), cx.url(root)),
                None => Cell::text("Other events"),
            };
            let first = lane.events.first().map(|&e| event_date(cx, e));
            let last = lane
                .events
                .iter()
                .map(|&e| event_date(cx, e))
                .filter(|d| d.latest() != Day::MAX)
                .max_by_key(|d| d.latest());
            let date = |d: Option<Date>| d.map_or_else(Cell::default, |d| Cell::date(cx.date(&d), d.machine()));
            vec![name, Cell::text(thousands(lane.events.len())), date(first), date(last)]
        })
        .collect();
    DataTable {
        summary: "The lanes of the chart as a table".to_string(),
        columns: vec!["Lane", "Events", "First", "Last"],
        rows,
    }
}
