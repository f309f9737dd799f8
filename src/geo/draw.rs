//! The drawing: a frame chosen from the marks, the countries projected into it (a local
//! equirectangular projection, its east–west scale the cosine of the centre's latitude, which
//! keeps a region's shapes true and needs no special case at the poles), clipped to it and
//! thinned to what its scale can show, and the marks with labels placed so that none overlap.

use std::fmt::Write;

use super::{Country, MapSpec, Maps, wrap};
use crate::render::visuals::{Fit, NARROW_WIDTH, escape, num, open_svg, push_tenths, text_width};

const WIDE: (f64, f64) = (640.0, 400.0);
const NARROW: (f64, f64) = (NARROW_WIDTH, 300.0);
/// Kilometres in one degree of latitude.
const KM_PER_DEGREE: f64 = 111.32;
/// The inset's size, and its margin from the frame's edge.
const INSET: (f64, f64) = (120.0, 60.0);
const INSET_MARGIN: f64 = 6.0;
/// Labels are drawn at this size in pixels (`.map-label` in the stylesheet).
const LABEL_SIZE: f64 = 12.0;

/// Where a map looks and at what scale.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub lon0: f64,
    pub lat0: f64,
    /// Pixels per degree of latitude.
    pub k: f64,
    /// The east–west scale: pixels per degree of longitude are `k * cos`.
    pub cos: f64,
    pub width: f64,
    pub height: f64,
    zoom: i32,
    cell: (i64, i64),
    world: bool,
    narrow: bool,
}

/// Frames with the same key draw the same countries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct FrameKey {
    narrow: bool,
    world: bool,
    zoom: i32,
    cell: (i64, i64),
}

impl Frame {
    /// The frame for `spec`'s marks, snapped to the zoom level (a power of two) and the grid
    /// of centres (a quarter of the frame) that holds them.
    pub fn of(spec: &MapSpec, fit: Fit) -> Frame {
        let narrow = fit == Fit::Narrow;
        let (width, height) = if narrow { NARROW } else { WIDE };
        let world = |narrow| Frame {
            lon0: 0.0,
            lat0: 0.0,
            k: (width / 360.0).min(height / 180.0),
            cos: 1.0,
            width,
            height,
            zoom: i32::MIN,
            cell: (0, 0),
            world: true,
            narrow,
        };
        let marks: Vec<(f64, f64)> =
            spec.marks.iter().filter(|m| m.lon.is_finite() && m.lat.is_finite()).map(|m| (m.lon, m.lat)).collect();
        if marks.is_empty() {
            return world(narrow);
        }
        // Longitudes unwrapped around their circular mean: Fiji and Samoa are neighbours.
        let (s, c) =
            marks.iter().fold((0.0, 0.0), |(s, c), &(lon, _)| (s + lon.to_radians().sin(), c + lon.to_radians().cos()));
        let mean = if s == 0.0 && c == 0.0 { marks[0].0 } else { s.atan2(c).to_degrees() };
        let lons: Vec<f64> = marks.iter().map(|&(lon, _)| mean + wrap(lon - mean)).collect();
        let (lon_min, lon_max) = lons.iter().fold((f64::MAX, f64::MIN), |(a, b), &x| (a.min(x), b.max(x)));
        let (lat_min, lat_max) = marks.iter().fold((f64::MAX, f64::MIN), |(a, b), &(_, y)| (a.min(y), b.max(y)));
        let lat_mid = ((lat_min + lat_max) / 2.0).clamp(-80.0, 80.0);
        let cos = lat_mid.to_radians().cos().max(0.17);
        let min_deg = spec.min_span_km.max(10.0) / KM_PER_DEGREE;
        let lat_span = (lat_max - lat_min).max(min_deg) * 1.35;
        let lon_span = (lon_max - lon_min).max(min_deg / cos) * 1.35;
        let k = (width / (lon_span * cos)).min(height / lat_span);
        let zoom = k.log2().floor() as i32;
        let k = 2f64.powi(zoom);
        // Past this, the frame holds most of the world: draw all of it.
        if height / k > 110.0 || width / (k * cos) > 200.0 {
            return world(narrow);
        }
        let grid_lat = height / (4.0 * k);
        let cell_lat = (lat_mid / grid_lat).round() as i64;
        let half_height = height / (2.0 * k);
        let lat0 = (cell_lat as f64 * grid_lat).clamp(-90.0 + half_height, 90.0 - half_height);
        let cos = lat0.clamp(-80.0, 80.0).to_radians().cos().max(0.17);
        let lon_mid = (lon_min + lon_max) / 2.0;
        let grid_lon = width / (4.0 * k * cos);
        let cell_lon = (wrap(lon_mid) / grid_lon).round() as i64;
        let lon0 = wrap(cell_lon as f64 * grid_lon);
        Frame { lon0, lat0, k, cos, width, height, zoom, cell: (cell_lon, cell_lat), world: false, narrow }
    }

