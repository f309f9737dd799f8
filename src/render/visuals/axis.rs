//! The time axis of the timeline chart: stretches of time mapped to stretches of the drawing,
//! with calendar ticks. Long empty gaps between clusters of events are cut out of the axis
//! (and drawn as a break), so that a war in the 1990s and a week in 2020 can share one chart.

use crate::model::Day;
use crate::strings::Strings;

use super::{escape, num};

/// A stretch of days drawn linearly between two x positions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    /// First day (days since 1970-01-01) and the day after the last.
    pub start: i64,
    pub end: i64,
    pub x0: f64,
    pub x1: f64,
}

/// Inner margin of a segment, so that marks at its ends stay inside it.
const INSET: f64 = 14.0;

impl Segment {
    /// The x position of the start of `day`.
    pub fn x(&self, day: i64) -> f64 {
        let (a, b) = (self.x0 + INSET, self.x1 - INSET);
        let span = (self.end - self.start).max(1) as f64;
        a + (b - a) * ((day - self.start) as f64 / span).clamp(0.0, 1.0)
    }

    pub fn contains(&self, start: i64, end: i64) -> bool {
        self.start <= start && end <= self.end
    }
}

/// Groups day ranges (`[start, end)`, sorted by start or not) into the clusters an axis shows:
/// ranges closer than `gap` days share a cluster. Returns each cluster's bounds.
pub fn clusters(ranges: &[(i64, i64)], gap: i64) -> Vec<(i64, i64)> {
    let mut sorted: Vec<(i64, i64)> = ranges.to_vec();
    sorted.sort_unstable();
    let mut out: Vec<(i64, i64)> = Vec::new();
    for (start, end) in sorted {
        match out.last_mut() {
            Some(last) if start <= last.1 + gap => last.1 = last.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

/// Lays clusters side by side between `left` and `right`, `gap` pixels apart. Each gets a
/// share of the width by half its length and half the number of events in it, and never less
/// than a sixth, so a busy week is not squeezed to nothing beside a long war.
pub fn lay_out(bounds: &[(i64, i64)], counts: &[usize], left: f64, right: f64, gap: f64) -> Vec<Segment> {
    let total_len: f64 = bounds.iter().map(|(s, e)| (e - s).max(1) as f64).sum();
    let total_count: f64 = counts.iter().sum::<usize>().max(1) as f64;
    let shares: Vec<f64> = bounds
        .iter()
        .zip(counts)
        .map(|((s, e), &n)| (0.5 * (e - s).max(1) as f64 / total_len + 0.5 * n as f64 / total_count).max(1.0 / 6.0))
        .collect();
    let sum: f64 = shares.iter().sum();
    let width = right - left - gap * (bounds.len().saturating_sub(1)) as f64;
    let mut x = left;
    bounds
        .iter()
        .zip(shares)
        .map(|(&(start, end), share)| {
            let w = width * share / sum;
            let segment = Segment { start, end, x0: x, x1: x + w };
            x += w + gap;
            segment
        })
        .collect()
}

/// A calendar step between ticks or bins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Days(i64),
    Months(i32),
    Years(i32),
}

/// Steps from finest to coarsest.
const STEPS: &[Step] = &[
    Step::Days(1),
    Step::Days(2),
    Step::Days(7),
    Step::Days(14),
    Step::Months(1),
    Step::Months(2),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(25),
    Step::Years(50),
    Step::Years(100),
    Step::Years(250),
    Step::Years(500),
    Step::Years(1000),
];

/// The months' short names, as ticks and periods show them ("Sep"), from the catalogue.
pub struct Months<'s>([&'s str; 12]);

impl<'s> Months<'s> {
    /// Read once per drawing, so that each tick is not a dozen lookups.
    pub fn of(strings: &'s Strings) -> Months<'s> {
        Months([
            strings.text("month_short_1"),
            strings.text("month_short_2"),
            strings.text("month_short_3"),
            strings.text("month_short_4"),
            strings.text("month_short_5"),
            strings.text("month_short_6"),
            strings.text("month_short_7"),
            strings.text("month_short_8"),
            strings.text("month_short_9"),
            strings.text("month_short_10"),
            strings.text("month_short_11"),
            strings.text("month_short_12"),
        ])
    }

    /// The short name of `month`, 1 to 12.
    fn name(&self, month: u8) -> &'s str {
        self.0[usize::from(month) - 1]
    }
}

