//! The content model: parties, events, places and pages as plain, validated data.
//!
//! Everything here has already been checked field by field (enums, dates, slugs) by `load`;
//! references between briefs are still plain ids, bound later by `resolve`. Adding a
//! front-matter field means adding it here, in `load::raw`, and in `load::convert`.

pub(crate) mod date;
pub(crate) mod slug;
pub(crate) mod url;

mod references;
mod source_file;
// Before `wording`, which declares `Article` with the `vocabulary!` macro.
#[macro_use]
mod vocabulary;
mod wording;

pub use date::{Date, DateError, DateWords, Day, DayFormat, Pattern, Precision};
pub use source_file::SourceFile;
pub use vocabulary::{
    AutolinkMode, CasualtyKind, CorrectionKind, EventKind, FigureStatus, Group, Labelled, PartyKind, PlaceKind,
    Qualifier, RelationKind, Role, Stance,
};
pub use wording::Article;

pub(crate) use date::DATE_HELP;
pub(crate) use references::{Expect, KeyPath};
pub(crate) use vocabulary::Vocabulary;
#[cfg(test)]
pub(crate) use vocabulary::catalogue_keys;
pub(crate) use wording::{lower_first, upper_first};

/// The four kinds of brief, by the folder they live in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BriefKind {
    Party,
    Event,
    Place,
    Page,
}

impl BriefKind {
    /// The folder under `content/` and the URL section.
    pub(crate) fn dir(self) -> &'static str {
        match self {
            BriefKind::Party => "parties",
            BriefKind::Event => "events",
            BriefKind::Place => "places",
            BriefKind::Page => "pages",
        }
    }

    /// "party", "event", "page": for messages.
    pub(crate) fn noun(self) -> &'static str {
        match self {
            BriefKind::Party => "party",
            BriefKind::Event => "event",
            BriefKind::Place => "place",
            BriefKind::Page => "page",
        }
    }

    /// "a party", "an event", "a page".
    pub(crate) fn with_article(self) -> &'static str {
        match self {
            BriefKind::Party => "a party",
            BriefKind::Event => "an event",
            BriefKind::Place => "a place",
            BriefKind::Page => "a page",
        }
    }
}

/// One brief: a party, an event, a place or a page, with the facts of its front-matter.
#[derive(Debug, Clone)]
pub struct Brief {
    /// The file stem; unique across all briefs.
    pub(crate) id: String,
    pub(crate) file: SourceFile,
    pub(crate) facts: Facts,
    pub(crate) summary: Option<String>,
    pub(crate) sources: Vec<SourceEntry>,
    pub(crate) tags: Vec<String>,
    pub(crate) updated: Option<Date>,
    pub(crate) draft: bool,
    /// Notes of what was set right or added since the brief was published, as listed.
    pub(crate) corrections: Vec<Correction>,
    /// A hash of the file's path and front-matter text: two briefs with the same one have
    /// the same facts. Taken once, when the file is read.
    pub(crate) front_hash: u64,
    /// In a translated site, the original's names and titles: the brief is still linked by
    /// them (`[[Armenia]]` in a French body), though its page shows the translation's.
    pub(crate) link_names: Vec<String>,
}

impl Brief {
    pub(crate) fn kind(&self) -> BriefKind {
        match self.facts {
            Facts::Party(_) => BriefKind::Party,
            Facts::Event(_) => BriefKind::Event,
            Facts::Place(_) => BriefKind::Place,
            Facts::Page(_) => BriefKind::Page,
        }
    }

    /// The full name or title.
    pub(crate) fn title(&self) -> &str {
        match &self.facts {
            Facts::Party(p) => &p.name,
            Facts::Event(e) => &e.title,
            Facts::Place(p) => &p.name,
            Facts::Page(p) => &p.title,
        }
    }

    /// The name used in lists, tables and running text: a party's short name when it has one.
    pub(crate) fn short_title(&self) -> &str {
        match &self.facts {
            Facts::Party(p) => p.short_name.as_deref().unwrap_or(&p.name),
            _ => self.title(),
        }
    }

    /// Whether mentions of this brief's names in bodies become links: a party's own
    /// `autolink`; places always, as far as their names are wanted; events and pages never.
    pub(crate) fn autolink(&self) -> AutolinkMode {
        match &self.facts {
            Facts::Party(p) => p.autolink,
            Facts::Place(_) => AutolinkMode::On,
            Facts::Event(_) | Facts::Page(_) => AutolinkMode::Off,
        }
    }

    pub(crate) fn as_party(&self) -> Option<&Party> {
        match &self.facts {
            Facts::Party(p) => Some(p),
            _ => None,
        }
    }

