//! The shipped data decodes; maps put east right and north up, keep every mark in the frame,
//! never overlap two labels, cross the antimeridian and reach the poles without streaks, stay
//! small, and reuse a frame's countries.

use super::*;
use crate::render::visuals::text_width;

fn maps() -> Maps {
    Maps::new(Basemap::embedded().expect("the shipped map data decodes"))
}

fn mark(label: &str, lon: f64, lat: f64) -> Mark {
    Mark { lon, lat, label: label.into(), weight: 1.0, importance: 1.0, ..Mark::default() }
}

fn spec(marks: Vec<Mark>) -> MapSpec {
    MapSpec { id: "map".into(), title: "A map".into(), desc: "Places".into(), marks, min_span_km: 400.0 }
}

/// Each drawn mark's centre and each label's box, read back from the SVG.
struct Read {
    width: f64,
    height: f64,
    marks: Vec<(f64, f64, f64)>,
    labels: Vec<(String, (f64, f64, f64, f64))>,
    paths: Vec<String>,
}

fn read(svg: &str) -> Read {
    let doc = roxmltree::Document::parse(svg).expect("the map is well-formed XML");
    let root = doc.root_element();
    let view: Vec<f64> = root.attribute("viewBox").unwrap().split(' ').map(|v| v.parse().unwrap()).collect();
    let f = |n: roxmltree::Node, a: &str| n.attribute(a).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    let mut out = Read { width: view[2], height: view[3], marks: vec![], labels: vec![], paths: vec![] };
    for n in doc.descendants() {
        let class = n.attribute("class").unwrap_or("");
        if n.has_tag_name("circle") && class.contains("map-mark") {
            out.marks.push((f(n, "cx"), f(n, "cy"), f(n, "r")));
        } else if n.has_tag_name("text") && (class.contains("map-label") || class.contains("map-country")) {
            let text = n.text().unwrap_or("").to_string();
            let size = if class.contains("primary") { 13.0 } else { 12.0 };
            let width = text_width(&text, size) * if class.contains("primary") { 1.08 } else { 1.0 };
            let (x, y) = (f(n, "x"), f(n, "y"));
            let left = match n.attribute("text-anchor") {
                Some("end") => x - width,
                Some("middle") => x - width / 2.0,
                _ => x,
            };
            out.labels.push((text, (left, y - size * 0.85, left + width, y + size * 0.25)));
        } else if n.has_tag_name("path")
            && class.contains("map-land")
            && n.ancestors().all(|a| a.attribute("class") != Some("map-inset"))
        {
            out.paths.push(n.attribute("d").unwrap_or("").to_string());
        }
    }
    out
}

fn no_labels_overlap(r: &Read) {
    for (i, (a, ba)) in r.labels.iter().enumerate() {
        for (b, bb) in &r.labels[i + 1..] {
            let overlap = ba.0 < bb.2 && bb.0 < ba.2 && ba.1 < bb.3 && bb.1 < ba.3;
            assert!(!overlap, "labels {a:?} and {b:?} overlap");
        }
        assert!(ba.0 >= 0.0 && ba.2 <= r.width && ba.1 >= 0.0 && ba.3 <= r.height, "label {a:?} leaves the frame");
    }
}

fn marks_inside(r: &Read) {
    for &(x, y, _) in &r.marks {
        assert!((0.0..=r.width).contains(&x) && (0.0..=r.height).contains(&y), "mark at {x},{y} outside");
    }
}

/// The longest straight segment of the land paths that does not run along the frame's edge
/// (where clipping draws long straight lines): a streak across the frame is a ring drawn the
/// long way round the world.
fn longest_segment(r: &Read) -> f64 {
    let on_edge = |a: f64, b: f64, limit: f64| (a - b).abs() < 0.2 && (a < 0.5 || a > limit - 0.5);
    let mut longest: f64 = 0.0;
    for d in &r.paths {
        for sub in d.split('M').filter(|s| !s.is_empty()) {
            let body = sub.trim_end_matches('z');
            let (start, rel) = body.split_once('l').unwrap_or((body, ""));
            let mut start = start.split(' ').map(|v| v.parse::<f64>().unwrap());
            let (mut x, mut y) = (start.next().unwrap(), start.next().unwrap());
            let numbers: Vec<f64> = rel.split(' ').filter(|v| !v.is_empty()).map(|v| v.parse().unwrap()).collect();
            for pair in numbers.chunks(2) {
                let (nx, ny) = (x + pair[0], y + pair[1]);
                if !on_edge(x, nx, r.width) && !on_edge(y, ny, r.height) {
                    longest = longest.max(pair[0].hypot(pair[1]));
                }
                (x, y) = (nx, ny);
            }
        }
    }
    longest
}

