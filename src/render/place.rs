//! Places: the place page (its names, the larger places it lies within, the events there and
//! at the places within it, the parties seated there), the gazetteer at `/places/`, and
//! `/data/places.geojson`. An event's `place` and a party's `seat` name a place by its id;
//! other text is shown as written, and mapped nowhere.

use std::borrow::Cow;

use serde::Serialize;
use serde_json::json;

use crate::model::{Disputed, Place};
use crate::render::context::RenderContext;
use crate::render::data::disputed_value;
use crate::render::exports::{Pieces, compact, json_list};
use crate::render::views::{Citations, DateView, Ref, SourceView, TagLink, by_name, tag_links};
use crate::render::visuals::Chart;
use crate::routes;
use crate::write::Contents;

/// A place page lists at most this many events, the latest; the timeline has them all.
pub const EVENTS_SHOWN: usize = 100;

/// Where an event happened or a party sits, as a page shows it: a place's name, linked, or
/// the writer's text as it stands.
#[derive(Debug, Clone, Serialize)]
pub struct PlaceName {
    pub name: String,
    pub url: Option<String>,
}

/// The place of brief `index` (an event's `place`, a party's `seat`), given as `text`.
pub fn place_name(cx: &RenderContext, index: usize, text: Option<&str>) -> Option<PlaceName> {
    match cx.derived(index).place {
        Some(place) => Some(PlaceName { name: cx.brief(place).title().to_string(), url: Some(cx.url(place).into()) }),
        None => text.map(|t| PlaceName { name: t.to_string(), url: None }),
    }
}

/// What a reader is told of a disputed place: the writer's note, or that it is disputed.
pub fn dispute_text(cx: &RenderContext, disputed: &Option<Disputed>) -> Option<String> {
    disputed.as_ref().map(|d| match d {
        Disputed::Yes => cx.text("place_disputed").to_string(),
        Disputed::Note(note) => note.clone(),
    })
}

/// "39.8153° N, 46.7520° E": coordinates as a gazetteer gives them.
pub fn coordinates(lat: f64, lon: f64) -> String {
    let ns = if lat < 0.0 { 'S' } else { 'N' };
    let ew = if lon < 0.0 { 'W' } else { 'E' };
    format!("{:.4}° {ns}, {:.4}° {ew}", lat.abs(), lon.abs())
}

#[derive(Serialize)]
pub struct PlacePage {
    pub name: String,
    pub kind_label: String,
    pub aliases: Vec<String>,
    pub summary: Option<String>,
    /// The places it lies within, outermost first.
    pub breadcrumb: Vec<Ref>,
    pub within: Option<Ref>,
    pub disputed: Option<String>,
    pub coordinates: String,
    pub lat: f64,
    pub lon: f64,
    /// The latest [`EVENTS_SHOWN`] events here or at places within, in timeline order.
    pub events: Vec<EventAt>,
    /// How many events there are in all.
    pub event_count: usize,
    pub places_within: Vec<Ref>,
    pub seated: Vec<Ref>,
    pub mentioned_in: Vec<Ref>,
    pub body: String,
    pub sources: Vec<SourceView>,
    pub tags: Vec<TagLink>,
    pub updated: Option<DateView>,
    /// The locator map: the place among its neighbours.
    pub map: Option<Chart>,
}

/// An event on a place's page, with the place within it where it happened when that is
/// another.
#[derive(Serialize)]
pub struct EventAt {
    pub event: Ref,
    pub at: Option<Ref>,
}

pub fn build(cx: &RenderContext, index: usize, place: &Place) -> PlacePage {
    let brief = cx.brief(index);
    let derived = cx.derived(index);
    let citations = Citations::new(cx, brief);
    let shown = &derived.at[derived.at.len().saturating_sub(EVENTS_SHOWN)..];
    let events = shown
        .iter()
        .map(|&e| {
            let at = cx.derived(e).place.filter(|&p| p != index).map(|p| Ref::new(cx, p));
            EventAt { event: Ref::new(cx, e), at }
        })
        .collect();
    PlacePage {
        name: place.name.clone(),
        kind_label: cx.label(place.kind).to_string(),
        aliases: place.aliases.clone(),
        summary: brief.summary.clone(),
        breadcrumb: derived.ancestors.iter().map(|&i| Ref::new(cx, i)).collect(),
        within: derived.ancestors.last().map(|&i| Ref::new(cx, i)),
        disputed: dispute_text(cx, &place.disputed),
        coordinates: coordinates(place.lat, place.lon),
        lat: place.lat,
        lon: place.lon,
        events,
        event_count: derived.at.len(),
        places_within: derived.places_within.iter().map(|&i| Ref::new(cx, i)).collect(),
        seated: derived.seated.iter().map(|&i| Ref::new(cx, i)).collect(),
        mentioned_in: derived.mentioned_in.iter().map(|&i| Ref::new(cx, i)).collect(),
        body: cx.body(index).html.clone(),
        sources: citations.list,
        tags: tag_links(cx, brief),
        updated: DateView::of(cx, brief.updated),
        map: None,
    }
}

