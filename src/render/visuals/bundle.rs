//! Many links of one kind into one party (an organisation's members, a patron's proxies) drawn
//! as a bundle: the lines meet at a point near the party and go on as one arrow labelled with
//! their count, so a hub does not disappear under its arrowheads.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::render::context::RenderContext;

use super::relations::{Link, LinkKind, sentence};
use super::sides::Layout;
use super::{escape, num};

/// More directed links than this of one kind into one party are drawn as a bundle.
pub const BUNDLE_MIN: usize = 6;

/// The directed links drawn as bundles: by target and kind, the parties they come from.
pub(super) fn bundles(links: &[Link]) -> BTreeMap<(usize, LinkKind), Vec<usize>> {
    let mut into: BTreeMap<(usize, LinkKind), Vec<usize>> = BTreeMap::new();
    for l in links.iter().filter(|l| l.kind.directed()) {
        into.entry((l.to, l.kind)).or_default().push(l.from);
    }
    into.retain(|_, from| from.len() > BUNDLE_MIN);
    into
}

/// Many links of one kind into one party (a hub's members): the lines meet at a point near
/// the hub, from which one arrow, labelled with their count, goes on to it. The table still
/// lists each link.
pub(super) fn draw(
    out: &mut String,
    cx: &RenderContext,
    id: &str,
    layout: &Layout,
    to: usize,
    kind: LinkKind,
    from: &[usize],
) {
    let place = |p: usize| layout.nodes.iter().find(|n| n.party == p);
    let Some(hub) = place(to) else { return };
    // Each drawn party with its place: a party left off the chart has no line, and must not
    // shift the names of the lines after it.
    let sources: Vec<(usize, &_)> = from.iter().filter_map(|&p| Some((p, place(p)?))).collect();
    if sources.is_empty() {
        return;
    }
    // The point the lines meet at: towards where they come from, or, when they all come down
    // the hub's own column, beside the hub, away from the labels.
    let n = sources.len() as f64;
    let (mx, my) =
        (sources.iter().map(|(_, s)| s.x).sum::<f64>() / n, sources.iter().map(|(_, s)| s.y).sum::<f64>() / n);
    let one_column = sources.iter().all(|(_, s)| (s.x - hub.x).abs() < 1.0);
    let (dx, dy) = (mx - hub.x, my - hub.y);
    let len = (dx * dx + dy * dy).sqrt();
    let away = if hub.label.2 == "end" { 1.0 } else { -1.0 };
    let (ux, uy) = if one_column || len < 1.0 { (away, 0.0) } else { (dx / len, dy / len) };
    let reach = if one_column { 40.0_f64.min(layout.bow.max(24.0)) } else { 44.0_f64.min(len.max(30.0)) };
    let (jx, jy) = (hub.x + ux * reach, hub.y + uy * reach);
    let w = kind.word();
    let _ = write!(out, "<g class=\"bundle\">");
    for &(p, s) in &sources {
        let link = Link { from: p, to, kind, since: None, until: None, role: None, claimed_by: None };
        // Down one column the lines curve into the meeting point, like a comb.
        let (qx, qy) = if one_column { (jx, s.y) } else { ((s.x + jx) / 2.0, (s.y + jy) / 2.0) };
        let _ = write!(
            out,
            "<path class=\"link link-{w}\" d=\"M{} {}Q{} {} {} {}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"{}\" stroke-opacity=\"0.6\"><title>{}</title></path>",
            num(s.x),
            num(s.y),
            num(qx),
            num(qy),
            num(jx),
            num(jy),
            kind.width(),
            escape(&sentence(cx, &link))
        );
    }
    // The count sits past the meeting point, on the side away from the hub.
    let (tx, anchor) = if ux < -0.3 {
        (jx - 4.0, "end")
    } else if ux > 0.3 {
        (jx + 4.0, "start")
    } else {
        (jx, "middle")
    };
    let (ex, ey) = (hub.x + ux * 8.0, hub.y + uy * 8.0);
    let count = kind.many(cx, sources.len());
    let label = escape(&count);
    let _ = write!(
        out,
        "<path class=\"link link-{w}\" d=\"M{} {}L{} {}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"3\" marker-end=\"url(#{id}-arrow-{w})\"><title>{}</title></path>\
         <text class=\"bundle-count\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{label}</text></g>",
        num(jx),
        num(jy),
        num(ex),
        num(ey),
        escape(&cx.t("map_bundle_of", [("links", count.as_str().into()), ("name", cx.brief(to).in_sentence().into())])),
        num(tx),
        num(jy + 4.0),
    );
}