#[test]
fn the_shipped_data_decodes_with_its_countries() {
    let basemap = Basemap::embedded().unwrap();
    let (coarse, fine) = basemap.country_counts();
    assert!((170..=180).contains(&coarse), "{coarse} countries at 1:110m");
    assert!((235..=245).contains(&fine), "{fine} countries at 1:50m");
    assert_eq!(basemap.country_contains("031", 49.867, 40.409), Some(true), "Azerbaijan holds Baku");
    assert_eq!(basemap.country_contains("Armenia", 44.515, 40.187), Some(true), "Armenia holds Yerevan");
    assert_eq!(basemap.country_contains("Armenia", 49.867, 40.409), Some(false));
    assert_eq!(basemap.country_contains("Atlantis", 0.0, 0.0), None);
}

#[test]
fn a_topology_round_trips_its_coordinates() {
    // A square, quantized and delta-encoded as TopoJSON has it.
    let topo = r#"{"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[10,20]},
        "objects":{"countries":{"type":"GeometryCollection","geometries":[
          {"type":"Polygon","arcs":[[0]],"id":"001","properties":{"name":"Square","disputed":true}}]}},
        "arcs":[[[0,0],[4,0],[0,8],[-4,0],[0,-8]]]}"#;
    let basemap = Basemap::from_topojson(topo.as_bytes(), "Test").unwrap();
    let square = &basemap.fine[0];
    assert_eq!(square.name, "Square");
    assert!(square.disputed);
    assert_eq!(square.rings[0].points, vec![(10.0, 20.0), (12.0, 20.0), (12.0, 22.0), (10.0, 22.0), (10.0, 20.0)]);
    assert_eq!(basemap.country_contains("square", 11.0, 21.0), Some(true));
    assert!(Basemap::from_topojson(b"{}", "x").is_err());
}

#[test]
fn east_is_right_north_is_up_and_every_mark_is_in_its_frame() {
    let maps = maps();
    let caucasus = vec![
        mark("Baku", 49.8671, 40.4093),
        mark("Yerevan", 44.5152, 40.1872),
        mark("Stepanakert", 46.752, 39.8153),
        mark("Ankara", 32.8597, 39.9334),
        mark("Moscow", 37.6173, 55.7558),
        mark("Damascus", 36.2765, 33.5138),
    ];
    let world = vec![
        mark("Tokyo", 139.6503, 35.6762),
        mark("Lima", -77.0428, -12.0464),
        mark("Nairobi", 36.8219, -1.2921),
        mark("Sydney", 151.2093, -33.8688),
        mark("Reykjavík", -21.9426, 64.1466),
    ];
    for marks in [caucasus, world] {
        let drawn = maps.draw(&spec(marks.clone()));
        for svg in [&drawn.svg, &drawn.svg_narrow] {
            let r = read(svg);
            assert_eq!(r.marks.len(), marks.len());
            marks_inside(&r);
            no_labels_overlap(&r);
            for (i, a) in marks.iter().enumerate() {
                for (j, b) in marks.iter().enumerate() {
                    if a.lon < b.lon - 1.0 {
                        assert!(r.marks[i].0 < r.marks[j].0, "{} is west of {}", a.label, b.label);
                    }
                    if a.lat > b.lat + 1.0 {
                        assert!(r.marks[i].1 < r.marks[j].1, "{} is north of {}", a.label, b.label);
                    }
                }
            }
        }
    }
}

#[test]
fn the_antimeridian_is_crossed_the_short_way_without_streaks() {
    let maps = maps();
    let drawn = maps.draw(&spec(vec![
        mark("Suva", 178.4501, -18.1248),
        mark("Apia", -171.7513, -13.8506),
        mark("Nukuʻalofa", -175.2018, -21.1394),
    ]));
    for svg in [&drawn.svg, &drawn.svg_narrow] {
        let r = read(svg);
        marks_inside(&r);
        let xs: Vec<f64> = r.marks.iter().map(|m| m.0).collect();
        let spread = xs.iter().cloned().fold(f64::MIN, f64::max) - xs.iter().cloned().fold(f64::MAX, f64::min);
        assert!(spread < r.width * 0.8, "the islands are neighbours, not at opposite edges: {xs:?}");
        assert!(r.marks[0].0 < r.marks[2].0 && r.marks[2].0 < r.marks[1].0, "Suva, then Tonga, then Samoa eastwards");
        assert!(!r.paths.is_empty(), "land is drawn");
        assert!(longest_segment(&r) < r.width / 2.0, "a streak across the frame");
    }
    // Russia's far east and Alaska, either side of the line.
    let r = read(&maps.draw(&spec(vec![mark("Anadyr", 177.5, 64.73), mark("Nome", -165.4, 64.5)])).svg);
    marks_inside(&r);
    assert!(longest_segment(&r) < r.width / 2.0);
}

