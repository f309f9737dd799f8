//! Front-matter exactly as serde_yaml reads it, before any checking.
//!
//! Every field is optional and every scalar is read leniently as text (`date: 2020` and
//! `date: "2020"` are the same), so that one deserialization collects what is there and
//! `convert` can report every problem of a file with its own span, not just the first.
//! Unknown keys are not rejected here: `serde_ignored` hands them to `frontmatter`.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

/// Any YAML scalar, kept as its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(pub String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor).map(Text)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a single value (text, a number or a date)")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
        Ok(v)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }
}

/// One value or a list of them: `source: afp` and `source: [afp, bbc]` both work.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OneOrMany(pub Vec<String>);

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a value or a list of values")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![v.to_string()]))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![v.to_string()]))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![v.to_string()]))
            }
            fn visit_unit<E: de::Error>(self) -> Result<OneOrMany, E> {
                Ok(OneOrMany::default())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut items = Vec::new();
                while let Some(Text(item)) = seq.next_element()? {
                    items.push(item);
                }
                Ok(OneOrMany(items))
            }
        }
        d.deserialize_any(V)
    }
}

/// A list that may also be left empty (`casualties:` with nothing after it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List<T>(pub Vec<T>);

impl<T> Default for List<T> {
    fn default() -> Self {
        List(Vec::new())
    }
}

