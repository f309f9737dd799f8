//! The content model: parties, events and pages as plain, validated data.
//!
//! Everything here has already been checked field by field (enums, dates, slugs) by `load`;
//! references between briefs are still plain ids, bound later by `resolve`. Adding a
//! front-matter field means adding it here, in `load::raw`, and in `load::convert`.

pub mod date;
pub mod slug;
pub mod url;

mod references;
mod source_file;
// Before `wording`, which declares `Article` with the `vocabulary!` macro.
#[macro_use]
mod vocabulary;
mod wording;

pub use date::{DATE_HELP, Date, DateError, Day, Precision};
pub use references::{Expect, KeyPath, Named};
pub use source_file::SourceFile;
pub use vocabulary::{
    AutolinkMode, CasualtyKind, EventKind, Group, PartyKind, Qualifier, RelationKind, Role, Stance, Vocabulary,
};
pub use wording::{Article, lower_first, upper_first};

/// The three kinds of brief, by the folder they live in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BriefKind {
    Party,
    Event,
    Page,
}

impl BriefKind {
    /// The folder under `content/` and the URL section.
    pub fn dir(self) -> &'static str {
        match self {
            BriefKind::Party => "parties",
            BriefKind::Event => "events",
            BriefKind::Page => "pages",
        }
    }

    /// "party", "event", "page": for messages.
    pub fn noun(self) -> &'static str {
        match self {
            BriefKind::Party => "party",
            BriefKind::Event => "event",
            BriefKind::Page => "page",
        }
    }

    /// "a party", "an event", "a page".
    pub fn with_article(self) -> &'static str {
        match self {
            BriefKind::Party => "a party",
            BriefKind::Event => "an event",
            BriefKind::Page => "a page",
        }
    }
}

/// One brief: a party, an event or a page, with the facts of its front-matter.
#[derive(Debug, Clone)]
pub struct Brief {
    /// The file stem; unique across all briefs.
    pub id: String,
    pub file: SourceFile,
    pub facts: Facts,
    pub summary: Option<String>,
    pub sources: Vec<SourceEntry>,
    pub tags: Vec<String>,
    pub updated: Option<Date>,
    pub draft: bool,
    /// A hash of the file's path and front-matter text: two briefs with the same one have
    /// the same facts. Taken once, when the file is read.
    pub front_hash: u64,
}

impl Brief {
    pub fn kind(&self) -> BriefKind {
        match self.facts {
            Facts::Party(_) => BriefKind::Party,
            Facts::Event(_) => BriefKind::Event,
            Facts::Page(_) => BriefKind::Page,
        }
    }

    /// The full name or title.
    pub fn title(&self) -> &str {
        match &self.facts {
            Facts::Party(p) => &p.name,
            Facts::Event(e) => &e.title,
            Facts::Page(p) => &p.title,
        }
    }

    /// The name used in lists, tables and running text: a party's short name when it has one.
    pub fn short_title(&self) -> &str {
        match &self.facts {
            Facts::Party(p) => p.short_name.as_deref().unwrap_or(&p.name),
            _ => self.title(),
        }
    }

    pub fn as_party(&self) -> Option<&Party> {
        match &self.facts {
            Facts::Party(p) => Some(p),
            _ => None,
        }
    }

    pub fn as_event(&self) -> Option<&Event> {
        match &self.facts {
            Facts::Event(e) => Some(e),
            _ => None,
        }
    }

    pub fn as_page(&self) -> Option<&Page> {
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
    Page(Page),
}

/// The home page intro, `content/_index.md`.
#[derive(Debug, Clone)]
pub struct Home {
    pub file: SourceFile,
    pub title: Option<String>,
    pub summary: Option<String>,
}

/// A party: a state, government, person, armed group, alliance or organisation.
#[derive(Debug, Clone)]
pub struct Party {
    pub name: String,
    pub short_name: Option<String>,
    pub kind: PartyKind,
    pub aliases: Vec<String>,
    pub role: Option<String>,
    pub founded: Option<Date>,
    pub ended: Option<Date>,
    pub seat: Option<String>,
    /// The name takes a plural verb ("the Karabakh authorities say"). Given, never guessed:
    /// English plurals are no guide ("the Philippines says").
    pub plural: bool,
    /// Whether bodies link this party's names where they mention them.
    pub autolink: AutolinkMode,
    /// The article the short name takes in running text (`article: the`).
    pub article: Option<Article>,
    pub member_of: Vec<Membership>,
    pub relations: Vec<Relation>,
}

/// `member_of`: this party belongs to another for a time, in a role.
#[derive(Debug, Clone)]
pub struct Membership {
    pub party: String,
    pub role: Option<String>,
    pub since: Option<Date>,
    pub until: Option<Date>,
}

/// `relations`: how this party stands towards another.
#[derive(Debug, Clone)]
pub struct Relation {
    pub party: String,
    pub kind: RelationKind,
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub note: Option<String>,
    pub claimed_by: Option<String>,
    pub source: Vec<String>,
}

/// An event: a clash, a statement, a ceasefire, a summit...
#[derive(Debug, Clone)]
pub struct Event {
    pub title: String,
    pub date: Date,
    pub kind: EventKind,
    pub part_of: Option<String>,
    pub place: Option<String>,
    pub participants: Vec<Participant>,
    pub casualties: Vec<Casualty>,
    pub claims: Vec<Claim>,
    pub related: Vec<String>,
}

/// A party taking part in an event.
#[derive(Debug, Clone)]
pub struct Participant {
    pub party: String,
    pub role: Role,
    /// Set when the participation itself is only alleged by a party.
    pub claimed_by: Option<String>,
}

/// Whom a casualty figure counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Counted {
    Party(String),
    Group(Group),
}

/// A casualty figure, always as someone published it.
#[derive(Debug, Clone)]
pub struct Casualty {
    pub of: Counted,
    pub kind: CasualtyKind,
    pub count: Option<u64>,
    /// How the source hedges `count`: "nearly", "more than". Only with `count`.
    pub qualifier: Option<Qualifier>,
    pub low: Option<u64>,
    pub best: Option<u64>,
    pub high: Option<u64>,
    pub as_of: Option<Date>,
    pub claimed_by: Option<String>,
    /// Whose civilians or soldiers a group figure counts (`of: military, party: georgia`).
    pub party: Option<String>,
    pub source: Vec<String>,
}

/// Someone's statement about the event, rendered "X says ...", never in the site's voice.
/// At least one of `text` and `quote` is given.
#[derive(Debug, Clone)]
pub struct Claim {
    pub by: String,
    pub stance: Stance,
    /// What they say in the site's words, written to follow "Armenia says": reported
    /// speech, never shown in quotation marks.
    pub text: Option<String>,
    /// Their own words, verbatim: the only part shown in quotation marks.
    pub quote: Option<String>,
    pub date: Option<Date>,
    pub source: Vec<String>,
}

/// A free-standing article, such as "About".
#[derive(Debug, Clone)]
pub struct Page {
    pub title: String,
    pub weight: Option<i64>,
    pub menu: bool,
}

/// A publication a brief draws on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: Option<String>,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub date: Option<Date>,
    pub url: Option<String>,
}

/// An entry of `sources:`: a source defined here, or the id of one defined in another brief.
#[derive(Debug, Clone)]
pub enum SourceEntry {
    Defined(Source),
    Cited(String),
}
