//! A figure over time: one claimant's values of one figure (its `history`, then its latest)
//! drawn as a step line, each value a point that links to its source, with a range drawn as
//! a bar from low to high. One chart per figure: two claimants' numbers are never one line.

use std::fmt::Write;

use crate::model::Casualty;
use crate::render::context::RenderContext;
use crate::render::figures::amount;
use crate::render::views::{Citations, Cite};

use super::axis::{self, Months, Segment};
use super::{Cell, Chart, DataTable, Fit, LegendEntry, NARROW_WIDTH, escape, num, open_svg, swatch, text_width};

const HEIGHT: f64 = 210.0;
const TOP: f64 = 22.0;
/// Room under the plot for the axis ticks and their labels.
const BOTTOM: f64 = 34.0;
const RIGHT: f64 = 20.0;
const WIDE_WIDTH: f64 = 640.0;

/// One value as drawn: its day, the plotted number, its range, its words and its sources.
struct Value {
    day: i64,
    y: f64,
    low: Option<f64>,
    high: Option<f64>,
    words: String,
    date: String,
    /// For `<time datetime>` in the table.
    datetime: String,
    status: Option<crate::model::FigureStatus>,
    cites: Vec<Cite>,
}

/// The chart of `figure`'s values over time, titled `caption`; `None` for a figure without
/// a history (nothing to draw but a point).
pub fn series(
    cx: &RenderContext,
    figure: &Casualty,
    id: &str,
    caption: String,
    citations: &mut Citations,
) -> Option<Chart> {
    if figure.history.is_empty() {
        return None;
    }
    let values: Vec<Value> = figure
        .values()
        .filter_map(|v| {
            let as_of = v.as_of?;
            Some(Value {
                day: as_of.earliest().to_unix_days(),
                y: v.plotted()?,
                low: v.low.map(|n| n as f64),
                high: v.high.map(|n| n as f64),
                words: amount(cx.strings(), v),
                date: cx.date(&as_of),
                datetime: as_of.machine(),
                status: v.status,
                cites: citations.cite(&v.source),
            })
        })
        .collect();
    if values.len() < 2 {
        return None;
    }
    let (first, last) = (&values[0], &values[values.len() - 1]);
    let words = [
        ("count", values.len().into()),
        ("first", first.date.as_str().into()),
        ("last", last.date.as_str().into()),
        ("from", first.words.as_str().into()),
        ("to", last.words.as_str().into()),
    ];
    let desc = cx.t("series_description", words);
    let names: Vec<Option<&str>> = values.iter().map(|v| v.cites.first().and_then(|c| citations.name(c))).collect();
    let svg = draw(cx, &values, &names, id, Fit::Wide, &caption, &desc);
    let svg_narrow = draw(cx, &values, &names, id, Fit::Narrow, &caption, &desc);
    let mut legend = vec![
        LegendEntry { swatch: swatch(&mark(16.0, 7.0, "")), label: cx.text("series_key_value").into() },
        LegendEntry {
            swatch: swatch(&mark(16.0, 7.0, " series-mark-latest")),
            label: cx.text("series_key_latest").into(),
        },
    ];
    if values.iter().any(|v| v.low.is_some() || v.high.is_some()) {
        let bar = "<path class=\"series-range\" d=\"M16 1V13M12 1H20M12 13H20\"/>";
        legend.push(LegendEntry { swatch: swatch(bar), label: cx.text("series_key_range").into() });
    }
    let columns = vec![
        cx.text("as_of").into(),
        cx.text("figure").into(),
        cx.text("figure_status").into(),
        cx.text("source").into(),
    ];
    let rows = values
        .iter()
        .zip(&names)
        .map(|(v, name)| {
            let status = v.status.map(|s| cx.label(s));
            let source = match (v.cites.first(), name) {
                (Some(cite), Some(name)) => Cell::link(*name, cite.href.clone()),
                (Some(cite), None) => Cell::link(format!("[{}]", cite.n), cite.href.clone()),
                _ => Cell::text("–"),
            };
            vec![
                Cell::date(v.date.clone(), v.datetime.clone()),
                Cell::text(v.words.clone()),
                Cell::text(status.unwrap_or("–")),
                source,
            ]
        })
        .collect();
    let summary = cx.t("series_table", [("count", values.len().into())]);
    Some(Chart {
        id: id.to_string(),
        caption,
        note: None,
        svg,
        svg_narrow: Some(svg_narrow),
        legend,
        table: DataTable { summary, columns, rows },
        credit: None,
    })
}

/// A value's mark at `(x, y)`.
fn mark(x: f64, y: f64, class: &str) -> String {
    format!("<circle class=\"series-mark{class}\" cx=\"{}\" cy=\"{}\" r=\"4.5\"/>", num(x), num(y))
}

/// A round top for the value axis at or above `max`, with the step between its gridlines:
/// 1, 2 or 5 times a power of ten, never less than one (the values are counts).
fn nice_top(max: f64) -> (f64, f64) {
    let max = max.max(1.0);
    let raw = max / 4.0;
    let power = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * power).find(|s| *s >= raw).unwrap_or(10.0 * power);
    let step = step.max(1.0);
    ((max / step).ceil() * step, step)
}

