//! The timeline of a large site: too many events to draw one by one, so each lane gets a bar
//! per period (a month, a quarter, a year or more), as tall as the events that start in it,
//! with the count written above the bar. The periods are chosen so that every count fits
//! over its bar at the drawing's width; they are aligned to the calendar and fill the frame
//! from the first period to the last. A lane is as tall as its own tallest bar, so a lane of
//! a few events takes little room and the busiest lane reads at full height.

use std::collections::HashMap;
use std::fmt::Write;

use fluent_bundle::FluentValue;

use crate::model::Day;
use crate::render::context::RenderContext;

use super::super::axis::{self, Months, Segment, Step};
use super::super::{Fit, clip, escape, num, open_svg, text_width};
use super::table::{chart_title, describe};
use super::{AXIS_H, LABEL_H, LANE_GAP, Lane, MARGIN, Style, When, width_of};

/// The tallest bar, for the period with the most events in any lane.
const BAR_MAX: f64 = 64.0;
/// Room over a lane's tallest bar for its count.
const COUNT_H: f64 = 16.0;
/// The count's size (chart text is 13 px in the stylesheet), and the space kept between two counts.
const COUNT_SIZE: f64 = 13.0;
const COUNT_GAP: f64 = 6.0;
/// Never more periods than this, however wide the drawing.
const MAX_BINS: usize = 40;

/// Period lengths from finest to coarsest.
const STEPS: &[Step] = &[
    Step::Days(1),
    Step::Days(7),
    Step::Months(1),
    Step::Months(3),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(25),
    Step::Years(50),
    Step::Years(100),
    Step::Years(1000),
];

/// The periods of the chart: their edges (one more than the periods) and, per lane, the
/// events starting in each.
struct Bins {
    step: Step,
    edges: Vec<i64>,
    counts: Vec<Vec<usize>>,
}

impl Bins {
    fn of(step: Step, lanes: &[Lane], when: &HashMap<usize, When>, first: i64, last: i64) -> Bins {
        let edges = edges(step, first, last);
        let periods = edges.len() - 1;
        let counts = lanes
            .iter()
            .map(|lane| {
                let mut c = vec![0; periods];
                for e in &lane.events {
                    let day = when[e].start;
                    c[edges.partition_point(|&edge| edge <= day).saturating_sub(1).min(periods - 1)] += 1;
                }
                c
            })
            .collect();
        Bins { step, edges, counts }
    }

    fn peak(&self) -> usize {
        self.counts.iter().flatten().copied().max().unwrap_or(1).max(1)
    }

    /// The narrowest a period can be drawn with the largest count written over it.
    fn min_width(&self) -> f64 {
        // The widest count is as wide in every language's digits, give or take a separator.
        text_width(&crate::strings::thousands(self.peak() as u64), COUNT_SIZE) + COUNT_GAP
    }
}

/// The first day of the period of `step` holding `day`.
fn align(step: Step, day: i64) -> i64 {
    let d = Day::from_unix_days(day);
    match step {
        Step::Days(_) => day,
        Step::Months(n) => {
            let month = (i32::from(d.month) - 1) / n * n + 1;
            Day { year: d.year, month: month as u8, day: 1 }.to_unix_days()
        }
        Step::Years(n) => Day { year: d.year - d.year.rem_euclid(n), month: 1, day: 1 }.to_unix_days(),
    }
}

/// The edges of the periods of `step` from the one holding `first` to the one holding the day
/// before `last`, inclusive: the first edge is at or before `first`, the last after it.
fn edges(step: Step, first: i64, last: i64) -> Vec<i64> {
    let start = align(step, first);
    let longest = match step {
        Step::Days(n) => n,
        Step::Months(n) => 31 * i64::from(n),
        Step::Years(n) => 366 * i64::from(n),
    };
    let mut edges = vec![start];
    edges.extend(axis::marks(step, start + 1, last + longest + 1, usize::MAX - 1));
    let end = edges.partition_point(|&edge| edge < last);
    edges.truncate((end + 1).max(2));
    edges
}

