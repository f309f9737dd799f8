//! The timeline as a phone shows it: time runs down the page, so a long story grows taller
//! instead of squeezing its marks together. The axis is on the left with level labels; each
//! lane is a column headed by its umbrella's number (its name is in a row above the chart);
//! marks that would touch in time stand side by side in their column.

use std::collections::HashMap;
use std::fmt::Write;

use crate::render::context::RenderContext;

use super::super::{Fit, NARROW_WIDTH, axis, clip, escape, num, open_svg, text_width};
use super::table::{chart_title, describe};
use super::{BAR_H, Lane, MARGIN, Mark, Shape, Style, When, event_date, lane_label, mark_title};

/// At most this many lanes get a column on a phone; the rest share the last.
pub const MAX_COLUMNS: usize = 4;

/// Where the axis line stands: room on its left for "27 Sep 2020" at 12 px.
const AXIS_X: f64 = 92.0;
/// The columns start here and end at the drawing's right margin.
const COLUMNS_LEFT: f64 = AXIS_X + 8.0;
const COLUMN_GAP: f64 = 6.0;
const HEADER_ROW: f64 = 18.0;

/// A lane's column: where it starts, how wide it is, and its marks (`row` is the mark's place
/// across the column).
struct Column {
    x: f64,
    width: f64,
    sub_width: f64,
    across: usize,
    tag_width: f64,
    marks: Vec<Mark>,
}

/// Where the last column ends.
fn used(columns: &[Column]) -> f64 {
    columns.last().map_or(0.0, |c| c.x + c.width)
}

pub fn draw(
    cx: &RenderContext,
    style: Style,
    lanes: &[Lane],
    when: &HashMap<usize, When>,
    numbers: &HashMap<usize, usize>,
) -> String {
    let width = NARROW_WIDTH;
    let right = width - 4.0;
    // The lanes' names, one row each, then the columns' tags.
    let tags_y = 4.0 + lanes.len() as f64 * HEADER_ROW;
    let top = tags_y + 24.0;
    let count: usize = lanes.iter().map(|l| l.events.len()).sum();
    // Start with room enough for a mark and its number per event, and lengthen the axis while
    // that narrows the columns (marks close in time stand side by side; marks on the same day
    // always do).
    let mut length = (32.0 * count as f64).max(420.0);
    let mut segs = super::segments(cx, when, top, top + length);
    let mut columns = columns(cx, lanes, when, numbers, &segs);
    for _ in 0..4 {
        if used(&columns) <= right {
            break;
        }
        let longer = super::segments(cx, when, top, top + length * 1.5);
        let wider = self::columns(cx, lanes, when, numbers, &longer);
        if used(&wider) >= used(&columns) {
            break;
        }
        (length, segs, columns) = (length * 1.5, longer, wider);
    }
    // Still too wide: the columns close up, so that nothing leaves the phone's screen.
    let over = used(&columns) - right;
    if over > 0.0 {
        let subs: usize = columns.iter().map(|c| c.across).sum();
        let cut = (over / subs as f64).min(8.0);
        let mut x = COLUMNS_LEFT;
        for column in &mut columns {
            column.sub_width -= cut;
            // Never narrower than its tag, which would run into the next column's.
            column.width = (column.width - cut * column.across as f64).max(column.tag_width);
            column.x = x;
            x += column.width + COLUMN_GAP;
        }
    }
    let bottom = top + length;

    let mut body = String::new();
    let room = ((width - 2.0 * MARGIN) / (13.0 * 0.64)).floor() as usize;
    for (n, (lane, column)) in lanes.iter().zip(&columns).enumerate() {
        let _ = write!(
            body,
            "<text class=\"lane-label\" x=\"{}\" y=\"{}\">{}</text>",
            num(MARGIN),
            num(4.0 + n as f64 * HEADER_ROW + 14.0),
            escape(&clip(&lane_label(cx, lane, numbers), room))
        );
        let tag = lane_tag(cx, lane, numbers);
        let _ = write!(
            body,
            "<text class=\"lane-tag\" x=\"{}\" y=\"{}\">{}</text>",
            num(column.x),
            num(tags_y + 16.0),
            escape(&tag)
        );
    }
    body.push_str(&axis::draw_vertical(&axis::Months::of(cx.strings()), &segs, AXIS_X, right));
    for (lane, column) in lanes.iter().zip(&columns) {
        body.push_str("<g class=\"lane\">");
        if let Some(root) = lane.root {
            let (y0, y1) = span(&segs, when[&root]);
            let title = escape(&mark_title(cx, root, numbers));
            let _ = write!(
                body,
                "<a class=\"band-link\" href=\"{}\"><title>{title}</title><g><rect class=\"band\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"currentColor\" fill-opacity=\"0.08\"/></g></a>",
                escape(cx.url(root)),
                num(column.x - 3.0),
                num(y0),
                num(column.width),
                num((y1 - y0).max(2.0)),
            );
            if when[&root].open_end {
                // Below the axis's end, where no mark is drawn.
                let _ = write!(
                    body,
                    "<path class=\"band-arrow\" d=\"M{} {}l14 0l-7 9z\" fill=\"currentColor\"><title>{}</title></path>",
                    num(column.x),
                    num(bottom + 2.0),
                    escape(cx.text("timeline_chart_still_going_on"))
                );
            }
        }
        for mark in &column.marks {
            let x = column.x + mark.row as f64 * column.sub_width;
            draw_mark(&mut body, cx, mark, x, when[&mark.event], numbers);
        }
        body.push_str("</g>");
    }
    let mut svg = open_svg(
        &Fit::Narrow.id(style.id),
        Fit::Narrow,
        width,
        bottom + 16.0,
        &chart_title(cx),
        &describe(cx, lanes),
        true,
    );
    svg.push_str(&body);
    svg.push_str("</svg>");
    svg
}

