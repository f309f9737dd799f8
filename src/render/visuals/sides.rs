//! Where the relationship map puts each party: side A in a column on the left, side B in one on
//! the right, and the parties that take neither side (mediators, onlookers) between them, or
//! under both on a phone. A party's side comes from the events it took part in as `side_a` or
//! `side_b`; a party with none takes it from its links (an ally, backer, proxy or office-holder
//! stands with the party it is linked to, an adversary or rival against it; an alliance stands
//! with its members when they agree). In each column the parties most often on a side come
//! first, each followed by the people who belong to it, and alliances last, so the core
//! adversaries face each other across the top row. Labels are level and never overlap: each
//! column is as wide as its widest label, and the labels are clipped to the room there is.

use std::collections::HashMap;

use crate::model::{PartyKind, RelationKind, Role};
use crate::render::context::RenderContext;

use super::relations::LinkKind;
use super::{Fit, NARROW_WIDTH, clip, text_width};

/// The three places a party can stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    A,
    Neither,
    B,
}

impl Column {
    /// The heading over the column.
    pub fn heading<'g>(self, cx: &RenderContext<'g>) -> &'g str {
        match self {
            Column::A => cx.text("map_side_a"),
            Column::Neither => cx.text("map_neither_side"),
            Column::B => cx.text("map_side_b"),
        }
    }

    fn opposite(self) -> Column {
        match self {
            Column::A => Column::B,
            Column::B => Column::A,
            Column::Neither => Column::Neither,
        }
    }
}

/// A party placed on the drawing: its dot, and its label's start, baseline and anchor.
pub struct Placed {
    pub party: usize,
    pub column: Column,
    pub x: f64,
    pub y: f64,
    pub label: (f64, f64, &'static str),
    pub text: String,
}

/// The whole layout: the parties, the column headings and the drawing's size.
pub struct Layout<'g> {
    pub nodes: Vec<Placed>,
    pub headings: Vec<(f64, f64, &'static str, &'g str)>,
    pub width: f64,
    pub height: f64,
    /// How far a line between two parties of one column may bow out of it.
    pub bow: f64,
}

const MARGIN: f64 = 12.0;
const ROW: f64 = 30.0;
const TOP: f64 = 46.0;
/// Label size of the map, in pixels (the stylesheet's `.node-label`).
pub const LABEL_SIZE: f64 = 13.0;
const WIDE_WIDTH: f64 = 760.0;

fn is_group(kind: PartyKind) -> bool {
    matches!(kind, PartyKind::Alliance | PartyKind::Organisation)
}

/// How many times each party was on side A (negative) or side B (positive) in events.
fn event_score(cx: &RenderContext, party: usize) -> i64 {
    cx.derived(party)
        .events
        .iter()
        .map(|r| match r.role {
            Role::SideA => -1,
            Role::SideB => 1,
            _ => 0,
        })
        .sum()
}

/// Every party's column. `links` are (from, to, kind) as written in `from`'s front-matter.
pub fn columns(cx: &RenderContext, parties: &[usize], links: &[(usize, usize, LinkKind)]) -> HashMap<usize, Column> {
    let kind = |p: usize| cx.brief(p).as_party().map_or(PartyKind::Other, |x| x.kind);
    let mut side: HashMap<usize, Column> = HashMap::new();
    for &p in parties {
        match event_score(cx, p) {
            s if s < 0 => {
                side.insert(p, Column::A);
            }
            s if s > 0 => {
                side.insert(p, Column::B);
            }
            _ => {}
        }
    }
    // Mediators stand between the sides, whatever their links say.
    let mediates = |p: usize| {
        links.iter().any(|&(f, _, k)| f == p && k == LinkKind::Relation(RelationKind::Mediator))
            || cx.derived(p).events.iter().any(|r| r.role == Role::Mediator)
    };
    for &p in parties {
        if !side.contains_key(&p) && mediates(p) {
            side.insert(p, Column::Neither);
        }
    }
    // Sides spread along links, a step at a time, so the nearest decided party wins.
    for _ in 0..parties.len().min(6) {
        let mut next = side.clone();
        for &p in parties.iter().filter(|p| !side.contains_key(p)) {
            let mut vote = 0i64;
            for &(from, to, k) in links {
                let (other, outgoing) = match (from == p, to == p) {
                    (true, false) => (to, true),
                    (false, true) => (from, false),
                    _ => continue,
                };
                let Some(&theirs) = side.get(&other) else { continue };
                let mine = match k {
                    LinkKind::Relation(RelationKind::Adversary | RelationKind::Rival) => theirs.opposite(),
                    LinkKind::Relation(RelationKind::Mediator | RelationKind::Other) => continue,
                    LinkKind::Relation(_) => theirs,
                    // A member of a state stands with it; an alliance with its members; a
                    // state is not put on a side by the alliance it belongs to.
                    LinkKind::Member if outgoing && !is_group(kind(other)) => theirs,
                    LinkKind::Member if !outgoing && is_group(kind(p)) => theirs,
                    LinkKind::Member => continue,
                };
                vote += match mine {
                    Column::A => -1,
                    Column::B => 1,
                    Column::Neither => 0,
                };
            }
            if vote != 0 {
                next.insert(p, if vote < 0 { Column::A } else { Column::B });
            }
        }
        if next.len() == side.len() {
            break;
        }
        side = next;
    }
    parties.iter().map(|&p| (p, side.get(&p).copied().unwrap_or(Column::Neither))).collect()
}