    pub(super) fn key(&self) -> FrameKey {
        FrameKey { narrow: self.narrow, world: self.world, zoom: self.zoom, cell: self.cell }
    }

    /// The finer shapes for a frame narrower than 40 degrees of longitude.
    pub(super) fn fine(&self) -> bool {
        !self.world && self.lon_span() < 40.0
    }

    /// How many degrees of longitude the frame spans.
    pub fn lon_span(&self) -> f64 {
        self.width / (self.k * self.cos)
    }

    /// A point's place in the frame: east is right, north is up.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        self.at(self.lon0 + wrap(lon - self.lon0), lat)
    }

    /// An unwrapped longitude's place (one that may lie more than 180 degrees from the centre).
    fn at(&self, lon: f64, lat: f64) -> (f64, f64) {
        (self.width / 2.0 + (lon - self.lon0) * self.k * self.cos, self.height / 2.0 - (lat - self.lat0) * self.k)
    }

    fn km_per_px(&self) -> f64 {
        KM_PER_DEGREE / self.k
    }
}

/// The countries of one frame, ready to inline.
pub(super) struct Layer {
    svg: String,
    disputed: bool,
    /// Where each country large enough in the frame can carry its name, largest first.
    names: Vec<(String, f64, f64)>,
}

/// Projects, thins and clips the countries that reach into `frame`.
pub(super) fn layer(countries: &[Country], frame: &Frame) -> Layer {
    let (w, h) = (frame.width, frame.height);
    let half_lon = frame.lon_span() / 2.0 + 2.0;
    let (lat_lo, lat_hi) = (frame.lat0 - h / (2.0 * frame.k) - 2.0, frame.lat0 + h / (2.0 * frame.k) + 2.0);
    let turn = 360.0 * frame.k * frame.cos;
    let mut land = String::new();
    let mut disputed = String::new();
    let mut names: Vec<(String, f64, f64, f64)> = Vec::new();
    for country in countries {
        // The country's largest piece in the frame, which its name goes on.
        let mut largest: Option<(f64, Vec<(f64, f64)>)> = None;
        for ring in &country.rings {
            let [west, south, east, north] = ring.bbox;
            if north < lat_lo || south > lat_hi {
                continue;
            }
            if !frame.world && east - west < 180.0 {
                let off = wrap((west + east) / 2.0 - frame.lon0).abs() - (east - west) / 2.0;
                if off > half_lon {
                    continue;
                }
            }
            // Unwrapped along the ring, so a ring across the frame's far side stays whole. A run
            // of points wholly beyond one side of the frame (in every copy round the world) is
            // only its two ends: the line between them stays beyond that side, and so fills
            // the frame exactly as the run would.
            let mut points = Vec::with_capacity(ring.points.len().min(4096));
            let (mut raw, mut lon) = (ring.points[0].0, frame.lon0 + wrap(ring.points[0].0 - frame.lon0));
            let mut push = |x: f64, y: f64, points: &mut Vec<(f64, f64)>| {
                lon += wrap(x - raw);
                raw = x;
                points.push(frame.at(lon, y));
            };
            for &(start, end, [cw, cs, ce, cn]) in &ring.chunks {
                let beyond_lat = cs > lat_hi || cn < lat_lo;
                let beyond_lon = !frame.world
                    && ce - cw < 90.0
                    && wrap((cw + ce) / 2.0 - frame.lon0).abs() - (ce - cw) / 2.0 > half_lon;
                if beyond_lat || beyond_lon {
                    let (first, last) = (ring.points[start], ring.points[end - 1]);
                    push(first.0, first.1, &mut points);
                    push(last.0, last.1, &mut points);
                } else {
                    for &(x, y) in &ring.points[start..end] {
                        push(x, y, &mut points);
                    }
                }
            }
            let (min_x, max_x) = points.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
            for shift in [0.0, turn, -turn] {
                if max_x + shift < 0.0 || min_x + shift > w {
                    continue;
                }
                let moved: Vec<(f64, f64)> = points.iter().map(|&(x, y)| (x + shift, y)).collect();
                let clipped = thin(&clip(&moved, -2.0, -2.0, w + 2.0, h + 2.0), 0.8);
                if clipped.len() >= 3 {
                    path(if country.disputed { &mut disputed } else { &mut land }, &clipped);
                    let area = area(&clipped);
                    if largest.as_ref().is_none_or(|(a, _)| area > *a) {
                        largest = Some((area, clipped));
                    }
                }
            }
        }
        if let Some((area, piece)) = largest
            && let Some((x, y)) = label_point(&piece)
        {
            let width = text_width(&country.name, LABEL_SIZE);
            // Room for the name with some land around it.
            if area > width * LABEL_SIZE * 4.0 && !country.name.is_empty() {
                names.push((country.name.clone(), x, y, area));
            }
        }
    }
    names.sort_by(|a, b| b.3.total_cmp(&a.3).then(a.0.cmp(&b.0)));
    let names = names.into_iter().map(|(n, x, y, _)| (n, x, y)).collect();
    let mut svg = String::with_capacity(land.len() + disputed.len() + 128);
    let _ = write!(svg, "<rect class=\"map-sea\" width=\"{}\" height=\"{}\"/>", num(w), num(h));
    if !land.is_empty() {
        let _ = write!(svg, "<path class=\"map-land\" d=\"{land}\"/>");
    }
    if !disputed.is_empty() {
        let _ = write!(svg, "<path class=\"map-land map-disputed\" d=\"{disputed}\"/>");
    }
    Layer { svg, disputed: !disputed.is_empty(), names }
}

