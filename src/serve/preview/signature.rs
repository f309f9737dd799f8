//! The hashes that tell the preview whether what other pages show of a brief changed: its
//! front-matter (hashed as read, by `load`), the briefs its body links to, its derived links,
//! and the briefs filed under a tag. Each names briefs by id, not index, so that it compares
//! across rebuilds in which indices shift (a brief added before them). The derived links are
//! hashed through their derived `Hash`, never a list of their fields kept here by hand, so a
//! field added to [`Derived`] is in the signature from the start.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rustc_hash::FxHasher;

use crate::markdown::Body;
use crate::resolve::{Derived, Graph};

/// Hashes that tell whether what other pages show of a brief changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Signature {
    /// Its derived links, by id.
    pub derived: u64,
    /// Its front-matter (and file path).
    pub front: u64,
    /// The ids its body links to.
    pub links: u64,
}

impl Signature {
    /// Brief `index`'s signature. `last` is the body and signature it was last rendered with:
    /// the same body (rendered against the same names) links to the same briefs.
    pub fn of(graph: &Graph, index: usize, last: Option<(&Arc<Body>, Signature)>) -> Signature {
        let links = last.filter(|(body, _)| Arc::ptr_eq(body, &graph.bodies[index])).map(|(_, s)| s.links);
        Signature {
            derived: derived(&graph.derived[index], |i| graph.site.briefs[i].id.as_str()),
            front: graph.site.briefs[index].front_hash,
            links: links.unwrap_or_else(|| body_links(graph, index)),
        }
    }
}

/// A hash of the ids filed under a tag.
pub(super) fn tag(graph: &Graph, briefs: &[usize]) -> u64 {
    let mut h = FxHasher::default();
    briefs.len().hash(&mut h);
    briefs.iter().for_each(|&i| graph.site.briefs[i].id.hash(&mut h));
    h.finish()
}

fn body_links(graph: &Graph, index: usize) -> u64 {
    let mut h = FxHasher::default();
    for &link in &graph.bodies[index].links {
        graph.site.briefs[link].id.hash(&mut h);
    }
    h.finish()
}

/// A hash of derived links with every brief named by `id`. The timeline position is left
/// out: it moves for every event after an inserted one, and pages show only the neighbours,
/// which are in.
fn derived<'a>(derived: &Derived, id: impl Fn(usize) -> &'a str) -> u64 {
    hash(&Derived { position: 0, ..derived.named(id) })
}

fn hash(value: &impl Hash) -> u64 {
    let mut h = FxHasher::default();
    value.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;
    use crate::resolve::Mirror;
    use crate::resolve::derive::{EventRole, Through};

    const IDS: [&str; 3] = ["armenia", "azerbaijan", "karabakh"];

    fn signature(d: &Derived) -> u64 {
        derived(d, |i| IDS[i])
    }

    /// Each value differs from the default in one field (or one part of one).
    fn one_field_each() -> Vec<(&'static str, Derived)> {
        let role = EventRole { event: 1, role: Role::SideA, claimed_by: None };
        let through = Through { event: 1, person: 2, membership: 0, role: Role::SideA, claimed_by: None };
        let d = Derived::default;
        vec![
            ("mentioned_in", Derived { mentioned_in: vec![1], ..d() }),
            ("events", Derived { events: vec![role.clone()], ..d() }),
            ("events.event", Derived { events: vec![EventRole { event: 2, ..role.clone() }], ..d() }),
            ("events.role", Derived { events: vec![EventRole { role: Role::SideB, ..role.clone() }], ..d() }),
            ("events.claimed_by", Derived { events: vec![EventRole { claimed_by: Some(0), ..role }], ..d() }),
            ("claims", Derived { claims: vec![(1, 0)], ..d() }),
            ("claims.1", Derived { claims: vec![(1, 1)], ..d() }),
            ("figures", Derived { figures: vec![(1, 0)], ..d() }),
            ("members", Derived { members: vec![(1, 0)], ..d() }),
            ("through", Derived { through: vec![through.clone()], ..d() }),
            ("through.event", Derived { through: vec![Through { event: 0, ..through.clone() }], ..d() }),
            ("through.person", Derived { through: vec![Through { person: 0, ..through.clone() }], ..d() }),
            ("through.membership", Derived { through: vec![Through { membership: 1, ..through.clone() }], ..d() }),
            ("through.role", Derived { through: vec![Through { role: Role::SideB, ..through.clone() }], ..d() }),
            ("through.claimed_by", Derived { through: vec![Through { claimed_by: Some(0), ..through }], ..d() }),
            ("relations_in", Derived { relations_in: vec![(1, 0)], ..d() }),
            ("mirrors", Derived { mirrors: vec![Mirror::Alone], ..d() }),
            ("mirrors.0", Derived { mirrors: vec![Mirror::Stands], ..d() }),
            ("sub_events", Derived { sub_events: vec![1], ..d() }),
            ("ancestors", Derived { ancestors: vec![1], ..d() }),
            ("place", Derived { place: Some(1), ..d() }),
            ("at", Derived { at: vec![1], ..d() }),
            ("places_within", Derived { places_within: vec![1], ..d() }),
            ("seated", Derived { seated: vec![1], ..d() }),
            ("related_in", Derived { related_in: vec![1], ..d() }),
            ("previous", Derived { previous: Some(1), ..d() }),
            ("next", Derived { next: Some(1), ..d() }),
        ]
    }

    #[test]
    fn every_derived_field_but_the_timeline_position_is_in_the_signature() {
        // Names every field, with no `..`: a field added to `Derived` stops this test from
        // compiling until it has a value in `one_field_each` (or, like the position, a reason
        // to be left out of the signature).
        let Derived {
            mentioned_in: _,
            events: _,
            claims: _,
            figures: _,
            members: _,
            through: _,
            relations_in: _,
            mirrors: _,
            sub_events: _,
            ancestors: _,
            place: _,
            at: _,
            places_within: _,
            seated: _,
            related_in: _,
            position: _,
            previous: _,
            next: _,
        } = Derived::<usize>::default();
        let base = signature(&Derived::default());
        let mut seen = vec![("default", base)];
        for (field, d) in one_field_each() {
            let s = signature(&d);
            if let Some((same, _)) = seen.iter().find(|(_, other)| *other == s) {
                panic!("a change of `{field}` signs like `{same}`");
            }
            seen.push((field, s));
        }
        assert_eq!(signature(&Derived { position: 7, ..Derived::default() }), base);
    }

    #[test]
    fn the_signature_names_briefs_by_id_so_shifted_indices_sign_the_same() {
        let before = Derived { mentioned_in: vec![1], previous: Some(2), ..Derived::default() };
        // A brief added at index 1 moves every later one up.
        let after = Derived { mentioned_in: vec![2], previous: Some(3), ..Derived::default() };
        let shifted = ["armenia", "abkhazia", "azerbaijan", "karabakh"];
        assert_eq!(signature(&before), derived(&after, |i| shifted[i]));
        assert_ne!(derived(&before, |i| shifted[i]), derived(&after, |i| shifted[i]));
    }
}
