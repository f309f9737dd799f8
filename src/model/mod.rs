//! The content model: parties, events and pages as plain, validated data.
//!
//! Everything here has already been checked field by field (enums, dates, slugs) by `load`;
//! references between briefs are still plain ids, bound later by `resolve`. Adding a
//! front-matter field means adding it here, in `load::raw`, and in `load::convert`.

pub mod date;
pub mod slug;
pub mod url;

use std::ops::Range;

pub use date::{DATE_HELP, Date, DateError, Day, Precision};

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

/// A file of the site as read from disk, with where its parts start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Relative to the site root, `/`-separated: what diagnostics print.
    pub path: String,
    pub text: String,
    /// Byte range of the YAML between the `---` fences (empty when there is none).
    pub front_matter: Range<usize>,
    /// Byte offset where the Markdown body starts.
    pub body_start: usize,
}

impl SourceFile {
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    pub fn yaml(&self) -> &str {
        &self.text[self.front_matter.clone()]
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.text.as_bytes()[..offset.min(self.text.len())].iter().filter(|&&b| b == b'\n').count() + 1
    }

    /// The diagnostic span of a byte range of the file.
    pub fn span(&self, range: Range<usize>) -> crate::diagnostics::Span {
        let clamp = |o: usize| {
            let mut o = o.min(self.text.len());
            while !self.text.is_char_boundary(o) {
                o -= 1;
            }
            o
        };
        let (start, end) = (clamp(range.start), clamp(range.end.max(range.start)));
        let line_start = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.text[start..].find('\n').map_or(self.text.len(), |i| start + i);
        let line = self.line_of(start);
        let column = self.text[line_start..start].chars().count() + 1;
        let end_on_line = end.min(line_end);
        let end_column = column + self.text[start..end_on_line].chars().count();
        crate::diagnostics::Span::new(&self.path, line, column, end_column, &self.text[line_start..line_end])
    }

    /// The span of a 1-based line and column range (columns in characters) on one line.
    pub fn span_at(&self, line: usize, column: usize, end_column: usize) -> crate::diagnostics::Span {
        crate::diagnostics::Span::new(&self.path, line, column, end_column, self.line_text(line))
    }

    /// The text of a 1-based line, without its line end.
    pub fn line_text(&self, line: usize) -> &str {
        self.text.split('\n').nth(line.saturating_sub(1)).unwrap_or("").trim_end_matches('\r')
    }
}

/// What kind of brief a reference in front-matter must name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    Party,
    Event,
    Any,
}

/// Where a value sits in a brief's front-matter: `participants.1.party`,
/// `claims.0.source.2`, `part_of`. Kept in pieces and spelt out only when a diagnostic needs
/// it: checking ten thousand briefs formats none of them when all is well.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyPath {
    key: &'static str,
    index: Option<usize>,
    field: Option<&'static str>,
    item: Option<usize>,
}

impl KeyPath {
    /// A top-level key: `part_of`.
    pub fn key(key: &'static str) -> KeyPath {
        KeyPath { key, index: None, field: None, item: None }
    }

    /// An item of a top-level list: `related.2`.
    pub fn item(key: &'static str, index: usize) -> KeyPath {
        KeyPath { index: Some(index), ..KeyPath::key(key) }
    }

    /// A field of an item of a top-level list: `participants.1.party`.
    pub fn field(key: &'static str, index: usize, field: &'static str) -> KeyPath {
        KeyPath { field: Some(field), ..KeyPath::item(key, index) }
    }

    /// An item of a list inside an item: `claims.0.source.2`.
    pub fn nested(key: &'static str, index: usize, field: &'static str, item: usize) -> KeyPath {
        KeyPath { item: Some(item), ..KeyPath::field(key, index, field) }
    }
}

impl std::fmt::Display for KeyPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key)?;
        if let Some(index) = self.index {
            write!(f, ".{index}")?;
        }
        if let Some(field) = self.field {
            write!(f, ".{field}")?;
        }
        if let Some(item) = self.item {
            write!(f, ".{item}")?;
        }
        Ok(())
    }
}

