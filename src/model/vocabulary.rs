//! The closed vocabularies of front-matter (kinds, roles, stances, qualifiers), each declared
//! once with `vocabulary!`: its spellings, the label readers see, and the list of accepted
//! words that hints quote.

/// A closed set of front-matter words, such as the kinds of event.
pub(crate) trait Vocabulary: Copy + 'static {
    /// Every accepted spelling, in documentation order.
    const WORDS: &'static [&'static str];
    /// What the words are, for messages: "event kind".
    const WHAT: &'static str;
    fn from_word(word: &str) -> Option<Self>;
}

/// Declares a closed set of front-matter words with their spelling and a reader's label. The
/// methods it gives are `pub`, like the type: every vocabulary has all of them, whether or not
/// the crate calls each one on each vocabulary.
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
    pub(crate) fn is_symmetric(self) -> bool {
        matches!(self, RelationKind::Ally | RelationKind::Adversary | RelationKind::Rival | RelationKind::Other)
    }
}

impl Role {
    /// How a party page introduces its events in this role: "On side A", "As mediator".
    pub(crate) fn phrase(self) -> &'static str {
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
    pub(crate) fn verb(self, plural: bool) -> &'static str {
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
