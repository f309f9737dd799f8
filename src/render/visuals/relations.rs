//! The relationship map: parties in columns by the side they take (laid out by `sides.rs`),
//! joined by their relations and memberships. Each kind of link has its own colour (a
//! colour-blind-safe palette, set in the stylesheet for light and dark) and its own dash
//! pattern, and links with a direction end in an arrow. On a party's page the same drawing
//! shows its neighbourhood: the party, marked, among the parties it is linked to.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write;

use crate::model::{Date, Party, RelationKind, Role};
use crate::render::context::RenderContext;
use crate::render::views::span_text;

use super::bundle;
use super::sides::{self, Layout};
use super::{Cell, Chart, DataTable, Fit, LegendEntry, escape, num, open_svg, swatch, thousands};

/// At most this many parties on the site-wide map: the most connected ones.
pub const MAP_MAX: usize = 30;
/// At most this many neighbours around a party.
pub const NEIGHBOURS_MAX: usize = 24;

/// What kind of line joins two parties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LinkKind {
    Relation(RelationKind),
    Member,
}

/// Every kind of line, in the order of the key.
const KINDS: [LinkKind; 8] = [
    LinkKind::Relation(RelationKind::Ally),
    LinkKind::Relation(RelationKind::Adversary),
    LinkKind::Relation(RelationKind::Rival),
    LinkKind::Relation(RelationKind::Backer),
    LinkKind::Relation(RelationKind::Proxy),
    LinkKind::Relation(RelationKind::Mediator),
    LinkKind::Relation(RelationKind::Other),
    LinkKind::Member,
];

impl LinkKind {
    pub(super) fn word(self) -> &'static str {
        match self {
            LinkKind::Relation(kind) => kind.word(),
            LinkKind::Member => "member",
        }
    }

    /// Whether the line has a direction, drawn as an arrow towards `to`.
    pub(super) fn directed(self) -> bool {
        match self {
            LinkKind::Relation(kind) => !kind.is_symmetric(),
            LinkKind::Member => true,
        }
    }

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

    pub(super) fn width(self) -> f64 {
        match self {
            LinkKind::Member => 1.25,
            LinkKind::Relation(RelationKind::Backer) => 2.5,
            _ => 2.0,
        }
    }

    /// How the line reads between two names: "Turkey backs Azerbaijan", "the Karabakh
    /// authorities are allies of Armenia" (agreeing with a `plural: true` subject).
    fn verb(self, plural: bool) -> &'static str {
        let (one, many) = match self {
            LinkKind::Relation(RelationKind::Ally) => ("is an ally of", "are allies of"),
            LinkKind::Relation(RelationKind::Adversary) => ("is an adversary of", "are adversaries of"),
            LinkKind::Relation(RelationKind::Rival) => ("is a rival of", "are rivals of"),
            LinkKind::Relation(RelationKind::Backer) => ("backs", "back"),
            LinkKind::Relation(RelationKind::Proxy) => ("is a proxy of", "are proxies of"),
            LinkKind::Relation(RelationKind::Mediator) => ("mediates for", "mediate for"),
            LinkKind::Relation(RelationKind::Other) => ("is linked to", "are linked to"),
            LinkKind::Member => ("is a member of", "are members of"),
        };
        if plural { many } else { one }
    }

    /// What the key says about the line.
    fn legend(self) -> &'static str {
        match self {
            LinkKind::Relation(RelationKind::Ally) => "Allies",
            LinkKind::Relation(RelationKind::Adversary) => "Adversaries",
            LinkKind::Relation(RelationKind::Rival) => "Rivals",
            LinkKind::Relation(RelationKind::Backer) => "Backs (arrow to the one backed)",
            LinkKind::Relation(RelationKind::Proxy) => "Proxy of (arrow to the patron)",
            LinkKind::Relation(RelationKind::Mediator) => "Mediates for (arrow to the side)",
            LinkKind::Relation(RelationKind::Other) => "Other link",
            LinkKind::Member => "Member of (arrow to the group)",
        }
    }

    /// What links of this kind are called, counted in the description.
    fn noun(self) -> &'static str {
        match self {
            LinkKind::Relation(RelationKind::Ally) => "allies",
            LinkKind::Relation(RelationKind::Adversary) => "adversaries",
            LinkKind::Relation(RelationKind::Rival) => "rivals",
            LinkKind::Relation(RelationKind::Backer) => "backing",
            LinkKind::Relation(RelationKind::Proxy) => "proxies",
            LinkKind::Relation(RelationKind::Mediator) => "mediation",
            LinkKind::Relation(RelationKind::Other) => "other links",
            LinkKind::Member => "membership",
        }
    }

    /// What the parties at the start of many such links are called: "12 members".
    pub(super) fn many(self) -> &'static str {
        match self {
            LinkKind::Relation(RelationKind::Backer) => "backers",
            LinkKind::Relation(RelationKind::Proxy) => "proxies",
            LinkKind::Relation(RelationKind::Mediator) => "mediators",
            LinkKind::Relation(_) => "links",
            LinkKind::Member => "members",
        }
    }

    /// How a party page names the link, seen from `from` (outgoing) or from `to`.
    fn phrase(self, outgoing: bool) -> &'static str {
        match self {
            LinkKind::Relation(kind) => {
                let (out, inc) = crate::render::party::phrases(kind);
                if outgoing { out } else { inc }
            }
            LinkKind::Member if outgoing => "Member of",
            LinkKind::Member => "Has as member",
        }
    }
}

