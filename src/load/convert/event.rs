//! An event's front-matter into the model: its date (with `end`), participants, casualty
//! figures and claims, each checked for what a figure or a claim must have.

use crate::diagnostics::Diagnostic;
use crate::load::raw::{IdOr, RawCasualty, RawClaim, RawEvent, RawParticipant, Text};
use crate::model::{
    Casualty, CasualtyKind, Claim, Counted, Date, Event, EventKind, Group, Participant, Qualifier, Role, Stance,
};

use super::{Checker, Common, clean, clean_list};

pub(crate) fn event(raw: RawEvent, c: &mut Checker) -> (Option<Event>, Common) {
    let title = c.required_with(raw.title, "title", Checker::title_from_id);
    let date_given = clean(raw.date.clone()).filter(|d| d != "..").is_some();
    let mut date = if date_given {
        c.date(raw.date, "date")
    } else {
        c.required(None, "date", "2020-09-27");
        None
    };
    if let (Some(start), Some(end)) = (date, c.date(raw.end, "end")) {
        date = match start.until(end) {
            Ok(joined) => Some(joined),
            Err(e) => {
                let span = c.locator.value("end");
                let message = match start {
                    Date::Interval { .. } => {
                        "`date` is already an interval, so `end` cannot be added to it".to_string()
                    }
                    _ => format!("`end` does not fit `date`: {e}"),
                };
                c.error(Diagnostic::error("invalid-date", message).at(span).help(
                    "give `date` as a single day, month or year and `end` after it, or put the interval in `date` alone",
                ));
                None
            }
        };
    }
    let kind = c.word(raw.kind, "kind", Some(EventKind::Other));
    let participants = raw.participants.into_iter().enumerate().filter_map(|(i, p)| participant(p, i, c)).collect();
    let casualties = raw.casualties.into_iter().enumerate().filter_map(|(i, x)| casualty(x, i, c)).collect();
    let claims = raw.claims.into_iter().enumerate().filter_map(|(i, x)| claim(x, i, c)).collect();
    let common = c.common(raw.summary, raw.sources, raw.tags, raw.updated, raw.draft);
    // Kept when `title` or `date` is missing or wrong (already reported), so that the rest of
    // the brief is still checked; a build with errors never renders it.
    let event = Some(Event {
        title: title.unwrap_or_default(),
        date: date.unwrap_or(Date::UNKNOWN),
        kind: kind.unwrap_or(EventKind::Other),
        part_of: clean(raw.part_of),
        place: clean(raw.place),
        participants,
        casualties,
        claims,
        related: clean_list(raw.related),
    });
    (event, common)
}

fn participant(raw: IdOr<RawParticipant>, i: usize, c: &mut Checker) -> Option<Participant> {
    let raw = match raw {
        IdOr::Id(id) => {
            return Some(Participant { party: id.trim().to_string(), role: Role::Participant, claimed_by: None });
        }
        IdOr::Map(p) => p,
    };
    let path = format!("participants.{i}");
    let party = c.required(raw.party, &format!("{path}.party"), "party-id");
    let role = c.word(raw.role, &format!("{path}.role"), Some(Role::Participant));
    Some(Participant { party: party?, role: role.unwrap_or(Role::Participant), claimed_by: clean(raw.claimed_by) })
}

fn casualty(raw: RawCasualty, i: usize, c: &mut Checker) -> Option<Casualty> {
    let path = format!("casualties.{i}");
    let of = match clean(raw.of) {
        None => Counted::Group(Group::Unknown),
        Some(of) => match Group::from_word(&of) {
            Some(group) => Counted::Group(group),
            None => Counted::Party(of),
        },
    };
    let kind = c.word(raw.kind, &format!("{path}.kind"), Some(CasualtyKind::Killed));
    // A number given but not readable is already reported: "no number" would say it twice.
    let numbers_given = [&raw.count, &raw.low, &raw.best, &raw.high]
        .into_iter()
        .filter(|n| n.as_ref().is_some_and(|Text(t)| !t.trim().is_empty()))
        .count();
    let count = c.number(raw.count, &format!("{path}.count"));
    let qualifier = c.optional_word::<Qualifier>(raw.qualifier, &format!("{path}.qualifier"));
    let low = c.number(raw.low, &format!("{path}.low"));
    let best = c.number(raw.best, &format!("{path}.best"));
    let high = c.number(raw.high, &format!("{path}.high"));
    let as_of = c.date(raw.as_of, &format!("{path}.as_of"));
    let ranged = low.is_some() || best.is_some() || high.is_some();
    let ordered = [low, best, high].into_iter().flatten().collect::<Vec<_>>().windows(2).all(|w| w[0] <= w[1]);
    let numbers_read = [count, low, best, high].into_iter().flatten().count();
    if numbers_read < numbers_given {
        return None;
    }
    let problem = if count.is_some() && ranged {
        Some((
            "a figure has both `count` and `low`/`best`/`high`",
            "use `count` for one number, or `low`, `best` and `high` for a range",
        ))
    } else if count.is_none() && !ranged {
        Some(("this casualty figure has no number", "give `count`, or any of `low`, `best` and `high`"))
    } else if !ordered {
        Some((
            "the figure's `low`, `best` and `high` are out of order",
            "low must not exceed best, and best must not exceed high",
        ))
    } else {
        None
    };
    if let Some((message, help)) = problem {
        let span = c.locator.value(&path);
        c.error(Diagnostic::error("invalid-figure", message).at(span).help(help));
        return None;
    }
    let party = clean(raw.party);
    if party.is_some() && matches!(of, Counted::Party(_)) {
        let span = c.locator.value(&format!("{path}.party"));
        c.error(
            Diagnostic::error(
                "invalid-figure",
                "`party` says whose civilians or soldiers a group counts, but `of` already names a party",
            )
            .at(span)
            .help("write `of: civilians` or `of: military` with `party:`, or leave `party:` out"),
        );
        return None;
    }
    if qualifier.is_some() && count.is_none() {
        let span = c.locator.value(&format!("{path}.qualifier"));
        c.error(
            Diagnostic::error("invalid-figure", "a qualifier qualifies one `count`, not a range")
                .at(span)
                .help("give the number as `count` with the qualifier, or the range as `low` and `high` without one"),
        );
        return None;
    }
    Some(Casualty {
        of,
        kind: kind.unwrap_or(CasualtyKind::Killed),
        count,
        qualifier,
        low,
        best,
        high,
        as_of,
        claimed_by: clean(raw.claimed_by),
        party,
        source: clean_list(raw.source),
    })
}

fn claim(raw: RawClaim, i: usize, c: &mut Checker) -> Option<Claim> {
    let path = format!("claims.{i}");
    let by = c.required(raw.by, &format!("{path}.by"), "party-id");
    let (text, quote) = (clean(raw.text), clean(raw.quote));
    if text.is_none() && quote.is_none() {
        let span = c.locator.value(&path);
        c.error(
            Diagnostic::error("missing-field", format!("`{path}` entry has neither `text` nor `quote`"))
                .at(span)
                .help("add `text: what they say, in your words` (reported speech), or `quote: \"their exact words\"`"),
        );
    }
    let stance = c.word(raw.stance, &format!("{path}.stance"), Some(Stance::Asserts));
    let date = c.date(raw.date, &format!("{path}.date"));
    if text.is_none() && quote.is_none() {
        return None;
    }
    Some(Claim {
        by: by?,
        stance: stance.unwrap_or(Stance::Asserts),
        text,
        quote,
        date,
        source: clean_list(raw.source),
    })
}