/// What heads a lane's column: its umbrella's number, or a word for the lane of the rest.
fn lane_tag(cx: &RenderContext, lane: &Lane, numbers: &HashMap<usize, usize>) -> String {
    lane.root.map_or_else(|| cx.text("timeline_chart_other").to_string(), |r| numbers[&r].to_string())
}

/// The top and bottom of an event's days on the axis.
fn span(segs: &[axis::Segment], w: When) -> (f64, f64) {
    let seg = segs.iter().find(|s| s.contains(w.start, w.end)).unwrap_or(&segs[0]);
    (seg.x(w.start), seg.x(w.end).max(seg.x(w.start)))
}

/// Each lane's marks, packed across its column, and the columns side by side.
fn columns(
    cx: &RenderContext,
    lanes: &[Lane],
    when: &HashMap<usize, When>,
    numbers: &HashMap<usize, usize>,
    segs: &[axis::Segment],
) -> Vec<Column> {
    let mut x = COLUMNS_LEFT;
    lanes
        .iter()
        .map(|lane| {
            let mut marks: Vec<Mark> = lane
                .events
                .iter()
                .filter(|&&e| Some(e) != lane.root)
                .map(|&e| {
                    let (y0, y1) = span(segs, when[&e]);
                    let shape = Shape::of(&event_date(cx, e), y0, y1);
                    let (from, to) = shape.extent();
                    let arrow = if when[&e].open_end { 10.0 } else { 0.0 };
                    // The number stands beside the top of the mark, 14 px tall.
                    Mark { event: e, shape, reach: (from - 2.0, (to + arrow).max(from + 14.0) + 2.0), row: 0 }
                })
                .collect();
            let across = super::pack(&mut marks).max(1);
            let widest = lane.events.iter().map(|e| text_width(&numbers[e].to_string(), 12.0)).fold(0.0, f64::max);
            let sub_width = 12.0 + 2.0 + widest + 4.0;
            let tag = lane_tag(cx, lane, numbers);
            let tag_width = text_width(&tag, 13.0) + 8.0;
            let width = (across as f64 * sub_width).max(tag_width);
            let column = Column { x, width, sub_width, across, tag_width, marks };
            x += width + COLUMN_GAP;
            column
        })
        .collect()
}

/// One mark at `x` (its left edge): a dot for a day, a bar down the days of a period or of a
/// month or year known only as such, an arrow pointing down when it is still going on, and
/// its number beside its top.
fn draw_mark(out: &mut String, cx: &RenderContext, mark: &Mark, x: f64, when: When, numbers: &HashMap<usize, usize>) {
    let (fill, dashed) = super::open_mark(out, cx, mark.event, numbers);
    let middle = x + 6.0;
    let (top, bottom) = match mark.shape {
        Shape::Bar(y, h) => {
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{BAR_H}\" height=\"{}\" rx=\"2\" {fill} stroke=\"currentColor\" stroke-width=\"2\"{dashed}/>",
                num(middle - BAR_H / 2.0),
                num(y),
                num(h),
            );
            (y, y + h)
        }
        Shape::Dot(y) => {
            let _ = write!(
                out,
                "<circle cx=\"{}\" cy=\"{}\" r=\"5.5\" {fill} stroke=\"currentColor\" stroke-width=\"2\"{dashed}/>",
                num(middle),
                num(y)
            );
            (y - 6.0, y + 6.0)
        }
    };
    if when.open_end {
        let _ = write!(
            out,
            "<path class=\"mark-arrow\" d=\"M{} {}l14 0l-7 9z\" fill=\"currentColor\"/>",
            num(middle - 7.0),
            num(bottom + 1.0)
        );
    }
    let _ = write!(
        out,
        "<text class=\"mark-label\" x=\"{}\" y=\"{}\">{}</text>",
        num(middle + 8.0),
        num(top + 10.0),
        numbers[&mark.event]
    );
    out.push_str("</g></a>");
}