/// One line between two parties, as written in `from`'s front-matter.
#[derive(Debug, Clone)]
pub(super) struct Link {
    pub(super) from: usize,
    pub(super) to: usize,
    pub(super) kind: LinkKind,
    pub(super) since: Option<Date>,
    pub(super) until: Option<Date>,
    pub(super) role: Option<String>,
    pub(super) claimed_by: Option<usize>,
}

/// The links one party's front-matter draws: its memberships and those of its relations
/// `drawn` keeps (by index).
fn links_of(cx: &RenderContext, from: usize, party: &Party, drawn: impl Fn(usize) -> bool) -> Vec<Link> {
    let mut out = Vec::new();
    let relations = party.relations.iter().enumerate().filter(|&(n, _)| drawn(n)).map(|(_, r)| r);
    for r in relations {
        if let Some(to) = cx.party(&r.party) {
            let claimed_by = r.claimed_by.as_deref().and_then(|id| cx.party(id));
            let kind = LinkKind::Relation(r.kind);
            out.push(Link { from, to, kind, since: r.since, until: r.until, role: None, claimed_by });
        }
    }
    for m in &party.member_of {
        if let Some(to) = cx.party(&m.party) {
            let role = m.role.clone();
            out.push(Link { from, to, kind: LinkKind::Member, since: m.since, until: m.until, role, claimed_by: None });
        }
    }
    out
}

