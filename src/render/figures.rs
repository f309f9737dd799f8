//! Casualty figures as readers see them: always with who published them, never merged.

use serde::Serialize;

use crate::markdown::Lookup;
use crate::model::{Casualty, Counted, Group};
use crate::render::context::RenderContext;
use crate::render::views::{Citations, Cite, DateView, Ref};
use crate::strings::Strings;

/// One published figure.
#[derive(Debug, Serialize)]
pub struct FigureView {
    /// Whom it counts: a party's name, a group ("Civilians"), or the words before `party`
    /// ("Military personnel of").
    pub of: String,
    pub of_url: Option<String>,
    /// Whose civilians or soldiers (`party:`): "Military personnel of *Georgia*".
    pub party: Option<Ref>,
    /// "Killed", "Wounded"..., in the page's language.
    pub kind: String,
    /// The figure in words, qualifier included: "158", "nearly 200", "at least 30",
    /// "94–159 (best estimate 120)". What every table shows.
    pub amount: String,
    pub as_of: Option<DateView>,
    /// The value before this one and its date, when the figure has a history: "158 on
    /// 2 October 2020".
    pub previous: Option<String>,
    /// "Claimed", "Estimate", "Provisional"...: what kind of number it is, when given.
    pub status: Option<String>,
    pub caveat: Option<String>,
    pub claimed_by: Option<Ref>,
    pub cites: Vec<Cite>,
}

/// The figures of one claimant on an event page.
#[derive(Debug, Serialize)]
pub struct ClaimantGroup {
    /// `None` for figures no party claims (a source's own tally).
    pub claimant: Option<Ref>,
    /// For figures no party claims, whose count they are, each name linked, with the words
    /// after it: "*AFP* and *Reuters’* own count". Empty when no source gives them either.
    pub counted_by: Vec<Counter>,
    pub figures: Vec<FigureView>,
}

/// One name in an "own count" heading: the party whose name the source's publisher is
/// (linked to its page), else the publisher (linked to the source in the list). The last
/// name carries the possessive: "*Reuters’* own count".
#[derive(Debug, PartialEq, Serialize)]
pub struct Counter {
    pub name: String,
    pub url: String,
    /// What follows the name: ", ", " and ", " own count".
    pub after: String,
}

/// Whether any figure has an `as_of` date: when none has, tables leave the column out.
pub fn any_as_of<'a>(figures: impl IntoIterator<Item = &'a FigureView>) -> bool {
    figures.into_iter().any(|f| f.as_of.is_some())
}

/// How the "Counted" column reads: the words, the party they link to when `of` is one,
/// and the party whose people a group is. A figure of unspecified people is "Not
/// specified", or, for one party's, "On the side of" that party.
fn counted(cx: &RenderContext, c: &Casualty) -> (String, Option<String>, Option<Ref>) {
    let party = c.party.as_deref().and_then(|id| Ref::by_id(cx, id));
    match (&c.of, party) {
        (Counted::Party(id), _) => match Ref::by_id(cx, id) {
            Some(r) => (r.name, Some(r.url), None),
            None => (id.clone(), None, None),
        },
        (Counted::Group(Group::Unknown), Some(p)) => (cx.text("on_the_side_of").to_string(), None, Some(p)),
        (Counted::Group(g), Some(p)) => (cx.t("group_of", [("group", cx.label(*g).into())]), None, Some(p)),
        (Counted::Group(g), None) => (cx.label(*g).to_string(), None, None),
    }
}

/// Whom a figure counts as plain text at the start of a sentence, for structured data:
/// "The South Ossetian authorities", "Military personnel of Georgia", "Civilians"; `None`
/// when the figure does not say.
pub fn counted_text(cx: &RenderContext, c: &Casualty) -> Option<String> {
    if let Counted::Party(id) = &c.of {
        return Some(Ref::by_id(cx, id).map_or_else(|| id.clone(), |r| r.subject));
    }
    let (words, _, party) = counted(cx, c);
    match party {
        Some(p) => Some(format!("{words} {}", p.phrase)),
        None if c.of == Counted::Group(Group::Unknown) => None,
        None => Some(words),
    }
}

