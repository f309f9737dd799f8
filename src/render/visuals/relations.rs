//! The relationship map: parties in columns by the side they take (laid out by `sides.rs`),
//! joined by their relations and memberships. Each kind of link has its own colour (a
//! colour-blind-safe palette, set in the stylesheet for light and dark) and its own dash
//! pattern, and links with a direction end in an arrow. On a party's page the same drawing
//! shows its neighbourhood: the party, marked, among the parties it is linked to.
//!
//! This module chooses which parties and links a chart shows and describes them; `draw` makes
//! the SVG and its key, `table` the same links as a table.

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use fluent_bundle::FluentValue;

use crate::model::{Date, Party, RelationKind, Role};
use crate::render::context::RenderContext;

use super::{Chart, number};

mod draw;
mod table;

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

    pub(super) fn width(self) -> f64 {
        match self {
            LinkKind::Member => 1.25,
            LinkKind::Relation(RelationKind::Backer) => 2.5,
            _ => 2.0,
        }
    }

    /// How the line reads between two names: "Turkey backs Azerbaijan", "the Karabakh
    /// authorities are allies of Armenia" (agreeing with a `plural: true` subject).
    fn verb(self, cx: &RenderContext, plural: bool) -> String {
        let args = [("number", number(plural))];
        match self {
            LinkKind::Relation(RelationKind::Ally) => cx.t("map_verb_ally", args),
            LinkKind::Relation(RelationKind::Adversary) => cx.t("map_verb_adversary", args),
            LinkKind::Relation(RelationKind::Rival) => cx.t("map_verb_rival", args),
            LinkKind::Relation(RelationKind::Backer) => cx.t("map_verb_backer", args),
            LinkKind::Relation(RelationKind::Proxy) => cx.t("map_verb_proxy", args),
            LinkKind::Relation(RelationKind::Mediator) => cx.t("map_verb_mediator", args),
            LinkKind::Relation(RelationKind::Other) => cx.t("map_verb_other", args),
            LinkKind::Member => cx.t("map_verb_member", args),
        }
    }

    /// How many links of this kind there are, in the description: "adversaries: 3".
    fn counted(self, cx: &RenderContext, n: usize) -> String {
        let args = [("count", n.into())];
        match self {
            LinkKind::Relation(RelationKind::Ally) => cx.t("map_count_ally", args),
            LinkKind::Relation(RelationKind::Adversary) => cx.t("map_count_adversary", args),
            LinkKind::Relation(RelationKind::Rival) => cx.t("map_count_rival", args),
            LinkKind::Relation(RelationKind::Backer) => cx.t("map_count_backer", args),
            LinkKind::Relation(RelationKind::Proxy) => cx.t("map_count_proxy", args),
            LinkKind::Relation(RelationKind::Mediator) => cx.t("map_count_mediator", args),
            LinkKind::Relation(RelationKind::Other) => cx.t("map_count_other", args),
            LinkKind::Member => cx.t("map_count_member", args),
        }
    }

    /// The parties at the start of `n` such links, counted: "12 members".
    pub(super) fn many(self, cx: &RenderContext, n: usize) -> String {
        let args = [("count", n.into()), ("n", cx.number(n as u64).into())];
        match self {
            LinkKind::Relation(RelationKind::Backer) => cx.t("map_bundle_backers", args),
            LinkKind::Relation(RelationKind::Proxy) => cx.t("map_bundle_proxies", args),
            LinkKind::Relation(RelationKind::Mediator) => cx.t("map_bundle_mediators", args),
            LinkKind::Relation(_) => cx.t("map_bundle_links", args),
            LinkKind::Member => cx.t("map_bundle_members", args),
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

/// "Turkey backs Azerbaijan (according to Armenia)".
pub(super) fn sentence(cx: &RenderContext, link: &Link) -> String {
    let brief = |i: usize| cx.brief(i);
    let from = brief(link.from);
    let verb = link.kind.verb(cx, from.plural());
    let args =
        [("from", from.sentence_start().into()), ("verb", verb.into()), ("to", brief(link.to).in_sentence().into())];
    match link.claimed_by {
        Some(c) => cx.t("map_link_claimed", args.into_iter().chain([("claimant", brief(c).in_sentence().into())])),
        None => cx.t("map_link", args),
    }
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

    let title = cx.text("map_title");
    let args: [(&str, FluentValue); 3] = [
        ("parties", cx.number(parties.len() as u64).into()),
        ("links", cx.number(links.len() as u64).into()),
        ("kinds", kind_counts(cx, &links).into()),
    ];
    let desc = cx.t("map_desc", args);
    let (svg, svg_narrow) = draw::drawings(cx, id, &parties, &links, None, title, &desc);

    let note = (parties.len() < connected).then(|| {
        let args: [(&str, FluentValue); 4] = [
            ("shown", parties.len().into()),
            ("total", connected.into()),
            ("parties", cx.number(parties.len() as u64).into()),
            ("connected", cx.number(connected as u64).into()),
        ];
        cx.t("map_note", args)
    });
    Some(Chart {
        id: id.to_string(),
        caption: title.to_string(),
        note,
        svg,
        svg_narrow: Some(svg_narrow),
        legend: draw::legend(cx, &links),
        table: table::map(cx, &links),
        credit: None,
    })
}

/// "adversaries: 3; membership: 2", for the description.
fn kind_counts(cx: &RenderContext, links: &[Link]) -> String {
    KINDS
        .iter()
        .filter_map(|&k| {
            let n = links.iter().filter(|l| l.kind == k).count();
            (n > 0).then(|| k.counted(cx, n))
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
    let plural = brief.plural();
    let title = cx.t("neighbourhood_title", [("subject", subject.as_str().into()), ("number", number(plural))]);
    let n = cx.number(neighbours.len() as u64);
    let around = cx.t("neighbourhood_around", [("count", neighbours.len().into()), ("n", n.into())]);
    let args: [(&str, FluentValue); 3] =
        [("subject", subject.as_str().into()), ("around", around.into()), ("kinds", kind_counts(cx, &drawn).into())];
    let desc = cx.t("neighbourhood_desc", args);
    let mut parties = neighbours.clone();
    parties.push(index);
    let (svg, svg_narrow) = draw::drawings(cx, id, &parties, &drawn, Some(index), &title, &desc);

    let note = (neighbours.len() < total).then(|| {
        let args: [(&str, FluentValue); 5] = [
            ("shown", neighbours.len().into()),
            ("total", total.into()),
            ("n", cx.number(total as u64).into()),
            ("name", name.as_str().into()),
            ("number", number(plural)),
        ];
        cx.t("neighbourhood_note", args)
    });
    Some(Chart {
        id: id.to_string(),
        caption: cx.t("neighbourhood_caption", [("name", name.as_str().into()), ("number", number(plural))]),
        note,
        svg,
        svg_narrow: Some(svg_narrow),
        legend: draw::legend(cx, &drawn),
        table: table::neighbourhood(cx, index, &links),
        credit: None,
    })
}
