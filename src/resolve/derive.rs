//! Derived links: what each brief's page shows that its writer never typed.
//!
//! One pass over all briefs fills, for every brief, the lists of things pointing at it;
//! pages then read them directly, with no whole-site scan per page.

use std::sync::Arc;

use crate::load::Site;
use crate::markdown::Body;
use crate::model::{Counted, Facts, PartyKind, Role};
use crate::resolve::names::Names;

/// A party's part in one event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRole {
    pub event: usize,
    pub role: Role,
    /// The party that alleges this participation, when it is only alleged.
    pub claimed_by: Option<usize>,
}

/// Links into one brief, found from everywhere else.
#[derive(Debug, Clone, Default)]
pub struct Derived {
    /// Briefs whose bodies link here, in id order by kind.
    pub mentioned_in: Vec<usize>,
    /// Parties: the events they took part in, in timeline order.
    pub events: Vec<EventRole>,
    /// Parties: claims they made, as (event, claim index), in timeline order.
    pub claims: Vec<(usize, usize)>,
    /// Parties: casualty figures they published, as (event, casualty index).
    pub figures: Vec<(usize, usize)>,
    /// Parties: figures counting their own losses, as (event, casualty index).
    pub losses: Vec<(usize, usize)>,
    /// Parties: who lists them in `member_of`, as (member, membership index).
    pub members: Vec<(usize, usize)>,
    /// Parties: events one of their people (a person listing them in `member_of`) took
    /// part in while a member, and they did not, as (event, person, membership index), in
    /// timeline order: a president's statement shown on the state's page.
    pub through: Vec<(usize, usize, usize)>,
    /// Parties: relations other parties list towards them, as (other, relation index).
    pub relations_in: Vec<(usize, usize)>,
    /// Events: events whose `part_of` is this one, in timeline order.
    pub sub_events: Vec<usize>,
    /// Events: the chain of `part_of`, outermost first.
    pub ancestors: Vec<usize>,
    /// Briefs that list this one in `related`.
    pub related_in: Vec<usize>,
    /// Events: the place in the timeline.
    pub position: usize,
    /// Events: neighbours in the timeline.
    pub previous: Option<usize>,
    pub next: Option<usize>,
}

/// Everything but "mentioned in", which comes from the bodies: see [`add_mentions`].
pub fn derive(site: &Site, names: &Names, timeline: &[usize]) -> Vec<Derived> {
    let mut derived = vec![Derived::default(); site.briefs.len()];
    let party = |id: &str| names.by_id.get(id).copied().filter(|&i| matches!(site.briefs[i].facts, Facts::Party(_)));
    let any = |id: &str| names.by_id.get(id).copied();

    neighbours(site, names, timeline, &mut derived);
    for (pos, &e) in timeline.iter().enumerate() {
        derived[e].position = pos;
        let Some(event) = site.briefs[e].as_event() else { continue };
        for p in &event.participants {
            if let Some(i) = party(&p.party) {
                let claimed_by = p.claimed_by.as_deref().and_then(party);
                derived[i].events.push(EventRole { event: e, role: p.role, claimed_by });
            }
        }
        for (n, claim) in event.claims.iter().enumerate() {
            if let Some(i) = party(&claim.by) {
                derived[i].claims.push((e, n));
            }
        }
        for (n, figure) in event.casualties.iter().enumerate() {
            if let Some(i) = figure.claimed_by.as_deref().and_then(party) {
                derived[i].figures.push((e, n));
            }
            let counts = match &figure.of {
                Counted::Party(of) => Some(of),
                Counted::Group(_) => figure.party.as_ref(),
            };
            if let Some(i) = counts.and_then(|id| party(id)) {
                derived[i].losses.push((e, n));
            }
        }
        if let Some(parent) = event.part_of.as_deref().and_then(any)
            && parent != e
            && site.briefs[parent].as_event().is_some()
        {
            derived[parent].sub_events.push(e);
        }
    }

    for (b, brief) in site.briefs.iter().enumerate() {
        match &brief.facts {
            Facts::Party(p) => {
                for (n, m) in p.member_of.iter().enumerate() {
                    if let Some(i) = party(&m.party).filter(|&i| i != b) {
                        derived[i].members.push((b, n));
                    }
                }
                for (n, r) in p.relations.iter().enumerate() {
                    if let Some(i) = party(&r.party).filter(|&i| i != b) {
                        derived[i].relations_in.push((b, n));
                    }
                }
            }
            Facts::Event(event) => {
                for r in &event.related {
                    if let Some(i) = any(r).filter(|&i| i != b) {
                        derived[i].related_in.push(b);
                    }
                }
                derived[b].ancestors = ancestors(site, names, b);
            }
            Facts::Page(_) => {}
        }
    }
    through_members(site, &mut derived);
    derived
}

/// Fills [`Derived::through`] from the members that are persons, keeping an event only
/// when it can fall within the membership's `since` and `until`.
fn through_members(site: &Site, derived: &mut [Derived]) {
    for group in 0..derived.len() {
        let mut through = Vec::new();
        for &(person, n) in &derived[group].members {
            let Facts::Party(p) = &site.briefs[person].facts else { continue };
            if p.kind != PartyKind::Person {
                continue;
            }
            let m = &p.member_of[n];
            for role in &derived[person].events {
                let Some(event) = site.briefs[role.event].as_event() else { continue };
                let within = m.since.is_none_or(|s| event.date.latest() >= s.earliest())
                    && m.until.is_none_or(|u| event.date.earliest() <= u.latest());
                let own = derived[group].events.iter().any(|e| e.event == role.event);
                if within && !own {
                    through.push((role.event, person, n));
                }
            }
        }
        through.sort_by_key(|&(event, person, _)| (derived[event].position, person));
        through.dedup_by_key(|&mut (event, person, _)| (event, person));
        derived[group].through = through;
    }
}

/// Previous and next, among the events with the same `part_of` (or, for events part of
/// nothing, among those): a battle's neighbours are the other battles of its war, as in a
/// campaign box, and a war's are the events around it, not its own first battle.
fn neighbours(site: &Site, names: &Names, timeline: &[usize], derived: &mut [Derived]) {
    let parent = |e: usize| {
        let id = site.briefs[e].as_event()?.part_of.as_deref()?;
        names.by_id.get(id).copied().filter(|&p| p != e && site.briefs[p].as_event().is_some())
    };
    let mut last: rustc_hash::FxHashMap<Option<usize>, usize> = rustc_hash::FxHashMap::default();
    for &e in timeline {
        if let Some(before) = last.insert(parent(e), e) {
            derived[e].previous = Some(before);
            derived[before].next = Some(e);
        }
    }
}

/// Fills "mentioned in": the briefs whose bodies link to each one, in brief order.
pub fn add_mentions(derived: &mut [Derived], bodies: &[Arc<Body>]) {
    for (b, body) in bodies.iter().enumerate() {
        for &target in &body.links {
            if target != b {
                derived[target].mentioned_in.push(b);
            }
        }
    }
}

/// The `part_of` chain above an event, outermost first; stops at a loop.
fn ancestors(site: &Site, names: &Names, event: usize) -> Vec<usize> {
    let mut chain = Vec::new();
    let mut current = event;
    while let Some(parent) = site.briefs[current]
        .as_event()
        .and_then(|e| e.part_of.as_deref())
        .and_then(|id| names.by_id.get(id).copied())
        .filter(|&p| site.briefs[p].as_event().is_some())
    {
        if parent == event || chain.contains(&parent) || chain.len() >= 32 {
            break;
        }
        chain.push(parent);
        current = parent;
    }
    chain.reverse();
    chain
}
