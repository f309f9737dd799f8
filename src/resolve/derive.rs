//! Derived links: what each brief's page shows that its writer never typed.
//!
//! One pass over all briefs fills, for every brief, the lists of things pointing at it;
//! pages then read them directly, with no whole-site scan per page.
//!
//! Each type names briefs by `B`: their index in the graph, or (see [`Derived::named`]) their
//! ids, in which the preview compares two resolves whose indices differ.

use std::sync::Arc;

use crate::load::Site;
use crate::markdown::Body;
use rustc_hash::FxHashSet;

use crate::model::{BriefKind, Facts, PartyKind, Role};
use crate::resolve::mirrors::{self, Mirror};
use crate::resolve::names::Names;

/// A party's part in one event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EventRole<B = usize> {
    pub event: B,
    pub role: Role,
    /// The party that alleges this participation, when it is only alleged.
    pub claimed_by: Option<B>,
}

/// An event a party took part in through one of its people.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Through<B = usize> {
    pub event: B,
    pub person: B,
    /// Which of the person's `member_of` entries ties them to the party.
    pub membership: usize,
    /// The person's part in the event.
    pub role: Role,
    /// The party that alleges the person's participation, when it is only alleged.
    pub claimed_by: Option<B>,
}

/// Links into one brief, found from everywhere else.
///
/// `Hash` is derived, so whatever a field added here holds is in the preview's signature of
/// the brief (`serve::preview::signature`) without being listed there.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Derived<B = usize> {
    /// Briefs whose bodies link here, in id order by kind.
    pub mentioned_in: Vec<B>,
    /// Parties: the events they took part in, in timeline order.
    pub events: Vec<EventRole<B>>,
    /// Parties: claims they made, as (event, claim index), in timeline order.
    pub claims: Vec<(B, usize)>,
    /// Parties: casualty figures they published, as (event, casualty index).
    pub figures: Vec<(B, usize)>,
    /// Parties: who lists them in `member_of`, as (member, membership index).
    pub members: Vec<(B, usize)>,
    /// Parties: events one of their people (a person listing them in `member_of`) took
    /// part in while a member, in timeline order: a president's statement shown on the
    /// state's page. Left out: events the party took part in itself, and events another
    /// party the person belongs to took part in (the act is that party's).
    pub through: Vec<Through<B>>,
    /// Parties: relations other parties list towards them, as (other, relation index).
    pub relations_in: Vec<(B, usize)>,
    /// Parties: for each relation they list, by index, whether the other party lists it back
    /// and which of the two stands for the pair.
    pub mirrors: Vec<Mirror>,
    /// Events: events whose `part_of` is this one, in timeline order.
    pub sub_events: Vec<B>,
    /// Events: the chain of `part_of`, outermost first; places: the chain of `within`.
    pub ancestors: Vec<B>,
    /// Events: the place their `place` names, when it is a place's id; parties: their
    /// `seat`'s, likewise. Free text names no place.
    pub place: Option<B>,
    /// Places: the events at the place or at a place within it, in timeline order.
    pub at: Vec<B>,
    /// Places: the places whose `within` is this one, by name.
    pub places_within: Vec<B>,
    /// Places: the parties seated here, in brief order.
    pub seated: Vec<B>,
    /// Briefs that list this one in `related`.
    pub related_in: Vec<B>,
    /// Events: the place in the timeline.
    pub position: usize,
    /// Events: the neighbours among the events with the same `part_of` (for events part of
    /// nothing, among those), in timeline order.
    pub previous: Option<B>,
    pub next: Option<B>,
}

