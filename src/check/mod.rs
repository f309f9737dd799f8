//! Check: editorial warnings about a site that builds, for `briefing check`.
//!
//! Build errors say a site cannot be published; these warnings say it should not be yet:
//! events, claims, figures and relations with no source, sources nothing cites, parties and
//! pages cut off from the rest, dates that contradict each other, lie in the future or come
//! after the source that reports them, relations their mirror denies, and what `new` left to
//! fill in. Each has a stable code, points at the key or value to change, and says what to do
//! in a writer's terms. The checks only read the resolved [`Graph`].

mod attribution;
pub mod autolinks;
mod dates;
mod places;
mod reach;
mod relations;
mod silent;
pub mod translations;
mod unfinished;

use std::collections::HashSet;

use crate::diagnostics::{Diagnostic, Span};
use crate::load::locate::Locator;
use crate::model::{Brief, Day, SourceEntry};
use crate::resolve::Graph;

/// Every warning `check` can give, in the order the guide documents them.
pub const CODES: &[&str] = &[
    "event-without-source",
    "claim-without-source",
    "figure-without-source",
    "unattributed-figure",
    "uncited-source",
    "unlinked-party",
    "unreachable-page",
    "updated-before-source",
    "future-date",
    "date-outside-part-of",
    "contradictory-relation",
    "placeholder-text",
    "no-participants",
    "relation-without-source",
    "claim-after-source",
    "shared-name",
    "place-as-text",
    "unknown-place",
    "place-far-from-within",
    "translation-stale",
    "translation-unversioned",
    "missing-string",
    "silent-edit",
    "shallow-history",
];

/// The warnings only a site in a git repository can have (tests/history.rs gives them).
pub const GIT_CODES: &[&str] = &["silent-edit", "shallow-history"];

/// Warnings that look at the whole site at once, and so mean little while some brief has errors
/// (a party looks unlinked when the event naming it could not be read).
const WHOLE_SITE: &[&str] = &["uncited-source", "unlinked-party", "unreachable-page"];

/// Every editorial warning about `graph`; `today` is the day future dates are measured from.
pub fn lint(graph: &Graph, today: Day) -> Vec<Diagnostic> {
    let lint = Lint::new(graph, today);
    let mut out = Vec::new();
    attribution::check(&lint, &mut out);
    reach::check(&lint, &mut out);
    dates::check(&lint, &mut out);
    relations::check(&lint, &mut out);
    unfinished::check(&lint, &mut out);
    autolinks::check(&lint, &mut out);
    places::check(&lint, &mut out);
    translations::check(graph.site, &mut out);
    silent::check(&lint, &mut out);
    out
}

/// Drops the warnings that errors make unreliable: those about files with errors (a date left
/// out because it was invalid is not "missing"), and whole-site ones while any error remains.
pub fn drop_unreliable(warnings: &mut Vec<Diagnostic>, found: &[Diagnostic]) {
    let errors: Vec<&Diagnostic> = found.iter().filter(|d| d.is_error()).collect();
    if errors.is_empty() {
        return;
    }
    let broken: HashSet<&str> = errors.iter().filter_map(|d| d.span.as_deref()).map(|s| s.file.as_str()).collect();
    warnings.retain(|w| {
        let mut places = w.span.as_deref().into_iter().chain(w.notes.iter().filter_map(|n| n.span.as_ref()));
        !WHOLE_SITE.contains(&w.code) && !places.any(|s| broken.contains(s.file.as_str()))
    });
}

/// The graph with a locator per brief, so each file's front-matter is indexed at most once.
struct Lint<'g, 's> {
    graph: &'g Graph<'s>,
    locators: Vec<Locator<'s>>,
    today: Day,
}

impl<'g, 's> Lint<'g, 's> {
    fn new(graph: &'g Graph<'s>, today: Day) -> Lint<'g, 's> {
        let locators = graph.site.briefs.iter().map(|b| Locator::new(&b.file)).collect();
        Lint { graph, locators, today }
    }

    fn briefs(&self) -> impl Iterator<Item = (usize, &'s Brief)> + use<'s> {
        self.graph.site.briefs.iter().map(|b| &**b).enumerate()
    }

    fn brief(&self, index: usize) -> &'s Brief {
        &self.graph.site.briefs[index]
    }

    /// Where the value at `path` of brief `index` is.
    fn value(&self, index: usize, path: &str) -> Span {
        self.locators[index].value(path)
    }

    /// Where the key at `path` of brief `index` is.
    fn key(&self, index: usize, path: &str) -> Span {
        self.locators[index].key(path)
    }

    fn has(&self, index: usize, path: &str) -> bool {
        self.locators[index].has(path)
    }

    /// How a message names a brief inside its sentence: a party's short name with its
    /// article ("the claim by the Karabakh authorities"), an event's title; the id when
    /// nothing has it.
    fn name(&self, id: &str) -> String {
        self.graph.index_of(id).map_or_else(|| id.to_string(), |i| self.brief(i).in_sentence())
    }
}

/// Every source id a brief cites.
fn cited_ids(brief: &Brief) -> Vec<&str> {
    brief.cited_sources().into_iter().map(|(_, id)| id).collect()
}

/// The ids of the sources a brief lists in its own `sources:`, defined there or cited.
fn listed_source_ids(brief: &Brief) -> Vec<&str> {
    brief
        .sources
        .iter()
        .filter_map(|entry| match entry {
            SourceEntry::Defined(s) => s.id.as_deref(),
            SourceEntry::Cited(id) => Some(id.as_str()),
        })
        .collect()
}

/// "an ally", "a backer": a word with its indefinite article.
fn with_article(word: &str) -> String {
    let article = if word.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    format!("{article} {word}")
}

/// The codes of `[check] allow`, each checked against [`CODES`]: a misspelt code would
/// silence nothing, and the writer would think it did.
pub fn allowed(allow: &[String]) -> Result<Vec<&'static str>, Vec<Diagnostic>> {
    let mut codes = Vec::new();
    let mut problems = Vec::new();
    for code in allow {
        match CODES.iter().find(|c| **c == code.as_str()) {
            Some(c) => codes.push(*c),
            None => {
                let hint = crate::diagnostics::did_you_mean(code, CODES.iter().copied())
                    .unwrap_or_else(|| format!("the warning codes are: {}", CODES.join(", ")));
                problems.push(
                    Diagnostic::error(
                        "unknown-warning-code",
                        format!("`[check] allow` names `{code}`, which is no warning of `check`"),
                    )
                    .at(crate::diagnostics::Span::file_only(crate::config::CONFIG_FILE))
                    .help(hint),
                );
            }
        }
    }
    if problems.is_empty() { Ok(codes) } else { Err(problems) }
}

/// Takes out the warnings whose code the site accepts; how many of each code went.
pub fn silence(warnings: &mut Vec<Diagnostic>, allowed: &[&'static str]) -> Vec<(&'static str, usize)> {
    let mut codes = allowed.to_vec();
    codes.sort_unstable();
    codes.dedup();
    let mut silenced: Vec<(&'static str, usize)> = codes.into_iter().map(|c| (c, 0)).collect();
    warnings.retain(|w| match silenced.iter_mut().find(|(c, _)| *c == w.code) {
        Some((_, n)) if !w.is_error() => {
            *n += 1;
            false
        }
        _ => true,
    });
    silenced
}