/// The parties of one column in reading order: the most involved first, each followed by the
/// people who belong to it, then the rest of the people, then alliances and organisations.
fn order(cx: &RenderContext, column: &[usize], links: &[(usize, usize, LinkKind)]) -> Vec<usize> {
    let kind = |p: usize| cx.brief(p).as_party().map_or(PartyKind::Other, |x| x.kind);
    let name = |p: usize| cx.brief(p).short_title();
    let mut main: Vec<usize> =
        column.iter().copied().filter(|&p| kind(p) != PartyKind::Person && !is_group(kind(p))).collect();
    main.sort_by(|&a, &b| event_score(cx, b).abs().cmp(&event_score(cx, a).abs()).then_with(|| name(a).cmp(name(b))));
    let mut out = Vec::new();
    for p in main {
        out.push(p);
        let mut people: Vec<usize> = column
            .iter()
            .copied()
            .filter(|&m| kind(m) == PartyKind::Person && links.contains(&(m, p, LinkKind::Member)))
            .collect();
        people.sort_by(|&a, &b| name(a).cmp(name(b)));
        out.extend(people.into_iter().filter(|m| !out.contains(m)).collect::<Vec<_>>());
    }
    let mut rest: Vec<usize> = column.iter().copied().filter(|p| !out.contains(p)).collect();
    rest.sort_by(|&a, &b| is_group(kind(a)).cmp(&is_group(kind(b))).then_with(|| name(a).cmp(name(b))));
    out.extend(rest);
    out
}

/// A column in reading order cut into groups: each party other than a person, with the people
/// after it.
fn groups(cx: &RenderContext, ordered: &[usize]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for &p in ordered {
        let person = cx.brief(p).as_party().is_some_and(|x| x.kind == PartyKind::Person);
        match out.last_mut() {
            Some(group) if person => group.push(p),
            _ => out.push(vec![p]),
        }
    }
    out
}

