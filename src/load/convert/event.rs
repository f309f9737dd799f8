//! An event's front-matter into the model: its date (with `end`), participants, casualty
//! figures and claims, each checked for what a figure or a claim must have.

use crate::diagnostics::Diagnostic;
use crate::load::raw::{IdOr, List, RawCasualty, RawClaim, RawEvent, RawFigureValue, RawParticipant, Text};
use crate::model::{
    Casualty, CasualtyKind, Claim, Counted, Date, Event, EventKind, FigureStatus, Group, Participant, Qualifier, Role,
    Stance,
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
    let common = c.common(raw.summary, raw.sources, raw.tags, raw.updated, raw.draft, raw.corrections);
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
            return Some(Participant {
                party: id.trim().to_string(),
                role: Role::Participant,
                claimed_by: None,
                at: i,
            });
        }
        IdOr::Map(p) => p,
    };
    let path = format!("participants.{i}");
    let party = c.required(raw.party, &format!("{path}.party"), "party-id");
    let role = c.word(raw.role, &format!("{path}.role"), Some(Role::Participant));
    Some(Participant {
        party: party?,
        role: role.unwrap_or(Role::Participant),
        claimed_by: clean(raw.claimed_by),
        at: i,
    })
}

/// A figure's number as given: one `count` (perhaps qualified) or any of `low`, `best` and
/// `high`.
struct Numbers {
    count: Option<u64>,
    qualifier: Option<Qualifier>,
    low: Option<u64>,
    best: Option<u64>,
    high: Option<u64>,
}

/// The number of the figure (or earlier value) at `path`, each way of giving it wrong
/// reported once; `None` when it is wrong or missing.
fn numbers(
    [count, low, best, high]: [Option<Text>; 4],
    qualifier: Option<Text>,
    path: &str,
    c: &mut Checker,
) -> Option<Numbers> {
    // A number given but not readable is already reported: "no number" would say it twice.
    let numbers_given = [&count, &low, &best, &high]
        .into_iter()
        .filter(|n| n.as_ref().is_some_and(|Text(t)| !t.trim().is_empty()))
        .count();
    let count = c.number(count, &format!("{path}.count"));
    let qualifier = c.optional_word::<Qualifier>(qualifier, &format!("{path}.qualifier"));
    let low = c.number(low, &format!("{path}.low"));
    let best = c.number(best, &format!("{path}.best"));
    let high = c.number(high, &format!("{path}.high"));
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
        let span = c.locator.value(path);
        c.error(Diagnostic::error("invalid-figure", message).at(span).help(help));
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
    Some(Numbers { count, qualifier, low, best, high })
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
    let as_of = c.date(raw.as_of, &format!("{path}.as_of"));
    let status = c.optional_word::<FigureStatus>(raw.status, &format!("{path}.status"));
    let n = numbers([raw.count, raw.low, raw.best, raw.high], raw.qualifier, &path, c);
    let history = history(raw.history, as_of, &path, c);
    let n = n?;
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
    let of_kind = kind.unwrap_or(CasualtyKind::Killed);
    let claimed_by = clean(raw.claimed_by);
    let history = history?
        .into_iter()
        .map(|earlier| Casualty {
            of: of.clone(),
            kind: of_kind,
            claimed_by: claimed_by.clone(),
            party: party.clone(),
            ..earlier
        })
        .collect();
    Some(Casualty {
        at: i,
        of,
        kind: of_kind,
        count: n.count,
        qualifier: n.qualifier,
        low: n.low,
        best: n.best,
        high: n.high,
        as_of,
        claimed_by,
        party,
        source: clean_list(raw.source),
        status,
        caveat: clean(raw.caveat),
        history,
    })
}

/// A figure's earlier values, listed oldest first, each with its number and a date before the
/// figure's own `as_of` (which a history needs). Whom they count is filled in by the caller.
/// `None` when any is wrong, each fault reported.
fn history(raw: List<RawFigureValue>, as_of: Option<Date>, path: &str, c: &mut Checker) -> Option<Vec<Casualty>> {
    if raw.0.is_empty() {
        return Some(Vec::new());
    }
    let Some(current) = as_of else {
        if c.locator.has(&format!("{path}.as_of")) {
            return None; // a date given but not readable: already reported
        }
        let span = c.locator.key(&format!("{path}.history"));
        c.error(
            Diagnostic::error("invalid-figure", "a figure with a `history` needs its own `as_of`")
                .at(span)
                .help("give the date of the current value as `as_of`, so the earlier values can be put before it"),
        );
        return None;
    };
    let mut values = Vec::new();
    let mut last: Option<(usize, Date)> = None;
    let mut ok = true;
    for (j, raw) in raw.into_iter().enumerate() {
        let path = format!("{path}.history.{j}");
        let date = c.date(raw.as_of.clone(), &format!("{path}.as_of"));
        if date.is_none() && !c.locator.has(&format!("{path}.as_of")) {
            c.required(None, &format!("{path}.as_of"), "2020-10-02");
        }
        let status = c.optional_word::<FigureStatus>(raw.status, &format!("{path}.status"));
        let n = numbers([raw.count, raw.low, raw.best, raw.high], raw.qualifier, &path, c);
        let (Some(date), Some(n)) = (date, n) else {
            ok = false;
            continue;
        };
        if matches!(date, Date::Interval { .. }) {
            let span = c.locator.value(&format!("{path}.as_of"));
            c.error(
                Diagnostic::error(
                    "invalid-figure",
                    "an earlier value is dated by one day, month or year, not an interval",
                )
                .at(span)
                .help("give the day the value was published for, as 2020-10-02"),
            );
            ok = false;
            continue;
        }
        if date.earliest() >= current.earliest() {
            let span = c.locator.value(&format!("{path}.as_of"));
            c.error(
                Diagnostic::error(
                    "invalid-figure",
                    format!("an earlier value is dated {}, not before the figure's `as_of` ({})", date.human(), current.human()),
                )
                .at(span)
                .help("the figure's own number is its latest; move the newer value up to `count` and this one's date below it"),
            );
            ok = false;
            continue;
        }
        // Listed oldest first, like the figure's own value after them; so each path names
        // the entry a writer sees at that place.
        if let Some((before, previous)) = last.filter(|(_, d): &(usize, Date)| d.earliest() >= date.earliest()) {
            let span = c.locator.value(&format!("{path}.as_of"));
            let message = if previous.earliest() == date.earliest() {
                format!("two earlier values are dated {}", date.human())
            } else {
                format!("the history is out of order: {} comes after {}", date.human(), previous.human())
            };
            c.error(Diagnostic::error("invalid-figure", message).at(span).help(format!(
                "list `history` oldest first, one value per date (`history.{before}` is dated {})",
                previous.human()
            )));
            ok = false;
            continue;
        }
        last = Some((j, date));
        let value = Casualty {
            at: j,
            of: Counted::Group(Group::Unknown),
            kind: CasualtyKind::Killed,
            count: n.count,
            qualifier: n.qualifier,
            low: n.low,
            best: n.best,
            high: n.high,
            as_of: Some(date),
            claimed_by: None,
            party: None,
            source: clean_list(raw.source),
            status,
            caveat: clean(raw.caveat),
            history: Vec::new(),
        };
        values.push(value);
    }
    ok.then_some(values)
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
        at: i,
        by: by?,
        stance: stance.unwrap_or(Stance::Asserts),
        text,
        quote,
        date,
        source: clean_list(raw.source),
    })
}
