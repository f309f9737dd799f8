//! The site as it stood on a day (`build --as-of 2020-10-02`): what is dated after it is
//! taken out of the loaded site before anything is resolved, so every page, list, chart and
//! export of the build shows only what was known then.
//!
//! - An event that starts after the day is left out, with every reference to it: its page,
//!   its place in lists, `part_of` and `related` naming it; links to it become plain text.
//! - A figure shows its latest value up to the day (its `history` cut there); a figure with
//!   no value by then is left out. Undated figures and claims are kept: nothing says when
//!   they were published.
//! - Claims, corrections, sources, memberships and relations dated after the day are left
//!   out; one that ended after the day is shown as still running. A party founded or ended
//!   after it keeps its page but not the date.
//! - A brief's `updated` after the day is dropped: the day itself is the one shown.
//!
//! Translations lose the same claims, figures, corrections, relations and memberships, by
//! position, so their text stays with the entries it translates.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::model::{Brief, Casualty, Date, Day, Facts, SourceEntry};

use super::Site;
use super::translation::Translation;

/// Whether something dated `date` may have begun after `day`: it starts later.
fn after(date: &Date, day: Day) -> bool {
    date.earliest() > day
}

/// Whether something dated `date` may not have been known on `day`: a claim, a value or a
/// correction dated `2020-10` is not known on 2 October, as it may be of the 30th.
fn not_yet(date: &Date, day: Day) -> bool {
    date.latest() > day
}

/// Keeps the items of `list` that `keep` accepts, returning which positions were kept.
fn retain_indexed<T>(list: &mut Vec<T>, keep: impl FnMut(&T) -> bool) -> Vec<bool> {
    let kept: Vec<bool> = list.iter().map(keep).collect();
    retain_like(list, &kept);
    kept
}

/// The same positions of a translation's list as of its original's (a translation may list
/// fewer; the rest keep the original's text).
fn retain_like<T>(list: &mut Vec<T>, kept: &[bool]) {
    let mut at = 0;
    list.retain(|_| {
        at += 1;
        kept.get(at - 1).copied().unwrap_or(true)
    });
}

/// A figure as it stood on `day`: its latest value up to then, with the values before that
/// as its history; `None` when its first value came later.
fn figure_as_of(figure: &Casualty, day: Day) -> Option<Casualty> {
    if figure.as_of.is_none_or(|d| !not_yet(&d, day)) {
        return Some(figure.clone());
    }
    let known = figure.history.iter().rposition(|v| v.as_of.is_some_and(|d| !not_yet(&d, day)))?;
    let mut value = figure.history[known].clone();
    value.history = figure.history[..known].to_vec();
    value.at = figure.at;
    Some(value)
}

/// What an as-of filter took from one brief, for its translations.
#[derive(Default)]
struct Kept {
    corrections: Vec<bool>,
    casualties: Vec<bool>,
    /// Figures shown by an earlier value: a translation's caveat was for the latest.
    cut_back: Vec<bool>,
    claims: Vec<bool>,
    relations: Vec<bool>,
    member_of: Vec<bool>,
}

/// Takes what is dated after `day` out of `brief`, returning the positions kept.
fn brief_as_of(brief: &mut Brief, day: Day, left_out: &BTreeSet<String>) -> Kept {
    let mut kept =
        Kept { corrections: retain_indexed(&mut brief.corrections, |c| !not_yet(&c.date, day)), ..Kept::default() };
    if brief.updated.is_some_and(|d| not_yet(&d, day)) {
        brief.updated = None;
    }
    match &mut brief.facts {
        Facts::Event(e) => {
            let figures: Vec<Option<Casualty>> = e.casualties.iter().map(|c| figure_as_of(c, day)).collect();
            kept.casualties = figures.iter().map(Option::is_some).collect();
            kept.cut_back = e
                .casualties
                .iter()
                .zip(&figures)
                .map(|(c, f)| f.as_ref().is_some_and(|f| f.as_of != c.as_of))
                .collect();
            e.casualties = figures.into_iter().flatten().collect();
            kept.claims = retain_indexed(&mut e.claims, |c| c.date.is_none_or(|d| !not_yet(&d, day)));
            e.related.retain(|id| !left_out.contains(id));
            if e.part_of.as_ref().is_some_and(|id| left_out.contains(id)) {
                e.part_of = None;
            }
            // An interval that may end after the day is still running on it.
            if let Date::Interval { start: Some(start), end: Some(end) } = e.date
                && not_yet(&Date::Point(end), day)
            {
                e.date = Date::Interval { start: Some(start), end: None };
            }
        }
        Facts::Party(p) => {
            kept.relations = retain_indexed(&mut p.relations, |r| r.since.is_none_or(|d| !after(&d, day)));
            kept.member_of = retain_indexed(&mut p.member_of, |m| m.since.is_none_or(|d| !after(&d, day)));
            // An end that may come after the day had not come yet.
            for r in &mut p.relations {
                if r.until.is_some_and(|d| not_yet(&d, day)) {
                    r.until = None;
                }
            }
            for m in &mut p.member_of {
                if m.until.is_some_and(|d| not_yet(&d, day)) {
                    m.until = None;
                }
            }
            if p.founded.is_some_and(|d| after(&d, day)) {
                p.founded = None;
            }
            if p.ended.is_some_and(|d| not_yet(&d, day)) {
                p.ended = None;
            }
        }
        Facts::Place(_) | Facts::Page(_) => {}
    }
    kept
}