/// The gazetteer: every place, under the outermost place it lies within (a country, say),
/// those in nothing listed by themselves; each group and its places by name.
#[derive(Serialize)]
pub struct PlacesIndex {
    pub count: usize,
    /// Every place with events, sized by their number.
    pub map: Option<Chart>,
    pub groups: Vec<PlaceGroup>,
}

#[derive(Serialize)]
pub struct PlaceGroup {
    /// The outermost place; none for the group of places within nothing and holding nothing.
    pub head: Option<PlaceEntry>,
    pub places: Vec<PlaceEntry>,
}

#[derive(Serialize)]
pub struct PlaceEntry {
    pub place: Ref,
    pub event_count: usize,
    pub disputed: bool,
}

pub fn index(cx: &RenderContext) -> PlacesIndex {
    let entry = |i: usize| PlaceEntry {
        place: Ref::new(cx, i),
        event_count: cx.derived(i).at.len(),
        disputed: cx.brief(i).as_place().is_some_and(|p| p.disputed.is_some()),
    };
    let places: Vec<usize> = cx.briefs().filter(|(_, b)| b.as_place().is_some()).map(|(i, _)| i).collect();
    let mut heads: Vec<usize> = Vec::new();
    let mut members: rustc_hash::FxHashMap<usize, Vec<usize>> = Default::default();
    let mut alone: Vec<usize> = Vec::new();
    for &p in &places {
        let derived = cx.derived(p);
        match derived.ancestors.first() {
            Some(&outer) => members.entry(outer).or_default().push(p),
            None if !derived.places_within.is_empty() => heads.push(p),
            None => alone.push(p),
        }
    }
    // A place that is outermost only because the chain above it loops still gets listed.
    for &outer in members.keys() {
        if !heads.contains(&outer) && !alone.contains(&outer) {
            heads.push(outer);
        }
    }
    alone.retain(|p| !members.contains_key(p));
    let title = |i: &usize| cx.brief(*i).title();
    let sort = |list: &mut Vec<usize>| list.sort_by(|a, b| by_name(title(a), title(b)).then(a.cmp(b)));
    sort(&mut heads);
    sort(&mut alone);
    let mut groups: Vec<PlaceGroup> = heads
        .into_iter()
        .map(|h| {
            let mut inside = members.remove(&h).unwrap_or_default();
            sort(&mut inside);
            PlaceGroup { head: Some(entry(h)), places: inside.into_iter().map(entry).collect() }
        })
        .collect();
    if !alone.is_empty() {
        groups.push(PlaceGroup { head: None, places: alone.into_iter().map(entry).collect() });
    }
    PlacesIndex { count: places.len(), map: None, groups }
}

/// `/data/places.geojson`: every place as a GeoJSON Point feature (RFC 7946: `[lon, lat]`),
/// with its id, name, kind, URL and the place it lies within. One feature per line.
pub fn geojson(cx: &RenderContext) -> Contents {
    let features: Vec<String> = cx
        .briefs()
        .filter_map(|(i, b)| Some((i, b, b.as_place()?)))
        .map(|(i, brief, p)| {
            compact(&json!({
                "type": "Feature",
                "id": brief.id,
                "geometry": { "type": "Point", "coordinates": [p.lon, p.lat] },
                "properties": {
                    "id": brief.id,
                    "name": p.name,
                    "aliases": p.aliases,
                    "kind": p.kind,
                    "within": p.within,
                    "disputed": disputed_value(&p.disputed),
                    "events": cx.derived(i).at.len(),
                    "url": cx.base().absolute(&routes::brief(brief)),
                },
            }))
        })
        .collect();
    let mut out: Pieces = vec![Cow::Borrowed("{\"type\": \"FeatureCollection\",\n")];
    json_list(&mut out, "features", features);
    out.push(Cow::Borrowed("}\n"));
    Contents::Pieces(out)
}

#[cfg(test)]
mod tests {
    use super::coordinates;

    #[test]
    fn coordinates_read_with_their_hemispheres() {
        assert_eq!(coordinates(39.8153, 46.752), "39.8153° N, 46.7520° E");
        assert_eq!(coordinates(-77.85, -166.67), "77.8500° S, 166.6700° W");
    }
}
