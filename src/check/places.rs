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

/// The great-circle distance between two points given as (lat, lon) in degrees, in km.
pub(crate) fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6_371.0;
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
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
        let lower = text.to_lowercase();
        let named = places
            .iter()
            .find(|(_, p)| std::iter::once(&p.name).chain(&p.aliases).any(|name| name.to_lowercase() == lower));
        if let Some(&(p, place)) = named {
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
        let km = distance_km((place.lat, place.lon), (larger.lat, larger.lon));
        let limit = reach_km(larger.kind);
        if km > limit {
            out.push(
                Diagnostic::warning(
                    "place-far-from-within",
                    format!(
                        "{} lies {} km from {}, the place it is `within`",
                        place.name,
                        crate::render::visuals::thousands(km.round() as usize),
                        larger.name
                    ),
                )
                .at(lint.value(i, "lat"))
                .help(format!(
                    "check `lat` and `lon` (north and east are positive, south and west negative) and `within`: a place within {} is expected within {} km of its point",
                    larger.name,
                    crate::render::visuals::thousands(limit as usize)
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::distance_km;

    #[test]
    fn distances_are_great_circles() {
        // Baku to Yerevan is about 460 km; London to New York about 5,570 km.
        let baku_yerevan = distance_km((40.4093, 49.8671), (40.1872, 44.5152));
        assert!((440.0..480.0).contains(&baku_yerevan), "{baku_yerevan}");
        let london_new_york = distance_km((51.5074, -0.1278), (40.7128, -74.006));
        assert!((5_500.0..5_650.0).contains(&london_new_york), "{london_new_york}");
        assert!(distance_km((0.0, 179.9), (0.0, -179.9)) < 30.0, "the short way across the antimeridian");
    }
}