impl<T> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// A list, an empty value, or a single item standing for a list of one
/// (`participants: armenia`).
impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = List<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_unit<E: de::Error>(self) -> Result<List<T>, E> {
                Ok(List(Vec::new()))
            }
            fn visit_none<E: de::Error>(self) -> Result<List<T>, E> {
                Ok(List(Vec::new()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(List(items))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<List<T>, E> {
                T::deserialize(de::value::StrDeserializer::new(v)).map(|t| List(vec![t]))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<List<T>, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(|t| List(vec![t]))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// A list entry that is either a bare id or a map with more detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdOr<T> {
    Id(String),
    Map(T),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for IdOr<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = IdOr<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an id or a map such as { party: armenia, role: side_a }")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<IdOr<T>, E> {
                Ok(IdOr::Id(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<IdOr<T>, E> {
                Ok(IdOr::Id(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<IdOr<T>, E> {
                Ok(IdOr::Id(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<IdOr<T>, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(IdOr::Map)
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// Keys each kind of map accepts, for "did you mean" and "accepted keys" hints.
pub mod keys {
    pub const PARTY: &[&str] = &[
        "name",
        "short_name",
        "kind",
        "aliases",
        "summary",
        "role",
        "founded",
        "ended",
        "seat",
        "plural",
        "autolink",
        "article",
        "member_of",
        "relations",
        "sources",
        "tags",
        "updated",
        "draft",
        "corrections",
    ];
    pub const EVENT: &[&str] = &[
        "title",
        "date",
        "end",
        "kind",
        "part_of",
        "place",
        "participants",
        "casualties",
        "claims",
        "sources",
        "related",
        "summary",
        "tags",
        "updated",
        "draft",
        "corrections",
    ];
    pub const PLACE: &[&str] = &[
        "name",
        "kind",
        "aliases",
        "lat",
        "lon",
        "within",
        "disputed",
        "summary",
        "sources",
        "tags",
        "updated",
        "draft",
        "corrections",
    ];
    pub const PAGE: &[&str] =
        &["title", "summary", "updated", "draft", "weight", "menu", "sources", "tags", "corrections"];
    pub const HOME: &[&str] = &["title", "summary"];
    pub const MEMBERSHIP: &[&str] = &["party", "role", "since", "until"];
    pub const RELATION: &[&str] = &["party", "kind", "since", "until", "note", "claimed_by", "source"];
    pub const PARTICIPANT: &[&str] = &["party", "role", "claimed_by"];
    pub const CASUALTY: &[&str] = &[
        "of",
        "party",
        "kind",
        "count",
        "qualifier",
        "low",
        "best",
        "high",
        "as_of",
        "claimed_by",
        "source",
        "status",
        "caveat",
        "history",
    ];
    /// An earlier value of a figure: its own number, date and sources, nothing of whom.
    pub const FIGURE_VALUE: &[&str] =
        &["as_of", "count", "qualifier", "low", "best", "high", "source", "status", "caveat"];
    pub const CORRECTION: &[&str] = &["date", "kind", "text"];
    pub const CLAIM: &[&str] = &["by", "stance", "text", "quote", "date", "source"];
    pub const SOURCE: &[&str] = &["id", "title", "publisher", "date", "url"];

    /// The keys accepted by the map at `parent` (a path with list indices removed).
    pub fn for_parent(top: &'static [&'static str], parent: &str) -> &'static [&'static str] {
        match parent {
            "" => top,
            "member_of" => MEMBERSHIP,
            "relations" => RELATION,
            "participants" => PARTICIPANT,
            "casualties" => CASUALTY,
            "casualties.history" => FIGURE_VALUE,
            "corrections" => CORRECTION,
            "claims" => CLAIM,
            "sources" => SOURCE,
            _ => &[],
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawParty {
    pub name: Option<Text>,
    pub short_name: Option<Text>,
    pub kind: Option<Text>,
    pub aliases: OneOrMany,
    pub summary: Option<Text>,
    pub role: Option<Text>,
    pub founded: Option<Text>,
    pub ended: Option<Text>,
    pub seat: Option<Text>,
    pub plural: Option<bool>,
    pub autolink: Option<Text>,
    pub article: Option<Text>,
    pub member_of: List<IdOr<RawMembership>>,
    pub relations: List<RawRelation>,
    pub sources: List<IdOr<RawSource>>,
    pub tags: OneOrMany,
    pub updated: Option<Text>,
    pub draft: Option<bool>,
    pub corrections: List<RawCorrection>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawMembership {
    pub party: Option<Text>,
    pub role: Option<Text>,
    pub since: Option<Text>,
    pub until: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawRelation {
    pub party: Option<Text>,
    pub kind: Option<Text>,
    pub since: Option<Text>,
    pub until: Option<Text>,
    pub note: Option<Text>,
    pub claimed_by: Option<Text>,
    pub source: OneOrMany,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawEvent {
    pub title: Option<Text>,
    pub date: Option<Text>,
    pub end: Option<Text>,
    pub kind: Option<Text>,
    pub part_of: Option<Text>,
    pub place: Option<Text>,
    pub participants: List<IdOr<RawParticipant>>,
    pub casualties: List<RawCasualty>,
    pub claims: List<RawClaim>,
    pub sources: List<IdOr<RawSource>>,
    pub related: OneOrMany,
    pub summary: Option<Text>,
    pub tags: OneOrMany,
    pub updated: Option<Text>,
    pub draft: Option<bool>,
    pub corrections: List<RawCorrection>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawParticipant {
    pub party: Option<Text>,
    pub role: Option<Text>,
    pub claimed_by: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawCasualty {
    pub of: Option<Text>,
    pub kind: Option<Text>,
    pub count: Option<Text>,
    pub qualifier: Option<Text>,
    pub low: Option<Text>,
    pub best: Option<Text>,
    pub high: Option<Text>,
    pub as_of: Option<Text>,
    pub claimed_by: Option<Text>,
    pub party: Option<Text>,
    pub source: OneOrMany,
    pub status: Option<Text>,
    pub caveat: Option<Text>,
    pub history: List<RawFigureValue>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawFigureValue {
    pub as_of: Option<Text>,
    pub count: Option<Text>,
    pub qualifier: Option<Text>,
    pub low: Option<Text>,
    pub best: Option<Text>,
    pub high: Option<Text>,
    pub source: OneOrMany,
    pub status: Option<Text>,
    pub caveat: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawCorrection {
    pub date: Option<Text>,
    pub kind: Option<Text>,
    pub text: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawClaim {
    pub by: Option<Text>,
    pub stance: Option<Text>,
    pub text: Option<Text>,
    pub quote: Option<Text>,
    pub date: Option<Text>,
    pub source: OneOrMany,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawSource {
    pub id: Option<Text>,
    pub title: Option<Text>,
    pub publisher: Option<Text>,
    pub date: Option<Text>,
    pub url: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawPlace {
    pub name: Option<Text>,
    pub kind: Option<Text>,
    pub aliases: OneOrMany,
    pub lat: Option<Text>,
    pub lon: Option<Text>,
    pub within: Option<Text>,
    /// `true`, `false`, or a note saying who claims it.
    pub disputed: Option<Text>,
    pub summary: Option<Text>,
    pub sources: List<IdOr<RawSource>>,
    pub tags: OneOrMany,
    pub updated: Option<Text>,
    pub draft: Option<bool>,
    pub corrections: List<RawCorrection>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawPage {
    pub title: Option<Text>,
    pub summary: Option<Text>,
    pub updated: Option<Text>,
    pub draft: Option<bool>,
    pub weight: Option<Text>,
    pub menu: Option<bool>,
    pub sources: List<IdOr<RawSource>>,
    pub tags: OneOrMany,
    pub corrections: List<RawCorrection>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawHome {
    pub title: Option<Text>,
    pub summary: Option<Text>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key listed for hints must be one serde actually reads, so hints never
    /// suggest a key that would itself be rejected.
    fn all_keys_are_read<T: serde::de::DeserializeOwned>(keys: &[&str], value: &str) {
        let yaml: String = keys.iter().map(|k| format!("{k}: {value}\n")).collect();
        let mut ignored = Vec::new();
        let de = serde_yaml::Deserializer::from_str(&yaml);
        let result: Result<T, _> = serde_ignored::deserialize(de, |p| ignored.push(p.to_string()));
        let _ = result;
        assert!(ignored.is_empty(), "keys listed but not read: {ignored:?}");
    }

    #[test]
    fn key_lists_match_the_structs() {
        all_keys_are_read::<RawParty>(keys::PARTY, "~");
        all_keys_are_read::<RawEvent>(keys::EVENT, "~");
        all_keys_are_read::<RawPage>(keys::PAGE, "~");
        all_keys_are_read::<RawPlace>(keys::PLACE, "~");
        all_keys_are_read::<RawHome>(keys::HOME, "~");
        all_keys_are_read::<RawMembership>(keys::MEMBERSHIP, "~");
        all_keys_are_read::<RawRelation>(keys::RELATION, "~");
        all_keys_are_read::<RawParticipant>(keys::PARTICIPANT, "~");
        all_keys_are_read::<RawCasualty>(keys::CASUALTY, "~");
        all_keys_are_read::<RawClaim>(keys::CLAIM, "~");
        all_keys_are_read::<RawSource>(keys::SOURCE, "~");
    }

    #[test]
    fn scalars_are_read_as_text() {
        let raw: RawEvent = serde_yaml::from_str("title: 1994\ndate: 2020-10-02\nrelated: x\n").unwrap();
        assert_eq!(raw.title, Some(Text("1994".into())));
        assert_eq!(raw.date, Some(Text("2020-10-02".into())));
        assert_eq!(raw.related, OneOrMany(vec!["x".into()]));
    }

    #[test]
    fn a_single_participant_is_a_list_of_one() {
        let raw: RawEvent = serde_yaml::from_str("participants: armenia\ncasualties:\n").unwrap();
        assert!(matches!(&raw.participants.0[..], [IdOr::Id(id)] if id == "armenia"));
        assert!(raw.casualties.0.is_empty());
    }

    #[test]
    fn participants_are_ids_or_maps() {
        let raw: RawEvent =
            serde_yaml::from_str("participants:\n  - armenia\n  - { party: turkey, role: backer }\n").unwrap();
        assert_eq!(raw.participants.0.len(), 2);
        assert!(matches!(&raw.participants.0[0], IdOr::Id(id) if id == "armenia"));
        assert!(matches!(&raw.participants.0[1], IdOr::Map(p) if p.role == Some(Text("backer".into()))));
    }
}
