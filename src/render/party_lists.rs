//! A party's long lists on pages of their own: past a screenful ([`SCREENFUL`]) its events,
//! claims and figures are summed up on the party page (how many, the latest events and
//! claims, the biggest figures) and listed in full at `parties/<id>/events/` and so on, in
//! pages of [`paging::PAGE_ITEMS`].

use serde::Serialize;

use crate::model::{Brief, Facts};
use crate::render::context::RenderContext;
use crate::render::event::ClaimView;
use crate::render::figures::any_as_of;
use crate::render::paging::{self, Pager, SCREENFUL};
use crate::render::party::{FigureMade, RoleGroup, event_groups};
use crate::render::views::{Citations, SourceView};
use crate::resolve::Derived;
use crate::routes::{self, PartyList};

/// How long a party's lists are, which only its derived links know (routes names the lists
/// and their pages, below the graph). Taken from plain values, so that the party page (through
/// its context) and the job list (from the graph, before any page) count them one way.
pub trait ListLength {
    /// How many entries the party with these derived links has in this list.
    fn len(self, derived: &Derived) -> usize;
    /// How many the reader is told it has: events are counted once however many roles the
    /// party had in them (`len` counts each role, as the list pages show them).
    fn count(self, derived: &Derived) -> usize;
    /// How many pages the list of `brief` takes: none while the party page shows it whole.
    fn pages(self, brief: &Brief, derived: &Derived) -> usize;
}

impl ListLength for PartyList {
    fn len(self, derived: &Derived) -> usize {
        match self {
            PartyList::Events => derived.events.len(),
            PartyList::Claims => derived.claims.len(),
            PartyList::Figures => derived.figures.len(),
        }
    }

    fn count(self, derived: &Derived) -> usize {
        match self {
            PartyList::Events => derived.own_event_count(),
            _ => self.len(derived),
        }
    }

    fn pages(self, brief: &Brief, derived: &Derived) -> usize {
        let shown_whole = self.count(derived) <= SCREENFUL || brief.as_party().is_none();
        if shown_whole { 0 } else { paging::page_count(self.len(derived)) }
    }
}

/// What a party page says of a list it does not show in full.
#[derive(Debug, Serialize)]
pub struct More {
    pub count: usize,
    pub shown: usize,
    pub url: String,
}

impl More {
    pub fn of(cx: &RenderContext, i: usize, list: PartyList) -> Option<More> {
        let (brief, derived) = (cx.brief(i), cx.derived(i));
        (list.pages(brief, derived) > 0).then(|| More {
            count: list.count(derived),
            shown: SCREENFUL,
            url: cx.base().link(&routes::party_list(brief, list)),
        })
    }
}

/// One page of a party's full list of events, claims or figures.
#[derive(Serialize)]
pub struct PartyListPage {
    pub name: String,
    pub short_name: Option<String>,
    pub party_url: String,
    /// "events", "claims" or "figures".
    pub list: &'static str,
    pub heading: String,
    pub count: usize,
    pub event_groups: Vec<RoleGroup>,
    pub claims: Vec<ClaimView>,
    pub figures: Vec<FigureMade>,
    /// Whether any figure shown has an "as of" date (the column is drawn only then).
    pub figures_as_of: bool,
    /// The party's name at the start of a sentence, for its claims.
    pub subject: String,
    pub sources: Vec<SourceView>,
    pub pager: Option<Pager>,
}

/// Page `n` (from 1) of party `i`'s `list`.
pub fn build(cx: &RenderContext, i: usize, list: PartyList, n: usize) -> PartyListPage {
    let brief = cx.brief(i);
    let Facts::Party(party) = &brief.facts else { unreachable!("party lists are made for parties only") };
    let derived = cx.derived(i);
    let mut citations = Citations::new(cx, brief);
    let len = list.len(derived);
    let range = paging::page_range(len, n);
    let phrase = brief.in_sentence();
    let (mut event_list, mut claims, mut figures) = (Vec::new(), Vec::new(), Vec::new());
    let heading = match list {
        PartyList::Events => {
            // Role by role, as the groups show them, so the pages run through the roles.
            let mut events: Vec<usize> = (0..derived.events.len()).collect();
            events.sort_by_key(|&k| derived.events[k].role);
            event_list = event_groups(cx, i, &events[range]);
            cx.t("party_events_title", [("party", phrase.as_str().into())])
        }
        PartyList::Claims => {
            claims = derived.claims[range]
                .iter()
                .filter_map(|&(e, k)| ClaimView::new(cx, e, k, &mut citations, true))
                .collect();
            let says = cx.verb(crate::model::Stance::Asserts, brief.plural());
            cx.t("claims_title", [("party", phrase.as_str().into()), ("says", says.into())])
        }
        PartyList::Figures => {
            figures =
                derived.figures[range].iter().filter_map(|&(e, k)| FigureMade::new(cx, e, k, &mut citations)).collect();
            cx.t("figures_title", [("party", phrase.as_str().into())])
        }
    };
    PartyListPage {
        name: party.name.clone(),
        short_name: party.short_name.clone(),
        party_url: cx.url(i).to_string(),
        list: list.word(),
        heading,
        count: list.count(derived),
        event_groups: event_list,
        claims,
        figures_as_of: any_as_of(figures.iter().map(|f| &f.figure)),
        figures,
        subject: brief.sentence_start(),
        sources: citations.list,
        pager: Pager::numbered(cx, &routes::party_list(brief, list), n, paging::page_count(len)),
    }
}