/// One line per party, other party and kind: a relation or membership a party lists twice
/// (for two periods, say) is drawn once, as first listed. Mirrors are not repeats: which of
/// two mirrored relations is drawn is [`crate::resolve::Mirror`]'s to say.
fn without_repeats(links: Vec<Link>) -> Vec<Link> {
    let mut seen = HashSet::new();
    links.into_iter().filter(|l| seen.insert((l.from, l.to, l.kind))).collect()
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

/// "The 5 links as a table", "The link as a table": the words of the table's disclosure.
fn links_summary(count: usize) -> String {
    match count {
        1 => "The link as a table".to_string(),
        n => format!("The {} links as a table", thousands(n)),
    }
}

/// "Turkey backs Azerbaijan (according to Armenia)".
pub(super) fn sentence(cx: &RenderContext, link: &Link) -> String {
    let brief = |i: usize| cx.brief(i);
    let from = brief(link.from);
    let verb = link.kind.verb(from.plural());
    let mut text = format!("{} {verb} {}", from.sentence_start(), brief(link.to).in_sentence());
    if let Some(c) = link.claimed_by {
        let _ = write!(text, " (according to {})", brief(c).in_sentence());
    }
    text
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
            "<text class=\"side-heading\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{text}</text>",
            num(x),
            num(y)
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
fn drawings(
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

fn legend(links: &[Link]) -> Vec<LegendEntry> {
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
            LegendEntry { swatch: swatch(&inner), label: kind.legend().to_string() }
        })
        .collect()
}

fn dates_cell(cx: &RenderContext, link: &Link) -> Cell {
    Cell::text(span_text(cx, link.since, link.until).unwrap_or_default())
}

fn claimed_cell(cx: &RenderContext, link: &Link) -> Cell {
    link.claimed_by.map_or_else(Cell::default, |c| Cell::link(cx.brief(c).short_title(), cx.url(c)))
}

fn party_cell(cx: &RenderContext, party: usize) -> Cell {
    Cell::link(cx.brief(party).short_title(), cx.url(party))
}

/// How connected a party says it is: the relations and memberships its own front-matter
/// lists. A party page ranks its neighbours by this: the page is
/// rendered again when a neighbour's front-matter changes (read through the context), not
/// when a third brief adds a link to that neighbour, so incoming links do not count here.
fn listed(cx: &RenderContext, party: usize) -> usize {
    cx.brief(party).as_party().map_or(0, |p| p.relations.len() + p.member_of.len())
}

/// How involved a party is: the events it took part in on side A or side B.
fn involvement(cx: &RenderContext, party: usize) -> usize {
    cx.derived(party).events.iter().filter(|r| matches!(r.role, Role::SideA | Role::SideB)).count()
}

/// The site-wide map for `/parties/`.
pub fn map(cx: &RenderContext) -> Option<Chart> {
    let id = "relations-map";
    let mut links = Vec::new();
    for (i, brief) in cx.briefs() {
        if let Some(p) = brief.as_party() {
            // A two-way relation both parties list is drawn once, as the one standing for both.
            let mirrors = &cx.derived(i).mirrors;
            links.extend(links_of(cx, i, p, |n| mirrors[n].stands_for_pair()));
        }
    }
    let links = without_repeats(links);
    let mut neighbours: HashMap<usize, HashSet<usize>> = HashMap::new();
    for l in &links {
        neighbours.entry(l.from).or_default().insert(l.to);
        neighbours.entry(l.to).or_default().insert(l.from);
    }
    if neighbours.is_empty() {
        return None;
    }
    let mut parties: Vec<usize> = neighbours.keys().copied().collect();
    let connected = parties.len();
    // The parties most often on a side first, then the most connected, then by id.
    parties.sort_by_cached_key(|&p| (Reverse(involvement(cx, p)), Reverse(neighbours[&p].len()), &cx.brief(p).id));
    parties.truncate(MAP_MAX);
    let shown: HashSet<usize> = parties.iter().copied().collect();
    let links: Vec<Link> = links.into_iter().filter(|l| shown.contains(&l.from) && shown.contains(&l.to)).collect();

    let title = "How the parties are linked";
    let desc = format!(
        "{} parties: side A on the left, side B on the right, those on neither side between them; joined by {} links: {}. Arrows point from a backer, proxy, mediator or member to the other party. The table after the chart lists every link.",
        thousands(parties.len()),
        thousands(links.len()),
        kind_counts(&links)
    );
    let (svg, svg_narrow) = drawings(cx, id, &parties, &links, None, title, &desc);

    let rows = links
        .iter()
        .map(|l| {
            let verb = l.kind.verb(cx.brief(l.from).plural());
            let relation = match &l.role {
                Some(role) => format!("{verb} ({role})"),
                None => verb.to_string(),
            };
            vec![
                party_cell(cx, l.from),
                Cell::text(relation),
                party_cell(cx, l.to),
                dates_cell(cx, l),
                claimed_cell(cx, l),
            ]
        })
        .collect();
    let note = (parties.len() < connected).then(|| {
        format!(
            "Showing {} of the {} parties with links (those most often on a side of an event first, then the most connected) and the links between them.",
            thousands(parties.len()),
            thousands(connected)
        )
    });
    Some(Chart {
        id: id.to_string(),
        caption: title.to_string(),
        note,
        svg,
        svg_narrow: Some(svg_narrow),
        legend: legend(&links),
        table: DataTable {
            summary: links_summary(links.len()),
            columns: vec!["Party", "Relation", "Other party", "Dates", "According to"],
            rows,
        },
    })
}

/// "adversaries: 3; membership: 2", for the description.
fn kind_counts(links: &[Link]) -> String {
    KINDS
        .iter()
        .filter_map(|&k| {
            let n = links.iter().filter(|l| l.kind == k).count();
            (n > 0).then(|| format!("{}: {n}", k.noun()))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The neighbourhood of party `index`, for its page: its own links and those pointing at it.
pub fn neighbourhood(cx: &RenderContext, index: usize, party: &Party) -> Option<Chart> {
    let derived = cx.derived(index);
    let mut links = links_of(cx, index, party, |_| true);
    for &(other, n) in &derived.relations_in {
        let Some(p) = cx.brief(other).as_party() else { continue };
        // Both sides list the same two-way relation: this party's own is drawn.
        if cx.derived(other).mirrors[n].is_mirrored() {
            continue;
        }
        if let Some(link) = links_of(cx, other, p, |_| true).into_iter().find(|l| {
            l.kind != LinkKind::Member
                && p.relations
                    .get(n)
                    .is_some_and(|r| cx.party(&r.party) == Some(l.to) && LinkKind::Relation(r.kind) == l.kind)
        }) {
            links.push(link);
        }
    }
    for &(member, n) in &derived.members {
        let Some(m) = cx.brief(member).as_party().and_then(|p| p.member_of.get(n)) else { continue };
        let role = m.role.clone();
        links.push(Link {
            from: member,
            to: index,
            kind: LinkKind::Member,
            since: m.since,
            until: m.until,
            role,
            claimed_by: None,
        });
    }
    let links = without_repeats(links);
    // The party's own relations and memberships first, then the parties that point at it, the
    // most connected (by the links each lists) first, then by name; the first few if many.
    let mut order: Vec<(bool, Reverse<usize>, String, usize)> = Vec::new();
    for l in &links {
        let other = if l.from == index { l.to } else { l.from };
        let direct = l.kind != LinkKind::Member || l.from == index;
        if other == index {
            continue;
        }
        match order.iter_mut().find(|(.., p)| *p == other) {
            Some(entry) => entry.0 &= !direct,
            None => order.push((!direct, Reverse(listed(cx, other)), cx.brief(other).short_title().to_string(), other)),
        }
    }
    if order.is_empty() {
        return None;
    }
    order.sort();
    let total = order.len();
    let neighbours: Vec<usize> = order.into_iter().take(NEIGHBOURS_MAX).map(|(.., p)| p).collect();
    let drawn: Vec<Link> =
        links.iter().filter(|l| neighbours.contains(&l.from) || neighbours.contains(&l.to)).cloned().collect();

    let id = "neighbourhood";
    let brief = cx.brief(index);
    let (name, subject) = (brief.in_sentence(), brief.sentence_start());
    let (it, is) = if brief.plural() { ("them", "are") } else { ("it", "is") };
    let title = format!("{subject} and the parties linked to {it}");
    let around = match neighbours.len() {
        1 => "one linked party".to_string(),
        n => format!("{} linked parties", thousands(n)),
    };
    let desc = format!(
        "{subject}, marked, with {around}, side A on the left, side B on the right, those on neither side between them: {}. Arrows point from a backer, proxy, mediator or member to the other party. The table after the chart lists every link.",
        kind_counts(&drawn)
    );
    let mut parties = neighbours.clone();
    parties.push(index);
    let (svg, svg_narrow) = drawings(cx, id, &parties, &drawn, Some(index), &title, &desc);

    let rows = links
        .iter()
        .map(|l| {
            let outgoing = l.from == index;
            let other = if outgoing { l.to } else { l.from };
            let mut phrase = l.kind.phrase(outgoing).to_string();
            if let Some(role) = &l.role {
                let _ = write!(phrase, " ({role})");
            }
            vec![Cell::text(phrase), party_cell(cx, other), dates_cell(cx, l), claimed_cell(cx, l)]
        })
        .collect();
    let note = (neighbours.len() < total).then(|| {
        format!(
            "Showing {} of the {} parties linked to {name}: {its} own relations and memberships first, then the most connected. The table lists every link.",
            neighbours.len(),
            thousands(total),
            its = if brief.plural() { "their" } else { "its" }
        )
    });
    Some(Chart {
        id: id.to_string(),
        caption: format!("Who {name} {is} linked to"),
        note,
        svg,
        svg_narrow: Some(svg_narrow),
        legend: legend(&drawn),
        table: DataTable {
            summary: links_summary(links.len()),
            columns: vec!["Link", "Party", "Dates", "According to"],
            rows,
        },
    })
}