/// The area of a polygon in square pixels (shoelace).
fn area(points: &[(f64, f64)]) -> f64 {
    let mut sum = 0.0;
    for (i, &(x0, y0)) in points.iter().enumerate() {
        let (x1, y1) = points[(i + 1) % points.len()];
        sum += x0 * y1 - x1 * y0;
    }
    (sum / 2.0).abs()
}

/// Where a name goes on a piece of land: its centroid, or the middle of its box, whichever
/// lies on it (a crescent's centroid is in the sea).
fn label_point(points: &[(f64, f64)]) -> Option<(f64, f64)> {
    let (mut cx, mut cy, mut total) = (0.0, 0.0, 0.0);
    for (i, &(x0, y0)) in points.iter().enumerate() {
        let (x1, y1) = points[(i + 1) % points.len()];
        let cross = x0 * y1 - x1 * y0;
        total += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    let centroid = (total.abs() > 1e-9).then(|| (cx / (3.0 * total), cy / (3.0 * total)));
    let (min_x, max_x) = points.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (min_y, max_y) = points.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let middle = ((min_x + max_x) / 2.0, (min_y + max_y) / 2.0);
    centroid.into_iter().chain([middle]).find(|&(x, y)| super::contains(points, x, y))
}

/// The small world map of the inset, its land at 1:110m, drawn once.
pub(super) fn world_inset(countries: &[Country]) -> String {
    let (w, h) = INSET;
    let frame = Frame {
        lon0: 0.0,
        lat0: 0.0,
        k: w / 360.0,
        cos: 1.0,
        width: w,
        height: h,
        zoom: i32::MIN,
        cell: (0, 0),
        world: true,
        narrow: false,
    };
    let mut d = String::new();
    for ring in countries.iter().flat_map(|c| &c.rings) {
        if ring.bbox[2] - ring.bbox[0] < 1.5 && ring.bbox[3] - ring.bbox[1] < 1.5 {
            continue;
        }
        let points: Vec<(f64, f64)> = ring.points.iter().map(|&(x, y)| frame.at(x, y)).collect();
        let thinned = thin(&points, 0.8);
        if thinned.len() >= 3 {
            path(&mut d, &thinned);
        }
    }
    format!(
        "<rect class=\"map-sea map-inset-frame\" width=\"{}\" height=\"{}\"/><path class=\"map-land\" d=\"{d}\"/>",
        num(w),
        num(h)
    )
}

/// What the scale cannot show left out: points nearer than `tolerance` pixels to the last one
/// kept go first (cheap, and most of them), then Douglas–Peucker takes out the points that
/// lie within `tolerance` of the line between their neighbours. The first and last stay.
fn thin(points: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    let mut near: Vec<(f64, f64)> = Vec::with_capacity(points.len() / 2 + 2);
    for (i, &p) in points.iter().enumerate() {
        match near.last() {
            Some(&q) if i + 1 < points.len() && (p.0 - q.0).powi(2) + (p.1 - q.1).powi(2) < tolerance * tolerance => {}
            _ => near.push(p),
        }
    }
    if near.len() < 4 {
        return near;
    }
    let mut keep = vec![false; near.len()];
    keep[0] = true;
    keep[near.len() - 1] = true;
    let mut stack = vec![(0, near.len() - 1)];
    while let Some((a, b)) = stack.pop() {
        let (p, q) = (near[a], near[b]);
        let (dx, dy) = (q.0 - p.0, q.1 - p.1);
        let length = dx.hypot(dy);
        let distance = |r: (f64, f64)| {
            if length < 1e-9 {
                (r.0 - p.0).hypot(r.1 - p.1)
            } else {
                ((r.0 - p.0) * dy - (r.1 - p.1) * dx).abs() / length
            }
        };
        let far = (a + 1..b).map(|i| (i, distance(near[i]))).max_by(|x, y| x.1.total_cmp(&y.1));
        if let Some((i, d)) = far
            && d > tolerance
        {
            keep[i] = true;
            stack.push((a, i));
            stack.push((i, b));
        }
    }
    near.into_iter().zip(keep).filter_map(|(p, k)| k.then_some(p)).collect()
}

/// Sutherland–Hodgman: the polygon cut to the rectangle, one edge at a time.
fn clip(points: &[(f64, f64)], x0: f64, y0: f64, x1: f64, y1: f64) -> Vec<(f64, f64)> {
    let mut poly = points.to_vec();
    /// Whether a point is on the kept side of an edge at `v`.
    type Side = fn(&(f64, f64), f64) -> bool;
    let edges: [(Side, bool, f64); 4] = [
        (|p, v| p.0 >= v, true, x0),
        (|p, v| p.0 <= v, true, x1),
        (|p, v| p.1 >= v, false, y0),
        (|p, v| p.1 <= v, false, y1),
    ];
    for (inside, vertical, v) in edges {
        if poly.is_empty() {
            break;
        }
        let mut out = Vec::with_capacity(poly.len() + 4);
        let mut prev = *poly.last().expect("not empty");
        for &p in &poly {
            let (pin, qin) = (inside(&p, v), inside(&prev, v));
            if pin != qin {
                let t = if vertical { (v - prev.0) / (p.0 - prev.0) } else { (v - prev.1) / (p.1 - prev.1) };
                out.push((prev.0 + t * (p.0 - prev.0), prev.1 + t * (p.1 - prev.1)));
            }
            if pin {
                out.push(p);
            }
            prev = p;
        }
        poly = out;
    }
    poly
}

/// One closed subpath in relative commands, rounded to whole pixels as it goes (the deltas
/// are taken between rounded points, so the rounding never adds up; half a pixel is finer
/// than a coastline drawn at this scale shows, and it halves the bytes). Written digit by
/// digit: a map has tens of thousands of numbers.
fn path(d: &mut String, points: &[(f64, f64)]) {
    let tenths = |x: f64| x.round() as i64 * 10;
    let (mut px, mut py) = (tenths(points[0].0), tenths(points[0].1));
    d.push('M');
    push_tenths(d, px);
    d.push(' ');
    push_tenths(d, py);
    let mut wrote = false;
    for &(x, y) in &points[1..] {
        let (x, y) = (tenths(x), tenths(y));
        if x == px && y == py {
            continue;
        }
        d.push(if wrote { ' ' } else { 'l' });
        push_tenths(d, x - px);
        d.push(' ');
        push_tenths(d, y - py);
        wrote = true;
        (px, py) = (x, y);
    }
    d.push('z');
}

/// A box on the drawing: left, top, right, bottom.
type Box = (f64, f64, f64, f64);

fn overlaps(a: &Box, b: &Box) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// The SVG of one drawing of `spec`, the labels it left out, and whether it shows a territory
/// of disputed status.
pub(super) fn map(maps: &Maps, spec: &MapSpec, fit: Fit) -> (String, Vec<String>, bool) {
    let frame = Frame::of(spec, fit);
    let (w, h) = (frame.width, frame.height);
    let layer = maps.layer(&frame);
    let links = spec.marks.iter().any(|m| m.href.is_some());
    let id = fit.id(&spec.id);
    let mut svg = open_svg(&id, fit, w, h, &spec.title, &spec.desc, links);
    svg.push_str("<g class=\"map\">");
    svg.push_str(&layer.svg);

    let placed: Vec<(usize, f64, f64, f64)> = spec
        .marks
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let (x, y) = frame.project(m.lon, m.lat);
            let r = 4.5 * m.weight.max(0.05).sqrt();
            (i, x, y, if m.primary { r.max(6.0) } else { r.clamp(2.5, 24.0) })
        })
        .collect();

    // What labels must keep clear of: the scale bar, the inset, and every mark.
    let mut taken: Vec<Box> = Vec::new();
    let bar = scale_bar(&frame);
    taken.push(bar.1);
    let inset = inset_corner(&frame, &placed);
    if let Some((x, y)) = inset {
        taken.push((x - 2.0, y - 2.0, x + INSET.0 + 2.0, y + INSET.1 + 2.0));
    }
    for &(_, x, y, r) in &placed {
        taken.push((x - r - 1.0, y - r - 1.0, x + r + 1.0, y + r + 1.0));
    }

    // Labels by rank: the page's own place first, then by importance.
    let mut order: Vec<usize> = (0..placed.len()).collect();
    order.sort_by(|&a, &b| {
        let (ma, mb) = (&spec.marks[a], &spec.marks[b]);
        mb.primary.cmp(&ma.primary).then(mb.importance.total_cmp(&ma.importance)).then(ma.label.cmp(&mb.label))
    });
    let mut labels: Vec<Option<(f64, f64, &'static str)>> = vec![None; placed.len()];
    let mut unlabelled = Vec::new();
    for &i in &order {
        let mark = &spec.marks[i];
        let (_, x, y, r) = placed[i];
        let size = if mark.primary { LABEL_SIZE + 1.0 } else { LABEL_SIZE };
        let tw = text_width(&mark.label, size) * if mark.primary { 1.08 } else { 1.0 };
        let gap = r + 3.0;
        // (x, baseline y, anchor) of each position tried, in order of preference.
        let candidates = [
            (x + gap, y + size * 0.35, "start"),
            (x - gap, y + size * 0.35, "end"),
            (x, y - gap - 1.0, "middle"),
            (x, y + gap + size * 0.8, "middle"),
            (x + gap * 0.75, y - gap * 0.75, "start"),
            (x - gap * 0.75, y - gap * 0.75, "end"),
            (x + gap * 0.75, y + gap * 0.75 + size * 0.7, "start"),
            (x - gap * 0.75, y + gap * 0.75 + size * 0.7, "end"),
        ];
        let fits = candidates.iter().find_map(|&(lx, ly, anchor)| {
            let left = match anchor {
                "start" => lx,
                "end" => lx - tw,
                _ => lx - tw / 2.0,
            };
            let b: Box = (left - 1.0, ly - size * 0.85, left + tw + 1.0, ly + size * 0.25);
            let inside = b.0 >= 2.0 && b.2 <= w - 2.0 && b.1 >= 2.0 && b.3 <= h - 2.0;
            let own = (x - r - 1.0, y - r - 1.0, x + r + 1.0, y + r + 1.0);
            let clear = taken.iter().all(|t| *t == own || !overlaps(t, &b));
            (inside && clear).then_some((lx, ly, anchor, b))
        });
        match fits {
            Some((lx, ly, anchor, b)) => {
                taken.push(b);
                labels[i] = Some((lx, ly, anchor));
            }
            None => unlabelled.push(mark.label.clone()),
        }
    }

    // Country names where they fit, after every place's label: at most a dozen.
    let mut countries = String::new();
    let mut named = 0;
    for (name, x, y) in &layer.names {
        if named == 12 {
            break;
        }
        let tw = text_width(name, LABEL_SIZE);
        let b: Box = (x - tw / 2.0 - 2.0, y - LABEL_SIZE * 0.5, x + tw / 2.0 + 2.0, y + LABEL_SIZE * 0.6);
        let inside = b.0 >= 2.0 && b.2 <= w - 2.0 && b.1 >= 2.0 && b.3 <= h - 2.0;
        if inside && taken.iter().all(|t| !overlaps(t, &b)) {
            taken.push(b);
            named += 1;
            let _ = write!(
                countries,
                "<text class=\"map-country\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                num(*x),
                num(y + LABEL_SIZE * 0.35),
                escape(name)
            );
        }
    }
    svg.push_str(&countries);

    // Marks: the muted ones under the rest, the page's own place on top.
    let mut drawing: Vec<usize> = (0..placed.len()).collect();
    drawing.sort_by_key(|&i| (!spec.marks[i].muted, spec.marks[i].primary));
    svg.push_str("<g class=\"map-marks\">");
    for i in drawing {
        let mark = &spec.marks[i];
        let (_, x, y, r) = placed[i];
        let mut class = String::from("map-mark");
        for (on, name) in [
            (mark.primary, " map-mark-primary"),
            (mark.muted, " map-mark-muted"),
            (mark.disputed, " map-mark-disputed"),
        ] {
            if on {
                class.push_str(name);
            }
        }
        // Named for screen readers even when its label had no room.
        if let Some(href) = &mark.href {
            let _ = write!(svg, "<a href=\"{}\" aria-label=\"{}\">", escape(href), escape(&mark.label));
        }
        let _ = write!(svg, "<circle class=\"{class}\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>", num(x), num(y), num(r));
        if let Some((lx, ly, anchor)) = labels[i] {
            let label_class = if mark.primary { "map-label map-label-primary" } else { "map-label" };
            let _ = write!(
                svg,
                "<text class=\"{label_class}\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
                num(lx),
                num(ly),
                escape(&mark.label)
            );
        }
        if mark.href.is_some() {
            svg.push_str("</a>");
        }
    }
    svg.push_str("</g>");
    svg.push_str(&bar.0);
    if let Some((x, y)) = inset {
        let _ = write!(svg, "<g class=\"map-inset\" transform=\"translate({} {})\">{}", num(x), num(y), maps.inset());
        svg.push_str(&inset_box(&frame));
        svg.push_str("</g>");
    }
    svg.push_str("</g></svg>");
    (svg, unlabelled, layer.disputed)
}

