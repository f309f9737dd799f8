//! Casualty figures as readers see them: always with who published them, never merged.

use serde::Serialize;

use crate::model::{Casualty, Counted};
use crate::render::views::{Citations, Cite, DateView, Ref};
use crate::resolve::Graph;

/// One published figure.
#[derive(Debug, Serialize)]
pub struct FigureView {
    /// Whom it counts: a party's name or a group ("Civilians").
    pub of: String,
    pub of_url: Option<String>,
    /// "killed", "wounded"...
    pub kind: &'static str,
    /// The figure in words, qualifier included: "158", "nearly 200", "at least 30",
    /// "94–159 (best estimate 120)". What every table shows.
    pub amount: String,
    pub as_of: Option<DateView>,
    pub claimed_by: Option<Ref>,
    pub cites: Vec<Cite>,
}

/// The figures of one claimant on an event page.
#[derive(Debug, Serialize)]
pub struct ClaimantGroup {
    /// `None` for figures no party claims (a source's own tally).
    pub claimant: Option<Ref>,
    /// For figures no party claims, whose count they are: "AFP’s own count".
    pub counted_by: Option<String>,
    pub figures: Vec<FigureView>,
}

/// 30000 as "30,000".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The amount in words, from whichever of count, low, best and high are given.
pub fn amount(c: &Casualty) -> String {
    if let Some(n) = c.count {
        return match c.qualifier {
            Some(q) => format!("{} {}", q.label(), thousands(n)),
            None => thousands(n),
        };
    }
    let (low, best, high) = (c.low.map(thousands), c.best.map(thousands), c.high.map(thousands));
    match (low, best, high) {
        (Some(l), None, Some(h)) => format!("{l}–{h}"),
        (Some(l), Some(b), Some(h)) => format!("{l}–{h} (best estimate {b})"),
        (Some(l), None, None) => format!("at least {l}"),
        (None, None, Some(h)) => format!("up to {h}"),
        (None, Some(b), None) => format!("about {b}"),
        (Some(l), Some(b), None) => format!("at least {l} (best estimate {b})"),
        (None, Some(b), Some(h)) => format!("about {b} (up to {h})"),
        (None, None, None) => String::new(),
    }
}

pub fn figure_view(graph: &Graph, c: &Casualty, citations: &mut Citations) -> FigureView {
    let (of, of_url) = match &c.of {
        Counted::Party(id) => match Ref::by_id(graph, id) {
            Some(r) => (r.name, Some(r.url)),
            None => (id.clone(), None),
        },
        Counted::Group(g) => (g.label().to_string(), None),
    };
    FigureView {
        of,
        of_url,
        kind: c.kind.word(),
        amount: amount(c),
        as_of: DateView::of(c.as_of),
        claimed_by: c.claimed_by.as_deref().and_then(|id| Ref::by_id(graph, id)),
        cites: citations.cite(&c.source),
    }
}

/// Groups an event's figures by claimant, in the order claimants first appear. Figures no
/// party claims are grouped by the sources that give them, since each is that source's own
/// count ("AFP’s own count").
pub fn by_claimant(graph: &Graph, casualties: &[Casualty], citations: &mut Citations) -> Vec<ClaimantGroup> {
    #[derive(PartialEq)]
    enum Key<'a> {
        Claimant(&'a str),
        CountedBy(String),
    }
    let mut groups: Vec<(Key, Vec<FigureView>)> = Vec::new();
    for c in casualties {
        let view = figure_view(graph, c, citations);
        let key = match c.claimed_by.as_deref() {
            Some(id) => Key::Claimant(id),
            None => Key::CountedBy(own_count(&view.cites, citations)),
        };
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, figures)) => figures.push(view),
            None => groups.push((key, vec![view])),
        }
    }
    groups
        .into_iter()
        .map(|(key, figures)| match key {
            Key::Claimant(id) => ClaimantGroup { claimant: Ref::by_id(graph, id), counted_by: None, figures },
            Key::CountedBy(words) => ClaimantGroup { claimant: None, counted_by: Some(words), figures },
        })
        .collect()
}

/// "AFP’s own count", "Reuters’ own count", "AFP and Reuters’ own count"; and for figures
/// nobody claims and no source gives, a plain warning.
fn own_count(cites: &[Cite], citations: &Citations) -> String {
    let mut names: Vec<&str> = Vec::new();
    for cite in cites {
        if let Some(name) = citations.name(cite)
            && !names.contains(&name)
        {
            names.push(name);
        }
    }
    let Some((last, rest)) = names.split_last() else {
        return "Not attributed to a party or a source".to_string();
    };
    let owner = if rest.is_empty() { last.to_string() } else { format!("{} and {last}", rest.join(", ")) };
    let apostrophe = if owner.ends_with('s') { "’" } else { "’s" };
    format!("{owner}{apostrophe} own count")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CasualtyKind, Group, Qualifier};

    fn casualty(count: Option<u64>, low: Option<u64>, best: Option<u64>, high: Option<u64>) -> Casualty {
        Casualty {
            of: Counted::Group(Group::Civilians),
            kind: CasualtyKind::Killed,
            count,
            qualifier: None,
            low,
            best,
            high,
            as_of: None,
            claimed_by: None,
            source: Vec::new(),
        }
    }

    #[test]
    fn words_every_shape_of_figure() {
        assert_eq!(amount(&casualty(Some(30000), None, None, None)), "30,000");
        assert_eq!(amount(&casualty(None, Some(30), None, None)), "at least 30");
        assert_eq!(amount(&casualty(None, None, None, Some(200))), "up to 200");
        assert_eq!(amount(&casualty(None, Some(94), Some(120), Some(159))), "94–159 (best estimate 120)");
        assert_eq!(amount(&casualty(None, Some(94), None, Some(159))), "94–159");
    }

    #[test]
    fn a_qualified_count_keeps_its_qualifier() {
        let nearly = Casualty { qualifier: Some(Qualifier::Nearly), ..casualty(Some(200), None, None, None) };
        assert_eq!(amount(&nearly), "nearly 200");
        let more = Casualty { qualifier: Some(Qualifier::MoreThan), ..casualty(Some(30000), None, None, None) };
        assert_eq!(amount(&more), "more than 30,000");
    }

    #[test]
    fn groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
