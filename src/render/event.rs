//! The event page: date, place, breadcrumb, participants by role, figures by claimant,
//! claims in the claimant's voice, neighbours in the timeline, numbered sources.

use serde::Serialize;

use crate::model::{Casualty, Claim, Event, Role};
use crate::render::context::RenderContext;
use crate::render::figures::{ClaimantGroup, any_as_of, by_claimant, counted_words};
use crate::render::place::{PlaceName, place_name};
use crate::render::views::{Citations, Cite, DateView, Ref, SourceView, TagLink, tag_links};
use crate::render::visuals;
use crate::strings::Strings;

#[derive(Serialize)]
pub struct EventPage {
    pub title: String,
    pub date: DateView,
    pub kind_label: String,
    pub place: Option<PlaceName>,
    pub summary: Option<String>,
    pub breadcrumb: Vec<Ref>,
    /// The event this one is directly `part_of`.
    pub parent: Option<Ref>,
    pub sub_events: Vec<Ref>,
    pub participant_groups: Vec<ParticipantGroup>,
    pub casualty_groups: Vec<ClaimantGroup>,
    /// Whether the figure table has an "As of" column: only when some figure has a date.
    pub figures_as_of: bool,
    /// A chart of each figure that has earlier values, in the order of the figures.
    pub series: Vec<visuals::Chart>,
    pub claims: Vec<ClaimView>,
    /// The neighbours among the events with the same `part_of` (see `resolve::derive`).
    pub previous: Option<Ref>,
    pub next: Option<Ref>,
    pub related: Vec<Ref>,
    pub mentioned_in: Vec<Ref>,
    pub body: String,
    pub sources: Vec<SourceView>,
    pub tags: Vec<TagLink>,
    pub updated: Option<DateView>,
    /// Where it happened, when its place is a place of the site (set by the renderer).
    pub map: Option<crate::render::visuals::Chart>,
}

#[derive(Serialize)]
pub struct ParticipantGroup {
    pub role: String,
    pub parties: Vec<ParticipantView>,
}

#[derive(Serialize)]
pub struct ParticipantView {
    pub party: Ref,
    /// Set when the participation is only alleged, by this party.
    pub alleged_by: Option<Ref>,
}

/// "Armenia says ...", "Turkey denies ...": on event pages and on the claimant's page.
#[derive(Serialize)]
pub struct ClaimView {
    pub by: Ref,
    pub stance: &'static str,
    /// What follows the claimant's name, from the verb to the full stop (see [`reported`]).
    pub said: String,
    pub date: Option<DateView>,
    pub cites: Vec<Cite>,
    /// The event it is about, on the claimant's page.
    pub event: Option<Ref>,
}

impl ClaimView {
    /// The view of claim `n` of event `event`.
    pub fn new(
        cx: &RenderContext,
        event: usize,
        n: usize,
        citations: &mut Citations,
        on_party_page: bool,
    ) -> Option<ClaimView> {
        let claim = cx.brief(event).as_event()?.claims.get(n)?;
        let by = Ref::by_id(cx, &claim.by)?;
        let plural = cx.party(&claim.by).is_some_and(|i| cx.brief(i).plural());
        Some(ClaimView {
            by,
            stance: claim.stance.word(),
            said: reported(cx.strings(), claim, cx.verb(claim.stance, plural)),
            date: DateView::of(cx, claim.date),
            cites: citations.cite(&claim.source),
            event: on_party_page.then(|| Ref::new(cx, event)),
        })
    }
}

/// A claim as the words that follow its claimant's name, ending the sentence. A paraphrase
/// (`text`) is reported speech, never in quotation marks: "says its forces have advanced.";
/// only a `quote` is, in the language's marks: "denies: “We never fired first.”"; with both,
/// the paraphrase comes first: "says a line was crossed: “A red line has been crossed.”".
/// `verb` is the stance's, agreeing with the claimant ([`RenderContext::verb`]); the marks,
/// the colon and the full stop are the catalogue's (`claim_quote`, `claim_colon`,
/// `claim_stop`: « » and " :" in French, "։" in Armenian).
pub fn reported(strings: &Strings, claim: &Claim, verb: &str) -> String {
    let quoted = claim.quote.as_deref().map(|q| strings.t("claim_quote", [("quote", q.into())]));
    let colon = strings.text("claim_colon");
    let sentence = match (claim.text.as_deref(), quoted) {
        (Some(text), None) => strings.t("claim_paraphrase", [("verb", verb.into()), ("text", text.into())]),
        (Some(text), Some(quoted)) => {
            let said = strings.t("claim_paraphrase", [("verb", verb.into()), ("text", without_stop(text).into())]);
            format!("{said}{colon} {quoted}")
        }
        (None, Some(quoted)) => format!("{verb}{colon} {quoted}"),
        (None, None) => verb.to_string(),
    };
    end_sentence(sentence, strings.text("claim_stop"))
}

/// The paraphrase before a quotation, without its own stop: "it has advanced." becomes "it
/// has advanced", to take the colon.
fn without_stop(text: &str) -> &str {
    text.trim_end_matches(['.', ':', ';', ',', '։', '؛', '،']).trim_end()
}

/// Adds `stop` unless the sentence already ends with a stop (or "!", "?", "…", in any of the
/// catalogues' scripts), also inside a closing quotation mark.
fn end_sentence(mut sentence: String, stop: &str) -> String {
    let last = sentence.trim_end_matches(['”', '"', '’', '\'', ')', '»', '\u{a0}', '\u{202f}', ' ']).chars().last();
    if !matches!(last, Some('.' | '!' | '?' | '…' | '։' | '؟' | '՞' | '՜')) {
        sentence.push_str(stop);
    }
    sentence
}