/// An id given in a brief's front-matter where another brief belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named<'a> {
    /// Where: `participants.1.party`.
    pub path: KeyPath,
    /// The key as a writer knows it: `participants`, `claimed_by`, `of`.
    pub key: &'static str,
    pub id: &'a str,
    pub expect: Expect,
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

    /// The path of `field` of the source this brief defines as `id` (`sources.2.date`), for
    /// pointing at it; the first source when it defines none by that id.
    pub fn source_path(&self, id: &str, field: &str) -> String {
        let n = self
            .sources
            .iter()
            .position(|e| matches!(e, SourceEntry::Defined(s) if s.id.as_deref() == Some(id)))
            .unwrap_or(0);
        format!("sources.{n}.{field}")
    }

    /// Every id this brief's front-matter gives where another brief belongs, with where it
    /// is and what kind of brief it must name. Casualty figures' `of` is here when it is not
    /// a group word.
    pub fn named<'a>(&'a self) -> Vec<Named<'a>> {
        let mut named = Vec::new();
        let mut add = |path: KeyPath, key: &'static str, id: &'a str, expect: Expect| {
            named.push(Named { path, key, id, expect });
        };
        match &self.facts {
            Facts::Party(party) => {
                for (n, m) in party.member_of.iter().enumerate() {
                    add(KeyPath::field("member_of", n, "party"), "member_of", &m.party, Expect::Party);
                }
                for (n, r) in party.relations.iter().enumerate() {
                    add(KeyPath::field("relations", n, "party"), "relations", &r.party, Expect::Party);
                    if let Some(by) = &r.claimed_by {
                        add(KeyPath::field("relations", n, "claimed_by"), "claimed_by", by, Expect::Party);
                    }
                }
            }
            Facts::Event(event) => {
                if let Some(parent) = &event.part_of {
                    add(KeyPath::key("part_of"), "part_of", parent, Expect::Event);
                }
                for (n, p) in event.participants.iter().enumerate() {
                    add(KeyPath::field("participants", n, "party"), "participants", &p.party, Expect::Party);
                    if let Some(by) = &p.claimed_by {
                        add(KeyPath::field("participants", n, "claimed_by"), "claimed_by", by, Expect::Party);
                    }
                }
                for (n, x) in event.casualties.iter().enumerate() {
                    if let Counted::Party(of) = &x.of {
                        add(KeyPath::field("casualties", n, "of"), "of", of, Expect::Party);
                    }
                    if let Some(by) = &x.claimed_by {
                        add(KeyPath::field("casualties", n, "claimed_by"), "claimed_by", by, Expect::Party);
                    }
                    if let Some(party) = &x.party {
                        add(KeyPath::field("casualties", n, "party"), "party", party, Expect::Party);
                    }
                }
                for (n, claim) in event.claims.iter().enumerate() {
                    add(KeyPath::field("claims", n, "by"), "by", &claim.by, Expect::Party);
                }
                for (n, r) in event.related.iter().enumerate() {
                    add(KeyPath::item("related", n), "related", r, Expect::Any);
                }
            }
            Facts::Page(_) => {}
        }
        named
    }

    /// Every source id this brief cites, with where in its front-matter (`sources.2`,
    /// `claims.0.source.1`): the ids listed in `sources:`, and the `source:` of relations,
    /// casualty figures and claims.
    pub fn cited_sources(&self) -> Vec<(KeyPath, &str)> {
        let mut cited: Vec<(KeyPath, &str)> = Vec::new();
        for (n, entry) in self.sources.iter().enumerate() {
            if let SourceEntry::Cited(id) = entry {
                cited.push((KeyPath::item("sources", n), id));
            }
        }
        fn each<'a>(
            cited: &mut Vec<(KeyPath, &'a str)>,
            key: &'static str,
            lists: impl Iterator<Item = &'a Vec<String>>,
        ) {
            for (n, list) in lists.enumerate() {
                cited
                    .extend(list.iter().enumerate().map(|(k, id)| (KeyPath::nested(key, n, "source", k), id.as_str())));
            }
        }
        match &self.facts {
            Facts::Party(p) => each(&mut cited, "relations", p.relations.iter().map(|r| &r.source)),
            Facts::Event(e) => {
                each(&mut cited, "casualties", e.casualties.iter().map(|c| &c.source));
                each(&mut cited, "claims", e.claims.iter().map(|c| &c.source));
            }
            Facts::Page(_) => {}
        }
        cited
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

/// A closed set of front-matter words, such as the kinds of event.
pub trait Vocabulary: Copy + 'static {
    /// Every accepted spelling, in documentation order.
    const WORDS: &'static [&'static str];
    /// What the words are, for messages: "event kind".
    const WHAT: &'static str;
    fn from_word(word: &str) -> Option<Self>;
}

/// Declares a closed set of front-matter words with their spelling and a reader's label.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident ($what:literal) { $($variant:ident => $word:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every accepted spelling, in documentation order.
            pub const WORDS: &'static [&'static str] = &[$($word),+];

            pub fn from_word(word: &str) -> Option<$name> {
                match word { $($word => Some($name::$variant),)+ _ => None }
            }

            /// The spelling writers use in front-matter.
            pub fn word(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// How the site names it to readers.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }

        impl Vocabulary for $name {
            const WORDS: &'static [&'static str] = $name::WORDS;
            const WHAT: &'static str = $what;
            fn from_word(word: &str) -> Option<$name> {
                $name::from_word(word)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.word())
            }
        }
    };
}

// Declared after `vocabulary!`, which it uses.
mod wording;
pub use wording::{Article, lower_first, upper_first};