/// The days in `[start, end)` where a step falls on the calendar, at most `limit + 1` of them
/// (enough to tell that there are too many).
pub fn marks(step: Step, start: i64, end: i64, limit: usize) -> Vec<i64> {
    let mut out = Vec::new();
    let first = Day::from_unix_days(start);
    match step {
        Step::Days(n) => {
            let mut d = start;
            while d < end && out.len() <= limit {
                out.push(d);
                d += n;
            }
        }
        Step::Months(n) => {
            let (mut year, mut month) = (first.year, i32::from(first.month));
            if first.day != 1 {
                month += 1;
            }
            loop {
                if month > 12 {
                    month -= 12;
                    year += 1;
                }
                let d = Day { year, month: month as u8, day: 1 }.to_unix_days();
                if d >= end || out.len() > limit {
                    break;
                }
                if (month - 1) % n == 0 {
                    out.push(d);
                }
                month += 1;
            }
        }
        Step::Years(n) => {
            let mut year = first.year + i32::from(first.month != 1 || first.day != 1);
            year += (n - year.rem_euclid(n)) % n;
            loop {
                let d = Day { year, month: 1, day: 1 }.to_unix_days();
                if d >= end || out.len() > limit {
                    break;
                }
                out.push(d);
                year += n;
            }
        }
    }
    out
}

/// The finest step that puts between one and `limit` marks in `[start, end)`.
pub fn step_for(start: i64, end: i64, limit: usize) -> Step {
    let limit = limit.max(1);
    STEPS
        .iter()
        .copied()
        .find(|&step| {
            let n = marks(step, start, end, limit).len();
            (1..=limit).contains(&n)
        })
        .unwrap_or(Step::Years(1000))
}

/// How a tick reads: "27 Sep", "Oct", "1992"; the first tick of a segment and every January
/// carry the year too.
pub fn tick_label(months: &Months, step: Step, day: i64, first: bool) -> String {
    let d = Day::from_unix_days(day);
    let month = months.name(d.month);
    match step {
        Step::Days(_) if first || (d.month == 1 && d.day == 1) => format!("{} {month} {}", d.day, d.year),
        Step::Days(_) => format!("{} {month}", d.day),
        Step::Months(_) if first || d.month == 1 => format!("{month} {}", d.year),
        Step::Months(_) => month.to_string(),
        Step::Years(_) => d.year.to_string(),
    }
}

/// A period as a reader names it: "2019", "Oct 2020", "1990–1994".
pub fn period_label(months: &Months, step: Step, start: i64, end: i64) -> String {
    let (a, b) = (Day::from_unix_days(start), Day::from_unix_days(end - 1));
    match step {
        Step::Years(1) => a.year.to_string(),
        Step::Years(_) => format!("{}–{}", a.year, b.year),
        Step::Months(1) => format!("{} {}", months.name(a.month), a.year),
        _ if a.year == b.year && a.month == b.month => format!("{} {}", months.name(a.month), a.year),
        _ => format!("{} {} – {} {}", months.name(a.month), a.year, months.name(b.month), b.year),
    }
}

/// A tick the axis may draw: its day, its label, and whether it marks a segment's first day
/// (which names where the stretch starts and wins over its neighbour) or its last.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub day: i64,
    pub label: String,
    pub first: bool,
    pub last: bool,
}

/// The ticks of one segment, about `spacing` pixels apart at the most.
pub fn ticks(months: &Months, s: &Segment, spacing: f64) -> Vec<Tick> {
    let limit = ((s.x1 - s.x0) / spacing).floor() as usize;
    let step = step_for(s.start, s.end, limit);
    let mut ticks: Vec<Tick> = marks(step, s.start, s.end, limit.max(1))
        .into_iter()
        .enumerate()
        .map(|(i, day)| Tick { day, label: tick_label(months, step, day, i == 0), first: false, last: false })
        .collect();
    // The axis starts where the segment does: its first day gets a tick, so that the
    // first event is never drawn before the first date the axis names.
    if ticks.first().is_none_or(|t| t.day > s.start) {
        ticks.insert(
            0,
            Tick { day: s.start, label: tick_label(months, Step::Days(1), s.start, true), first: true, last: false },
        );
    } else {
        ticks[0].first = true;
    }
    // The segment's last day gets a tick too when there is room, so that a short segment
    // after a break reads from where it starts to where it ends, not from one tick.
    let last = s.end - 1;
    if matches!(step, Step::Days(_) | Step::Months(_)) && ticks.last().is_some_and(|t| t.day < last) {
        let label = tick_label(months, Step::Days(1), last, false);
        ticks.push(Tick { day: last, label, first: false, last: true });
    }
    ticks
}