/// Leaves out of `site` everything dated after `day`, as the module says.
pub fn apply(site: &mut Site, day: Day) {
    let later: Vec<usize> = (0..site.briefs.len())
        .filter(|&i| site.briefs[i].as_event().is_some_and(|e| e.date != Date::UNKNOWN && after(&e.date, day)))
        .collect();
    let left_out: BTreeSet<String> = later.iter().map(|&i| site.briefs[i].id.clone()).collect();
    let mut removed = Vec::new();
    for &i in later.iter().rev() {
        let brief = site.briefs.remove(i);
        // Known to exist, so references to it are not reported; its names still read as it.
        site.left_out.insert(brief.id.clone());
        site.left_out.extend(crate::resolve::names_of(&brief).into_iter().map(str::to_lowercase));
        removed.push(brief);
    }
    keep_cited_sources(site, &removed);
    let mut translations: Vec<Arc<Translation>> = std::mem::take(&mut site.translations);
    translations.retain(|t| !left_out.contains(&t.id));
    let mut by_id: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for (n, t) in translations.iter().enumerate() {
        by_id.entry(t.id.clone()).or_default().push(n);
    }
    for brief in &mut site.briefs {
        let mut changed = (**brief).clone();
        let kept = brief_as_of(&mut changed, day, &left_out);
        *brief = Arc::new(changed);
        for &n in by_id.get(&brief.id).into_iter().flatten() {
            let t = &mut translations[n];
            let t = Arc::make_mut(t);
            retain_like(&mut t.text.corrections, &kept.corrections);
            for (caveat, _) in t.text.casualties.iter_mut().zip(&kept.cut_back).filter(|(_, cut)| **cut) {
                *caveat = None;
            }
            retain_like(&mut t.text.casualties, &kept.casualties);
            retain_like(&mut t.text.claims, &kept.claims);
            retain_like(&mut t.text.relations, &kept.relations);
            retain_like(&mut t.text.member_of, &kept.member_of);
        }
    }
    site.translations = translations;
    drop_later_sources(site, day);
}

/// The sources a left-out event defines that a brief still in the site cites: they move to
/// the first brief citing each, so that its citation still leads somewhere (the source is
/// the same report, however its event is dated).
fn keep_cited_sources(site: &mut Site, removed: &[Arc<Brief>]) {
    let defined: Vec<&crate::model::Source> = removed
        .iter()
        .flat_map(|b| b.sources.iter())
        .filter_map(|e| match e {
            SourceEntry::Defined(s) if s.id.is_some() => Some(s),
            _ => None,
        })
        .collect();
    if defined.is_empty() {
        return;
    }
    // The first brief citing each source id, found in one pass over the site.
    let mut first_citing: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (i, brief) in site.briefs.iter().enumerate() {
        for (_, id) in brief.cited_sources() {
            first_citing.entry(id.to_string()).or_insert(i);
        }
    }
    for source in defined {
        let id = source.id.as_deref().unwrap_or_default();
        if let Some(&i) = first_citing.get(id) {
            Arc::make_mut(&mut site.briefs[i]).sources.push(SourceEntry::Defined(source.clone()));
        }
    }
}

/// Sources published after `day` that nothing left in the site cites: a brief's list of
/// sources would otherwise name reports that did not exist yet.
fn drop_later_sources(site: &mut Site, day: Day) {
    let cited: BTreeSet<String> = site
        .briefs
        .iter()
        .flat_map(|b| b.cited_sources().into_iter().map(|(_, id)| id.to_string()).collect::<Vec<_>>())
        .collect();
    for brief in &mut site.briefs {
        let later = |entry: &SourceEntry| match entry {
            SourceEntry::Defined(s) => {
                s.date.is_some_and(|d| after(&d, day)) && s.id.as_ref().is_none_or(|id| !cited.contains(id))
            }
            SourceEntry::Cited(_) => false,
        };
        if brief.sources.iter().any(later) {
            Arc::make_mut(brief).sources.retain(|e| !later(e));
        }
    }
}