vocabulary! {
    /// What sort of actor a party is; the who's who groups by it.
    PartyKind ("party kind") {
        State => "state", "State";
        DeFactoState => "de_facto_state", "De facto state";
        Government => "government", "Government";
        Person => "person", "Person";
        ArmedGroup => "armed_group", "Armed group";
        Alliance => "alliance", "Alliance";
        Organisation => "organisation", "Organisation";
        Other => "other", "Other";
    }
}

vocabulary! {
    /// A party's `autolink`: whether mentions of its names in bodies become links.
    AutolinkMode ("autolink setting") {
        On => "true", "Linked where it stands alone";
        Off => "false", "Never linked";
        Always => "always", "Linked, even a name that is a common word";
    }
}

vocabulary! {
    /// How two parties stand towards each other, from the one that lists the relation.
    RelationKind ("relation kind") {
        Ally => "ally", "Ally";
        Backer => "backer", "Backer";
        Adversary => "adversary", "Adversary";
        Mediator => "mediator", "Mediator";
        Rival => "rival", "Rival";
        Proxy => "proxy", "Proxy";
        Other => "other", "Other relation";
    }
}

vocabulary! {
    /// What happened.
    EventKind ("event kind") {
        Clash => "clash", "Clash";
        Strike => "strike", "Strike";
        Shelling => "shelling", "Shelling";
        Statement => "statement", "Statement";
        Agreement => "agreement", "Agreement";
        Ceasefire => "ceasefire", "Ceasefire";
        Summit => "summit", "Summit";
        Declaration => "declaration", "Declaration";
        Election => "election", "Election";
        Appeal => "appeal", "Appeal";
        Accusation => "accusation", "Accusation";
        Other => "other", "Event";
    }
}

vocabulary! {
    /// The part a party played in an event.
    Role ("role") {
        SideA => "side_a", "Side A";
        SideB => "side_b", "Side B";
        Attacker => "attacker", "Attacker";
        Defender => "defender", "Defender";
        Backer => "backer", "Backer";
        Mediator => "mediator", "Mediator";
        Signatory => "signatory", "Signatory";
        Speaker => "speaker", "Speaker";
        Target => "target", "Target";
        Host => "host", "Host";
        Observer => "observer", "Observer";
        Other => "other", "Other role";
        Participant => "participant", "Participant";
    }
}

impl RelationKind {
    /// Relations that read the same from both ends.
    pub fn is_symmetric(self) -> bool {
        matches!(self, RelationKind::Ally | RelationKind::Adversary | RelationKind::Rival | RelationKind::Other)
    }
}

impl Role {
    /// How a party page introduces its events in this role: "On side A", "As mediator".
    pub fn phrase(self) -> &'static str {
        match self {
            Role::SideA => "On side A",
            Role::SideB => "On side B",
            Role::Attacker => "As attacker",
            Role::Defender => "As defender",
            Role::Backer => "As backer",
            Role::Mediator => "As mediator",
            Role::Signatory => "As signatory",
            Role::Speaker => "As speaker",
            Role::Target => "As target",
            Role::Host => "As host",
            Role::Observer => "As observer",
            Role::Other => "In another role",
            Role::Participant => "As participant",
        }
    }
}

vocabulary! {
    /// What a casualty figure counts.
    CasualtyKind ("casualty kind") {
        Killed => "killed", "Killed";
        Wounded => "wounded", "Wounded";
        Missing => "missing", "Missing";
        Displaced => "displaced", "Displaced";
        Captured => "captured", "Captured";
    }
}

vocabulary! {
    /// How a claim stands towards what it says.
    Stance ("stance") {
        Asserts => "asserts", "says";
        Denies => "denies", "denies";
        Disputes => "disputes", "disputes";
        Admits => "admits", "admits";
    }
}

impl Stance {
    /// The verb after the claimant's name, agreeing with it: "Armenia says", "the Karabakh
    /// authorities say". The label is the singular form.
    pub fn verb(self, plural: bool) -> &'static str {
        match (self, plural) {
            (Stance::Asserts, true) => "say",
            (Stance::Denies, true) => "deny",
            (Stance::Disputes, true) => "dispute",
            (Stance::Admits, true) => "admit",
            (stance, false) => stance.label(),
        }
    }
}

vocabulary! {
    /// How a published figure is hedged: "nearly 200", "more than 30". It qualifies a single
    /// `count`; a range is given by `low` and `high` instead.
    Qualifier ("figure qualifier") {
        Nearly => "nearly", "nearly";
        About => "about", "about";
        AtLeast => "at_least", "at least";
        MoreThan => "more_than", "more than";
        FewerThan => "fewer_than", "fewer than";
        UpTo => "up_to", "up to";
    }
}

vocabulary! {
    /// The groups a casualty figure can count besides a party.
    Group ("group") {
        Civilians => "civilians", "Civilians";
        Military => "military", "Military personnel";
        Unknown => "unknown", "Not specified";
    }
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
