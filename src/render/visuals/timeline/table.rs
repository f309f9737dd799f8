//! The timeline chart in words: its title and the description a screen reader reads, the key
//! to its marks, and its facts as a table (every event, or each lane summed up when the chart
//! counts them).

use std::collections::HashMap;

use fluent_bundle::FluentValue;

use crate::model::{Date, Day, Precision};
use crate::render::context::RenderContext;

use super::super::{Cell, DataTable, LegendEntry, swatch};
use super::{DETAILED_MAX, Lane, event_date};

/// What the drawing is called, for its `<title>`: "Timeline of 36 events".
pub(super) fn chart_title(cx: &RenderContext) -> String {
    let n = cx.timeline().len();
    cx.t("timeline_chart_title", [("count", n.into()), ("n", cx.number(n as u64).into())])
}

/// The chart in a few sentences, for the `<desc>` a screen reader reads.
pub(super) fn describe(cx: &RenderContext, lanes: &[Lane]) -> String {
    // The ends of the whole timeline, not the first event's whole span: "from 1 January 2007".
    let first = cx.timeline().first().map(|&e| cx.date_start(&event_date(cx, e))).unwrap_or_default();
    let first = if first.is_empty() { cx.text("timeline_chart_open_start").to_string() } else { first };
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
            let name = lane.root.map_or(cx.text("timeline_chart_other_events_lower"), |r| cx.brief(r).short_title());
            cx.t("timeline_chart_lane_count", [("name", name.into()), ("count", lane.events.len().into())])
        })
        .collect();
    let n = cx.timeline().len();
    let args: [(&str, FluentValue); 6] = [
        ("count", n.into()),
        ("n", cx.number(n as u64).into()),
        ("first", first.into()),
        ("last", last.into()),
        ("lanes", lanes.len().to_string().into()),
        ("groups", groups.join("; ").into()),
    ];
    let mut text = cx.t("timeline_chart_desc", args);
    text.push(' ');
    if cx.timeline().len() <= DETAILED_MAX {
        text.push_str(cx.text("timeline_chart_desc_marks"));
    } else {
        text.push_str(cx.text("timeline_chart_desc_bars"));
    }
    text
}

/// The key to the marks of the detailed chart.
pub(super) fn legend(cx: &RenderContext) -> Vec<LegendEntry> {
    let entry = |inner: &str, label: &str| LegendEntry { swatch: swatch(inner), label: label.to_string() };
    vec![
        entry(
            "<circle cx=\"16\" cy=\"7\" r=\"5\" fill=\"currentColor\" stroke=\"currentColor\" stroke-width=\"2\"/>",
            cx.text("timeline_chart_exact_day"),
        ),
        entry(
            "<rect x=\"3\" y=\"2\" width=\"26\" height=\"10\" rx=\"2\" fill=\"currentColor\" stroke=\"currentColor\" stroke-width=\"2\"/>",
            cx.text("timeline_chart_period"),
        ),
        entry(
            "<rect x=\"3\" y=\"2\" width=\"26\" height=\"10\" rx=\"2\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>",
            cx.text("timeline_chart_coarse"),
        ),
        entry(
            "<rect x=\"3\" y=\"2\" width=\"26\" height=\"10\" rx=\"2\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>",
            cx.text("timeline_chart_qualified"),
        ),
        entry(
            "<rect x=\"2\" y=\"2\" width=\"18\" height=\"10\" rx=\"2\" fill=\"currentColor\"/><path d=\"M21 0l9 7l-9 7z\" fill=\"currentColor\"/>",
            cx.text("timeline_chart_still_going_on"),
        ),
    ]
}

/// How precise a date is, in words for the table: "exact day", "month only, approximate".
fn precision_note(cx: &RenderContext, date: &Date) -> String {
    let mut words = Vec::new();
    match date {
        Date::Point(_) => words.push(match date.precision() {
            Precision::Day => cx.text("timeline_chart_precision_day"),
            Precision::Month => cx.text("timeline_chart_precision_month"),
            Precision::Year => cx.text("timeline_chart_precision_year"),
        }),
        Date::Interval { start, end } => {
            words.push(cx.text("timeline_chart_precision_period"));
            let coarse = start.iter().chain(end).any(|p| p.day.is_none());
            if coarse {
                words.push(cx.text("timeline_chart_precision_coarse_ends"));
            }
            if end.is_none() {
                words.push(cx.text("timeline_chart_precision_open_end"));
            }
            if start.is_none() {
                words.push(cx.text("timeline_chart_precision_no_start"));
            }
        }
    }
    let points: Vec<_> = match date {
        Date::Point(p) => vec![*p],
        Date::Interval { start, end } => start.iter().chain(end).copied().collect(),
    };
    if points.iter().any(|p| p.approximate) {
        words.push(cx.text("timeline_chart_precision_approximate"));
    }
    if points.iter().any(|p| p.uncertain) {
        words.push(cx.text("timeline_chart_precision_uncertain"));
    }
    words.join(", ")
}

/// Every event, numbered as on the chart.
pub(super) fn events(cx: &RenderContext, numbers: &HashMap<usize, usize>) -> DataTable {
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
                Cell::text(precision_note(cx, &date)),
                part_of,
            ]
        })
        .collect();
    let n = cx.timeline().len();
    DataTable {
        summary: cx.t("timeline_chart_table", [("count", n.into()), ("n", cx.number(n as u64).into())]),
        columns: [
            cx.text("timeline_chart_column_number"),
            cx.text("event"),
            cx.text("date"),
            cx.text("timeline_chart_column_given_as"),
            cx.text("part_of"),
        ]
        .map(String::from)
        .into(),
        rows,
    }
}

/// Each lane summed up, for the chart that counts.
pub(super) fn lanes(cx: &RenderContext, lanes: &[Lane]) -> DataTable {
    let rows = lanes
        .iter()
        .map(|lane| {
            let name = match lane.root {
                Some(root) => Cell::link(cx.brief(root).short_title(), cx.url(root)),
                None => Cell::text(cx.text("timeline_chart_other_events")),
            };
            let first = lane.events.first().map(|&e| event_date(cx, e));
            let last = lane
                .events
                .iter()
                .map(|&e| event_date(cx, e))
                .filter(|d| d.latest() != Day::MAX)
                .max_by_key(|d| d.latest());
            let date = |d: Option<Date>| d.map_or_else(Cell::default, |d| Cell::date(cx.date(&d), d.machine()));
            vec![name, Cell::text(cx.number(lane.events.len() as u64)), date(first), date(last)]
        })
        .collect();
    DataTable {
        summary: cx.text("timeline_chart_lanes_table").to_string(),
        columns: [
            cx.text("timeline_chart_column_lane"),
            cx.text("events"),
            cx.text("timeline_chart_column_first"),
            cx.text("timeline_chart_column_last"),
        ]
        .map(String::from)
        .into(),
        rows,
    }
}
