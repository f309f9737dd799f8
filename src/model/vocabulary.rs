//! The closed vocabularies of front-matter (kinds, roles, stances, qualifiers), each declared
//! once with `vocabulary!`: its spellings, the list of accepted words that hints quote, and
//! for the words readers see, the key of each one's label in the string catalogue.

/// A closed set of front-matter words, such as the kinds of event.
pub(crate) trait Vocabulary: Copy + 'static {
    /// Every accepted spelling, in documentation order.
    const WORDS: &'static [&'static str];
    /// What the words are, for messages: "event kind".
    const WHAT: &'static str;
    fn from_word(word: &str) -> Option<Self>;
}

/// A vocabulary whose words readers see: each has a label in the string catalogue, under a
/// key made of the vocabulary's prefix and the word (`party_kind_state`, `role_side_a`).
pub trait Labelled: Copy + 'static {
    /// Every variant, in documentation order.
    const ALL: &'static [Self];
    /// The catalogue key of the label readers see.
    fn key(self) -> &'static str;
}

/// Declares a closed set of front-matter words with their spelling; given a key prefix after
/// what the words are, also the catalogue key of each one's label ([`Labelled`]). The
/// methods it gives are `pub`, like the type: every vocabulary has all of them, whether or not
/// the crate calls each one on each vocabulary.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident ($what:literal, $prefix:literal) { $($variant:ident => $word:literal;)+ }) => {
        vocabulary! { $(#[$meta])* $name ($what) { $($variant => $word;)+ } }

        impl $crate::model::Labelled for $name {
            const ALL: &'static [$name] = &[$($name::$variant),+];

            fn key(self) -> &'static str {
                match self { $($name::$variant => concat!($prefix, "_", $word)),+ }
            }
        }
    };
    ($(#[$meta:meta])* $name:ident ($what:literal) { $($variant:ident => $word:literal;)+ }) => {
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

vocabulary! {
    /// What sort of actor a party is; the who's who groups by it.
    PartyKind ("party kind", "party_kind") {
        State => "state";
        DeFactoState => "de_facto_state";
        Government => "government";
        Person => "person";
        ArmedGroup => "armed_group";
        Alliance => "alliance";
        Organisation => "organisation";
        Other => "other";
    }
}

vocabulary! {
    /// What sort of place a place is: a city, a region, a country...
    PlaceKind ("place kind", "place_kind") {
        City => "city";
        Town => "town";
        Village => "village";
        Region => "region";
        Country => "country";
        Area => "area";
        Site => "site";
        Other => "other";
    }
}

impl PlaceKind {
    /// Whether the place is a point on a map rather than a stretch of land: what a place
    /// within it may be from it (a village lies near its town; a town anywhere in its country).
    pub fn is_small(self) -> bool {
        matches!(self, PlaceKind::City | PlaceKind::Town | PlaceKind::Village | PlaceKind::Site)
    }
}

vocabulary! {
    /// A party's `autolink`: whether mentions of its names in bodies become links.
    AutolinkMode ("autolink setting", "autolink") {
        On => "true";
        Off => "false";
        Always => "always";
    }
}

vocabulary! {
    /// How two parties stand towards each other, from the one that lists the relation.
    RelationKind ("relation kind", "relation_kind") {
        Ally => "ally";
        Backer => "backer";
        Adversary => "adversary";
        Mediator => "mediator";
        Rival => "rival";
        Proxy => "proxy";
        Other => "other";
    }
}

vocabulary! {
    /// What happened.
    EventKind ("event kind", "event_kind") {
        Clash => "clash";
        Strike => "strike";
        Shelling => "shelling";
        Statement => "statement";
        Agreement => "agreement";
        Ceasefire => "ceasefire";
        Summit => "summit";
        Declaration => "declaration";
        Election => "election";
        Appeal => "appeal";
        Accusation => "accusation";
        Other => "other";
    }
}

vocabulary! {
    /// The part a party played in an event.
    Role ("role", "role") {
        SideA => "side_a";
        SideB => "side_b";
        Attacker => "attacker";
        Defender => "defender";
        Backer => "backer";
        Mediator => "mediator";
        Signatory => "signatory";
        Speaker => "speaker";
        Target => "target";
        Host => "host";
        Observer => "observer";
        Other => "other";
        Participant => "participant";
    }
}

impl RelationKind {
    /// Relations that read the same from both ends.
    pub(crate) fn is_symmetric(self) -> bool {
        matches!(self, RelationKind::Ally | RelationKind::Adversary | RelationKind::Rival | RelationKind::Other)
    }
}

impl Role {
    /// The catalogue key of how a party page introduces its events in this role: "On side
    /// A", "As mediator".
    pub(crate) fn phrase_key(self) -> &'static str {
        match self {
            Role::SideA => "role_phrase_side_a",
            Role::SideB => "role_phrase_side_b",
            Role::Attacker => "role_phrase_attacker",
            Role::Defender => "role_phrase_defender",
            Role::Backer => "role_phrase_backer",
            Role::Mediator => "role_phrase_mediator",
            Role::Signatory => "role_phrase_signatory",
            Role::Speaker => "role_phrase_speaker",
            Role::Target => "role_phrase_target",
            Role::Host => "role_phrase_host",
            Role::Observer => "role_phrase_observer",
            Role::Other => "role_phrase_other",
            Role::Participant => "role_phrase_participant",
        }
    }
}

vocabulary! {
    /// What a casualty figure counts.
    CasualtyKind ("casualty kind", "casualty_kind") {
        Killed => "killed";
        Wounded => "wounded";
        Missing => "missing";
        Displaced => "displaced";
        Captured => "captured";
    }
}

vocabulary! {
    /// How a claim stands towards what it says.
    Stance ("stance", "stance") {
        Asserts => "asserts";
        Denies => "denies";
        Disputes => "disputes";
        Admits => "admits";
    }
}

impl Stance {
    /// The catalogue key of the verb after a plural claimant's name: "the Karabakh
    /// authorities say". The label is the singular form: "Armenia says".
    pub(crate) fn plural_key(self) -> &'static str {
        match self {
            Stance::Asserts => "stance_plural_asserts",
            Stance::Denies => "stance_plural_denies",
            Stance::Disputes => "stance_plural_disputes",
            Stance::Admits => "stance_plural_admits",
        }
    }
}

