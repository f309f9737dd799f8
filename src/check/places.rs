//! Places: an event's `place` or a party's `seat` written as text where a place of the site
//! has that name (the reader then gets no link and no map), an id-like value that names no
//! place (a misspelt id), and a place that lies implausibly far from the place it is `within`
//! (a slipped sign or swapped coordinates).

use crate::diagnostics::{Diagnostic, nearest};
use crate::model::{Facts, Place, PlaceKind, slug};

use super::Lint;

/// How far from the larger place's own point a place within it may lie, in km: a city's
/// neighbourhood, a region, a country. Generous, so that only slips are caught (a wrong sign
/// moves a place thousands of kilometres).
fn reach_km(kind: PlaceKind) -> f64 {
    match kind {
        PlaceKind::Village | PlaceKind::Site => 50.0,
        PlaceKind::City | PlaceKind::Town => 150.0,
        PlaceKind::Region | PlaceKind::Area => 1_500.0,
        PlaceKind::Country | PlaceKind::Other => 4_000.0,
    }
}

pub(super) fn check(lint: &Lint, out: &mut Vec<Diagnostic>) {
    let graph = lint.graph;
    let places: Vec<(usize, &Place)> = lint.briefs().filter_map(|(i, b)| Some((i, b.as_place()?))).collect();
    if places.is_empty() {
        return;
    }
    for (b, brief) in lint.briefs() {
        let (key, text) = match &brief.facts {
            Facts::Event(e) => ("place", e.place.as_deref()),
            Facts::Party(p) => ("seat", p.seat.as_deref()),
            Facts::Place(_) | Facts::Page(_) => continue,
        };
        let Some(text) = text else { continue };
        if graph.derived[b].place.is_some() {
            continue;
        }
        // The name index already holds every place's names and aliases, in any case.
        let named = graph.names.briefs_named(text).iter().find_map(|&p| Some((p, lint.brief(p).as_place()?)));
        if let Some((p, place)) = named {
            let id = &lint.brief(p).id;
            out.push(
                Diagnostic::warning(
                    "place-as-text",
                    format!("`{key}: {text}` is written as text, so it is neither linked to {} nor mapped", place.name),
                )
                .at(lint.value(b, key))
                .help(format!("write the place's id: `{key}: {id}`")),
            );
        } else if slug::is_slug(text) {
            let near = nearest(text, places.iter().map(|&(p, _)| lint.brief(p).id.as_str()));
            let help = match near {
                Some(id) => format!("did you mean `{key}: {id}`? As it stands it is shown as the text `{text}`"),
                None => {
                    format!("add content/places/{text}.md to map it, or write the place out as readers should see it")
                }
            };
            out.push(
                Diagnostic::warning("unknown-place", format!("`{key}: {text}` looks like an id, but no place has it"))
                    .at(lint.value(b, key))
                    .help(help),
            );
        }
    }
    for &(i, place) in &places {
        let Some(&outer) = graph.derived[i].ancestors.last() else { continue };
        let Some(larger) = lint.brief(outer).as_place() else { continue };
        let km = crate::geo::distance_km((place.lon, place.lat), (larger.lon, larger.lat));
        let limit = reach_km(larger.kind);
        if km > limit {
            out.push(
                Diagnostic::warning(
                    "place-far-from-within",
                    format!(
                        "{} lies {} km from {}, the place it is `within`",
                        place.name,
                        crate::strings::thousands(km.round() as u64),
                        larger.name
                    ),
                )
                .at(lint.value(i, "lat"))
                .help(format!(
                    "check `lat` and `lon` (north and east are positive, south and west negative) and `within`: a place within {} is expected within {} km of its point",
                    larger.name,
                    crate::strings::thousands(limit as u64)
                )),
            );
        }
    }
}