impl Derived {
    /// The same links with every brief named by `name` (its id, say) instead of its index.
    /// The value is built whole, with no `..`, so a field added to `Derived` does not compile
    /// until it is carried over here.
    pub fn named<N>(&self, name: impl Fn(usize) -> N) -> Derived<N> {
        let name = &name;
        let briefs = |items: &[usize]| items.iter().map(|&i| name(i)).collect();
        let pairs = |items: &[(usize, usize)]| items.iter().map(|&(i, n)| (name(i), n)).collect();
        Derived {
            mentioned_in: briefs(&self.mentioned_in),
            events: self
                .events
                .iter()
                .map(|e| EventRole { event: name(e.event), role: e.role, claimed_by: e.claimed_by.map(name) })
                .collect(),
            claims: pairs(&self.claims),
            figures: pairs(&self.figures),
            members: pairs(&self.members),
            through: self
                .through
                .iter()
                .map(|t| Through {
                    event: name(t.event),
                    person: name(t.person),
                    membership: t.membership,
                    role: t.role,
                    claimed_by: t.claimed_by.map(name),
                })
                .collect(),
            relations_in: pairs(&self.relations_in),
            mirrors: self.mirrors.clone(),
            sub_events: briefs(&self.sub_events),
            ancestors: briefs(&self.ancestors),
            place: self.place.map(name),
            at: briefs(&self.at),
            places_within: briefs(&self.places_within),
            seated: briefs(&self.seated),
            related_in: briefs(&self.related_in),
            position: self.position,
            previous: self.previous.map(name),
            next: self.next.map(name),
        }
    }

    /// Parties: how many distinct events they took part in, themselves or through their
    /// people; an event with two roles, or two of their people, counts once.
    pub fn event_count(&self) -> usize {
        let events: FxHashSet<usize> =
            self.events.iter().map(|e| e.event).chain(self.through.iter().map(|t| t.event)).collect();
        events.len()
    }

    /// Parties: how many distinct events they took part in themselves.
    pub fn own_event_count(&self) -> usize {
        self.event_starts().count()
    }

    /// Parties: the positions in `events` of their latest `n` distinct events, every role in
    /// each.
    pub fn latest_events(&self, n: usize) -> std::ops::Range<usize> {
        let len = self.events.len();
        let start = if n == 0 { len } else { self.event_starts().rev().nth(n - 1).unwrap_or(0) };
        start..len
    }

    /// Where each distinct event begins in `events`: one event's roles are next to each other
    /// (`events` is in timeline order).
    fn event_starts(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        (0..self.events.len()).filter(|&k| k == 0 || self.events[k - 1].event != self.events[k].event)
    }
}

/// Everything but "mentioned in", which comes from the bodies: see [`add_mentions`].
pub fn derive(site: &Site, names: &Names, timeline: &[usize]) -> Vec<Derived> {
    let mut derived = vec![Derived::default(); site.briefs.len()];
    let party = |id: &str| names.by_id.get(id).copied().filter(|&i| matches!(site.briefs[i].facts, Facts::Party(_)));
    let any = |id: &str| names.by_id.get(id).copied();
    let a_place = |id: &str| names.by_id.get(id).copied().filter(|&i| matches!(site.briefs[i].facts, Facts::Place(_)));

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
            Facts::Place(place) => {
                if let Some(i) = place.within.as_deref().and_then(a_place).filter(|&i| i != b) {
                    derived[i].places_within.push(b);
                }
                derived[b].ancestors = ancestors(site, names, b);
            }
            Facts::Page(_) => {}
        }
        if let Some(seat) = brief.as_party().and_then(|p| p.seat.as_deref()).and_then(a_place) {
            derived[b].place = Some(seat);
            derived[seat].seated.push(b);
        }
    }
    for d in derived.iter_mut() {
        d.places_within.sort_by(|&a, &b| site.briefs[a].title().cmp(site.briefs[b].title()).then(a.cmp(&b)));
    }
    events_at_places(site, timeline, &mut derived, a_place);
    through_members(site, names, &mut derived);
    mirrors::fill(site, names, &mut derived);
    derived
}

