//! The party page: infobox, relations both ways, events by role, claims, figures, backlinks.

use serde::Serialize;

use crate::model::{Facts, Party, PartyKind, PlaceKind, RelationKind, Role, lower_first};
use crate::render::context::RenderContext;
use crate::render::event::ClaimView;
use crate::render::figures::{FigureView, any_as_of, figure_view};
use crate::render::paging::SCREENFUL;
use crate::render::party_lists::More;
use crate::render::views::{Citations, Cite, DateView, Ref, SourceView, TagLink, by_name, span, tag_links};
use crate::render::visuals::{self, Chart};
use crate::routes::PartyList;

/// How many charts of figures over time a party's page draws at most; its figures' own
/// event pages draw every one.
const SERIES_SHOWN: usize = 6;

#[derive(Serialize)]
pub struct PartyPage {
    pub name: String,
    pub short_name: Option<String>,
    pub kind_label: String,
    pub role: Option<String>,
    pub summary: Option<String>,
    pub seat: Option<crate::render::place::PlaceName>,
    pub aliases: Vec<String>,
    /// "Born"/"Died" for persons, "Founded"/"Dissolved" otherwise.
    pub founded_label: String,
    pub ended_label: String,
    pub founded: Option<DateView>,
    pub ended: Option<DateView>,
    pub memberships: Vec<MembershipView>,
    pub members: Vec<MembershipView>,
    /// "Members", or "Officials and members" for states and governments.
    pub members_heading: String,
    pub relations: Vec<RelationView>,
    /// The party among the parties it is linked to, drawn.
    pub neighbourhood: Option<Chart>,
    pub event_groups: Vec<RoleGroup>,
    /// Events its people took part in for it (see `Derived::through`), under
    /// `through_heading`: "Through its people", "Through their people".
    pub through: Vec<ThroughItem>,
    pub through_heading: String,
    pub event_count: usize,
    /// Set when there are more events, claims or figures than the page shows.
    pub events_more: Option<More>,
    pub claims_more: Option<More>,
    pub figures_more: Option<More>,
    /// "What Armenia says", "What the Karabakh authorities say".
    pub claims_title: String,
    pub claims: Vec<ClaimView>,
    /// The party's name as the subject of a sentence: "The Karabakh authorities".
    pub subject: String,
    /// "Figures published by the Karabakh authorities".
    pub figures_title: String,
    pub figures: Vec<FigureMade>,
    /// Whether the figure table has an "As of" column.
    pub figures_as_of: bool,
    /// A chart of each figure shown that has earlier values, the event named in its caption.
    pub series: Vec<crate::render::visuals::Chart>,
    pub mentioned_in: Vec<Ref>,
    pub body: String,
    pub sources: Vec<SourceView>,
    pub tags: Vec<TagLink>,
    pub updated: Option<DateView>,
}

#[derive(Serialize)]
pub struct MembershipView {
    pub party: Ref,
    pub role: Option<String>,
    pub dates: Option<String>,
}

/// A relation as read on this party's page.
#[derive(Serialize)]
pub struct RelationView {
    /// "Backs", "Backed by", "Ally of"...
    pub phrase: String,
    pub kind: &'static str,
    /// "outgoing" when this party lists it, "incoming" when the other one does.
    pub direction: &'static str,
    pub other: Ref,
    pub dates: Option<String>,
    pub note: Option<String>,
    pub claimed_by: Option<Ref>,
    pub cites: Vec<Cite>,
}

#[derive(Serialize)]
pub struct RoleGroup {
    pub role: String,
    pub events: Vec<EventItem>,
    /// Every event the party has in this role, when not all of them are shown here.
    pub count: Option<usize>,
}

#[derive(Serialize)]
pub struct EventItem {
    pub event: Ref,
    /// Set when the participation is only alleged, by this party.
    pub alleged_by: Option<Ref>,
}

/// An event the party took part in through one of its people: "through Saakashvili
/// (President), as speaker".
#[derive(Serialize)]
pub struct ThroughItem {
    pub event: Ref,
    pub person: Ref,
    /// Their position in the party, from `member_of`.
    pub position: Option<String>,
    /// "as speaker", "on side A".
    pub role: String,
    /// Set when the person's participation is only alleged, by this party.
    pub alleged_by: Option<Ref>,
}

#[derive(Serialize)]
pub struct FigureMade {
    pub event: Ref,
    pub figure: FigureView,
}

impl FigureMade {
    /// Figure `n` of event `e`.
    pub fn new(cx: &RenderContext, e: usize, n: usize, citations: &mut Citations) -> Option<FigureMade> {
        let figure = cx.brief(e).as_event()?.casualties.get(n)?;
        Some(FigureMade { event: Ref::new(cx, e), figure: figure_view(cx, figure, citations) })
    }
}