/// Lays the parties out for a drawing of the given fit.
pub fn lay_out<'g>(
    cx: &RenderContext<'g>,
    parties: &[usize],
    links: &[(usize, usize, LinkKind)],
    fit: Fit,
) -> Layout<'g> {
    let side = columns(cx, parties, links);
    let pick = |c: Column| {
        let members: Vec<usize> = parties.iter().copied().filter(|p| side[p] == c).collect();
        order(cx, &members, links)
    };
    let (a, neither, b) = (pick(Column::A), pick(Column::Neither), pick(Column::B));
    let label = |p: usize, room: f64| {
        let chars = (room / (LABEL_SIZE * 0.58)).floor() as usize;
        clip(cx.brief(p).short_title(), chars.clamp(6, 26))
    };
    let widest = |ps: &[usize]| ps.iter().map(|&p| text_width(&label(p, 1e6), LABEL_SIZE)).fold(0.0, f64::max);
    let mut nodes = Vec::new();
    let mut headings = Vec::new();
    let put = |nodes: &mut Vec<Placed>, p: usize, column: Column, x: f64, y: f64, left: bool, room: f64| {
        let (lx, anchor) = if left { (x - 10.0, "end") } else { (x + 10.0, "start") };
        nodes.push(Placed { party: p, column, x, y, label: (lx, y + 4.5, anchor), text: label(p, room) });
    };
    match fit {
        Fit::Wide => {
            let width = WIDE_WIDTH;
            let xa = MARGIN + widest(&a).max(60.0) + 10.0;
            let xb = width - MARGIN - widest(&b).max(60.0) - 10.0;
            let xn = width / 2.0;
            for (i, &p) in a.iter().enumerate() {
                put(&mut nodes, p, Column::A, xa, TOP + i as f64 * ROW, true, xa - MARGIN - 10.0);
            }
            for (i, &p) in b.iter().enumerate() {
                put(&mut nodes, p, Column::B, xb, TOP + i as f64 * ROW, false, width - xb - MARGIN - 10.0);
            }
            // Below the top row, so the line between the core adversaries crosses nothing.
            let room = (xb - xa) / 2.0 - 30.0;
            let xn = (xn - widest(&neither).min(room) / 2.0 - 5.0).max(xa + 40.0);
            for (i, &p) in neither.iter().enumerate() {
                put(&mut nodes, p, Column::Neither, xn, TOP + ROW + i as f64 * ROW, false, room);
            }
            headings.push((xa, 18.0, "end", Column::A.heading(cx)));
            headings.push((xb, 18.0, "start", Column::B.heading(cx)));
            if !neither.is_empty() {
                headings.push((xn, 18.0, "start", Column::Neither.heading(cx)));
            }
            let rows = (a.len().max(b.len()) as f64 * ROW).max(ROW + neither.len() as f64 * ROW);
            Layout { nodes, headings, width, height: TOP + rows, bow: 40.0 }
        }
        Fit::Narrow => {
            let width = NARROW_WIDTH;
            // The two columns share the width by their widest labels, 40 px apart.
            let (wa, wb) = (widest(&a).max(widest(&neither)).max(50.0), widest(&b).max(widest(&neither)).max(50.0));
            let total = width - 2.0 * 6.0 - 20.0 - 40.0;
            // When both do not fit, the longer labels are clipped, the shorter kept whole.
            let (wa, wb) = match (wa, wb) {
                _ if wa + wb <= total => (wa, wb),
                _ if wa <= total / 2.0 => (wa, total - wa),
                _ if wb <= total / 2.0 => (total - wb, wb),
                _ => (total / 2.0, total / 2.0),
            };
            let spare = (total - wa - wb) / 2.0;
            let xa = 6.0 + spare + wa + 10.0;
            let xb = xa + 40.0;
            let (room_a, room_b) = (wa, wb);
            for (i, &p) in a.iter().enumerate() {
                put(&mut nodes, p, Column::A, xa, TOP + i as f64 * ROW, true, room_a);
            }
            for (i, &p) in b.iter().enumerate() {
                put(&mut nodes, p, Column::B, xb, TOP + i as f64 * ROW, false, room_b);
            }
            headings.push((xa, 18.0, "end", Column::A.heading(cx)));
            headings.push((xb, 18.0, "start", Column::B.heading(cx)));
            let mut y = TOP + a.len().max(b.len()) as f64 * ROW + 14.0;
            if !neither.is_empty() {
                headings.push((width / 2.0, y, "middle", Column::Neither.heading(cx)));
                y += 28.0;
                // A party and the people under it stay together, in the shorter half.
                let (mut left, mut right): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
                for group in groups(cx, &neither) {
                    if left.len() <= right.len() { left.extend(group) } else { right.extend(group) }
                }
                for (i, &p) in left.iter().enumerate() {
                    put(&mut nodes, p, Column::Neither, xa, y + i as f64 * ROW, true, room_a);
                }
                for (i, &p) in right.iter().enumerate() {
                    put(&mut nodes, p, Column::Neither, xb, y + i as f64 * ROW, false, room_b);
                }
                y += left.len().max(right.len()) as f64 * ROW;
            }
            Layout { nodes, headings, width, height: y, bow: 14.0 }
        }
    }
}
