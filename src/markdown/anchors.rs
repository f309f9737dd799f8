//! Heading anchors: every heading of a body gets an id no other element of its page has (the
//! templates' own ids, the charts' parts, numbered sources, footnotes, earlier headings), so
//! links to `#anchor` lead where their writer meant.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag, TagEnd};

use super::{Heading, Rewriter};
use crate::diagnostics::Diagnostic;
use crate::model::slug;

/// Ids the page templates use; a body heading with the same slug gets a suffix instead.
const RESERVED_IDS: &[&str] = &[
    "main",
    "top",
    "content",
    "nav",
    "sources",
    "participants",
    "casualties",
    "claims",
    "figures",
    "events",
    "relations",
    "members",
    "memberships",
    "mentioned-in",
    "sub-events",
    "related",
    "timeline",
    "footnotes",
    "infobox",
    "parties",
    "search",
    "body",
    "tags",
    "latest",
    "filters",
    "connections",
    "neighbourhood",
    "relations-map",
    "timeline-chart",
    "overview-chart",
    "link-preview",
    "search-form",
    "search-q",
    "search-status",
    "search-results",
    "site-search-q",
    "filter-party",
    "filter-kind",
    "filter-status",
    "corrections",
    "page-history",
];

/// Whether the page around a body may already use `id`: one of [`RESERVED_IDS`], their
/// `-title` headings, the charts' parts (`neighbourhood-svg`, `neighbourhood-arrow-2`), the
/// numbered sources (`source-3`), the timeline's groups and the party list's kinds.
fn is_reserved(id: &str) -> bool {
    let numbered =
        |prefix: &str| id.strip_prefix(prefix).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    RESERVED_IDS.contains(&id)
        || ["-title", "-caption", "-svg", "-desc"]
            .iter()
            .any(|suffix| id.strip_suffix(suffix).is_some_and(|base| RESERVED_IDS.contains(&base)))
        || RESERVED_IDS.iter().any(|base| id.strip_prefix(base).is_some_and(|rest| rest.starts_with("-arrow-")))
        || numbered("source-")
        || numbered("correction-")
        || id
            .strip_prefix("figure-")
            .and_then(|rest| rest.split_once("-over-time"))
            .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        || numbered("group-")
        || id
            .strip_prefix("kind-")
            .map(|kind| kind.strip_suffix("-title").unwrap_or(kind))
            .is_some_and(|kind| crate::model::PartyKind::WORDS.contains(&kind))
}

fn heading_number(level: HeadingLevel) -> u8 {
    level as u8
}

impl Rewriter<'_, '_> {
    /// Gives every heading a unique id from its text (or keeps an explicit `{#id}`).
    pub(super) fn anchor_headings(&mut self, events: &mut [(Event, Range<usize>)]) {
        // Footnotes are `id`s of their own: pulldown-cmark names each after its label.
        let mut used: HashSet<String> = events
            .iter()
            .filter_map(|(e, _)| match e {
                Event::Start(Tag::FootnoteDefinition(label)) => Some(label.to_string()),
                _ => None,
            })
            .collect();
        // The home page's list of free pages; "Background" is too common a heading on other
        // pages to rename it there.
        if self.doc.index.is_none() {
            used.insert("background".to_string());
            used.insert("background-title".to_string());
        }
        let taken = |anchor: &str, used: &mut HashSet<String>| is_reserved(anchor) || !used.insert(anchor.to_string());
        let mut next_suffix: HashMap<String, usize> = HashMap::new();
        for i in 0..events.len() {
            let Event::Start(Tag::Heading { level, id, .. }) = &events[i].0 else { continue };
            let level = heading_number(*level);
            let explicit = id.as_ref().map(|s| s.to_string());
            let mut text = String::new();
            for (event, _) in &events[i + 1..] {
                match event {
                    Event::End(TagEnd::Heading(_)) => break,
                    Event::Text(t) | Event::Code(t) => text.push_str(t),
                    _ => {}
                }
            }
            let base = explicit.clone().unwrap_or_else(|| {
                let s = slug::slugify(&text);
                if s.is_empty() { "section".to_string() } else { s }
            });
            // Each base remembers the next suffix to try, so thirty thousand `## Background`
            // are `background-1` to `background-29999` without trying every smaller one again.
            let mut anchor = base.clone();
            if taken(&anchor, &mut used) {
                let n = next_suffix.entry(base.clone()).or_insert(1);
                loop {
                    anchor = format!("{base}-{n}");
                    *n += 1;
                    if !taken(&anchor, &mut used) {
                        break;
                    }
                }
                if let Some(wanted) = &explicit {
                    let range = events[i].1.clone();
                    self.body.diagnostics.push(
                        Diagnostic::warning(
                            "anchor-taken",
                            format!("the page already has an element with the id `{wanted}`, so this heading's id is `{anchor}`"),
                        )
                        .at(self.span(&range))
                        .help(format!(
                            "choose another id for the heading, such as `{{#{wanted}-section}}`; links to `#{wanted}` lead to the page's own element, links to `#{anchor}` to this heading"
                        )),
                    );
                }
            }
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[i].0 {
                *id = Some(CowStr::from(anchor.clone()));
            }
            self.body.headings.push(Heading { level, id: anchor, text });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::render_body;

    #[test]
    fn headings_get_unique_anchors_that_avoid_the_templates_ids() {
        let body = render_body("## Sources\n\n## Background\n\n## Background\n\n## Own {#mine}\n");
        let ids: Vec<&str> = body.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["sources-1", "background", "background-1", "mine"]);
    }

    #[test]
    fn headings_avoid_every_id_the_theme_and_footnotes_use() {
        let body = render_body(
            "## Connections\n\n## Neighbourhood\n\n## Background\n\n## Source 2\n\n## Mine {#link-preview}\n\n## Note {#n1}\n\nA[^n1].\n\n[^n1]: The note.\n",
        );
        let ids: Vec<&str> = body.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["connections-1", "neighbourhood-1", "background", "source-2-1", "link-preview-1", "n1-1"]);
        let codes: Vec<&str> = body.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["anchor-taken", "anchor-taken"], "an explicit id the page already uses is told");
        assert!(body.diagnostics.iter().all(|d| d.severity == crate::diagnostics::Severity::Warning));
    }
}
