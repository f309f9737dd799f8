//! A party's front-matter into the model: the party itself, its memberships and its relations.

use crate::load::raw::{IdOr, RawMembership, RawParty, RawRelation};
use crate::model::{Article, AutolinkMode, Membership, Party, PartyKind, Relation};

use super::{Checker, Common, clean, clean_list};

pub(crate) fn party(raw: RawParty, c: &mut Checker) -> (Option<Party>, Common) {
    let name = c.required_with(raw.name, "name", Checker::title_from_id);
    let kind = c.word(raw.kind, "kind", Some(PartyKind::Organisation));
    let member_of = raw.member_of.into_iter().enumerate().filter_map(|(i, m)| membership(m, i, c)).collect();
    let relations = raw.relations.into_iter().enumerate().filter_map(|(i, r)| relation(r, i, c)).collect();
    let party = Party {
        name: name.unwrap_or_default(),
        short_name: clean(raw.short_name),
        kind: kind.unwrap_or(PartyKind::Organisation),
        aliases: clean_list(raw.aliases),
        role: clean(raw.role),
        founded: c.date(raw.founded, "founded"),
        ended: c.date(raw.ended, "ended"),
        seat: clean(raw.seat),
        plural: raw.plural.unwrap_or(false),
        autolink: c.word(raw.autolink, "autolink", Some(AutolinkMode::On)).unwrap_or(AutolinkMode::On),
        article: c.optional_word::<Article>(raw.article, "article"),
        member_of,
        relations,
    };
    let party = Party { article: c.article_fits(&party), ..party };
    let common = c.common(raw.summary, raw.sources, raw.tags, raw.updated, raw.draft, raw.corrections);
    // Kept even when `name` is missing (already reported), so its references still get checked.
    (Some(party), common)
}

fn membership(raw: IdOr<RawMembership>, i: usize, c: &mut Checker) -> Option<Membership> {
    let raw = match raw {
        IdOr::Id(id) => {
            return Some(Membership { party: id.trim().to_string(), role: None, since: None, until: None, at: i });
        }
        IdOr::Map(m) => m,
    };
    let path = format!("member_of.{i}");
    let party = c.required(raw.party, &format!("{path}.party"), "party-id");
    let since = c.date(raw.since, &format!("{path}.since"));
    let until = c.date(raw.until, &format!("{path}.until"));
    Some(Membership { party: party?, role: clean(raw.role), since, until, at: i })
}

fn relation(raw: RawRelation, i: usize, c: &mut Checker) -> Option<Relation> {
    let path = format!("relations.{i}");
    let party = c.required(raw.party, &format!("{path}.party"), "party-id");
    let kind = c.word(raw.kind, &format!("{path}.kind"), None);
    let since = c.date(raw.since, &format!("{path}.since"));
    let until = c.date(raw.until, &format!("{path}.until"));
    Some(Relation {
        at: i,
        party: party?,
        kind: kind?,
        since,
        until,
        note: clean(raw.note),
        claimed_by: clean(raw.claimed_by),
        source: clean_list(raw.source),
    })
}