    pub(crate) fn as_event(&self) -> Option<&Event> {
        match &self.facts {
            Facts::Event(e) => Some(e),
            _ => None,
        }
    }

    pub(crate) fn as_place(&self) -> Option<&Place> {
        match &self.facts {
            Facts::Place(p) => Some(p),
            _ => None,
        }
    }

    pub(crate) fn as_page(&self) -> Option<&Page> {
        match &self.facts {
            Facts::Page(p) => Some(p),
            _ => None,
        }
    }
}

/// The kind-specific facts of a brief.
#[derive(Debug, Clone)]
pub enum Facts {
    Party(Party),
    Event(Event),
    Place(Place),
    Page(Page),
}

/// The home page intro, `content/_index.md`.
#[derive(Debug, Clone)]
pub struct Home {
    pub(crate) file: SourceFile,
    pub(crate) title: Option<String>,
    pub(crate) summary: Option<String>,
}

/// A party: a state, government, person, armed group, alliance or organisation.
#[derive(Debug, Clone)]
pub struct Party {
    pub(crate) name: String,
    pub(crate) short_name: Option<String>,
    pub(crate) kind: PartyKind,
    pub(crate) aliases: Vec<String>,
    pub(crate) role: Option<String>,
    pub(crate) founded: Option<Date>,
    pub(crate) ended: Option<Date>,
    pub(crate) seat: Option<String>,
    /// The name takes a plural verb ("the Karabakh authorities say"). Given, never guessed:
    /// English plurals are no guide ("the Philippines says").
    pub(crate) plural: bool,
    /// Whether bodies link this party's names where they mention them.
    pub(crate) autolink: AutolinkMode,
    /// The article the short name takes in running text (`article: the`).
    pub(crate) article: Option<Article>,
    pub(crate) member_of: Vec<Membership>,
    pub(crate) relations: Vec<Relation>,
}

/// `member_of`: this party belongs to another for a time, in a role.
#[derive(Debug, Clone)]
pub(crate) struct Membership {
    /// Its place in the file's list (`casualties.3`), which stays when an entry before it
    /// could not be read: diagnostics point at the entry written there.
    pub(crate) at: usize,
    pub(crate) party: String,
    pub(crate) role: Option<String>,
    pub(crate) since: Option<Date>,
    pub(crate) until: Option<Date>,
}

/// `relations`: how this party stands towards another.
#[derive(Debug, Clone)]
pub(crate) struct Relation {
    /// Its place in the file's list (`casualties.3`), which stays when an entry before it
    /// could not be read: diagnostics point at the entry written there.
    pub(crate) at: usize,
    pub(crate) party: String,
    pub(crate) kind: RelationKind,
    pub(crate) since: Option<Date>,
    pub(crate) until: Option<Date>,
    pub(crate) note: Option<String>,
    pub(crate) claimed_by: Option<String>,
    pub(crate) source: Vec<String>,
}

/// An event: a clash, a statement, a ceasefire, a summit...
#[derive(Debug, Clone)]
pub struct Event {
    pub(crate) title: String,
    pub(crate) date: Date,
    pub(crate) kind: EventKind,
    pub(crate) part_of: Option<String>,
    pub(crate) place: Option<String>,
    pub(crate) participants: Vec<Participant>,
    pub(crate) casualties: Vec<Casualty>,
    pub(crate) claims: Vec<Claim>,
    pub(crate) related: Vec<String>,
}

/// A party taking part in an event.
#[derive(Debug, Clone)]
pub(crate) struct Participant {
    /// Its place in the file's list (`casualties.3`), which stays when an entry before it
    /// could not be read: diagnostics point at the entry written there.
    pub(crate) at: usize,
    pub(crate) party: String,
    pub(crate) role: Role,
    /// Set when the participation itself is only alleged by a party.
    pub(crate) claimed_by: Option<String>,
}

/// Whom a casualty figure counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Counted {
    Party(String),
    Group(Group),
}

impl Counted {
    /// As front-matter writes it: the party's id, or the group's word.
    pub(crate) fn id(&self) -> &str {
        match self {
            Counted::Party(id) => id,
            Counted::Group(group) => group.word(),
        }
    }
}