vocabulary! {
    /// How a published figure is hedged: "nearly 200", "more than 30". It qualifies a single
    /// `count`; a range is given by `low` and `high` instead.
    Qualifier ("figure qualifier", "qualifier") {
        Nearly => "nearly";
        About => "about";
        AtLeast => "at_least";
        MoreThan => "more_than";
        FewerThan => "fewer_than";
        UpTo => "up_to";
    }
}

vocabulary! {
    /// What kind of number a figure is, as its source presents it: counted one by one,
    /// a party's claim, someone's estimate, or a first count still expected to change.
    FigureStatus ("figure status", "figure_status") {
        Recorded => "recorded";
        Claimed => "claimed";
        Estimate => "estimate";
        Provisional => "provisional";
    }
}

vocabulary! {
    /// What a note in `corrections:` is: a fact set right, a wording made clearer, or news
    /// added since the brief was first published.
    CorrectionKind ("correction kind", "correction_kind") {
        Correction => "correction";
        Clarification => "clarification";
        Update => "update";
    }
}

vocabulary! {
    /// The groups a casualty figure can count besides a party.
    Group ("group", "group") {
        Civilians => "civilians";
        Military => "military";
        Unknown => "unknown";
    }
}

/// Every catalogue key the vocabularies give: the labels, one list per labelled vocabulary,
/// and the other words (the roles' phrases, the stances' plural verbs). The strings tests
/// hold en.ftl to it.
#[cfg(test)]
pub(crate) fn catalogue_keys() -> (Vec<Vec<&'static str>>, Vec<&'static str>) {
    fn keys<V: Labelled>() -> Vec<&'static str> {
        V::ALL.iter().map(|v| v.key()).collect()
    }
    let labels = vec![
        keys::<PartyKind>(),
        keys::<PlaceKind>(),
        keys::<AutolinkMode>(),
        keys::<RelationKind>(),
        keys::<EventKind>(),
        keys::<Role>(),
        keys::<CasualtyKind>(),
        keys::<Stance>(),
        keys::<Qualifier>(),
        keys::<FigureStatus>(),
        keys::<CorrectionKind>(),
        keys::<Group>(),
    ];
    let phrases = Role::ALL.iter().map(|r| r.phrase_key());
    let plurals = Stance::ALL.iter().map(|s| s.plural_key());
    (labels, phrases.chain(plurals).collect())
}
