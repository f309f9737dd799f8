//! Where facts come from: every event, claim, figure and relation cites a source, every source with an
//! id is cited, and a brief's `updated` is no older than what it cites.

use std::collections::{HashMap, HashSet};

use crate::diagnostics::Diagnostic;
use crate::model::{Date, Event, Party, Source, SourceEntry};

use super::{Lint, cited_ids, listed_source_ids};

pub(super) fn check(lint: &Lint, out: &mut Vec<Diagnostic>) {
    for (i, brief) in lint.briefs() {
        if let Some(event) = brief.as_event() {
            event_sources(lint, i, event, out);
        }
        if let Some(party) = brief.as_party() {
            relation_sources(lint, i, party, out);
        }
        updated_before_source(lint, i, out);
    }
    uncited_sources(lint, out);
}

/// An event, its claims and its figures each say where they come from.
fn event_sources(lint: &Lint, i: usize, event: &Event, out: &mut Vec<Diagnostic>) {
    let brief = lint.brief(i);
    let cites_something = !brief.sources.is_empty()
        || event.claims.iter().any(|c| !c.source.is_empty())
        || event.casualties.iter().any(|c| !c.source.is_empty());
    if !cites_something {
        out.push(
            Diagnostic::warning("event-without-source", format!("the event `{}` cites no source", brief.id))
                .at(lint.value(i, "title"))
                .help("add `sources:` saying where this is reported: `sources: [source-id]` for a source another brief defines, or `sources: [{ publisher: ..., title: ..., date: ..., url: ... }]`"),
        );
    }

    let listed = listed_source_ids(brief);
    let which_source = |what: &str| which_source(&listed, what);
    for (n, claim) in event.claims.iter().enumerate() {
        if claim.source.is_empty() {
            out.push(
                Diagnostic::warning(
                    "claim-without-source",
                    format!("the claim by {} has no source", lint.name(&claim.by)),
                )
                .at(lint.value(i, &format!("claims.{n}")))
                .help(which_source("claim")),
            );
        }
    }
    for (n, figure) in event.casualties.iter().enumerate().filter(|(_, c)| c.source.is_empty()) {
        let at = lint.value(i, &format!("casualties.{n}"));
        let warning = match &figure.claimed_by {
            Some(by) => Diagnostic::warning("figure-without-source", format!("the figure claimed by {} has no source", lint.name(by)))
                .help(which_source("figure")),
            None => Diagnostic::warning(
                "unattributed-figure",
                "this figure is attributed to no one: it has neither `claimed_by` nor `source`",
            )
            .help("add `claimed_by:` with the party that published the figure and `source:` with where it is reported (a figure with only a source is shown as that source's own count)"),
        };
        out.push(warning.at(at));
    }
    // Each earlier value is a number someone published: it says where, as the latest does.
    for figure in &event.casualties {
        for earlier in figure.history.iter().filter(|v| v.source.is_empty()) {
            let when = earlier.as_of.map(|d| d.human()).unwrap_or_default();
            out.push(
                Diagnostic::warning("figure-without-source", format!("the earlier value of {when} has no source"))
                    .at(lint.value(i, &format!("casualties.{}.history.{}", figure.at, earlier.at)))
                    .help(which_source("earlier value")),
            );
        }
    }
}

/// How to add a `source:` to a claim, figure or relation, naming the brief's only source
/// when it lists one.
fn which_source(listed: &[&str], what: &str) -> String {
    match listed {
        [only] => {
            format!("add `source: {only}` to the {what} if that source reports it, or the id of the source that does")
        }
        _ => format!("add `source:` to the {what} with the id of the source that reports it"),
    }
}

/// A relation is a fact about two parties, shown on both their pages: like a claim, it says
/// where it comes from.
fn relation_sources(lint: &Lint, i: usize, party: &Party, out: &mut Vec<Diagnostic>) {
    let listed = listed_source_ids(lint.brief(i));
    for (n, relation) in party.relations.iter().enumerate().filter(|(_, r)| r.source.is_empty()) {
        out.push(
            Diagnostic::warning(
                "relation-without-source",
                format!("the relation to {} ({}) has no source", lint.name(&relation.party), relation.kind.word()),
            )
            .at(lint.value(i, &format!("relations.{n}")))
            .help(which_source(&listed, "relation")),
        );
    }
}