/// A casualty figure, always as someone published it.
#[derive(Debug, Clone)]
pub struct Casualty {
    /// Its place in the file's list (`casualties.3`), which stays when an entry before it
    /// could not be read: diagnostics point at the entry written there.
    pub(crate) at: usize,
    pub(crate) of: Counted,
    pub(crate) kind: CasualtyKind,
    pub(crate) count: Option<u64>,
    /// How the source hedges `count`: "nearly", "more than". Only with `count`.
    pub(crate) qualifier: Option<Qualifier>,
    pub(crate) low: Option<u64>,
    pub(crate) best: Option<u64>,
    pub(crate) high: Option<u64>,
    pub(crate) as_of: Option<Date>,
    pub(crate) claimed_by: Option<String>,
    /// Whose civilians or soldiers a group figure counts (`of: military, party: georgia`).
    pub(crate) party: Option<String>,
    pub(crate) source: Vec<String>,
    /// What kind of number it is, when the writer says.
    pub(crate) status: Option<FigureStatus>,
    /// What a reader should keep in mind about it ("excludes the missing").
    pub(crate) caveat: Option<String>,
    /// The same claimant's earlier values of this figure, oldest first, each dated before
    /// `as_of`. Each has its own number, date, sources, status and caveat, and a copy of the
    /// figure's `of`, `kind`, `claimed_by` and `party`, so that an as-of build can show one
    /// in the figure's place. Never nested.
    pub(crate) history: Vec<Casualty>,
}

impl Casualty {
    /// Every value of the figure, oldest first: its history, then itself.
    pub(crate) fn values(&self) -> impl Iterator<Item = &Casualty> {
        self.history.iter().chain(std::iter::once(self))
    }

    /// Whether two values give the same number, qualifier included.
    pub(crate) fn same_number(&self, other: &Casualty) -> bool {
        (self.count, self.qualifier, self.low, self.best, self.high)
            == (other.count, other.qualifier, other.low, other.best, other.high)
    }

    /// The value before this one, when the figure has a history.
    pub(crate) fn previous(&self) -> Option<&Casualty> {
        self.history.last()
    }

    /// The number a chart plots: the count, else the best estimate, else the middle of the
    /// range, else whichever bound is given.
    pub(crate) fn plotted(&self) -> Option<f64> {
        let as_f = |n: u64| n as f64;
        self.count.or(self.best).map(as_f).or(match (self.low, self.high) {
            (Some(l), Some(h)) => Some((as_f(l) + as_f(h)) / 2.0),
            (l, h) => l.or(h).map(as_f),
        })
    }
}

/// A note on a brief saying what was set right, made clearer or added, and when.
#[derive(Debug, Clone)]
pub struct Correction {
    pub(crate) date: Date,
    pub(crate) kind: CorrectionKind,
    pub(crate) text: String,
}

/// Someone's statement about the event, rendered "X says ...", never in the site's voice.
/// At least one of `text` and `quote` is given.
#[derive(Debug, Clone)]
pub struct Claim {
    /// Its place in the file's list (`casualties.3`), which stays when an entry before it
    /// could not be read: diagnostics point at the entry written there.
    pub(crate) at: usize,
    pub(crate) by: String,
    pub(crate) stance: Stance,
    /// What they say in the site's words, written to follow "Armenia says": reported
    /// speech, never shown in quotation marks.
    pub(crate) text: Option<String>,
    /// Their own words, verbatim: the only part shown in quotation marks.
    pub(crate) quote: Option<String>,
    pub(crate) date: Option<Date>,
    pub(crate) source: Vec<String>,
}

/// A place: a city, a region, a country, a site, with its coordinates (WGS 84 decimal
/// degrees) and the larger place it lies within.
#[derive(Debug, Clone)]
pub struct Place {
    pub(crate) name: String,
    pub(crate) kind: PlaceKind,
    /// Other names and spellings ("Khankendi", "Xankəndi"): linked and searched like the name.
    pub(crate) aliases: Vec<String>,
    pub(crate) lat: f64,
    pub(crate) lon: f64,
    /// The id of a larger place.
    pub(crate) within: Option<String>,
    pub(crate) disputed: Option<Disputed>,
}

/// `disputed`: whether a place's status is contested, and perhaps who claims it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Disputed {
    Yes,
    /// The writer's note on the dispute ("claimed by Azerbaijan and Armenia").
    Note(String),
}

/// A free-standing article, such as "About".
#[derive(Debug, Clone)]
pub struct Page {
    pub(crate) title: String,
    pub(crate) weight: Option<i64>,
    pub(crate) menu: bool,
}

/// A publication a brief draws on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub(crate) id: Option<String>,
    pub(crate) title: Option<String>,
    pub(crate) publisher: Option<String>,
    pub(crate) date: Option<Date>,
    pub(crate) url: Option<String>,
}

/// An entry of `sources:`: a source defined here, or the id of one defined in another brief.
#[derive(Debug, Clone)]
pub(crate) enum SourceEntry {
    Defined(Source),
    Cited(String),
}