/// Keeps the ticks whose labels do not touch: each comes with the centre and half the length
/// its label takes along the axis. Where two collide the earlier is kept, except that a
/// segment's last-day tick gives way to the next segment's first: a stretch after a break must
/// say where it starts.
pub fn place(candidates: Vec<(f64, f64, Tick)>, gap: f64) -> Vec<(f64, Tick)> {
    let mut kept: Vec<(f64, f64, Tick)> = Vec::new();
    for (at, half, tick) in candidates {
        let touches = |k: &(f64, f64, Tick)| at - half < k.0 + k.1 + gap;
        if let Some(prev) = kept.last().filter(|k| touches(k)) {
            if !(tick.first && prev.2.last) {
                continue;
            }
            kept.pop();
            if kept.last().is_some_and(touches) {
                continue;
            }
        }
        kept.push((at, half, tick));
    }
    kept.into_iter().map(|(at, _, tick)| (at, tick)).collect()
}

/// The SVG of the axis line, ticks and labels along `y`, and a break mark between segments.
pub fn draw(months: &Months, segments: &[Segment], y: f64, top: f64, width: f64) -> String {
    let mut out = String::from("<g class=\"axis\">");
    let mut candidates = Vec::new();
    for (n, s) in segments.iter().enumerate() {
        out.push_str(&format!(
            "<line class=\"axis-line\" x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"currentColor\"/>",
            num(s.x0),
            num(s.x1)
        ));
        for tick in ticks(months, s, 86.0) {
            let half = super::text_width(&tick.label, 12.0) / 2.0;
            let tx = s.x(tick.day).clamp(half + 2.0, width - half - 2.0);
            candidates.push((tx, half, tick));
        }
        if n > 0 {
            // The axis is cut here: two slanted strokes on the line, a faint rule through the lanes.
            let x = s.x0 - (s.x0 - segments[n - 1].x1) / 2.0;
            out.push_str(&format!(
                "<line class=\"axis-break-rule\" x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"currentColor\" stroke-dasharray=\"2 4\"/>\
                 <path class=\"axis-break\" d=\"M{} {}l6 -12M{} {}l6 -12\" stroke=\"currentColor\" fill=\"none\"/>",
                num(top),
                num(y),
                num(x - 6.0),
                num(y + 6.0),
                num(x),
                num(y + 6.0),
                x = num(x),
            ));
        }
    }
    // Labels never overlap: one that would touch its neighbour is left out.
    for (tx, tick) in place(candidates, 8.0) {
        let seg = segments.iter().find(|s| s.start <= tick.day && tick.day < s.end).unwrap_or(&segments[0]);
        let x = num(seg.x(tick.day));
        out.push_str(&format!(
            "<line class=\"tick\" x1=\"{x}\" y1=\"{y}\" x2=\"{x}\" y2=\"{}\" stroke=\"currentColor\"/>\
             <text class=\"tick-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            num(y + 5.0),
            num(tx),
            num(y + 19.0),
            escape(&tick.label),
        ));
    }
    out.push_str("</g>");
    out
}

/// The axis drawn down the page at `x`, for the phone's timeline: the segments' `x0`/`x1` are
/// positions from top to bottom, labels stand level to the left of the line, right-aligned,
/// and a break is two slanted strokes across the line with a faint rule to `right`.
pub fn draw_vertical(months: &Months, segments: &[Segment], x: f64, right: f64) -> String {
    let mut out = String::from("<g class=\"axis axis-vertical\">");
    let mut candidates = Vec::new();
    for (n, s) in segments.iter().enumerate() {
        out.push_str(&format!(
            "<line class=\"axis-line\" x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"currentColor\"/>",
            num(s.x0),
            num(s.x1),
            x = num(x),
        ));
        for tick in ticks(months, s, 48.0) {
            candidates.push((s.x(tick.day), 7.0, tick));
        }
        if n > 0 {
            let y = s.x0 - (s.x0 - segments[n - 1].x1) / 2.0;
            out.push_str(&format!(
                "<line class=\"axis-break-rule\" x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"currentColor\" stroke-dasharray=\"2 4\"/>\
                 <path class=\"axis-break\" d=\"M{} {}l12 -6M{} {}l12 -6\" stroke=\"currentColor\" fill=\"none\"/>",
                num(x),
                num(right),
                num(x - 6.0),
                num(y + 1.0),
                num(x - 6.0),
                num(y + 7.0),
                y = num(y),
            ));
        }
    }
    for (y, tick) in place(candidates, 4.0) {
        out.push_str(&format!(
            "<line class=\"tick\" x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"currentColor\"/>\
             <text class=\"tick-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            num(x - 5.0),
            num(x),
            num(x - 8.0),
            num(y + 4.0),
            escape(&tick.label),
            y = num(y),
        ));
    }
    out.push_str("</g>");
    out
}

#[cfg(test)]
mod tests;