/// The scale bar, bottom left: a round number of kilometres (1, 2 or 5 times a power of ten)
/// at most a fifth of the frame wide, measured at the frame's centre. With its box.
fn scale_bar(frame: &Frame) -> (String, Box) {
    // A world map's scale changes with latitude too much for one bar.
    if frame.world {
        return (String::new(), (0.0, 0.0, 0.0, 0.0));
    }
    let km_per_px = frame.km_per_px();
    let most = frame.width / 5.0 * km_per_px;
    let power = 10f64.powf(most.log10().floor());
    let km = [5.0, 2.0, 1.0].iter().map(|m| m * power).find(|&km| km <= most).unwrap_or(power);
    let len = km / km_per_px;
    let (x, y) = (10.0, frame.height - 12.0);
    let label = format!("{} km", crate::strings::thousands(km.round() as u64));
    let svg = format!(
        "<g class=\"map-scale\"><path d=\"M{x0} {y0}v4h{len}v-4\"/><text x=\"{x0}\" y=\"{ty}\">{label}</text></g>",
        x0 = num(x),
        y0 = num(y - 4.0),
        len = num(len),
        ty = num(y - 7.0),
    );
    let text = text_width(&label, 12.0);
    (svg, (x - 2.0, y - 19.0, x + len.max(text) + 2.0, y + 2.0))
}

