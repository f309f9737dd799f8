//! The timeline as a wide screen shows it: time runs across, each lane is a band of rows
//! under its name, and marks that would overlap in time go on the next row of their lane.

use std::collections::HashMap;
use std::fmt::Write;

use crate::render::context::RenderContext;

use super::super::axis::{self, Months};
use super::super::{Fit, clip, escape, num, open_svg, text_width};
use super::table::{chart_title, describe};
use super::{
    AXIS_H, BAR_H, LABEL_H, LANE_GAP, Lane, MARGIN, Mark, ROW_H, Shape, Style, When, event_date, lane_label,
    mark_title, open_mark, pack, segments, width_of,
};

/// The drawing of every event, as wide as `fit` asks.
pub(super) fn draw(
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
                    "<path class=\"band-arrow\" d=\"M{} {}l9 7l-9 7z\" fill=\"currentColor\"><title>{}</title></path>",
                    num(ax),
                    num(y + 3.0),
                    escape(cx.text("timeline_chart_still_going_on"))
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
    svg.push_str(&axis::draw(&Months::of(cx.strings()), &segs, axis_y, 4.0, width));
    svg.push_str(&body);
    svg.push_str("</svg>");
    svg
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