/// How a relation reads from the party that lists it (`outgoing`) and from the other one.
pub(crate) fn relation_phrases<'g>(cx: &RenderContext<'g>, kind: RelationKind) -> (&'g str, &'g str) {
    match kind {
        RelationKind::Ally => (cx.text("ally_of"), cx.text("ally_of")),
        RelationKind::Backer => (cx.text("backs"), cx.text("backed_by")),
        RelationKind::Adversary => (cx.text("adversary_of"), cx.text("adversary_of")),
        RelationKind::Mediator => (cx.text("mediator_for"), cx.text("mediated_by")),
        RelationKind::Rival => (cx.text("rival_of"), cx.text("rival_of")),
        RelationKind::Proxy => (cx.text("proxy_of"), cx.text("has_as_proxy")),
        RelationKind::Other => (cx.text("linked_to"), cx.text("linked_to")),
    }
}

pub fn build(cx: &RenderContext, index: usize, party: &Party) -> PartyPage {
    let brief = cx.brief(index);
    let derived = cx.derived(index);
    let mut citations = Citations::new(cx, brief);
    let person = party.kind == PartyKind::Person;

    let memberships = party
        .member_of
        .iter()
        .filter_map(|m| {
            Some(MembershipView {
                party: Ref::by_id(cx, &m.party)?,
                role: m.role.clone(),
                dates: span(cx, m.since, m.until),
            })
        })
        .collect();
    // Members are listed by the short name the list shows.
    let mut members_in_order = derived.members.clone();
    members_in_order.sort_by(|&(a, _), &(b, _)| by_name(cx.brief(a).short_title(), cx.brief(b).short_title()));
    let members = members_in_order
        .iter()
        .filter_map(|&(member, n)| {
            let m = cx.brief(member).as_party()?.member_of.get(n)?;
            Some(MembershipView {
                party: Ref::new(cx, member),
                role: m.role.clone(),
                dates: span(cx, m.since, m.until),
            })
        })
        .collect();

    let mut relations = Vec::new();
    for r in &party.relations {
        let Some(other) = Ref::by_id(cx, &r.party) else { continue };
        relations.push(RelationView {
            phrase: relation_phrases(cx, r.kind).0.to_string(),
            kind: r.kind.word(),
            direction: "outgoing",
            other,
            dates: span(cx, r.since, r.until),
            note: r.note.clone(),
            claimed_by: r.claimed_by.as_deref().and_then(|id| Ref::by_id(cx, id)),
            cites: citations.cite(&r.source),
        });
    }
    for &(other, n) in &derived.relations_in {
        let Some(r) = cx.brief(other).as_party().and_then(|p| p.relations.get(n)) else { continue };
        if cx.derived(other).mirrors[n].is_mirrored() {
            // Both sides list the same two-way relation: this page shows it as this party wrote it.
            continue;
        }
        relations.push(RelationView {
            phrase: relation_phrases(cx, r.kind).1.to_string(),
            kind: r.kind.word(),
            direction: "incoming",
            other: Ref::new(cx, other),
            dates: span(cx, r.since, r.until),
            note: r.note.clone(),
            claimed_by: r.claimed_by.as_deref().and_then(|id| Ref::by_id(cx, id)),
            cites: citations.cite(&r.source),
        });
    }

    // Past a screenful, the latest events and claims and the biggest figures; the rest are
    // on the lists' own pages.
    let latest = |len: usize| len.saturating_sub(SCREENFUL)..len;
    let claims = derived.claims[latest(derived.claims.len())]
        .iter()
        .filter_map(|&(e, n)| ClaimView::new(cx, e, n, &mut citations, true))
        .collect();
    let mut figure_order: Vec<usize> = (0..derived.figures.len()).collect();
    if figure_order.len() > SCREENFUL {
        let size = |k: usize| {
            let (e, n) = derived.figures[k];
            cx.brief(e)
                .as_event()
                .and_then(|x| x.casualties.get(n))
                .map_or(0, |c| c.count.or(c.best).or(c.high).or(c.low).unwrap_or(0))
        };
        figure_order.sort_by_key(|&k| std::cmp::Reverse(size(k)));
        figure_order.truncate(SCREENFUL);
    }
    let figures = figure_order
        .iter()
        .filter_map(|&k| {
            let (e, n) = derived.figures[k];
            FigureMade::new(cx, e, n, &mut citations)
        })
        .collect::<Vec<FigureMade>>();
    let figures_as_of = any_as_of(figures.iter().map(|f| &f.figure));
    let series = figure_order
        .iter()
        .filter_map(|&k| {
            let (e, n) = derived.figures[k];
            let figure = cx.brief(e).as_event()?.casualties.get(n)?;
            Some((e, figure))
        })
        .filter(|(_, figure)| !figure.history.is_empty())
        .take(SERIES_SHOWN)
        .enumerate()
        .filter_map(|(k, (e, figure))| {
            let caption = crate::render::event::series_caption(cx, figure);
            let words = [("event", cx.brief(e).title().into()), ("caption", caption.into())];
            let caption = cx.t("series_of_event", words);
            let id = format!("figure-{}-over-time", k + 1);
            crate::render::visuals::series::series(cx, figure, &id, caption, &mut citations)
        })
        .collect();
    let phrase = brief.in_sentence();
    let says = cx.verb(crate::model::Stance::Asserts, brief.plural());
    let shown_events: Vec<usize> = derived.latest_events(SCREENFUL).collect();

    PartyPage {
        name: party.name.clone(),
        short_name: party.short_name.clone(),
        kind_label: cx.label(party.kind).into(),
        role: party.role.clone(),
        summary: brief.summary.clone(),
        seat: crate::render::place::place_name(cx, index, party.seat.as_deref()),
        aliases: party.aliases.clone(),
        founded_label: if person { cx.text("born") } else { cx.text("founded") }.to_string(),
        ended_label: if person { cx.text("died") } else { cx.text("dissolved") }.to_string(),
        founded: DateView::of(cx, party.founded),
        ended: DateView::of(cx, party.ended),
        memberships,
        members,
        members_heading: match party.kind {
            PartyKind::State | PartyKind::DeFactoState | PartyKind::Government => cx.text("officials_and_members"),
            _ => cx.text("party_members"),
        }
        .to_string(),
        relations,
        neighbourhood: visuals::relations::neighbourhood(cx, index, party),
        event_groups: event_groups(cx, index, &shown_events),
        through: through(cx, index),
        through_heading: if brief.plural() { cx.text("through_their_people") } else { cx.text("through_its_people") }
            .to_string(),
        event_count: derived.event_count(),
        events_more: More::of(cx, index, PartyList::Events),
        claims_more: More::of(cx, index, PartyList::Claims),
        figures_more: More::of(cx, index, PartyList::Figures),
        claims_title: cx.t("claims_title", [("party", phrase.as_str().into()), ("says", says.into())]),
        claims,
        subject: brief.sentence_start(),
        figures_title: cx.t("figures_title", [("party", phrase.as_str().into())]),
        figures,
        figures_as_of,
        series,
        mentioned_in: derived.mentioned_in.iter().map(|&i| Ref::new(cx, i)).collect(),
        body: cx.body(index).html.clone(),
        sources: citations.list,
        tags: tag_links(cx, brief),
        updated: DateView::of(cx, brief.updated),
    }
}

