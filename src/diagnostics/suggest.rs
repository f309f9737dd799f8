//! "Did you mean": the candidates near a word a writer got wrong, by Jaro-Winkler similarity
//! with a mistyped or swapped letter counted as near.

/// How near `candidate` is to `wrong` (already lowercased), from 0 to 1.
fn nearness(wrong_lower: &str, candidate: &str) -> f64 {
    let candidate_lower = candidate.to_lowercase();
    let score = strsim::jaro_winkler(wrong_lower, &candidate_lower);
    // Two letters swapped or one mistyped: Jaro-Winkler scores short ids low for it
    // (`rfs` for `rsf` is 0.56), so an edit distance of one (two in longer words) counts
    // as near too.
    let longest = wrong_lower.chars().count().max(candidate_lower.chars().count());
    let allowed = if longest >= 8 { 2 } else { usize::from(longest >= 3) };
    if strsim::osa_distance(wrong_lower, &candidate_lower) <= allowed { score.max(0.85) } else { score }
}

/// The nearest of `candidates` to `wrong`, if any is close enough to be a plausible typo.
pub(crate) fn nearest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wrong_lower = wrong.to_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for candidate in candidates {
        let score = nearness(&wrong_lower, candidate);
        let better = match best {
            None => true,
            Some((s, c)) => score > s || (score == s && candidate < c),
        };
        if better {
            best = Some((score, candidate));
        }
    }
    best.filter(|(score, _)| *score >= 0.8).map(|(_, c)| c)
}

/// Every one of `candidates`, nearest to `wrong` first (ties in their given order): for a
/// short list of accepted words, where the word meant is likely among the first.
pub(crate) fn by_nearness<'a>(wrong: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    let wrong_lower = wrong.to_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates.iter().map(|c| (nearness(&wrong_lower, c), *c)).collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().map(|(_, c)| c).collect()
}

/// "did you mean `x`?" when a near candidate exists.
pub(crate) fn did_you_mean<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    nearest(wrong, candidates).map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_only_near_candidates() {
        assert_eq!(nearest("armenai", ["armenia", "azerbaijan"]), Some("armenia"));
        assert_eq!(nearest("zzz", ["armenia", "azerbaijan"]), None);
    }
}
