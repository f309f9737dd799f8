//! What a brief's front-matter names elsewhere, and where: the ids of other briefs and of
//! cited sources, each with its key path (`participants.1.party`). The reference checks and
//! the reach warnings both read these lists, so the fact is said once.

use super::{Brief, Counted, Facts, SourceEntry};

/// What kind of brief a reference in front-matter must name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expect {
    Party,
    Event,
    Place,
    Any,
}

/// Where a value sits in a brief's front-matter: `participants.1.party`,
/// `claims.0.source.2`, `part_of`. Kept in pieces and spelt out only when a diagnostic needs
/// it: checking ten thousand briefs formats none of them when all is well.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct KeyPath {
    key: &'static str,
    index: Option<usize>,
    /// A list inside the item and the index in it: `casualties.0.history.1.source.0`.
    inner: Option<(&'static str, usize)>,
    field: Option<&'static str>,
    item: Option<usize>,
}

impl KeyPath {
    /// A top-level key: `part_of`.
    fn key(key: &'static str) -> KeyPath {
        KeyPath { key, index: None, inner: None, field: None, item: None }
    }

    /// An item of a top-level list: `related.2`.
    fn item(key: &'static str, index: usize) -> KeyPath {
        KeyPath { index: Some(index), ..KeyPath::key(key) }
    }

    /// A field of an item of a top-level list: `participants.1.party`.
    fn field(key: &'static str, index: usize, field: &'static str) -> KeyPath {
        KeyPath { field: Some(field), ..KeyPath::item(key, index) }
    }

    /// An item of a list inside an item: `claims.0.source.2`.
    fn nested(key: &'static str, index: usize, field: &'static str, item: usize) -> KeyPath {
        KeyPath { item: Some(item), ..KeyPath::field(key, index, field) }
    }

    /// An item of a list in an item of a list in an item: `casualties.0.history.1.source.2`.
    fn deep(
        key: &'static str,
        index: usize,
        (inner, at): (&'static str, usize),
        field: &'static str,
        item: usize,
    ) -> KeyPath {
        KeyPath { inner: Some((inner, at)), ..KeyPath::nested(key, index, field, item) }
    }
}

impl std::fmt::Display for KeyPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key)?;
        if let Some(index) = self.index {
            write!(f, ".{index}")?;
        }
        if let Some((inner, at)) = self.inner {
            write!(f, ".{inner}.{at}")?;
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
pub(crate) struct Named<'a> {
    /// Where: `participants.1.party`.
    pub(crate) path: KeyPath,
    /// The key as a writer knows it: `participants`, `claimed_by`, `of`.
    pub(crate) key: &'static str,
    pub(crate) id: &'a str,
    pub(crate) expect: Expect,
}

impl Brief {
    /// The path of `field` of the source this brief defines as `id` (`sources.2.date`), for
    /// pointing at it; the first source when it defines none by that id.
    pub(crate) fn source_path(&self, id: &str, field: &str) -> String {
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
    pub(crate) fn named<'a>(&'a self) -> Vec<Named<'a>> {
        let mut named = Vec::new();
        let mut add = |path: KeyPath, key: &'static str, id: &'a str, expect: Expect| {
            named.push(Named { path, key, id, expect });
        };
        match &self.facts {
            Facts::Party(party) => {
                for m in &party.member_of {
                    add(KeyPath::field("member_of", m.at, "party"), "member_of", &m.party, Expect::Party);
                }
                for r in &party.relations {
                    add(KeyPath::field("relations", r.at, "party"), "relations", &r.party, Expect::Party);
                    if let Some(by) = &r.claimed_by {
                        add(KeyPath::field("relations", r.at, "claimed_by"), "claimed_by", by, Expect::Party);
                    }
                }
            }
            Facts::Event(event) => {
                if let Some(parent) = &event.part_of {
                    add(KeyPath::key("part_of"), "part_of", parent, Expect::Event);
                }
                for p in &event.participants {
                    add(KeyPath::field("participants", p.at, "party"), "participants", &p.party, Expect::Party);
                    if let Some(by) = &p.claimed_by {
                        add(KeyPath::field("participants", p.at, "claimed_by"), "claimed_by", by, Expect::Party);
                    }
                }
                for x in &event.casualties {
                    if let Counted::Party(of) = &x.of {
                        add(KeyPath::field("casualties", x.at, "of"), "of", of, Expect::Party);
                    }
                    if let Some(by) = &x.claimed_by {
                        add(KeyPath::field("casualties", x.at, "claimed_by"), "claimed_by", by, Expect::Party);
                    }
                    if let Some(party) = &x.party {
                        add(KeyPath::field("casualties", x.at, "party"), "party", party, Expect::Party);
                    }
                }
                for claim in &event.claims {
                    add(KeyPath::field("claims", claim.at, "by"), "by", &claim.by, Expect::Party);
                }
                for (n, r) in event.related.iter().enumerate() {
                    add(KeyPath::item("related", n), "related", r, Expect::Any);
                }
            }
            Facts::Place(place) => {
                if let Some(within) = &place.within {
                    add(KeyPath::key("within"), "within", within, Expect::Place);
                }
            }
            Facts::Page(_) => {}
        }
        named
    }

    /// Every source id this brief cites, with where in its front-matter (`sources.2`,
    /// `claims.0.source.1`): the ids listed in `sources:`, and the `source:` of relations,
    /// casualty figures and claims.
    pub(crate) fn cited_sources(&self) -> Vec<(KeyPath, &str)> {
        let mut cited: Vec<(KeyPath, &str)> = Vec::new();
        for (n, entry) in self.sources.iter().enumerate() {
            if let SourceEntry::Cited(id) = entry {
                cited.push((KeyPath::item("sources", n), id));
            }
        }
        /// Each entry's position in its list and its sources.
        fn each<'a>(
            cited: &mut Vec<(KeyPath, &'a str)>,
            key: &'static str,
            lists: impl Iterator<Item = (usize, &'a Vec<String>)>,
        ) {
            for (n, list) in lists {
                cited
                    .extend(list.iter().enumerate().map(|(k, id)| (KeyPath::nested(key, n, "source", k), id.as_str())));
            }
        }
        match &self.facts {
            Facts::Party(p) => each(&mut cited, "relations", p.relations.iter().map(|r| (r.at, &r.source))),
            Facts::Event(e) => {
                each(&mut cited, "casualties", e.casualties.iter().map(|c| (c.at, &c.source)));
                for c in &e.casualties {
                    for earlier in &c.history {
                        cited.extend(earlier.source.iter().enumerate().map(|(k, id)| {
                            (KeyPath::deep("casualties", c.at, ("history", earlier.at), "source", k), id.as_str())
                        }));
                    }
                }
                each(&mut cited, "claims", e.claims.iter().map(|c| (c.at, &c.source)));
            }
            Facts::Place(_) | Facts::Page(_) => {}
        }
        cited
    }
}
