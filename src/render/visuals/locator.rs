//! Locator maps: where a place is among its neighbours, where an event happened (with the
//! places of the larger event it is part of greyed), every place with events sized by their
//! number on `/places/`, and the explainer's places on the home page. `crate::geo` draws them;
//! this chooses the places, words the captions and keys, and lists the places as a table.

use fluent_bundle::FluentValue;

use crate::geo::{MapSpec, Maps, Mark};
use crate::model::PlaceKind;
use crate::render::context::RenderContext;
use crate::render::place::coordinates;

use super::{Cell, Chart, DataTable, LegendEntry, swatch};

/// At most this many places on one map: the nearest, the largest or the busiest.
pub const MARKS_MAX: usize = 40;

/// How far a map around a place reaches at least, by the place's kind.
fn min_span_km(kind: PlaceKind) -> f64 {
    match kind {
        PlaceKind::Village | PlaceKind::Site => 200.0,
        PlaceKind::City | PlaceKind::Town | PlaceKind::Other => 400.0,
        PlaceKind::Region | PlaceKind::Area => 700.0,
        PlaceKind::Country => 1_500.0,
    }
}

/// A place's mark, by its brief.
fn mark(cx: &RenderContext, place: usize) -> Option<Mark> {
    let brief = cx.brief(place);
    let p = brief.as_place()?;
    Some(Mark {
        lon: p.lon,
        lat: p.lat,
        label: p.name.clone(),
        href: Some(cx.url(place).to_string()),
        weight: 1.0,
        importance: cx.derived(place).at.len() as f64 + if p.kind.is_small() { 0.0 } else { 0.5 },
        muted: false,
        primary: false,
        disputed: p.disputed.is_some(),
    })
}

/// A place's page: the place, the place it lies within, and the places beside it and within it.
pub fn place(cx: &RenderContext, maps: &Maps, index: usize) -> Option<Chart> {
    let here = cx.brief(index).as_place()?;
    let derived = cx.derived(index);
    let mut around: Vec<usize> = Vec::new();
    if let Some(&outer) = derived.ancestors.last() {
        around.push(outer);
        around.extend(cx.derived(outer).places_within.iter().copied().filter(|&p| p != index));
    }
    around.extend(derived.places_within.iter().copied());
    let origin = (here.lon, here.lat);
    let distance =
        |p: usize| cx.brief(p).as_place().map_or(f64::MAX, |q| crate::geo::distance_km(origin, (q.lon, q.lat)));
    // Each distance once: a country's cities are its capital's neighbours, hundreds of them.
    let mut by_distance: Vec<(f64, usize)> = around.iter().map(|&p| (distance(p), p)).collect();
    by_distance.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    by_distance.dedup_by_key(|&mut (_, p)| p);
    by_distance.truncate(MARKS_MAX - 1);
    let around: Vec<usize> = by_distance.into_iter().map(|(_, p)| p).collect();
    let mut marks = vec![(index, Mark { primary: true, importance: f64::MAX, ..mark(cx, index)? })];
    marks.extend(around.iter().filter_map(|&p| Some((p, mark(cx, p)?))));
    let caption = cx.t("map_place_caption", [("name", here.name.as_str().into())]);
    Some(chart(cx, maps, "place-map", caption, marks, min_span_km(here.kind)))
}

/// An event's page: its place, and greyed, the places of the larger event it is part of.
pub fn event(cx: &RenderContext, maps: &Maps, index: usize) -> Option<Chart> {
    let derived = cx.derived(index);
    let place = derived.place?;
    let mut context: Vec<usize> = Vec::new();
    if let Some(&parent) = derived.ancestors.last() {
        let parent_links = cx.derived(parent);
        context.extend(parent_links.place);
        context.extend(parent_links.sub_events.iter().filter_map(|&e| cx.derived(e).place));
    }
    context.retain(|&p| p != place);
    context.sort_unstable();
    context.dedup();
    context.truncate(MARKS_MAX - 1);
    let mut marks = vec![(place, Mark { primary: true, importance: f64::MAX, ..mark(cx, place)? })];
    marks.extend(context.iter().filter_map(|&p| Some((p, Mark { muted: true, ..mark(cx, p)? }))));
    let kind = cx.brief(place).as_place().map_or(PlaceKind::Other, |p| p.kind);
    let caption = cx.text("map_event_caption").to_string();
    Some(chart(cx, maps, "event-map", caption, marks, min_span_km(kind)))
}

