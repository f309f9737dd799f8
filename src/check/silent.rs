//! Silent edits: a sourced figure whose number changed since the site's last git tag with
//! nothing to say so, neither the old value kept in its `history` nor a correction. The rule
//! every newsroom has, that a published number never changes without a trace.

use rustc_hash::FxHashMap as HashMap;

use crate::diagnostics::Diagnostic;
use crate::history::Tagged;
use crate::load::brief_from_text;
use crate::model::{BriefKind, Casualty};

use super::Lint;

/// What makes two versions of a figure the same figure: whom it counts, its kind, who
/// claims it.
fn same_figure(a: &Casualty, b: &Casualty) -> bool {
    (&a.of, a.kind, &a.claimed_by, &a.party) == (&b.of, b.kind, &b.claimed_by, &b.party)
}

/// An old value as a `history` entry, to paste: `{ as_of: 2020-10-02, count: 158, source: afp }`.
fn earlier_value(was: &Casualty) -> String {
    let mut fields = vec![format!("as_of: {}", was.as_of.map_or_else(|| "YYYY-MM-DD".to_string(), |d| d.edtf()))];
    let numbers = [("count", was.count), ("low", was.low), ("best", was.best), ("high", was.high)];
    fields.extend(numbers.iter().filter_map(|(key, n)| n.map(|n| format!("{key}: {n}"))));
    if let Some(q) = was.qualifier {
        fields.push(format!("qualifier: {}", q.word()));
    }
    match was.source.as_slice() {
        [] => {}
        [one] => fields.push(format!("source: {one}")),
        many => fields.push(format!("source: [{}]", many.join(", "))),
    }
    format!("{{ {} }}", fields.join(", "))
}

pub(super) fn check(lint: &Lint, out: &mut Vec<Diagnostic>) {
    if let Some(tagged) = crate::history::last_tag(&lint.graph.site.root) {
        compare(lint, &tagged, out);
    }
}

/// The id and path of each event file of the tag, by id: a brief renamed or moved into
/// another folder since is still the same event.
fn events_at_tag(tagged: &Tagged) -> HashMap<&str, (&str, &String)> {
    tagged
        .files
        .iter()
        .filter(|(path, _)| path.split('/').any(|folder| folder == BriefKind::Event.dir()))
        .filter_map(|(path, text)| {
            let stem = std::path::Path::new(path).file_stem()?.to_str()?;
            // `war.fr.md` is a translation: its figures are the original's.
            (!stem.contains('.')).then_some((stem, (path.as_str(), text)))
        })
        .collect()
}

/// Whether the value `was` of a tagged figure is still one of `figure`'s, on its date.
fn kept(figure: &Casualty, was: &Casualty) -> bool {
    figure.values().any(|v| v.same_number(was) && v.as_of == was.as_of)
}

/// The silent edits of the site against the files of `tagged`.
pub(super) fn compare(lint: &Lint, tagged: &Tagged, out: &mut Vec<Diagnostic>) {
    let tag = &tagged.tag;
    let strings = crate::strings::Strings::embedded_shared();
    let amount = |c: &Casualty| crate::render::figures::amount(&strings, c);
    let at_tag = events_at_tag(tagged);
    let mut seen: Vec<&str> = Vec::new();
    for (i, brief) in lint.briefs() {
        let Some(event) = brief.as_event() else { continue };
        let Some(&(path, text)) = at_tag.get(brief.id.as_str()) else { continue };
        seen.push(&brief.id);
        let Some(old) = brief_from_text(BriefKind::Event, path, text.clone()) else { continue };
        let Some(before) = old.as_event() else { continue };
        // A correction added since the tag says what changed.
        if brief.corrections.len() > old.corrections.len() {
            continue;
        }
        // Each figure of the tag is matched with one now: the same figure with the same
        // number first, so that two figures listed the other way round are no edit.
        let mut matched: Vec<Option<usize>> = vec![None; before.casualties.len()];
        let mut taken = vec![false; event.casualties.len()];
        for pass in [true, false] {
            for (k, was) in before.casualties.iter().enumerate() {
                if matched[k].is_some() {
                    continue;
                }
                let found = event
                    .casualties
                    .iter()
                    .enumerate()
                    .find(|(n, now)| !taken[*n] && same_figure(was, now) && (!pass || was.same_number(now)));
                if let Some((n, _)) = found {
                    matched[k] = Some(n);
                    taken[n] = true;
                }
            }
        }
        for (was, n) in before.casualties.iter().zip(&matched) {
            let sourced = was.values().any(|v| !v.source.is_empty());
            let Some(n) = *n else {
                if sourced {
                    out.push(
                        Diagnostic::warning(
                            "silent-edit",
                            format!(
                                "a figure of the tag `{tag}` ({} {}) is gone, with nothing to say so",
                                amount(was),
                                was.kind.word()
                            ),
                        )
                        .at(lint.key(i, "casualties"))
                        .help("a figure taken back is a correction: add a `corrections:` entry that says which figure and why"),
                    );
                }
                continue;
            };
            let figure = &event.casualties[n];
            // Every value the tag published, the latest and the earlier ones, must still be
            // there on its date: kept as the figure or in its history.
            let Some(lost) = was.values().find(|v| !v.source.is_empty() && !kept(figure, v)) else { continue };
            let message = if std::ptr::eq(lost, was) {
                format!(
                    "this figure was {} at the tag `{tag}` and is {} now, with nothing to say so",
                    amount(was),
                    amount(figure)
                )
            } else {
                let when = lost.as_of.map(|d| d.human()).unwrap_or_default();
                format!(
                    "the earlier value {} of {when}, published at the tag `{tag}`, is gone or changed, with nothing to say so",
                    amount(lost)
                )
            };
            out.push(
                Diagnostic::warning("silent-edit", message)
                    .at(lint.value(i, &format!("casualties.{}", figure.at)))
                    .help(format!(
                        "if the number was updated, add the old value to the figure's `history` (oldest first) as `{}` and give the new one its own `as_of`; if it was wrong, add a `corrections:` entry that says so",
                        earlier_value(lost)
                    )),
            );
        }
    }
    // An event the tag published that is no longer in the site took its figures with it.
    for (id, (path, text)) in &at_tag {
        if seen.contains(id) || lint.graph.site.drafts.contains_key(*id) {
            continue;
        }
        let Some(old) = brief_from_text(BriefKind::Event, path, (*text).clone()) else { continue };
        let figures = old.as_event().map_or(0, |e| e.casualties.iter().filter(|c| !c.source.is_empty()).count());
        if figures == 0 {
            continue;
        }
        out.push(
            Diagnostic::warning(
                "silent-edit",
                format!("the event `{id}` of the tag `{tag}` is gone, and its {figures} sourced figures with it"),
            )
            .help(format!("an event taken down is a correction: keep `{path}` with `draft: true` and a `corrections:` entry saying why, or say so on a page of the site")),
        );
    }
}
