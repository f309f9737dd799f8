//! Long lists split into pages a reader can load: the who's who by kind and letter, the
//! timeline by period, tag pages and a party's events, claims and figures in runs of
//! [`PAGE_ITEMS`]. A site small enough for one page of each keeps its single pages; the
//! split is decided here once per render, from the graph, so every job and link agrees.
//!
//! [`routes`] formats their paths: later pages of a list at `base/` are `base/2/`, `base/3/`...;
//! who's who parts are `parties/kind/<kind>/` (and `parties/kind/<kind>/<letters>/` for a
//! long kind), periods `events/period/<slug>/`. `kind` and `period` are refused as party
//! and event ids.

use std::ops::Range;

use serde::Serialize;

use crate::model::{Day, PartyKind, Precision};
use crate::render::context::RenderContext;
use crate::render::views::by_name;
use crate::routes;

/// Cards, events or list entries on one page of a list.
pub const PAGE_ITEMS: usize = 200;

/// How many events, claims or figures a party page shows before it summarises them and links
/// to the full list.
pub const SCREENFUL: usize = 20;

/// How many pages `len` entries take (one at least, so an empty list still has its page).
pub fn page_count(len: usize) -> usize {
    len.div_ceil(PAGE_ITEMS).max(1)
}

/// The entries of page `n` (from 1) of a list of `len`.
pub fn page_range(len: usize, n: usize) -> Range<usize> {
    let start = (n.saturating_sub(1) * PAGE_ITEMS).min(len);
    start..(start + PAGE_ITEMS).min(len)
}

/// Links between the pages of one list, for `pager.html`'s component.
#[derive(Debug, Serialize)]
pub struct Pager {
    pub pages: Vec<PageLink>,
    pub prev: Option<String>,
    pub next: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct PageLink {
    pub url: String,
    pub label: String,
    pub current: bool,
}

impl Pager {
    /// The pager of page `n` of `count` pages numbered 1, 2, 3... at `base`; `None` for a
    /// list of one page.
    pub fn numbered(cx: &RenderContext, base: &str, n: usize, count: usize) -> Option<Pager> {
        let links = (1..=count).map(|k| (routes::page(base, k), k.to_string())).collect();
        (count > 1).then(|| Pager::new(cx, links, n.saturating_sub(1)))
    }

    /// A pager over named pages (site path, label); `current` is the index of this page.
    pub fn new(cx: &RenderContext, pages: Vec<(String, String)>, current: usize) -> Pager {
        let base = cx.base();
        let url = |k: usize| pages.get(k).map(|(path, _)| base.link(path));
        Pager {
            prev: current.checked_sub(1).and_then(url),
            next: url(current + 1),
            pages: pages
                .iter()
                .enumerate()
                .map(|(k, (path, label))| PageLink {
                    url: base.link(path),
                    label: label.clone(),
                    current: k == current,
                })
                .collect(),
        }
    }
}

/// How the site's long lists are split; empty vectors when each fits one page.
#[derive(Debug, Default)]
pub struct Layout {
    pub periods: Vec<Period>,
    pub who: Vec<WhoPart>,
}

impl Layout {
    pub fn new(cx: &RenderContext) -> Layout {
        Layout { periods: periods(cx), who: who_parts(cx) }
    }
}

/// A run of the timeline between two calendar dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// `1992`, `1992-03`, `1988-to-1991`: the page's path segment.
    pub slug: String,
    /// "1992", "March 1992", "1988–1991".
    pub label: String,
    /// Positions in `graph.timeline`.
    pub range: Range<usize>,
    /// The first day of the period, for the chart's links.
    pub start: Day,
}

impl Period {
    pub fn path(&self) -> String {
        routes::period(&self.slug)
    }
}

/// A calendar unit of the timeline before merging: a year, a month, or a part of a month.
struct Unit {
    slug: String,
    label: String,
    range: Range<usize>,
    start: Day,
    /// One of the numbered parts of a crowded month, which is never merged with another.
    split: bool,
}

