//! Silent edits: a sourced figure whose number changed since the site's last git tag with
//! nothing to say so, neither the old value kept in its `history` nor a correction. The rule
//! every newsroom has, that a published number never changes without a trace.

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

/// The silent edits of the site against the files of `tagged`.
pub(super) fn compare(lint: &Lint, tagged: &Tagged, out: &mut Vec<Diagnostic>) {
    let tag = &tagged.tag;
    let strings = crate::strings::Strings::embedded_shared();
    let amount = |c: &Casualty| crate::render::figures::amount(&strings, c);
    for (i, brief) in lint.briefs() {
        let Some(event) = brief.as_event() else { continue };
        let Some((_, text)) = tagged.files.iter().find(|(path, _)| *path == brief.file.path) else { continue };
        let Some(old) = brief_from_text(BriefKind::Event, &brief.file.path, text.clone()) else { continue };
        let Some(before) = old.as_event() else { continue };
        // A correction added since the tag says what changed.
        if brief.corrections.len() > old.corrections.len() {
            continue;
        }
        let mut matched = vec![false; before.casualties.len()];
        for (n, figure) in event.casualties.iter().enumerate() {
            let Some(k) =
                (0..before.casualties.len()).find(|&k| !matched[k] && same_figure(&before.casualties[k], figure))
            else {
                continue;
            };
            matched[k] = true;
            let was = &before.casualties[k];
            if was.same_number(figure) || (was.source.is_empty() && figure.source.is_empty()) {
                continue;
            }
            // The old number kept as an earlier value is the record of the change.
            if figure.history.iter().any(|v| v.same_number(was)) {
                continue;
            }
            let (then, now) = (amount(was), amount(figure));
            out.push(
                Diagnostic::warning(
                    "silent-edit",
                    format!("this figure was {then} at the tag `{tag}` and is {now} now, with nothing to say so"),
                )
                .at(lint.value(i, &format!("casualties.{n}")))
                .help(format!(
                    "if the number was updated, keep the old one: `history: [{}]`; if it was wrong, add a `corrections:` entry that says so",
                    earlier_value(was)
                )),
            );
        }
        for (_, was) in before.casualties.iter().enumerate().filter(|(k, _)| !matched[*k]) {
            if was.source.is_empty() {
                continue;
            }
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
    }
}