/// [`counted_text`], or "Not specified" for a figure that does not say whom it counts.
pub fn counted_words(cx: &RenderContext, c: &Casualty) -> String {
    counted_text(cx, c).unwrap_or_else(|| cx.label(Group::Unknown).to_string())
}

/// The amount in words, from whichever of count, low, best and high are given. It takes the
/// strings, not a context, as it reads nothing of the graph.
pub fn amount(strings: &Strings, c: &Casualty) -> String {
    if let Some(n) = c.count {
        return match c.qualifier {
            Some(q) => {
                strings.t("amount_qualified", [("qualifier", strings.label(q).into()), ("n", strings.number(n).into())])
            }
            None => strings.number(n),
        };
    }
    let number = |n: u64| strings.number(n);
    let (low, best, high) = (c.low.map(number), c.best.map(number), c.high.map(number));
    match (low, best, high) {
        (Some(l), None, Some(h)) => strings.t("amount_range", [("low", l.into()), ("high", h.into())]),
        (Some(l), Some(b), Some(h)) => {
            strings.t("amount_range_best", [("low", l.into()), ("best", b.into()), ("high", h.into())])
        }
        (Some(l), None, None) => strings.t("amount_at_least", [("low", l.into())]),
        (None, None, Some(h)) => strings.t("amount_up_to", [("high", h.into())]),
        (None, Some(b), None) => strings.t("amount_about", [("best", b.into())]),
        (Some(l), Some(b), None) => strings.t("amount_at_least_best", [("low", l.into()), ("best", b.into())]),
        (None, Some(b), Some(h)) => strings.t("amount_about_up_to", [("best", b.into()), ("high", h.into())]),
        (None, None, None) => String::new(),
    }
}

pub fn figure_view(cx: &RenderContext, c: &Casualty, citations: &mut Citations) -> FigureView {
    let (of, of_url, party) = counted(cx, c);
    FigureView {
        of,
        of_url,
        party,
        kind: cx.label(c.kind).to_string(),
        amount: amount(cx.strings(), c),
        as_of: DateView::of(cx, c.as_of),
        previous: c.previous().map(|p| previous(cx, p)),
        status: c.status.map(|s| cx.label(s).to_string()),
        caveat: c.caveat.clone(),
        claimed_by: c.claimed_by.as_deref().and_then(|id| Ref::by_id(cx, id)),
        cites: citations.cite(&c.source),
    }
}

/// An earlier value in words with its date: "158 on 2 October 2020".
pub fn previous(cx: &RenderContext, value: &Casualty) -> String {
    let amount = amount(cx.strings(), value);
    match value.as_of {
        Some(date) => cx.t("figure_previous", [("amount", amount.into()), ("date", cx.date(&date).into())]),
        None => amount,
    }
}

/// Groups an event's figures by claimant, in the order claimants first appear. Figures no
/// party claims are grouped by the sources that give them, since each is that source's own
/// count ("AFP’s own count").
pub fn by_claimant(cx: &RenderContext, casualties: &[Casualty], citations: &mut Citations) -> Vec<ClaimantGroup> {
    #[derive(PartialEq)]
    enum Key<'a> {
        Claimant(&'a str),
        CountedBy(Vec<Counter>),
    }
    let mut groups: Vec<(Key, Vec<FigureView>)> = Vec::new();
    for c in casualties {
        let view = figure_view(cx, c, citations);
        let key = match c.claimed_by.as_deref() {
            Some(id) => Key::Claimant(id),
            None => Key::CountedBy(own_count(cx, &view.cites, citations)),
        };
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, figures)) => figures.push(view),
            None => groups.push((key, vec![view])),
        }
    }
    groups
        .into_iter()
        .map(|(key, figures)| match key {
            Key::Claimant(id) => ClaimantGroup { claimant: Ref::by_id(cx, id), counted_by: Vec::new(), figures },
            Key::CountedBy(counters) => ClaimantGroup { claimant: None, counted_by: counters, figures },
        })
        .collect()
}

