//! The relationship map's drawing: arrowheads, the lines between parties (bent apart when two
//! parties have several, bundled when many of one kind meet at one party), the dots, the
//! column headings and labels, and the key that explains each kind of line.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use crate::model::RelationKind;
use crate::render::context::RenderContext;

use super::super::bundle;
use super::super::sides::{self, Layout};
use super::super::{Fit, LegendEntry, escape, num, open_svg, swatch};
use super::{KINDS, Link, LinkKind, sentence};

impl LinkKind {
    /// The dash pattern: the second channel besides colour.
    fn dashes(self) -> &'static str {
        match self {
            LinkKind::Relation(RelationKind::Ally) => "",
            LinkKind::Relation(RelationKind::Adversary) => "10 4",
            LinkKind::Relation(RelationKind::Rival) => "4 3",
            LinkKind::Relation(RelationKind::Backer) => "1 4",
            LinkKind::Relation(RelationKind::Proxy) => "8 3 1 3 1 3",
            LinkKind::Relation(RelationKind::Mediator) => "8 3 1 3",
            LinkKind::Relation(RelationKind::Other) => "2 7",
            LinkKind::Member => "",
        }
    }

    /// What the key says about the line.
    fn legend<'g>(self, cx: &RenderContext<'g>) -> &'g str {
        match self {
            LinkKind::Relation(RelationKind::Ally) => cx.text("map_legend_ally"),
            LinkKind::Relation(RelationKind::Adversary) => cx.text("map_legend_adversary"),
            LinkKind::Relation(RelationKind::Rival) => cx.text("map_legend_rival"),
            LinkKind::Relation(RelationKind::Backer) => cx.text("map_legend_backer"),
            LinkKind::Relation(RelationKind::Proxy) => cx.text("map_legend_proxy"),
            LinkKind::Relation(RelationKind::Mediator) => cx.text("map_legend_mediator"),
            LinkKind::Relation(RelationKind::Other) => cx.text("map_legend_other"),
            LinkKind::Member => cx.text("map_legend_member"),
        }
    }
}

/// Arrowheads, one per kind of directed line, coloured like the line.
fn markers(id: &str, kinds: &[LinkKind]) -> String {
    let mut out = String::from("<defs>");
    for kind in kinds.iter().filter(|k| k.directed()) {
        let _ = write!(
            out,
            "<marker id=\"{id}-arrow-{w}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" \
             markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path class=\"link-head link-{w}\" d=\"M0 0L10 5L0 10z\" fill=\"currentColor\"/></marker>",
            w = kind.word()
        );
    }
    out.push_str("</defs>");
    out
}

/// The line of a link, bent apart from other lines between the same two parties.
fn draw_link(out: &mut String, cx: &RenderContext, id: &str, link: &Link, layout: &Layout, bend: f64) {
    let place = |p: usize| layout.nodes.iter().find(|n| n.party == p);
    let (Some(from), Some(to)) = (place(link.from), place(link.to)) else { return };
    let ((x1, y1), (x2, y2)) = ((from.x, from.y), (to.x, to.y));
    let (dx, dy) = (x2 - x1, y2 - y1);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (mut mx, my) = ((x1 + x2) / 2.0 - dy / len * bend, (y1 + y2) / 2.0 + dx / len * bend);
    // Two parties in one column: the line bows away from the labels, further the more rows it
    // spans, but never as far as the next column.
    if dx.abs() < 1.0 && dy.abs() > 31.0 {
        let away = if from.label.2 == "end" { 1.0 } else { -1.0 };
        mx = x1 + away * (18.0 + 0.2 * dy.abs()).min(layout.bow) + bend;
    }
    // Stop short of the target's dot, so the arrowhead shows.
    let (ex, ey) = if link.kind.directed() {
        let (vx, vy) = (x2 - mx, y2 - my);
        let v = (vx * vx + vy * vy).sqrt().max(1.0);
        (x2 - vx / v * 8.0, y2 - vy / v * 8.0)
    } else {
        (x2, y2)
    };
    let w = link.kind.word();
    let dashes = match link.kind.dashes() {
        "" => String::new(),
        d => format!(" stroke-dasharray=\"{d}\""),
    };
    let head = if link.kind.directed() { format!(" marker-end=\"url(#{id}-arrow-{w})\"") } else { String::new() };
    let _ = write!(
        out,
        "<path class=\"link link-{w}\" d=\"M{} {}Q{} {} {} {}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"{}\"{dashes}{head}><title>{}</title></path>",
        num(x1),
        num(y1),
        num(mx),
        num(my),
        num(ex),
        num(ey),
        link.kind.width(),
        escape(&sentence(cx, link))
    );
}

