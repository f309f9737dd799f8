//! What `briefing new` leaves for the writer to fill in: its placeholder summary and text,
//! and a `participants:` key with nobody under it. A brief published like that reads as a
//! template, so `check` points at each until it is replaced.

use crate::diagnostics::Diagnostic;
use crate::scaffold::placeholder;

use super::Lint;

pub(super) fn check(lint: &Lint, out: &mut Vec<Diagnostic>) {
    for (i, brief) in lint.briefs() {
        placeholder_text(lint, i, out);
        if brief.as_event().is_some_and(|e| e.participants.is_empty()) && lint.has(i, "participants") {
            out.push(
                Diagnostic::warning("no-participants", format!("the event `{}` names no participant", brief.id))
                    .at(lint.key(i, "participants"))
                    .help("list the parties that took part, one `- party-id` per line below `participants:` (or `participants: [a, b]`); if no party took part, delete the key"),
            );
        }
    }
}

/// The summary and text `new` wrote, still as it wrote them.
fn placeholder_text(lint: &Lint, i: usize, out: &mut Vec<Diagnostic>) {
    let brief = lint.brief(i);
    let written = placeholder(brief.kind());
    if brief.summary.as_deref() == Some(written.summary) {
        out.push(
            Diagnostic::warning("placeholder-text", "the summary is still the one `briefing new` wrote")
                .at(lint.value(i, "summary"))
                .help("replace it with one sentence saying what this brief is about; cards, search results and feeds show it"),
        );
    }
    let body = brief.file.body();
    let text = body.trim();
    if text == written.body {
        let start = brief.file.body_start + (body.len() - body.trim_start().len());
        out.push(
            Diagnostic::warning("placeholder-text", "the text is still the one `briefing new` wrote")
                .at(brief.file.span(start..start + text.len()))
                .help("replace it with the brief's text, in your own words; it is what the page shows"),
        );
    }
}