#[test]
fn polar_places_are_drawn() {
    let maps = maps();
    let longyearbyen = mark("Longyearbyen", 15.6267, 78.2232);
    let mcmurdo = mark("McMurdo Station", 166.6682, -77.8463);
    for marks in [vec![longyearbyen.clone()], vec![mcmurdo.clone()], vec![longyearbyen, mcmurdo]] {
        let drawn = maps.draw(&spec(marks.clone()));
        for svg in [&drawn.svg, &drawn.svg_narrow] {
            assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
            let r = read(svg);
            marks_inside(&r);
            no_labels_overlap(&r);
            assert!(longest_segment(&r) < r.width, "a streak across the frame");
        }
    }
}

#[test]
fn a_regional_map_is_small_and_a_frame_is_drawn_once() {
    let maps = maps();
    let drawn = maps.draw(&spec(vec![mark("Baku", 49.8671, 40.4093), mark("Yerevan", 44.5152, 40.1872)]));
    assert!(drawn.svg.len() < 30_000, "{} bytes", drawn.svg.len());
    assert!(drawn.svg_narrow.len() < 30_000, "{} bytes", drawn.svg_narrow.len());
    let layers = maps.cached_layers();
    // A place a few kilometres away shares the frame.
    maps.draw(&spec(vec![mark("Baku", 49.87, 40.41), mark("Yerevan", 44.52, 40.19)]));
    assert_eq!(maps.cached_layers(), layers, "the same frame is drawn again");
    assert_eq!(
        maps.draw(&spec(vec![mark("Baku", 49.8671, 40.4093)])).svg,
        maps.draw(&spec(vec![mark("Baku", 49.8671, 40.4093)])).svg,
        "deterministic"
    );
}

#[test]
fn crowded_labels_are_dropped_and_those_kept_do_not_overlap() {
    let maps = maps();
    let marks: Vec<Mark> = (0..40)
        .map(|i| Mark {
            importance: f64::from(i),
            ..mark(&format!("Village {i}"), 44.0 + f64::from(i % 8) * 0.05, 40.0 + f64::from(i / 8) * 0.05)
        })
        .collect();
    let drawn = maps.draw(&spec(marks));
    assert!(!drawn.unlabelled.is_empty(), "forty close places cannot all be labelled");
    assert!(drawn.unlabelled.contains(&"Village 0".to_string()), "the least important go first");
    let r = read(&drawn.svg);
    no_labels_overlap(&r);
    let places = r.labels.iter().filter(|(l, _)| l.starts_with("Village")).count();
    assert_eq!(places + drawn.unlabelled.len(), 40);
}

#[test]
fn marks_link_and_say_what_they_are() {
    let maps = maps();
    let drawn = maps.draw(&spec(vec![
        Mark {
            primary: true,
            href: Some("/places/stepanakert/".into()),
            disputed: true,
            ..mark("Stepanakert", 46.752, 39.8153)
        },
        Mark { muted: true, ..mark("Baku", 49.8671, 40.4093) },
    ]));
    assert!(
        drawn
            .svg
            .contains(r#"<a href="/places/stepanakert/" aria-label="Stepanakert"><circle class="map-mark map-mark-primary map-mark-disputed""#)
    );
    assert!(drawn.svg.contains("map-mark-muted"));
    assert!(drawn.svg.contains(r#"role="group""#), "a drawing with links is a group");
    assert!(drawn.disputed_shown);
    assert!(drawn.svg.contains("km</text>"), "a scale bar");
    assert!(drawn.svg.contains("map-inset"), "an inset locates the region");
}

#[test]
fn distances_are_great_circles() {
    let baku_yerevan = distance_km((49.8671, 40.4093), (44.5152, 40.1872));
    assert!((440.0..480.0).contains(&baku_yerevan), "{baku_yerevan}");
    assert!(distance_km((179.9, 0.0), (-179.9, 0.0)) < 30.0);
    let london_new_york = distance_km((-0.1278, 51.5074), (-74.006, 40.7128));
    assert!((5_500.0..5_650.0).contains(&london_new_york), "{london_new_york}");
}