fn draw(
    cx: &RenderContext,
    values: &[Value],
    sources: &[Option<&str>],
    id: &str,
    fit: Fit,
    title: &str,
    desc: &str,
) -> String {
    let width = if fit == Fit::Wide { WIDE_WIDTH } else { NARROW_WIDTH };
    let top_value = values.iter().map(|v| v.high.unwrap_or(v.y).max(v.y)).fold(0.0, f64::max);
    let (top_value, step) = nice_top(top_value * 1.08);
    let gridlines: Vec<f64> = (0..).map(|i| i as f64 * step).take_while(|v| *v <= top_value + 0.5).collect();
    let labels: Vec<String> = gridlines.iter().map(|v| cx.number(*v as u64)).collect();
    let left = labels.iter().map(|l| text_width(l, 12.0)).fold(0.0, f64::max) + 14.0;
    let base = HEIGHT - BOTTOM;
    let y_of = |v: f64| base - (base - TOP) * (v / top_value);
    let (start, end) = (values[0].day, values[values.len() - 1].day + 1);
    let segment = Segment { start, end, x0: left, x1: width - RIGHT };
    let x_of = |day: i64| segment.x(day);

    let mut out = open_svg(&fit.id(id), fit, width, HEIGHT, title, desc, true);
    out.push_str("<g class=\"series-grid\">");
    for (v, label) in gridlines.iter().zip(&labels) {
        let y = num(y_of(*v));
        let _ = write!(
            out,
            "<line x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"currentColor\"/>\
             <text class=\"tick-label\" x=\"{}\" y=\"{y}\" dy=\"0.35em\" text-anchor=\"end\">{}</text>",
            num(left),
            num(width - RIGHT),
            num(left - 6.0),
            escape(label),
        );
    }
    out.push_str("</g>");
    out.push_str(&axis::draw(&Months::of(cx.strings()), &[segment], base, TOP, width));

    // The line holds each value until the next one is published: a step, not a slope, since
    // nothing is known of the days between.
    let mut path = String::new();
    for (i, v) in values.iter().enumerate() {
        let (x, y) = (num(x_of(v.day)), num(y_of(v.y)));
        if i == 0 {
            let _ = write!(path, "M{x} {y}");
        } else {
            let _ = write!(path, "H{x}V{y}");
        }
    }
    let _ = write!(out, "<path class=\"series-line\" d=\"{path}\" fill=\"none\"/>");

    // Value labels above their marks, each kept only where it does not touch the one kept
    // before it; the latest value always has its label, and the table has them all.
    let mut kept: Vec<(f64, f64)> = Vec::new();
    let mut label_at = vec![false; values.len()];
    for i in (0..values.len()).rev() {
        let half = text_width(&values[i].words, 12.0) / 2.0;
        let x = x_of(values[i].day).clamp(half + 2.0, width - half - 2.0);
        if kept.iter().all(|(kx, kh)| (x - kx).abs() > half + kh + 6.0) {
            kept.push((x, half));
            label_at[i] = true;
        }
    }
    for (i, v) in values.iter().enumerate() {
        let (x, y) = (x_of(v.day), y_of(v.y));
        let mut title =
            cx.t("figure_previous", [("amount", v.words.as_str().into()), ("date", v.date.as_str().into())]);
        if let Some(name) = sources[i] {
            let _ = write!(title, " ({name})");
        }
        let href = v.cites.first().map_or("#sources", |c| c.href.as_str());
        let _ = write!(out, "<a class=\"series-link\" href=\"{}\"><title>{}</title>", escape(href), escape(&title));
        if v.low.is_some() || v.high.is_some() {
            let (lo, hi) = (y_of(v.low.unwrap_or(v.y)), y_of(v.high.unwrap_or(v.y)));
            let _ = write!(
                out,
                "<path class=\"series-range\" d=\"M{x} {lo}V{hi}M{a} {lo}H{b}M{a} {hi}H{b}\"/>",
                x = num(x),
                lo = num(lo),
                hi = num(hi),
                a = num(x - 4.0),
                b = num(x + 4.0),
            );
        }
        out.push_str(&mark(x, y, if i + 1 == values.len() { " series-mark-latest" } else { "" }));
        out.push_str("</a>");
        if label_at[i] {
            let half = text_width(&v.words, 12.0) / 2.0;
            let top_of_mark = y_of(v.high.unwrap_or(v.y).max(v.y));
            let _ = write!(
                out,
                "<text class=\"series-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                num(x.clamp(half + 2.0, width - half - 2.0)),
                num((top_of_mark - 9.0).max(12.0)),
                escape(&v.words),
            );
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::nice_top;

    #[test]
    fn the_value_axis_ends_on_a_round_number_above_the_highest_value() {
        assert_eq!(nice_top(171.0), (200.0, 50.0));
        assert_eq!(nice_top(9.0), (10.0, 5.0));
        assert_eq!(nice_top(30_000.0), (30_000.0, 10_000.0));
        assert_eq!(nice_top(0.0), (1.0, 1.0));
        for max in [1.0, 7.0, 158.0, 1234.0, 99_999.0] {
            let (top, step) = nice_top(max);
            assert!(top >= max && step >= 1.0 && top / step <= 6.0, "{max}: {top} by {step}");
        }
    }
}