/// "AFP’s own count", "Reuters’ own count", "AFP and Reuters’ own count", each name
/// linked: a publisher that is a party of the site by its name in a sentence and its page
/// ("The Fact-Finding Mission’s own count", "AFP and the Fact-Finding Mission’s own
/// count"), any other by its entry in the source list. Empty for figures no source gives
/// (the template says they are attributed to no one).
fn own_count(cx: &RenderContext, cites: &[Cite], citations: &Citations) -> Vec<Counter> {
    let mut names: Vec<(String, String)> = Vec::new();
    for cite in cites {
        let Some(name) = citations.name(cite) else { continue };
        // Found or not, the heading depends on the names: a party may take this one later.
        let named = match cx.lookup_name(name) {
            Lookup::Found(i) if cx.brief(i).as_party().is_some() => {
                let party = Ref::new(cx, i);
                (if names.is_empty() { party.subject } else { party.phrase }, party.url)
            }
            _ => (name.to_string(), cite.href.clone()),
        };
        if !names.iter().any(|(n, _)| *n == named.0) {
            names.push(named);
        }
    }
    counters(cx, names)
}

/// The names of an own-count heading joined as a sentence: ", " between them, " and "
/// before the last, and the possessive on the last.
fn counters(cx: &RenderContext, names: Vec<(String, String)>) -> Vec<Counter> {
    let count = names.len();
    names
        .into_iter()
        .enumerate()
        .map(|(i, (name, url))| {
            if i + 1 == count {
                let name = if name.ends_with('s') {
                    cx.t("possessive_s", [("name", name.into())])
                } else {
                    cx.t("possessive", [("name", name.into())])
                };
                return Counter { name, url, after: format!(" {}", cx.text("own_count")) };
            }
            let after = if i + 2 == count { format!(" {} ", cx.text("and")) } else { ", ".to_string() };
            Counter { name, url, after }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CasualtyKind, Qualifier};

    fn strings() -> Strings {
        Strings::embedded().expect("the built-in catalogue parses")
    }

    fn casualty(count: Option<u64>, low: Option<u64>, best: Option<u64>, high: Option<u64>) -> Casualty {
        Casualty {
            at: 0,
            of: Counted::Group(Group::Civilians),
            kind: CasualtyKind::Killed,
            count,
            qualifier: None,
            low,
            best,
            high,
            as_of: None,
            claimed_by: None,
            party: None,
            source: Vec::new(),
            status: None,
            caveat: None,
            history: Vec::new(),
        }
    }

    #[test]
    fn words_every_shape_of_figure() {
        assert_eq!(amount(&strings(), &casualty(Some(30000), None, None, None)), "30,000");
        assert_eq!(amount(&strings(), &casualty(None, Some(30), None, None)), "at least 30");
        assert_eq!(amount(&strings(), &casualty(None, None, None, Some(200))), "up to 200");
        assert_eq!(amount(&strings(), &casualty(None, Some(94), Some(120), Some(159))), "94–159 (best estimate 120)");
        assert_eq!(amount(&strings(), &casualty(None, Some(94), None, Some(159))), "94–159");
    }

    #[test]
    fn a_qualified_count_keeps_its_qualifier() {
        let nearly = Casualty { qualifier: Some(Qualifier::Nearly), ..casualty(Some(200), None, None, None) };
        assert_eq!(amount(&strings(), &nearly), "nearly 200");
        let more = Casualty { qualifier: Some(Qualifier::MoreThan), ..casualty(Some(30000), None, None, None) };
        assert_eq!(amount(&strings(), &more), "more than 30,000");
    }

    #[test]
    fn groups_digits_as_each_language_does() {
        use crate::strings::thousands;
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
        let number = |lang: &str, n: u64| Strings::for_language(lang, None).unwrap().0.number(n);
        assert_eq!(number("en", 30000), "30,000");
        assert_eq!(number("fr", 30000), "30\u{202f}000");
        assert_eq!(number("ru", 30000), "30\u{a0}000");
        assert_eq!(number("az", 30000), "30.000");
        assert_eq!(number("fr", 999), "999");
    }
}
