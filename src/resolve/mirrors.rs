//! Two-way relations both parties list: Armenia names the Karabakh authorities as an ally, and
//! they name Armenia. One rule, decided here, says which of the two stands for the pair and
//! what each side shows, so that the party pages, their neighbourhoods and the site-wide map
//! agree without each deciding it again.

use rustc_hash::FxHashSet;

use crate::load::Site;
use crate::model::{Facts, RelationKind};
use crate::resolve::derive::Derived;
use crate::resolve::names::Names;

/// How a relation a party lists stands to the one the other party lists back.
///
/// Each party's own page shows the pair as that party wrote it (its dates, note, sources) and
/// leaves out the other's; where the pair is drawn once for both (the site-wide map), the
/// relation of the party first in the site's order stands for it, since neither side's page
/// is the one being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mirror {
    /// The other party lists nothing back: a relation with a direction ("backs" is a
    /// different fact from "backed by"), or a two-way one only this party lists.
    #[default]
    Alone,
    /// The other party lists the same two-way relation back and comes later in the site's
    /// order: this one stands for the pair.
    Stands,
    /// The other party lists the same two-way relation back and comes first: its relation
    /// stands for the pair.
    Mirrors,
}

impl Mirror {
    /// Whether the other party lists this relation back, so that its page shows its own
    /// relation instead of this one.
    pub fn is_mirrored(self) -> bool {
        self != Mirror::Alone
    }

    /// Whether this relation stands for its pair where the pair is shown once for both.
    pub fn stands_for_pair(self) -> bool {
        self != Mirror::Mirrors
    }
}

/// Fills [`Derived::mirrors`] for every party, one entry per relation it lists.
pub(super) fn fill(site: &Site, names: &Names, derived: &mut [Derived]) {
    let party = |id: &str| names.by_id.get(id).copied().filter(|&i| matches!(site.briefs[i].facts, Facts::Party(_)));
    let listed: Vec<Vec<(Option<usize>, RelationKind)>> = site
        .briefs
        .iter()
        .map(|brief| match &brief.facts {
            Facts::Party(p) => p.relations.iter().map(|r| (party(&r.party), r.kind)).collect(),
            _ => Vec::new(),
        })
        .collect();
    for (d, mirrors) in derived.iter_mut().zip(mirrors(&listed)) {
        d.mirrors = mirrors;
    }
}

/// The rule over every brief's relations, each as the party it names (if it names one) and
/// its kind; by brief index, the site's order.
fn mirrors(listed: &[Vec<(Option<usize>, RelationKind)>]) -> Vec<Vec<Mirror>> {
    let two_way: FxHashSet<(usize, usize, RelationKind)> = listed
        .iter()
        .enumerate()
        .flat_map(|(from, relations)| relations.iter().filter_map(move |&(to, kind)| Some((from, to?, kind))))
        .filter(|&(from, to, kind)| kind.is_symmetric() && from != to)
        .collect();
    let mirror = |from: usize, to: Option<usize>, kind: RelationKind| match to {
        Some(to) if two_way.contains(&(from, to, kind)) && two_way.contains(&(to, from, kind)) => {
            if from < to {
                Mirror::Stands
            } else {
                Mirror::Mirrors
            }
        }
        _ => Mirror::Alone,
    };
    listed
        .iter()
        .enumerate()
        .map(|(from, relations)| relations.iter().map(|&(to, kind)| mirror(from, to, kind)).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use RelationKind::{Adversary, Ally, Backer};

    #[test]
    fn the_party_first_in_the_site_order_stands_for_a_pair_both_list() {
        let listed = vec![vec![(Some(1), Ally)], vec![(Some(0), Ally), (Some(0), Ally)]];
        assert_eq!(mirrors(&listed), vec![vec![Mirror::Stands], vec![Mirror::Mirrors, Mirror::Mirrors]]);
    }

    #[test]
    fn only_the_same_two_way_relation_back_is_a_mirror() {
        let listed = vec![
            // Backing has a direction; an adversary back is a different relation.
            vec![(Some(1), Backer), (Some(2), Ally), (Some(0), Ally), (None, Ally)],
            vec![(Some(0), Backer)],
            vec![(Some(0), Adversary)],
        ];
        let alone = vec![Mirror::Alone; 4];
        assert_eq!(mirrors(&listed), vec![alone, vec![Mirror::Alone], vec![Mirror::Alone]]);
    }
}