/// `/places/` (`latest: false`) and the home page (`latest: true`, the places of the latest
/// events accented): every place with events, each sized by their number.
pub fn overview(cx: &RenderContext, maps: &Maps, latest: bool) -> Option<Chart> {
    let mut places: Vec<(usize, usize)> = cx
        .briefs()
        .filter(|(_, b)| b.as_place().is_some())
        .map(|(i, _)| (i, cx.derived(i).at.len()))
        .filter(|&(_, n)| n > 0)
        .collect();
    if places.is_empty() {
        return None;
    }
    places.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let total = places.len();
    places.truncate(MARKS_MAX);
    let most = places[0].1.max(1) as f64;
    let recent: Vec<usize> = if latest {
        cx.timeline().iter().rev().filter_map(|&e| cx.derived(e).place).take(5).collect()
    } else {
        Vec::new()
    };
    let marks: Vec<(usize, Mark)> = places
        .iter()
        .filter_map(|&(p, n)| {
            // The area of a mark grows with the number of events: four times as many, twice as wide.
            let weight = (4.0 * n as f64 / most).max(0.35);
            Some((p, Mark { weight, primary: recent.contains(&p), ..mark(cx, p)? }))
        })
        .collect();
    let caption = if latest { cx.text("map_home_caption") } else { cx.text("map_places_caption") }.to_string();
    let id = if latest { "home-map" } else { "places-map" };
    let mut chart = chart(cx, maps, id, caption, marks, 400.0);
    if total > MARKS_MAX {
        let args: [(&str, FluentValue); 2] = [("shown", MARKS_MAX.into()), ("total", cx.number(total as u64).into())];
        let busiest = cx.t("map_busiest", args);
        chart.note = Some(match chart.note.take() {
            Some(note) => format!("{busiest} {note}"),
            None => busiest,
        });
    }
    Some(chart)
}

/// The chart of one map: `marks` with the place each stands for.
fn chart(
    cx: &RenderContext,
    maps: &Maps,
    id: &str,
    caption: String,
    marks: Vec<(usize, Mark)>,
    min_span_km: f64,
) -> Chart {
    let (places, marks): (Vec<usize>, Vec<Mark>) = marks.into_iter().unzip();
    let names: Vec<&str> = marks.iter().map(|m| m.label.as_str()).collect();
    let desc = cx.t("map_description", [("places", names.join(", ").into())]);
    let spec = MapSpec { id: id.to_string(), title: caption.clone(), desc, marks, min_span_km };
    let drawn = maps.draw(&spec);
    let note = (!drawn.unlabelled.is_empty())
        .then(|| cx.t("map_unlabelled", [("places", drawn.unlabelled.join(", ").into())]));
    let mut legend = Vec::new();
    let circle = |class: &str| swatch(&format!("<circle class=\"map-mark {class}\" cx=\"16\" cy=\"7\" r=\"5\"/>"));
    if spec.marks.iter().any(|m| m.primary) {
        let label = if id == "home-map" { cx.text("map_key_latest") } else { cx.text("map_key_primary") };
        legend.push(LegendEntry { swatch: circle("map-mark-primary"), label: label.into() });
    }
    if spec.marks.iter().any(|m| !m.primary && !m.muted) {
        let sized = matches!(id, "home-map" | "places-map");
        let label = if sized { cx.text("map_key_sized") } else { cx.text("map_key_place") };
        legend.push(LegendEntry { swatch: circle(""), label: label.into() });
    }
    if spec.marks.iter().any(|m| m.muted) {
        legend.push(LegendEntry { swatch: circle("map-mark-muted"), label: cx.text("map_key_context").into() });
    }
    if spec.marks.iter().any(|m| m.disputed) {
        legend
            .push(LegendEntry { swatch: circle("map-mark-disputed"), label: cx.text("map_key_disputed_place").into() });
    }
    if drawn.disputed_areas {
        let area = swatch("<rect class=\"map-land map-disputed\" x=\"4\" y=\"2\" width=\"24\" height=\"10\"/>");
        legend.push(LegendEntry { swatch: area, label: cx.text("map_key_disputed_area").into() });
    }
    let columns = [
        cx.text("map_column_place"),
        cx.text("map_column_kind"),
        cx.text("map_column_coordinates"),
        cx.text("map_column_events"),
    ]
    .map(str::to_string)
    .to_vec();
    let rows = places
        .iter()
        .filter_map(|&index| {
            let place = cx.brief(index).as_place()?;
            Some(vec![
                Cell::link(place.name.clone(), cx.url(index)),
                Cell::text(cx.label(place.kind)),
                Cell::text(coordinates(place.lat, place.lon)),
                Cell::text(cx.derived(index).at.len().to_string()),
            ])
        })
        .collect();
    let summary = cx.t("map_table_summary", [("count", spec.marks.len().into())]);
    let credit = cx.t("map_credit", [("credit", maps.basemap().credit().into())]);
    Chart {
        id: id.to_string(),
        caption,
        note,
        svg: drawn.svg,
        svg_narrow: Some(drawn.svg_narrow),
        legend,
        table: DataTable { summary, columns, rows },
        credit: Some(credit),
    }
}