/// Fills each event's [`Derived::place`] and each place's [`Derived::at`]: an event at
/// Stepanakert is also listed on the page of Nagorno-Karabakh, which Stepanakert lies within.
fn events_at_places(site: &Site, timeline: &[usize], derived: &mut [Derived], a_place: impl Fn(&str) -> Option<usize>) {
    for &e in timeline {
        let Some(place) = site.briefs[e].as_event().and_then(|ev| ev.place.as_deref()).and_then(&a_place) else {
            continue;
        };
        derived[e].place = Some(place);
        derived[place].at.push(e);
        // The chain is bounded and loop-free (see `ancestors`).
        for k in 0..derived[place].ancestors.len() {
            let outer = derived[place].ancestors[k];
            derived[outer].at.push(e);
        }
    }
}

/// Fills [`Derived::through`] from the members that are persons, keeping an event only
/// when it can fall within the membership's `since` and `until`, and when neither the
/// party itself nor another party the person belongs to took part in it: Sarkozy's
/// mediation for the EU is the EU's, not France's.
fn through_members(site: &Site, names: &Names, derived: &mut [Derived]) {
    let taking_part: Vec<FxHashSet<usize>> =
        derived.iter().map(|d| d.events.iter().map(|e| e.event).collect()).collect();
    for group in 0..derived.len() {
        let mut through = Vec::new();
        for &(person, n) in &derived[group].members {
            let Facts::Party(p) = &site.briefs[person].facts else { continue };
            if p.kind != PartyKind::Person {
                continue;
            }
            let m = &p.member_of[n];
            let others: Vec<usize> = p
                .member_of
                .iter()
                .filter_map(|o| names.by_id.get(o.party.as_str()).copied())
                .filter(|&o| o != group && o != person)
                .collect();
            for role in &derived[person].events {
                let Some(event) = site.briefs[role.event].as_event() else { continue };
                let within = m.since.is_none_or(|s| event.date.latest() >= s.earliest())
                    && m.until.is_none_or(|u| event.date.earliest() <= u.latest());
                let taken = |party: usize| taking_part[party].contains(&role.event);
                if within && !taken(group) && !others.iter().any(|&o| taken(o)) {
                    through.push(Through {
                        event: role.event,
                        person,
                        membership: n,
                        role: role.role,
                        claimed_by: role.claimed_by,
                    });
                }
            }
        }
        through.sort_by_key(|t| (derived[t.event].position, t.person));
        through.dedup_by_key(|t| (t.event, t.person));
        derived[group].through = through;
    }
}

/// Previous and next, among the events with the same `part_of` (or, for events part of
/// nothing, among those): a battle's neighbours are the other battles of its war, as in a
/// campaign box, and a war's are the events around it, not its own first battle.
fn neighbours(site: &Site, names: &Names, timeline: &[usize], derived: &mut [Derived]) {
    let parent = |e: usize| larger(site, names, e);
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

/// The brief a brief belongs to: an event's `part_of` (an event) or a place's `within` (a
/// place), never itself. `part_of` and `within` chains are walked through this alone.
pub(crate) fn larger(site: &Site, names: &Names, brief: usize) -> Option<usize> {
    let (id, kind) = match &site.briefs[brief].facts {
        Facts::Event(e) => (e.part_of.as_deref()?, BriefKind::Event),
        Facts::Place(p) => (p.within.as_deref()?, BriefKind::Place),
        Facts::Party(_) | Facts::Page(_) => return None,
    };
    names.by_id.get(id).copied().filter(|&p| p != brief && site.briefs[p].kind() == kind)
}

/// The `part_of` chain above an event, or the `within` chain above a place, outermost first;
/// stops at a loop (reported elsewhere).
fn ancestors(site: &Site, names: &Names, brief: usize) -> Vec<usize> {
    let mut chain = Vec::new();
    let mut current = brief;
    while let Some(parent) = larger(site, names, current) {
        if parent == brief || chain.contains(&parent) || chain.len() >= 32 {
            break;
        }
        chain.push(parent);
        current = parent;
    }
    chain.reverse();
    chain
}
