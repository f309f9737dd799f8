//! Checking raw front-matter field by field and building the typed model from it.
//!
//! Each problem becomes a diagnostic at the exact key or value, and checking goes on, so a
//! file with three mistakes reports three. References between briefs stay plain ids here;
//! whether they exist is `resolve`'s business.

use crate::diagnostics::{Diagnostic, did_you_mean};
use crate::load::locate::Locator;
use crate::load::raw::{
    IdOr, List, OneOrMany, RawCasualty, RawClaim, RawEvent, RawHome, RawMembership, RawPage, RawParticipant, RawParty,
    RawRelation, RawSource, Text,
};
use crate::model::{
    Article, AutolinkMode, Brief, Casualty, CasualtyKind, Claim, Counted, DATE_HELP, Date, Event, EventKind, Facts,
    Group, Home, Membership, Page, Participant, Party, PartyKind, Qualifier, Relation, Role, Source, SourceEntry,
    SourceFile, Stance, Vocabulary, slug, url,
};

/// Checks fields of one file, collecting diagnostics.
pub struct Checker<'a, 'f> {
    locator: &'a Locator<'f>,
    diagnostics: &'a mut Vec<Diagnostic>,
    noun: &'static str,
}

fn clean(value: Option<Text>) -> Option<String> {
    value.map(|Text(t)| t.trim().to_string()).filter(|t| !t.is_empty())
}

fn clean_list(values: OneOrMany) -> Vec<String> {
    values.0.into_iter().map(|v| v.trim().to_string()).filter(|v| !v.is_empty()).collect()
}

impl<'a, 'f> Checker<'a, 'f> {
    pub fn new(locator: &'a Locator<'f>, diagnostics: &'a mut Vec<Diagnostic>, noun: &'static str) -> Self {
        Checker { locator, diagnostics, noun }
    }

