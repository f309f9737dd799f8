//! The relationship map's facts as a table: one row per link, with the parties, the words of
//! the link, its dates and who claims it. The site-wide map names both parties; a party's
//! neighbourhood names the link as read from that party ("Backed by", "Member of").

use crate::render::context::RenderContext;
use crate::render::views::span;

use super::super::{Cell, DataTable};
use super::{Link, LinkKind};

impl LinkKind {
    /// How a party page names the link, seen from `from` (outgoing) or from `to`.
    fn phrase<'g>(self, cx: &RenderContext<'g>, outgoing: bool) -> &'g str {
        match self {
            LinkKind::Relation(kind) => {
                let (out, inc) = crate::render::party::relation_phrases(cx, kind);
                if outgoing { out } else { inc }
            }
            LinkKind::Member if outgoing => cx.text("map_member_of"),
            LinkKind::Member => cx.text("map_has_member"),
        }
    }
}

/// The site-wide map's table: each link with the parties at both ends.
pub(super) fn map(cx: &RenderContext, links: &[Link]) -> DataTable {
    let rows = links
        .iter()
        .map(|l| {
            let relation = with_role(cx, l.kind.verb(cx, cx.brief(l.from).plural()), l.role.as_deref());
            vec![
                party_cell(cx, l.from),
                Cell::text(relation),
                party_cell(cx, l.to),
                dates_cell(cx, l),
                claimed_cell(cx, l),
            ]
        })
        .collect();
    DataTable {
        summary: links_summary(cx, links.len()),
        columns: [
            cx.text("party"),
            cx.text("map_column_relation"),
            cx.text("map_column_other_party"),
            cx.text("map_column_dates"),
            cx.text("according_to"),
        ]
        .map(String::from)
        .into(),
        rows,
    }
}

/// The table of party `index`'s neighbourhood: each link as that party reads it, and the other party.
pub(super) fn neighbourhood(cx: &RenderContext, index: usize, links: &[Link]) -> DataTable {
    let rows = links
        .iter()
        .map(|l| {
            let outgoing = l.from == index;
            let other = if outgoing { l.to } else { l.from };
            let phrase = with_role(cx, l.kind.phrase(cx, outgoing).to_string(), l.role.as_deref());
            vec![Cell::text(phrase), party_cell(cx, other), dates_cell(cx, l), claimed_cell(cx, l)]
        })
        .collect();
    DataTable {
        summary: links_summary(cx, links.len()),
        columns: [cx.text("map_column_link"), cx.text("party"), cx.text("map_column_dates"), cx.text("according_to")]
            .map(String::from)
            .into(),
        rows,
    }
}

/// "The 5 links as a table", "The link as a table": the words of the table's disclosure.
fn links_summary(cx: &RenderContext, count: usize) -> String {
    cx.t("map_table", [("count", count.into()), ("n", cx.number(count as u64).into())])
}

/// A link's words with the role the party holds: "is a member of (chair)".
fn with_role(cx: &RenderContext, link: String, role: Option<&str>) -> String {
    match role {
        Some(role) => cx.t("map_link_role", [("link", link.into()), ("role", role.into())]),
        None => link,
    }
}

fn dates_cell(cx: &RenderContext, link: &Link) -> Cell {
    Cell::text(span(cx, link.since, link.until).unwrap_or_default())
}

fn claimed_cell(cx: &RenderContext, link: &Link) -> Cell {
    link.claimed_by.map_or_else(Cell::default, |c| Cell::link(cx.brief(c).short_title(), cx.url(c)))
}

fn party_cell(cx: &RenderContext, party: usize) -> Cell {
    Cell::link(cx.brief(party).short_title(), cx.url(party))
}