/// The timeline cut into periods of at most [`PAGE_ITEMS`] events: years, or months of a
/// crowded year, or parts of a crowded month; quiet neighbouring years or months are merged.
fn periods(cx: &RenderContext) -> Vec<Period> {
    let timeline = cx.timeline();
    if timeline.len() <= PAGE_ITEMS {
        return Vec::new();
    }
    let start_of = |k: usize| cx.brief(timeline[k]).as_event().map_or(Day::MIN, |e| e.date.earliest());
    let mut units: Vec<Unit> = Vec::new();
    for year in runs(0..timeline.len(), |k| start_of(k).year) {
        let y = start_of(year.start).year;
        let year_label = if y == i32::MIN { cx.text("open_start").to_string() } else { y.to_string() };
        let year_slug = if y == i32::MIN { "open-start".to_string() } else { y.to_string() };
        if year.len() <= PAGE_ITEMS || y == i32::MIN {
            units.push(Unit {
                slug: year_slug,
                label: year_label,
                start: start_of(year.start),
                range: year,
                split: false,
            });
            continue;
        }
        // Events dated by the year alone (month 0 here) come first in their year, before its
        // 1 January (the timeline's order), and are a period of their own, never merged: they
        // are not January's.
        let month_of = |k: usize| match cx.brief(timeline[k]).as_event() {
            Some(e) if e.date.precision() == Precision::Year => 0,
            _ => start_of(k).month,
        };
        for month in runs(year, month_of) {
            let m = month_of(month.start);
            let (slug, label) = if m == 0 {
                (format!("{y}-no-month"), cx.t("year_without_month", [("year", y.to_string().into())]))
            } else {
                (format!("{y}-{m:02}"), format!("{} {y}", cx.month(m)))
            };
            let parts = month.len().div_ceil(PAGE_ITEMS);
            for p in 0..parts {
                let from = month.start + p * PAGE_ITEMS;
                let range = from..(from + PAGE_ITEMS).min(month.end);
                let (slug, label) = if parts == 1 {
                    (slug.clone(), label.clone())
                } else {
                    let label = cx.t("period_part", [("period", label.as_str().into()), ("n", (p + 1).into())]);
                    (format!("{slug}-{}", p + 1), label)
                };
                units.push(Unit { slug, label, start: start_of(range.start), range, split: parts > 1 || m == 0 });
            }
        }
    }
    merge(units)
}

/// Maximal runs of consecutive positions with the same key.
fn runs<K: PartialEq>(range: Range<usize>, key: impl Fn(usize) -> K) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for k in range {
        match out.last_mut() {
            Some(run) if key(run.start) == key(k) => run.end = k + 1,
            _ => out.push(k..k + 1),
        }
    }
    out
}

/// Neighbouring units joined while together they fit a page; "1988–1991" for several.
fn merge(units: Vec<Unit>) -> Vec<Period> {
    let mut out: Vec<Period> = Vec::new();
    let mut last_split = true;
    for unit in units {
        if let Some(period) = out.last_mut()
            && period.range.len() + unit.range.len() <= PAGE_ITEMS
            && !unit.split
            && !last_split
        {
            let first = period.slug.split("-to-").next().unwrap_or_default().to_string();
            let first_label = period.label.split('–').next().unwrap_or_default();
            period.slug = format!("{first}-to-{}", unit.slug);
            period.label = span_label(first_label, &unit.label);
            period.range.end = unit.range.end;
            continue;
        }
        last_split = unit.split;
        out.push(Period { slug: unit.slug, label: unit.label, range: unit.range, start: unit.start });
    }
    out
}

/// "1988–1991", "2007–January 2008", and "March–April 2008": a year both ends share is
/// said once.
fn span_label(first: &str, last: &str) -> String {
    match (first.rsplit_once(' '), last.rsplit_once(' ')) {
        (Some((month, year)), Some((_, last_year))) if year == last_year => format!("{month}–{last}"),
        _ => format!("{first}–{last}"),
    }
}

/// A page of the who's who: the parties of one kind, or of one run of initials of a long kind.
#[derive(Debug, Clone)]
pub struct WhoPart {
    pub kind: PartyKind,
    /// "A–C", or `None` when the kind fits one page.
    pub letters: Option<String>,
    slug: Option<String>,
    /// Brief indices, in the order the cards show them.
    pub parties: Vec<usize>,
}

impl WhoPart {
    pub fn path(&self) -> String {
        routes::who_part(self.kind, self.slug.as_deref())
    }

    /// "People, A–C".
    pub fn label(&self, cx: &RenderContext) -> String {
        let kind = super::lists::plural(cx, self.kind);
        match &self.letters {
            Some(letters) => format!("{kind}, {letters}"),
            None => kind.to_string(),
        }
    }
}

/// Every party's index by kind, each kind in the order of the names its cards show.
pub fn parties_by_kind(cx: &RenderContext) -> Vec<(PartyKind, Vec<usize>)> {
    let mut by_kind: Vec<(PartyKind, Vec<usize>)> = Vec::new();
    for (i, brief) in cx.briefs() {
        if let Some(p) = brief.as_party() {
            match by_kind.iter_mut().find(|(k, _)| *k == p.kind) {
                Some((_, list)) => list.push(i),
                None => by_kind.push((p.kind, vec![i])),
            }
        }
    }
    by_kind.sort_by_key(|(k, _)| *k);
    for (_, list) in &mut by_kind {
        list.sort_by(|&a, &b| by_name(cx.brief(a).title(), cx.brief(b).title()));
    }
    by_kind
}