/// Lines, then dots, then headings and labels, so that labels stay readable over the lines.
/// `centre` is the party whose neighbourhood this is.
fn draw(id: &str, cx: &RenderContext, layout: &Layout, links: &[Link], centre: Option<usize>) -> String {
    let mut kinds: Vec<LinkKind> = links.iter().map(|l| l.kind).collect();
    kinds.sort();
    kinds.dedup();
    let mut out = markers(id, &kinds);
    let mut pairs: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for link in links {
        *pairs.entry((link.from.min(link.to), link.from.max(link.to))).or_default() += 1;
    }
    let mut drawn: HashMap<(usize, usize), usize> = HashMap::new();
    let bundles = bundle::bundles(links);
    out.push_str("<g class=\"links\">");
    for (&(to, kind), members) in &bundles {
        bundle::draw(&mut out, cx, id, layout, to, kind, members);
    }
    for link in links {
        if bundles.get(&(link.to, link.kind)).is_some_and(|b| b.contains(&link.from)) {
            continue;
        }
        let pair = (link.from.min(link.to), link.from.max(link.to));
        let k = drawn.entry(pair).or_default();
        let total = pairs[&pair];
        let mut bend = (*k as f64 - (total - 1) as f64 / 2.0) * 16.0;
        if link.from > link.to {
            bend = -bend;
        }
        *k += 1;
        draw_link(&mut out, cx, id, link, layout, bend);
    }
    out.push_str("</g><g class=\"nodes\">");
    for node in &layout.nodes {
        let here = Some(node.party) == centre;
        let _ = write!(
            out,
            "<circle class=\"node{}\" cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>",
            if here { " node-centre" } else { "" },
            num(node.x),
            num(node.y),
            if here { 8 } else { 6 }
        );
    }
    for &(x, y, anchor, text) in &layout.headings {
        let _ = write!(
            out,
            "<text class=\"side-heading\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
            num(x),
            num(y),
            escape(text)
        );
    }
    for node in &layout.nodes {
        let (x, y, anchor) = node.label;
        let _ = write!(
            out,
            "<text class=\"node-label{}\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
            if Some(node.party) == centre { " node-label-centre" } else { "" },
            num(x),
            num(y),
            escape(&node.text)
        );
    }
    out.push_str("</g>");
    out
}

/// The map's two drawings, wide and narrow, of `parties` and the `links` between them.
pub(super) fn drawings(
    cx: &RenderContext,
    id: &str,
    parties: &[usize],
    links: &[Link],
    centre: Option<usize>,
    title: &str,
    desc: &str,
) -> (String, String) {
    let triples: Vec<(usize, usize, LinkKind)> = links.iter().map(|l| (l.from, l.to, l.kind)).collect();
    let one = |fit: Fit| {
        let layout = sides::lay_out(cx, parties, &triples, fit);
        let own = fit.id(id);
        let mut svg = open_svg(&own, fit, layout.width, layout.height, title, desc, false);
        svg.push_str(&draw(&own, cx, &layout, links, centre));
        svg.push_str("</svg>");
        svg
    };
    (one(Fit::Wide), one(Fit::Narrow))
}

/// The key: one entry per kind of line the chart draws, in the order of [`KINDS`].
pub(super) fn legend(cx: &RenderContext, links: &[Link]) -> Vec<LegendEntry> {
    KINDS
        .iter()
        .filter(|k| links.iter().any(|l| l.kind == **k))
        .map(|&kind| {
            let dashes = match kind.dashes() {
                "" => String::new(),
                d => format!(" stroke-dasharray=\"{d}\""),
            };
            let end = if kind.directed() { 24 } else { 31 };
            let mut inner = format!(
                "<path class=\"link link-{w}\" d=\"M1 7H{end}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"{}\"{dashes}/>",
                kind.width(),
                w = kind.word()
            );
            if kind.directed() {
                let _ = write!(inner, "<path class=\"link-head link-{}\" d=\"M23 2L31 7L23 12z\" fill=\"currentColor\"/>", kind.word());
            }
            LegendEntry { swatch: swatch(&inner), label: kind.legend(cx).to_string() }
        })
        .collect()
}