    fn error(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// A field the brief cannot do without.
    fn required(&mut self, value: Option<Text>, path: &str, example: &str) -> Option<String> {
        self.required_with(value, path, |_| example.to_string())
    }

    /// `required`, with the example made only when the field is missing (most are not).
    fn required_with(
        &mut self,
        value: Option<Text>,
        path: &str,
        example: impl FnOnce(&Self) -> String,
    ) -> Option<String> {
        let value = clean(value);
        if value.is_none() {
            let example = example(self);
            let (parent, key) = path.rsplit_once('.').unwrap_or(("", path));
            let (message, span) = if parent.is_empty() {
                (format!("this {} has no `{key}`", self.noun), self.locator.opening())
            } else {
                (format!("`{parent}` entry has no `{key}`"), self.locator.value(parent))
            };
            self.error(Diagnostic::error("missing-field", message).at(span).help(format!("add `{key}: {example}`")));
        }
        value
    }

    /// A title for a brief that has none, made from its file name (`river-talks.md` gives
    /// "River talks"), so the hint reads as this site's own and never as another's example.
    fn title_from_id(&self) -> String {
        let path = std::path::Path::new(&self.locator.file().path);
        let stem = path.file_stem().map_or_else(|| "title".to_string(), |s| s.to_string_lossy().replace('-', " "));
        crate::model::upper_first(&stem)
    }

    /// An optional date; `..` alone means unknown or still open (`ended: ..`).
    fn date(&mut self, value: Option<Text>, path: &str) -> Option<Date> {
        let text = clean(value)?;
        if text == ".." {
            return None;
        }
        match Date::parse(&text) {
            Ok(date) => Some(date),
            Err(e) => {
                let span = self.locator.value(path);
                let (problem, help) = if let Some((problem, help)) = crate::load::mistakes::interval(&text) {
                    (problem.to_string(), help)
                } else if let Some(help) = crate::load::mistakes::foreign_date(&text) {
                    ("dates are written year-month-day".to_string(), help)
                } else {
                    (e.to_string(), DATE_HELP.to_string())
                };
                self.error(
                    Diagnostic::error("invalid-date", format!("invalid date `{text}`: {problem}")).at(span).help(help),
                );
                None
            }
        }
    }

    /// One of a closed set of words with no default: checked only when given, so its
    /// absence is no error.
    fn optional_word<E: Vocabulary>(&mut self, value: Option<Text>, path: &str) -> Option<E> {
        let given = value.as_ref().is_some_and(|Text(t)| !t.trim().is_empty());
        if given { self.word(value, path, None) } else { None }
    }

    /// The party's `article`, unless its name already starts with a lowercase "the", which
    /// would read "the the rebels".
    fn article_fits(&mut self, party: &Party) -> Option<Article> {
        let article = party.article?;
        let (key, name) = match &party.short_name {
            Some(short) => ("short_name", short),
            None => ("name", &party.name),
        };
        // A capital "The" is lowered and the article not added twice; only a lowercase one repeats.
        if !name.starts_with("the ") {
            return Some(article);
        }
        let span = self.locator.value("article");
        self.error(
            Diagnostic::error(
                "invalid-value",
                format!("`article: {}` before `{key}: {name}` would read \"the {name}\"", article.word()),
            )
            .at(span)
            .help(format!("leave `article` out: `{key}: {name}` reads right in a sentence as it is")),
        );
        None
    }

    /// One of a closed set of words, with `default` when absent.
    fn word<E: Vocabulary>(&mut self, value: Option<Text>, path: &str, default: Option<E>) -> Option<E> {
        let (from_word, words, what) = (E::from_word, E::WORDS, E::WHAT);
        let Some(text) = clean(value) else {
            if default.is_none() {
                let (parent, key) = path.rsplit_once('.').unwrap_or(("", path));
                let span = if parent.is_empty() { self.locator.opening() } else { self.locator.value(parent) };
                self.error(
                    Diagnostic::error("missing-field", format!("`{parent}` entry has no `{key}`"))
                        .at(span)
                        .help(format!("add `{key}:` with one of: {}", words.join(", "))),
                );
            }
            return default;
        };
        if let Some(e) = from_word(&text) {
            return Some(e);
        }
        let lower = text.to_lowercase().replace([' ', '-'], "_");
        if let Some(e) = from_word(&lower) {
            let span = self.locator.value(path);
            self.error(
                Diagnostic::error("invalid-value", format!("{what} `{text}` is not spelled as front-matter expects"))
                    .at(span)
                    .help(format!("write `{lower}`")),
            );
            return Some(e);
        }
        let span = self.locator.value(path);
        let help = match did_you_mean(&text, words.iter().copied()) {
            Some(dym) => format!("{dym} accepted values: {}", words.join(", ")),
            None => format!("accepted values: {}", words.join(", ")),
        };
        self.error(Diagnostic::error("invalid-value", format!("unknown {what} `{text}`")).at(span).help(help));
        default
    }

    fn number(&mut self, value: Option<Text>, path: &str) -> Option<u64> {
        let text = clean(value)?;
        match text.parse::<u64>() {
            Ok(n) => Some(n),
            Err(_) => {
                let span = self.locator.value(path);
                let help = match without_thousands_separators(&text) {
                    Some(digits) => format!("thousands are written without separators: {digits}"),
                    None if text.contains(['.', ',']) && text.replace(['.', ','], "").parse::<u64>().is_ok() => {
                        "a figure counts people, so it is a whole number; for an uncertain count put a range in low and high, and a best estimate in best".to_string()
                    }
                    None => "a figure is a whole number; put a range in low and high, and a best estimate in best".to_string(),
                };
                self.error(
                    Diagnostic::error("invalid-value", format!("`{text}` is not a whole number")).at(span).help(help),
                );
                None
            }
        }
    }

    fn url(&mut self, value: Option<Text>, path: &str) -> Option<String> {
        let url = clean(value)?;
        let Some(scheme) = url::unsafe_scheme(&url) else { return Some(url) };
        let span = self.locator.value(path);
        self.error(
            Diagnostic::error(
                "unsafe-url",
                format!(
                    "the URL `{}` uses the scheme `{scheme}:`, which readers' browsers should not follow",
                    url.escape_debug()
                ),
            )
            .at(span)
            .help(url::HELP),
        );
        None
    }

    fn sources(&mut self, raw: List<IdOr<RawSource>>) -> Vec<SourceEntry> {
        let mut out = Vec::with_capacity(raw.0.len());
        for (i, entry) in raw.into_iter().enumerate() {
            match entry {
                IdOr::Id(id) => out.push(SourceEntry::Cited(id.trim().to_string())),
                IdOr::Map(s) => {
                    if let Some(source) = self.source(s, &format!("sources.{i}")) {
                        out.push(SourceEntry::Defined(source));
                    }
                }
            }
        }
        out
    }

    fn source(&mut self, raw: RawSource, path: &str) -> Option<Source> {
        let source = Source {
            id: clean(raw.id),
            title: clean(raw.title),
            publisher: clean(raw.publisher),
            date: self.date(raw.date, &format!("{path}.date")),
            url: self.url(raw.url, &format!("{path}.url")),
        };
        if source.title.is_none() && source.publisher.is_none() && source.url.is_none() {
            let span = self.locator.value(path);
            self.error(
                Diagnostic::error("missing-field", "this source has no title, publisher or url")
                    .at(span)
                    .help("give at least a title or a publisher, and the url when there is one"),
            );
            return None;
        }
        Some(source)
    }

    /// The fields every kind of brief shares.
    fn common(
        &mut self,
        summary: Option<Text>,
        sources: List<IdOr<RawSource>>,
        tags: OneOrMany,
        updated: Option<Text>,
        draft: Option<bool>,
    ) -> Common {
        Common {
            summary: clean(summary),
            sources: self.sources(sources),
            tags: self.tags(tags),
            updated: self.date(updated, "updated"),
            draft: draft.unwrap_or(false),
        }
    }

    fn tags(&mut self, raw: OneOrMany) -> Vec<String> {
        let mut tags = Vec::new();
        for (i, tag) in clean_list(raw).into_iter().enumerate() {
            if slug::slugify(&tag).is_empty() {
                let span = self.locator.value(&format!("tags.{i}"));
                self.error(
                    Diagnostic::error("invalid-value", format!("the tag `{tag}` has no letters or digits"))
                        .at(span)
                        .help("tags are short words such as `fighting` or `south-caucasus`"),
                );
            } else if let Some(list) = several_tags(&tag) {
                // `tags: fighting, war` is one text to YAML, which became the tag `fighting-war`.
                let span = self.locator.value(&format!("tags.{i}"));
                self.error(
                    Diagnostic::error("invalid-value", format!("`{tag}` is one tag with a comma in it"))
                        .at(span)
                        .help(format!("several tags are a list in brackets: `tags: [{list}]`")),
                );
            } else {
                tags.push(tag);
            }
        }
        tags
    }
}

/// The parts every brief shares.
pub struct Common {
    pub summary: Option<String>,
    pub sources: Vec<SourceEntry>,
    pub tags: Vec<String>,
    pub updated: Option<Date>,
    pub draft: bool,
}

impl Common {
    pub fn into_brief(self, id: String, file: SourceFile, facts: Facts) -> Brief {
        let front_hash = {
            use std::hash::{Hash, Hasher};
            let mut h = rustc_hash::FxHasher::default();
            (&file.path, &file.text[file.front_matter.clone()]).hash(&mut h);
            h.finish()
        };
        Brief {
            id,
            file,
            front_hash,
            facts,
            summary: self.summary,
            sources: self.sources,
            tags: self.tags,
            updated: self.updated,
            draft: self.draft,
        }
    }
}

pub fn party(raw: RawParty, c: &mut Checker) -> (Option<Party>, Common) {
    let name = c.required_with(raw.name, "name", Checker::title_from_id);
    let kind = c.word(raw.kind, "kind", Some(PartyKind::Organisation));
    let member_of = raw.member_of.into_iter().enumerate().filter_map(|(i, m)| membership(m, i, c)).collect();
    let relations = raw.relations.into_iter().enumerate().filter_map(|(i, r)| relation(r, i, c)).collect();
    let party = Party {
        name: name.unwrap_or_default(),
        short_name: clean(raw.short_name),
        kind: kind.unwrap_or(PartyKind::Organisation),
        aliases: clean_list(raw.aliases),
        role: clean(raw.role),
        founded: c.date(raw.founded, "founded"),
        ended: c.date(raw.ended, "ended"),
        seat: clean(raw.seat),
        plural: raw.plural.unwrap_or(false),
        autolink: c.word(raw.autolink, "autolink", Some(AutolinkMode::On)).unwrap_or(AutolinkMode::On),
        article: c.optional_word::<Article>(raw.article, "article"),
        member_of,
        relations,
    };
    let party = Party { article: c.article_fits(&party), ..party };
    let common = c.common(raw.summary, raw.sources, raw.tags, raw.updated, raw.draft);
    // Kept even when `name` is missing (already reported), so its references still get checked.
    (Some(party), common)
}

fn membership(raw: IdOr<RawMembership>, i: usize, c: &mut Checker) -> Option<Membership> {
    let raw = match raw {
        IdOr::Id(id) => return Some(Membership { party: id.trim().to_string(), role: None, since: None, until: None }),
        IdOr::Map(m) => m,
    };
    let path = format!("member_of.{i}");
    let party = c.required(raw.party, &format!("{path}.party"), "party-id");
    let since = c.date(raw.since, &format!("{path}.since"));
    let until = c.date(raw.until, &format!("{path}.until"));
    Some(Membership { party: party?, role: clean(raw.role), since, until })
}

fn relation(raw: RawRelation, i: usize, c: &mut Checker) -> Option<Relation> {
    let path = format!("relations.{i}");
    let party = c.required(raw.party, &format!("{path}.party"), "party-id");
    let kind = c.word(raw.kind, &format!("{path}.kind"), None);
    let since = c.date(raw.since, &format!("{path}.since"));
    let until = c.date(raw.until, &format!("{path}.until"));
    Some(Relation {
        party: party?,
        kind: kind?,
        since,
        until,
        note: clean(raw.note),
        claimed_by: clean(raw.claimed_by),
        source: clean_list(raw.source),
    })
}

pub fn event(raw: RawEvent, c: &mut Checker) -> (Option<Event>, Common) {
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

/// The tags a tag holding commas stands for, as a list's inside (`fighting, war`).
fn several_tags(tag: &str) -> Option<String> {
    let parts: Vec<&str> = tag.split(',').map(str::trim).collect();
    (parts.len() > 1 && parts.iter().all(|p| !slug::slugify(p).is_empty())).then(|| parts.join(", "))
}

/// `1.747`, `12,000`, `1 747 000` or `1'747` as the digits they stand for: groups of three
/// after the first, split by one separator used throughout. `2.5` or `1.74` is a decimal.
fn without_thousands_separators(text: &str) -> Option<String> {
    let separator = text.chars().find(|c| !c.is_ascii_digit())?;
    if !",. _'\u{a0}\u{202f}".contains(separator) {
        return None;
    }
    let mut groups = text.split(separator);
    let first = groups.next()?;
    let first_ok = (1..=3).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_digit());
    let mut digits = first.to_string();
    for group in groups {
        if group.len() != 3 || !group.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push_str(group);
    }
    first_ok.then_some(digits)
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

pub fn page(raw: RawPage, c: &mut Checker) -> (Option<Page>, Common) {
    let title = c.required_with(raw.title, "title", Checker::title_from_id);
    let weight = clean(raw.weight).and_then(|w| match w.parse::<i64>() {
        Ok(n) => Some(n),
        Err(_) => {
            let span = c.locator.value("weight");
            c.error(
                Diagnostic::error("invalid-value", format!("`{w}` is not a whole number"))
                    .at(span)
                    .help("weight orders the menu: 1 comes before 2"),
            );
            None
        }
    });
    let common = c.common(raw.summary, raw.sources, raw.tags, raw.updated, raw.draft);
    (Some(Page { title: title.unwrap_or_default(), weight, menu: raw.menu.unwrap_or(false) }), common)
}

pub fn home(raw: RawHome, file: SourceFile) -> Home {
    Home { file, title: clean(raw.title), summary: clean(raw.summary) }
}