/// The initial a party files under: its first letter or digit, upper-cased; `#` for others.
fn initial(name: &str) -> String {
    name.chars().find(|c| c.is_alphanumeric()).map_or("#".to_string(), |c| c.to_uppercase().collect())
}

/// The who's who in parts when it is longer than a page: a kind per part, a long kind in
/// runs of initials, a crowded initial in numbered parts.
fn who_parts(cx: &RenderContext) -> Vec<WhoPart> {
    let kinds = parties_by_kind(cx);
    if kinds.iter().map(|(_, l)| l.len()).sum::<usize>() <= PAGE_ITEMS {
        return Vec::new();
    }
    let mut parts = Vec::new();
    for (kind, list) in kinds {
        if list.len() <= PAGE_ITEMS {
            parts.push(WhoPart { kind, letters: None, slug: None, parties: list });
            continue;
        }
        // Sorted by initial first (stable, so by name within one): a name that opens with a
        // quotation mark files under its first letter, and each initial is one run, one path.
        let mut list = list;
        list.sort_by_cached_key(|&i| initial(cx.brief(i).title()));
        let initial_of = |k: usize| initial(cx.brief(list[k]).title());
        // Runs of one initial, a crowded one cut into numbered parts, then merged while they fit.
        let mut pieces: Vec<(String, String, Range<usize>)> = Vec::new();
        for run in runs(0..list.len(), initial_of) {
            let letter = initial_of(run.start);
            let count = run.len().div_ceil(PAGE_ITEMS);
            for p in 0..count {
                let from = run.start + p * PAGE_ITEMS;
                let range = from..(from + PAGE_ITEMS).min(run.end);
                let label = if count == 1 { letter.clone() } else { format!("{letter} ({})", p + 1) };
                pieces.push((letter.clone(), label, range));
            }
        }
        let mut merged: Vec<(String, String, Range<usize>)> = Vec::new();
        for (letter, label, range) in pieces {
            match merged.last_mut() {
                Some((_, last, r))
                    if r.len() + range.len() <= PAGE_ITEMS && !last.contains('(') && !label.contains('(') =>
                {
                    let first = last.split('–').next().unwrap_or_default().to_string();
                    *last = format!("{first}–{letter}");
                    r.end = range.end;
                }
                _ => merged.push((letter, label, range)),
            }
        }
        // The first part is at the kind's own path, so `parties/kind/<kind>/` is always a page.
        for (k, (_, label, range)) in merged.into_iter().enumerate() {
            parts.push(WhoPart {
                kind,
                slug: (k > 0).then(|| letters_slug(&label)),
                letters: Some(label),
                parties: list[range].to_vec(),
            });
        }
    }
    parts
}

/// `a-c` for "A–C", `s-2` for "S (2)", `other` for "#", so the path stays a plain segment.
fn letters_slug(label: &str) -> String {
    let slug = crate::model::slug::slugify(&label.replace('#', "other"));
    if slug.is_empty() { "other".to_string() } else { slug }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_take_pages_of_page_items() {
        assert_eq!(page_count(0), 1);
        assert_eq!(page_count(PAGE_ITEMS + 1), 2);
        assert_eq!(page_range(PAGE_ITEMS + 5, 2), PAGE_ITEMS..PAGE_ITEMS + 5);
    }

    #[test]
    fn runs_of_equal_keys() {
        assert_eq!(runs(0..5, |k| [1, 1, 2, 2, 1][k]), vec![0..2, 2..4, 4..5]);
    }

    #[test]
    fn quiet_years_merge_into_one_period() {
        let unit = |y: i32, range: Range<usize>| Unit {
            slug: y.to_string(),
            label: y.to_string(),
            range,
            start: Day { year: y, month: 1, day: 1 },
            split: false,
        };
        let periods = merge(vec![unit(1988, 0..10), unit(1989, 10..20), unit(1990, 20..PAGE_ITEMS + 5)]);
        assert_eq!(periods.len(), 2);
        assert_eq!((periods[0].slug.as_str(), periods[0].label.as_str()), ("1988-to-1989", "1988–1989"));
        assert_eq!(periods[1].slug, "1990");
    }

    #[test]
    fn a_shared_year_is_named_once() {
        assert_eq!(span_label("March 2008", "April 2008"), "March–April 2008");
        assert_eq!(span_label("2007", "January 2008"), "2007–January 2008");
        assert_eq!(span_label("December 2007", "January 2008"), "December 2007–January 2008");
        assert_eq!(span_label("1988", "1991"), "1988–1991");
        assert_eq!(span_label("Open start", "1988"), "Open start–1988");
    }

    #[test]
    fn letters_become_path_segments() {
        assert_eq!(letters_slug("A–C"), "a-c");
        assert_eq!(letters_slug("S (2)"), "s-2");
        assert_eq!(letters_slug("#"), "other");
    }
}