pub fn build(cx: &RenderContext, index: usize, event: &Event) -> EventPage {
    let brief = cx.brief(index);
    let derived = cx.derived(index);
    let mut citations = Citations::new(cx, brief);

    let mut roles: Vec<Role> = event.participants.iter().map(|p| p.role).collect();
    roles.sort();
    roles.dedup();
    let participant_groups = roles
        .into_iter()
        .map(|role| ParticipantGroup {
            role: cx.label(role).into(),
            parties: event
                .participants
                .iter()
                .filter(|p| p.role == role)
                .filter_map(|p| {
                    Some(ParticipantView {
                        party: Ref::by_id(cx, &p.party)?,
                        alleged_by: p.claimed_by.as_deref().and_then(|id| Ref::by_id(cx, id)),
                    })
                })
                .collect(),
        })
        .collect();

    let casualty_groups = by_claimant(cx, &event.casualties, &mut citations);
    let series = event
        .casualties
        .iter()
        .enumerate()
        .filter_map(|(n, c)| {
            let caption = series_caption(cx, c);
            visuals::series::series(cx, c, &format!("figure-{}-over-time", n + 1), caption, &mut citations)
        })
        .collect();
    let figures_as_of = any_as_of(casualty_groups.iter().flat_map(|g| &g.figures));
    let claims = (0..event.claims.len()).filter_map(|n| ClaimView::new(cx, index, n, &mut citations, false)).collect();

    let mut related: Vec<usize> = event.related.iter().filter_map(|id| cx.index_of(id)).collect();
    for &r in &derived.related_in {
        if !related.contains(&r) {
            related.push(r);
        }
    }

    EventPage {
        title: event.title.clone(),
        date: DateView { text: cx.date(&event.date), datetime: event.date.machine() },
        kind_label: cx.label(event.kind).into(),
        place: place_name(cx, index, event.place.as_deref()),
        summary: brief.summary.clone(),
        breadcrumb: derived.ancestors.iter().map(|&i| Ref::new(cx, i)).collect(),
        parent: derived.ancestors.last().map(|&i| Ref::new(cx, i)),
        sub_events: derived.sub_events.iter().map(|&i| Ref::new(cx, i)).collect(),
        participant_groups,
        casualty_groups,
        figures_as_of,
        series,
        claims,
        previous: derived.previous.map(|i| Ref::new(cx, i)),
        next: derived.next.map(|i| Ref::new(cx, i)),
        related: related.into_iter().filter(|&r| r != index).map(|i| Ref::new(cx, i)).collect(),
        mentioned_in: derived.mentioned_in.iter().map(|&i| Ref::new(cx, i)).collect(),
        body: cx.body(index).html.clone(),
        sources: citations.list,
        tags: tag_links(cx, brief),
        updated: DateView::of(cx, brief.updated),
        map: None,
    }
}

/// What a figure's chart shows: "Killed (Civilians) according to Armenia, over time".
pub(crate) fn series_caption(cx: &RenderContext, c: &Casualty) -> String {
    let kind = cx.label(c.kind);
    let counted = counted_words(cx, c);
    match c.claimed_by.as_deref().and_then(|id| Ref::by_id(cx, id)) {
        Some(claimant) => {
            let words = [("kind", kind.into()), ("counted", counted.into()), ("claimant", claimant.phrase.into())];
            cx.t("series_caption_claimed", words)
        }
        None => cx.t("series_caption", [("kind", kind.into()), ("counted", counted.into())]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Stance;
    use crate::strings::Strings;

    /// The claim with the verb of the built-in catalogue.
    fn reported(claim: &Claim, plural: bool) -> String {
        let strings = Strings::embedded_shared();
        super::reported(&strings, claim, strings.verb(claim.stance, plural))
    }

    fn claim(stance: Stance, text: Option<&str>, quote: Option<&str>) -> Claim {
        Claim {
            at: 0,
            by: "x".into(),
            stance,
            text: text.map(str::to_string),
            quote: quote.map(str::to_string),
            date: None,
            source: Vec::new(),
        }
    }

    #[test]
    fn the_verb_agrees_with_a_plural_claimant() {
        let paraphrase = claim(Stance::Asserts, Some("the fighting goes on"), None);
        assert_eq!(reported(&paraphrase, false), "says the fighting goes on.");
        assert_eq!(reported(&paraphrase, true), "say the fighting goes on.");
        assert_eq!(reported(&claim(Stance::Denies, Some("it fired first"), None), true), "deny it fired first.");
        assert_eq!(reported(&claim(Stance::Disputes, Some("the figures"), None), true), "dispute the figures.");
        assert_eq!(reported(&claim(Stance::Disputes, Some("the figures"), None), false), "disputes the figures.");
        assert_eq!(reported(&claim(Stance::Admits, Some("it lost a tank"), None), false), "admits it lost a tank.");
        assert_eq!(reported(&claim(Stance::Admits, Some("they lost a tank"), None), true), "admit they lost a tank.");
    }

    #[test]
    fn only_a_quote_gets_quotation_marks() {
        assert_eq!(reported(&claim(Stance::Asserts, Some("it has advanced."), None), false), "says it has advanced.");
        assert_eq!(
            reported(&claim(Stance::Denies, None, Some("We never fired first.")), false),
            "denies: “We never fired first.”"
        );
        assert_eq!(
            reported(&claim(Stance::Asserts, Some("a line was crossed."), Some("a red line has been crossed")), false),
            "says a line was crossed: “a red line has been crossed”."
        );
    }
}