/// The counting chart, as wide as `fit` asks.
pub fn draw(
    cx: &RenderContext,
    style: Style,
    fit: Fit,
    lanes: &[Lane],
    when: &HashMap<usize, When>,
    periods: &[(i64, String)],
) -> String {
    let width = width_of(style, fit);
    let first = when.values().map(|w| w.start).min().unwrap_or(0);
    let last = when.values().map(|w| w.start + 1).max().unwrap_or(1);
    let seg_of = |bins: &Bins| Segment {
        start: bins.edges[0],
        end: *bins.edges.last().unwrap_or(&bins.edges[0]),
        x0: MARGIN,
        x1: width - MARGIN,
    };
    // The finest periods whose counts all fit over their bars.
    let bins = STEPS
        .iter()
        .map(|&step| Bins::of(step, lanes, when, first, last))
        .find(|bins| {
            let seg = seg_of(bins);
            bins.edges.len() - 1 <= MAX_BINS
                && bins.edges.windows(2).all(|w| seg.x(w[1]) - seg.x(w[0]) >= bins.min_width())
        })
        .unwrap_or_else(|| Bins::of(Step::Years(10_000), lanes, when, first, last));
    let seg = seg_of(&bins);
    let peak = bins.peak() as f64;
    let height_of = |n: usize| if n == 0 { 0.0 } else { (BAR_MAX * n as f64 / peak).max(2.0) };

    let months = Months::of(cx.strings());
    let mut body = String::new();
    let mut y = 4.0;
    for (lane, counts) in lanes.iter().zip(&bins.counts) {
        let name = lane
            .root
            .map_or(cx.text("timeline_chart_other_events").to_string(), |r| clip(cx.brief(r).short_title(), 60));
        let n = lane.events.len();
        // The catalogue drops the space before the count: it stays here.
        let events = cx.t("timeline_chart_lane_events", [("count", n.into()), ("n", cx.number(n as u64).into())]);
        let count = format!(" {events}");
        let room = ((width - 2.0 * MARGIN) / (13.0 * 0.64)).floor() as usize;
        let label = format!("{}{count}", clip(&name, room.saturating_sub(count.chars().count()).max(8)));
        let tallest = counts.iter().map(|&n| height_of(n)).fold(0.0, f64::max);
        let base = y + LABEL_H + COUNT_H + tallest;
        let _ = write!(
            body,
            "<g class=\"lane\"><text class=\"lane-label\" x=\"{}\" y=\"{}\">{}</text>\
             <line class=\"lane-base\" x1=\"{}\" y1=\"{b}\" x2=\"{}\" y2=\"{b}\" stroke=\"currentColor\"/>",
            num(MARGIN),
            num(y + 14.0),
            escape(&label),
            num(seg.x0),
            num(seg.x1),
            b = num(base + 0.5),
        );
        for (i, &n) in counts.iter().enumerate().filter(|(_, n)| **n > 0) {
            let (x0, x1) = (seg.x(bins.edges[i]), seg.x(bins.edges[i + 1]));
            let h = height_of(n);
            // The period page holding the bar's first day, when the timeline is split.
            let link = periods
                .partition_point(|(start, _)| *start <= bins.edges[i].max(first))
                .checked_sub(1)
                .map(|k| &periods[k].1);
            if let Some(url) = link {
                let _ = write!(body, "<a class=\"bin-link\" href=\"{}\">", escape(url));
            }
            let period = axis::period_label(&months, bins.step, bins.edges[i], bins.edges[i + 1]);
            let args: [(&str, FluentValue); 3] =
                [("lane", name.as_str().into()), ("count", n.into()), ("period", period.into())];
            let title = cx.t("timeline_chart_bin", args);
            let _ = write!(
                body,
                "<rect class=\"bin\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"currentColor\"><title>{}</title></rect>\
                 <text class=\"bin-count\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                num(x0 + 0.5),
                num(base - h),
                num((x1 - x0 - 1.0).max(1.0)),
                num(h),
                escape(&title),
                num((x0 + x1) / 2.0),
                num(base - h - 4.0),
                cx.number(n as u64),
            );
            if link.is_some() {
                body.push_str("</a>");
            }
        }
        body.push_str("</g>");
        y = base + LANE_GAP;
    }
    let axis_y = y + 2.0;
    let id = fit.id(style.id);
    let links = !periods.is_empty();
    let mut svg = open_svg(&id, fit, width, axis_y + AXIS_H, &chart_title(cx), &describe(cx, lanes), links);
    svg.push_str(&axis::draw(&months, &[seg], axis_y, 4.0, width));
    svg.push_str(&body);
    svg.push_str("</svg>");
    svg
}
