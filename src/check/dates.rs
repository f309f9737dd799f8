//! Dates that cannot be right: after today, outside the larger event one is part of, or a
//! claim made after the source that reports it.

use crate::diagnostics::Diagnostic;
use crate::model::{Brief, Date, Event, Facts, SourceEntry};

use super::Lint;

pub(super) fn check(lint: &Lint, out: &mut Vec<Diagnostic>) {
    for (i, brief) in lint.briefs() {
        future_dates(lint, i, brief, out);
        if let Some(event) = brief.as_event() {
            outside_part_of(lint, i, out);
            claims_after_source(lint, i, event, out);
        }
    }
}

/// Every date a brief gives, with its front-matter path.
fn dates_of(brief: &Brief) -> Vec<(String, Date)> {
    let mut dates: Vec<(String, Option<Date>)> = vec![("updated".into(), brief.updated)];
    for (n, correction) in brief.corrections.iter().enumerate() {
        dates.push((format!("corrections.{n}.date"), Some(correction.date)));
    }
    for (n, entry) in brief.sources.iter().enumerate() {
        if let SourceEntry::Defined(source) = entry {
            dates.push((format!("sources.{n}.date"), source.date));
        }
    }
    match &brief.facts {
        Facts::Party(party) => {
            dates.push(("founded".into(), party.founded));
            dates.push(("ended".into(), party.ended));
            for (n, m) in party.member_of.iter().enumerate() {
                dates.push((format!("member_of.{n}.since"), m.since));
                dates.push((format!("member_of.{n}.until"), m.until));
            }
            for (n, r) in party.relations.iter().enumerate() {
                dates.push((format!("relations.{n}.since"), r.since));
                dates.push((format!("relations.{n}.until"), r.until));
            }
        }
        Facts::Event(event) => {
            dates.push(("date".into(), Some(event.date)));
            for c in &event.casualties {
                dates.push((format!("casualties.{}.as_of", c.at), c.as_of));
                for earlier in &c.history {
                    dates.push((format!("casualties.{}.history.{}.as_of", c.at, earlier.at), earlier.as_of));
                }
            }
            for (n, c) in event.claims.iter().enumerate() {
                dates.push((format!("claims.{n}.date"), c.date));
            }
        }
        Facts::Place(_) | Facts::Page(_) => {}
    }
    dates.into_iter().filter_map(|(path, date)| Some((path, date?))).filter(|(_, d)| *d != Date::UNKNOWN).collect()
}

/// A brief records what has happened: a date after today is most often a typo in the year.
fn future_dates(lint: &Lint, i: usize, brief: &Brief, out: &mut Vec<Diagnostic>) {
    let today = lint.today;
    for (path, date) in dates_of(brief) {
        let starts_later = date.earliest() > today;
        let ends_later = matches!(date, Date::Interval { end: Some(end), .. } if end.earliest() > today);
        if !starts_later && !ends_later {
            continue;
        }
        // An event's interval may come from `date` and a separate `end`: point at the end.
        let path = if path == "date" && !starts_later && lint.has(i, "end") { "end".to_string() } else { path };
        let key = path.rsplit('.').next().unwrap_or(&path);
        out.push(
            Diagnostic::warning(
                "future-date",
                format!("`{key}` is after today ({}): {}", today.date().human(), date.human()),
            )
            .at(lint.value(i, &path))
            .help("check the date for a typo; a brief records what has already happened, so a planned date belongs in the text until it happens"),
        );
    }
}

/// An event `part_of` a larger one happens within it: a date certainly outside is a typo in
/// one of the two dates, or the wrong `part_of`. A date given to the month or year only counts
/// as within when it can be.
fn outside_part_of(lint: &Lint, i: usize, out: &mut Vec<Diagnostic>) {
    let brief = lint.brief(i);
    let Some(event) = brief.as_event() else { return };
    let Some(p) = event.part_of.as_deref().and_then(|id| lint.graph.index_of(id)).filter(|&p| p != i) else {
        return;
    };
    let Some(parent) = lint.brief(p).as_event() else { return };
    if event.date == Date::UNKNOWN || parent.date == Date::UNKNOWN || event.date.can_lie_within(&parent.date) {
        return;
    }
    out.push(
        Diagnostic::warning(
            "date-outside-part-of",
            format!(
                "this event ({}) is not within `{}` ({}), which it is part of",
                event.date.human(),
                lint.brief(p).id,
                parent.date.human()
            ),
        )
        .at(lint.value(i, "date"))
        .note(format!("`{}` is dated here", lint.brief(p).id), Some(lint.value(p, "date")))
        .help("correct whichever of the two dates is wrong, or point `part_of` at the event this one belongs to"),
    );
}

/// A source reports what was said before it was published: a claim dated after every day the
/// source can be from is a typo in one of the dates, or cites the wrong source.
fn claims_after_source(lint: &Lint, i: usize, event: &Event, out: &mut Vec<Diagnostic>) {
    for (n, claim) in event.claims.iter().enumerate() {
        let Some(date) = claim.date.filter(|d| *d != Date::UNKNOWN) else { continue };
        for id in &claim.source {
            let Some(&(d, source)) = lint.graph.sources.get(id.as_str()) else { continue };
            let Some(published) = source.date.filter(|p| *p != Date::UNKNOWN) else { continue };
            if date.earliest() <= published.latest() {
                continue;
            }
            out.push(
                Diagnostic::warning(
                    "claim-after-source",
                    format!(
                        "this claim is dated {}, after the source `{id}` that reports it ({})",
                        date.human(),
                        published.human()
                    ),
                )
                .at(lint.value(i, &format!("claims.{n}.date")))
                .note(format!("`{id}` is dated here"), Some(lint.value(d, &lint.brief(d).source_path(id, "date"))))
                .help("correct whichever of the two dates is wrong, or cite the source that reports this claim"),
            );
        }
    }
}
