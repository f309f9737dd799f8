//! Relations their mirror denies: A lists B as an ally while B lists A as an adversary, at the
//! same time. Two attributed claims may disagree (that is what claims are for); two facts may not.

use crate::diagnostics::Diagnostic;
use crate::model::{Day, Relation, RelationKind};

use super::{Lint, with_article};

/// Which way a relation leans, for finding contradictions; mediators and "other" lean neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leaning {
    Friendly,
    Hostile,
    Neutral,
}

fn leaning(kind: RelationKind) -> Leaning {
    match kind {
        RelationKind::Ally | RelationKind::Backer | RelationKind::Proxy => Leaning::Friendly,
        RelationKind::Adversary | RelationKind::Rival => Leaning::Hostile,
        RelationKind::Mediator | RelationKind::Other => Leaning::Neutral,
    }
}

/// The days a relation certainly holds: from the latest day `since` can mean to the earliest
/// day `until` can, open where either is missing. So an alliance `until: 2019` and a rivalry
/// `since: 2019` do not overlap: the change came some time in 2019.
fn period(r: &Relation) -> (Day, Day) {
    (r.since.map_or(Day::MIN, |d| d.latest()), r.until.map_or(Day::MAX, |d| d.earliest()))
}

fn overlap(a: &Relation, b: &Relation) -> bool {
    let ((a_from, a_to), (b_from, b_to)) = (period(a), period(b));
    a_from <= b_to && b_from <= a_to
}

fn contradicts(a: &Relation, b: &Relation) -> bool {
    let (x, y) = (leaning(a.kind), leaning(b.kind));
    let opposed = matches!((x, y), (Leaning::Friendly, Leaning::Hostile) | (Leaning::Hostile, Leaning::Friendly));
    let both_claims = a.claimed_by.is_some() && b.claimed_by.is_some();
    opposed && !both_claims && overlap(a, b)
}

/// Reports each contradicting pair once, at the relation of the party that comes later in the
/// site's order, with a note at its mirror.
pub(super) fn check(lint: &Lint, out: &mut Vec<Diagnostic>) {
    let graph = lint.graph;
    for (a, brief) in lint.briefs() {
        let Some(party) = brief.as_party() else { continue };
        for (n, relation) in party.relations.iter().enumerate() {
            let Some(b) = graph.party(&relation.party).filter(|&b| b > a) else { continue };
            let Some(other) = lint.brief(b).as_party() else { continue };
            let mirrors = other.relations.iter().enumerate().filter(|(_, r)| graph.party(&r.party) == Some(a));
            for (m, mirror) in mirrors.filter(|(_, r)| contradicts(relation, r)) {
                let (a_name, b_name) = (lint.name(&brief.id), lint.name(&lint.brief(b).id));
                let lists = if brief.plural() { "list" } else { "lists" };
                out.push(
                    Diagnostic::warning(
                        "contradictory-relation",
                        format!(
                            "this makes {b_name} {} of {a_name}, while the relation {a_name} {lists} makes {a_name} {} of {b_name} at the same time",
                            with_article(mirror.kind.word()),
                            with_article(relation.kind.word())
                        ),
                    )
                    .at(lint.value(b, &format!("relations.{m}.kind")))
                    .note(format!("the relation {a_name} {lists} is here"), Some(lint.value(a, &format!("relations.{n}.kind"))))
                    .help("correct the one that is wrong; if the relationship changed, give each `since` and `until` dates that do not overlap; if each is one side's view, attribute both with `claimed_by`"),
                );
            }
        }
    }
}