/// The party's events at `picked` (positions in its list of events) grouped by its role in
/// them, roles in vocabulary order, each with how many events the party has in that role.
pub(crate) fn event_groups(cx: &RenderContext, index: usize, picked: &[usize]) -> Vec<RoleGroup> {
    let events = &cx.derived(index).events;
    let mut roles: Vec<Role> = picked.iter().map(|&k| events[k].role).collect();
    roles.sort();
    roles.dedup();
    roles
        .into_iter()
        .map(|role| RoleGroup {
            role: cx.role_phrase(role).into(),
            events: picked
                .iter()
                .map(|&k| &events[k])
                .filter(|e| e.role == role)
                .map(|e| EventItem { event: Ref::new(cx, e.event), alleged_by: e.claimed_by.map(|c| Ref::new(cx, c)) })
                .collect(),
            count: (picked.len() < events.len()).then(|| events.iter().filter(|e| e.role == role).count()),
        })
        .collect()
}

/// The events the party took part in through its people, each with the person's part.
fn through(cx: &RenderContext, index: usize) -> Vec<ThroughItem> {
    cx.derived(index)
        .through
        .iter()
        .filter_map(|t| {
            let position = cx.brief(t.person).as_party()?.member_of.get(t.membership)?.role.clone();
            Some(ThroughItem {
                event: Ref::new(cx, t.event),
                person: Ref::new(cx, t.person),
                position,
                role: lower_first(cx.role_phrase(t.role)),
                alleged_by: t.claimed_by.map(|c| Ref::new(cx, c)),
            })
        })
        .collect()
}

/// The schema.org type a party is, for structured data.
pub fn schema_type(facts: &Facts) -> &'static str {
    match facts {
        Facts::Party(p) => match p.kind {
            PartyKind::Person => "Person",
            PartyKind::State | PartyKind::DeFactoState | PartyKind::Government => "GovernmentOrganization",
            _ => "Organization",
        },
        Facts::Event(_) => "Event",
        Facts::Place(p) => match p.kind {
            PlaceKind::City => "City",
            PlaceKind::Country => "Country",
            PlaceKind::Region => "AdministrativeArea",
            _ => "Place",
        },
        Facts::Page(_) => "WebPage",
    }
}
