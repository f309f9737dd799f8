//! Places as briefs (tests/sites/places): the place page and the gazetteer, events and
//! parties linked to their places, the exports, search, autolinks, and what `check` says of
//! places written wrong.

mod common;

use common::{Site, hrefs, section, stderr, stdout, text};

fn built() -> Site {
    let site = Site::copy("places");
    site.build_ok();
    site
}

#[test]
fn a_place_page_shows_its_names_its_larger_places_and_what_happened_there() {
    let site = built();
    let tskhinvali = site.page("places/tskhinvali/");
    let reader = text(&tskhinvali);
    assert!(reader.contains("Tskhinvali"));
    assert!(reader.contains("Other names Tskhinval"), "{reader}");
    assert!(reader.contains("Coordinates 42.2276° N, 43.9686° E"), "{reader}");
    // The breadcrumb runs from the gazetteer through the region it lies within.
    let crumbs = hrefs(section(&tskhinvali, "main"));
    let places = crumbs.iter().position(|h| h == "/places/").expect("the breadcrumb starts at the gazetteer");
    let region = crumbs.iter().position(|h| h == "/places/south-ossetia/").expect("and names the region");
    assert!(places < region);
    assert!(text(section(&tskhinvali, "events")).contains("The battle of Tskhinvali"));

    // The region lists the events at the places within it, saying where, and its status.
    let ossetia = site.page("places/south-ossetia/");
    let events = text(section(&ossetia, "events"));
    assert!(events.contains("The battle of Tskhinvali (at Tskhinvali"), "{events}");
    assert!(text(&ossetia).contains("Status: Its status is disputed."));
    assert!(text(section(&ossetia, "places-within")).contains("Tskhinvali"));

    // A capital lists the party seated there.
    let tbilisi = site.page("places/tbilisi/");
    assert!(hrefs(section(&tbilisi, "seated")).contains(&"/parties/georgia/".to_string()));

    // Structured data says what the place is and where.
    assert!(tskhinvali.contains(r#""@type":"City""#), "no City in the JSON-LD");
    assert!(tskhinvali.contains(r#""geo":{"@type":"GeoCoordinates","latitude":42.2276,"longitude":43.9686}"#));
    assert!(tskhinvali.contains(r#""containedInPlace":{"@type":"AdministrativeArea","name":"South Ossetia""#));
}

#[test]
fn events_and_parties_link_their_places_and_show_other_text_as_written() {
    let site = built();
    let battle = site.page("events/battle/");
    assert!(hrefs(&battle).contains(&"/places/tskhinvali/".to_string()));
    assert!(text(&battle).contains("Place Tskhinvali"), "the event names its place by name, not id");
    let meeting = site.page("events/meeting/");
    assert!(text(&meeting).contains("Place Paris"));
    assert!(!hrefs(&meeting).iter().any(|h| h.contains("paris")), "free text links nowhere");
    let georgia = site.page("parties/georgia/");
    assert!(text(&georgia).contains("Seat Tbilisi"));
    assert!(hrefs(&georgia).contains(&"/places/tbilisi/".to_string()));
    let observers = text(&site.page("parties/observers/"));
    assert!(observers.contains("Seat Brussels"));
}

#[test]
fn the_gazetteer_groups_places_under_the_places_they_lie_within() {
    let site = built();
    let index = site.page("places/");
    let reader = text(&index);
    assert!(reader.contains("15 places"), "{reader}");
    let ossetia = section(&index, "in-south-ossetia");
    assert!(text(ossetia).contains("Tskhinvali"));
    assert!(text(ossetia).contains("South Ossetia Region, disputed, 1 event"), "{}", text(ossetia));
    assert!(reader.contains("Other places"));
    // Every page's menu has the gazetteer.
    assert!(hrefs(&site.page("")).contains(&"/places/".to_string()));
    // And the sitemap lists it and every place.
    let sitemap = site.page("sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/places/</loc>"));
    assert!(sitemap.contains("<loc>https://example.org/places/mcmurdo/</loc>"));
}

#[test]
fn the_exports_hold_every_place_with_longitude_first_in_geojson() {
    let site = built();
    let geojson: serde_json::Value = serde_json::from_str(&site.page("data/places.geojson")).expect("valid JSON");
    assert_eq!(geojson["type"], "FeatureCollection");
    let features = geojson["features"].as_array().expect("features");
    assert_eq!(features.len(), 15);
    let lima = features.iter().find(|f| f["id"] == "lima").expect("Lima is a feature");
    assert_eq!(lima["geometry"]["type"], "Point");
    assert_eq!(lima["geometry"]["coordinates"], serde_json::json!([-77.0428, -12.0464]), "RFC 7946: [lon, lat]");
    assert_eq!(lima["properties"]["url"], "https://example.org/places/lima/");
    let ossetia = features.iter().find(|f| f["id"] == "south-ossetia").expect("a feature");
    assert_eq!(ossetia["properties"]["disputed"], true);
    assert_eq!(ossetia["properties"]["events"], 1);

    let site_json: serde_json::Value = serde_json::from_str(&site.page("data/site.json")).expect("valid JSON");
    let gori = site_json["places"].as_array().unwrap().iter().find(|p| p["id"] == "gori").expect("Gori in site.json");
    assert_eq!(gori["lat"], 41.9842);
    assert_eq!(gori["within"], "shida-kartli");
    assert_eq!(gori["at"], serde_json::json!(["bombing"]));

    let graph: serde_json::Value = serde_json::from_str(&site.page("data/graph.json")).expect("valid JSON");
    let edges = graph["edges"].as_array().unwrap();
    let has = |source: &str, target: &str, kind: &str| {
        edges.iter().any(|e| e["source"] == source && e["target"] == target && e["type"] == kind)
    };
    assert!(has("tskhinvali", "south-ossetia", "within"));
    assert!(has("battle", "tskhinvali", "place"));
    assert!(has("georgia", "tbilisi", "seat"));
    assert!(!edges.iter().any(|e| e["source"] == "meeting" && e["type"] == "place"), "free text is no edge");

    let search = site.page("search/index.js");
    let row = search.lines().find(|l| l.contains("\"places/tskhinvali/\"")).expect("the place is in the search");
    assert!(row.contains("Tskhinval"), "its other names find it: {row}");
    let battle = search.lines().find(|l| l.contains("\"events/battle/\"")).expect("the event is in the search");
    assert!(battle.contains("Tskhinvali"), "an event is found by its place's name: {battle}");
}

#[test]
fn place_names_are_autolinked_and_a_seats_name_given_to_its_party_stays_the_partys() {
    let site = built();
    let battle = site.page("events/battle/");
    assert!(
        battle.contains(r#"<a class="ref ref-place autolink" href="/places/tskhinvali/">Tskhinval</a>"#),
        "an alias of a place links to it"
    );
    // Georgia lists "Tbilisi" among its names and is seated there: "Tbilisi said" is Georgia.
    let observers = site.page("parties/observers/");
    assert!(observers.contains(r#"<a class="ref ref-party autolink" href="/parties/georgia/">Tbilisi</a>"#));
    assert!(observers.contains(r#"<a class="ref ref-place autolink" href="/places/gori/">Gori</a>"#));
    // The home page's [[tbilisi]] is the city, by its id.
    assert!(site.page("").contains(r#"href="/places/tbilisi/">Tbilisi</a>"#));
    let out = site.run(&["check"]);
    assert!(!stderr(&out).contains("shared-name"), "a seat's name on its party is no shared name:\n{}", stderr(&out));
}

#[test]
fn a_site_without_places_has_no_gazetteer() {
    let site = Site::copy("places");
    std::fs::remove_dir_all(site.root().join("content/places")).unwrap();
    site.write("content/_index.md", "---\ntitle: No places\n---\nNothing here is a place.\n");
    for party in ["georgia", "observers"] {
        let path = site.root().join(format!("content/parties/{party}.md"));
        let text = std::fs::read_to_string(&path).unwrap().replace("seat: tbilisi", "seat: Tbilisi");
        std::fs::write(path, text).unwrap();
    }
    for event in ["battle", "bombing", "talks", "pacific"] {
        site.remove(&format!("content/events/{event}.md"));
    }
    site.build_ok();
    assert!(!site.exists("places/index.html"));
    assert!(!site.exists("data/places.geojson"));
    assert!(!hrefs(&site.page("")).iter().any(|h| h.contains("places")));
}

#[test]
fn check_catches_places_written_as_text_misspelt_ids_and_places_far_from_their_region() {
    let site = Site::copy("places");
    site.write(
        "content/events/meeting.md",
        "---\ntitle: A meeting\ndate: 2008-09-08\nkind: summit\nplace: Tskhinval\nsummary: x\n---\n",
    );
    site.write(
        "content/events/talks.md",
        "---\ntitle: Talks\ndate: 2008-09-01\nkind: summit\nplace: nairobbi\nsummary: x\n---\n",
    );
    // Gori with its longitude's sign slipped: in the Atlantic, thousands of km from its region.
    let gori = std::fs::read_to_string(site.root().join("content/places/gori.md")).unwrap();
    site.write("content/places/gori.md", &gori.replace("lon: 44.1158", "lon: -44.1158"));
    let out = site.run(&["check"]);
    let err = stderr(&out);
    assert!(err.contains("warning[place-as-text]: `place: Tskhinval` is written as text"), "{err}");
    assert!(err.contains("write the place's id: `place: tskhinvali`"), "{err}");
    assert!(err.contains("warning[unknown-place]: `place: nairobbi` looks like an id"), "{err}");
    assert!(err.contains("did you mean `place: nairobi`?"), "{err}");
    assert!(err.contains("warning[place-far-from-within]: Gori lies"), "{err}");
    assert!(err.contains("km from Shida Kartli"), "{err}");
    assert!(stdout(&out).is_empty() || !stdout(&out).contains("panicked"));
}

#[test]
fn coordinates_written_wrong_are_errors_with_a_hint() {
    let site = Site::copy("places");
    let cases = [
        ("lat: 39°48′55″N", "write decimal degrees, north and east positive: `lat: 39.8153`"),
        ("lat: 39,8153", "the decimal mark is a point: `lat: 39.8153`"),
        ("lat: 139.8", "were `lat` and `lon` swapped?"),
    ];
    for (line, hint) in cases {
        site.write("content/places/lima.md", &format!("---\nname: Lima\nkind: city\n{line}\nlon: -77.0428\n---\n"));
        let out = site.build(&[]);
        assert!(!out.status.success(), "{line} built");
        let err = stderr(&out);
        assert!(err.contains("content/places/lima.md:4:6"), "the error points at the value: {err}");
        assert!(err.contains(hint), "{line}: {err}");
    }
    site.write("content/places/lima.md", "---\nname: Lima\nkind: city\n---\n");
    let err = stderr(&site.build(&[]));
    assert!(err.contains("this place has no `lat`") && err.contains("this place has no `lon`"), "{err}");
}

#[test]
fn within_must_name_a_place_and_must_not_go_round() {
    let site = Site::copy("places");
    let ossetia = std::fs::read_to_string(site.root().join("content/places/south-ossetia.md")).unwrap();
    site.write(
        "content/places/south-ossetia.md",
        &ossetia.replace("disputed: true", "disputed: true\nwithin: tskhinvali"),
    );
    let err = stderr(&site.build(&[]));
    assert!(
        err.contains(
            "error[within-cycle]: `within` goes round in a circle: south-ossetia → tskhinvali → south-ossetia"
        ),
        "{err}"
    );
    site.write(
        "content/places/south-ossetia.md",
        &ossetia.replace("disputed: true", "disputed: true\nwithin: georgia"),
    );
    let err = stderr(&site.build(&[]));
    assert!(err.contains("`within` takes a place"), "{err}");
}

#[test]
fn maps_locate_places_events_and_the_gazetteer_with_their_credit() {
    let site = built();
    for (page, id) in [
        ("places/tskhinvali/", "place-map"),
        ("events/battle/", "event-map"),
        ("places/", "places-map"),
        ("", "home-map"),
    ] {
        let html = site.page(page);
        let figure = section(&html, id);
        assert!(figure.contains("<svg"), "{page} has its {id}");
        assert!(figure.contains("chart-svg-narrow"), "{page}'s map is drawn for a phone too");
        assert!(text(figure).contains("Map data: Natural Earth"), "{page}'s map gives its credit");
    }
    // The place's own mark links to it and is accented; the region it lies within is there too.
    let tskhinvali = site.page("places/tskhinvali/");
    assert!(tskhinvali.contains(
        r#"<a href="/places/tskhinvali/" aria-label="Tskhinvali"><circle class="map-mark map-mark-primary""#
    ));
    assert!(tskhinvali.contains(
        r#"<a href="/places/south-ossetia/" aria-label="South Ossetia"><circle class="map-mark map-mark-disputed""#
    ));
    assert!(text(&tskhinvali).contains("A place of disputed status"), "the key says what the dashed ring is");
    // An event whose place is text has no map.
    assert!(!site.page("events/meeting/").contains("event-map"));
}

#[test]
fn a_site_can_draw_its_maps_on_its_own_basemap() {
    let site = Site::copy("places");
    // A square of disputed land around Tskhinvali, as TopoJSON without quantization.
    site.write(
        "geo/custom.topojson",
        r#"{"type":"Topology","objects":{"countries":{"type":"GeometryCollection","geometries":[
            {"type":"Polygon","arcs":[[0]],"properties":{"name":"Testland","disputed":true}}]}},
            "arcs":[[[43,41],[45,41],[45,43],[43,43],[43,41]]]}"#,
    );
    let config = std::fs::read_to_string(site.root().join("briefing.toml")).unwrap();
    site.write(
        "briefing.toml",
        &format!("{config}\n[map]\nbasemap = \"geo/custom.topojson\"\ncredit = \"Test shapes\"\n"),
    );
    site.build_ok();
    let page = site.page("places/tskhinvali/");
    assert!(text(section(&page, "place-map")).contains("Map data: Test shapes"));
    assert!(page.contains("map-land map-disputed"), "the file's disputed shape is drawn as such");
    assert!(text(&page).contains("A territory of disputed status"), "and the key says so");

    site.write("briefing.toml", &format!("{config}\n[map]\nbasemap = \"../outside.json\"\n"));
    let err = stderr(&site.build(&[]));
    assert!(err.contains("error[map-data]: cannot read the basemap `../outside.json`"), "{err}");
}

#[test]
fn a_site_can_leave_its_maps_out_and_keep_its_places() {
    let site = Site::copy("places");
    let config = std::fs::read_to_string(site.root().join("briefing.toml")).unwrap();
    site.write("briefing.toml", &format!("{config}\n[map]\ndraw = false\n"));
    site.build_ok();
    for page in ["places/tskhinvali/", "events/battle/", "places/", ""] {
        let html = site.page(page);
        assert!(!html.contains("map-mark"), "{page} has no map");
        assert!(!html.contains("Map data:"), "{page} has no map credit");
    }
    // The places are still there: their pages, the gazetteer and the export.
    assert!(text(&site.page("places/tskhinvali/")).contains("Coordinates 42.2276° N, 43.9686° E"));
    assert!(hrefs(&site.page("places/")).contains(&"/places/tskhinvali/".to_string()));
    assert!(site.page("data/places.geojson").contains("\"tskhinvali\""));
}