/// A source is given an id so that something can cite it; an id nothing cites is a citation
/// forgotten, or an id that is not needed.
fn uncited_sources(lint: &Lint, out: &mut Vec<Diagnostic>) {
    let mut cited: HashSet<&str> = HashSet::new();
    let mut definitions: HashMap<&str, usize> = HashMap::new();
    for (_, brief) in lint.briefs() {
        cited.extend(cited_ids(brief));
        for entry in &brief.sources {
            if let SourceEntry::Defined(Source { id: Some(id), .. }) = entry {
                *definitions.entry(id.as_str()).or_default() += 1;
            }
        }
    }
    for (i, brief) in lint.briefs() {
        for (n, entry) in brief.sources.iter().enumerate() {
            let SourceEntry::Defined(Source { id: Some(id), .. }) = entry else { continue };
            // The same source defined in two briefs is used by both.
            if cited.contains(id.as_str()) || definitions.get(id.as_str()).is_some_and(|&count| count > 1) {
                continue;
            }
            out.push(
                Diagnostic::warning("uncited-source", format!("nothing cites the source `{id}`"))
                    .at(lint.value(i, &format!("sources.{n}.id")))
                    .help(format!("cite it where it supports a claim, a figure or a relation (`source: {id}`), or from another brief (`sources: [{id}]`); if it only backs this brief as a whole, delete `id: {id}`")),
            );
        }
    }
}

/// A source cited by a brief: its date, and where that date is written.
struct Dated {
    date: Date,
    /// How the message names it: its id, else its title, publisher or URL.
    name: String,
    /// The brief that defines it, and the path of its `date` there.
    brief: usize,
    path: String,
}

/// The newest dated source a brief cites, whether it defines it or cites it by id.
fn newest_source(lint: &Lint, i: usize) -> Option<Dated> {
    let brief = lint.brief(i);
    let name = |s: &Source| {
        s.id.as_ref()
            .map(|id| format!("`{id}`"))
            .or_else(|| s.title.as_ref().map(|t| format!("“{t}”")))
            .or_else(|| s.publisher.clone())
            .or_else(|| s.url.clone())
            .unwrap_or_default()
    };
    let mut dated: Vec<Dated> = Vec::new();
    for (n, entry) in brief.sources.iter().enumerate() {
        if let SourceEntry::Defined(s @ Source { date: Some(date), .. }) = entry {
            dated.push(Dated { date: *date, name: name(s), brief: i, path: format!("sources.{n}.date") });
        }
    }
    for id in cited_ids(brief) {
        let Some(&(d, source)) = lint.graph.sources.get(id) else { continue };
        let Some(date) = source.date else { continue };
        dated.push(Dated { date, name: name(source), brief: d, path: lint.brief(d).source_path(id, "date") });
    }
    dated.into_iter().max_by_key(|s| s.date.earliest())
}

/// `updated` says when a brief was last revised; it cannot predate what the brief cites.
fn updated_before_source(lint: &Lint, i: usize, out: &mut Vec<Diagnostic>) {
    let Some(updated) = lint.brief(i).updated else { return };
    let Some(newest) = newest_source(lint, i) else { return };
    if updated.latest() >= newest.date.earliest() {
        return;
    }
    out.push(
        Diagnostic::warning(
            "updated-before-source",
            format!(
                "`updated` ({}) is older than the source {} it cites ({})",
                updated.human(),
                newest.name,
                newest.date.human()
            ),
        )
        .at(lint.value(i, "updated"))
        .note("the source is dated here", Some(lint.value(newest.brief, &newest.path)))
        .help(format!(
            "`updated` is the day this brief was last revised: set it to that day, which is {} or later",
            newest.date.earliest().iso()
        )),
    );
}