/// Where the inset goes, when the frame is a region of the world: the top or bottom right
/// corner, or the top left, whichever has the fewest marks under it.
fn inset_corner(frame: &Frame, marks: &[(usize, f64, f64, f64)]) -> Option<(f64, f64)> {
    if frame.world || frame.lon_span() > 90.0 {
        return None;
    }
    let (w, h) = (frame.width, frame.height);
    let corners = [
        (w - INSET.0 - INSET_MARGIN, INSET_MARGIN),
        (w - INSET.0 - INSET_MARGIN, h - INSET.1 - INSET_MARGIN),
        (INSET_MARGIN, INSET_MARGIN),
    ];
    let under = |&(x, y): &(f64, f64)| {
        let b = (x - 12.0, y - 12.0, x + INSET.0 + 12.0, y + INSET.1 + 12.0);
        marks.iter().filter(|&&(_, mx, my, r)| overlaps(&b, &(mx - r, my - r, mx + r, my + r))).count()
    };
    corners.iter().min_by_key(|c| under(c)).copied()
}

/// The frame as a rectangle on the inset's world map.
fn inset_box(frame: &Frame) -> String {
    let (w, h) = INSET;
    let half_lon = frame.lon_span() / 2.0;
    let half_lat = frame.height / (2.0 * frame.k);
    let x = |lon: f64| (w / 2.0 + lon * w / 360.0).clamp(0.0, w);
    let y = |lat: f64| (h / 2.0 - lat * h / 180.0).clamp(0.0, h);
    let (x0, x1) = (x(frame.lon0 - half_lon), x(frame.lon0 + half_lon));
    let (y0, y1) = (y(frame.lat0 + half_lat), y(frame.lat0 - half_lat));
    // At least a few pixels, so a city's frame is still seen.
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    let (bw, bh) = ((x1 - x0).max(5.0), (y1 - y0).max(5.0));
    format!(
        "<rect class=\"map-inset-box\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
        num(cx - bw / 2.0),
        num(cy - bh / 2.0),
        num(bw),
        num(bh)
    )
}
