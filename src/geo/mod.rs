//! Locator maps, drawn at build time as inline SVG from Natural Earth's country shapes, which
//! the binary carries (the TopoJSON of the npm package world-atlas, at 1:110m and 1:50m,
//! gzipped in `assets/geo/`). No tiles, no script, no network.
//!
//! A map's frame is chosen from its marks and snapped to a coarse grid of centres and zoom
//! levels, so that neighbouring places share a frame; the countries of a frame are projected,
//! clipped and simplified once ([`Maps`] keeps them) and only the marks are drawn per page.

mod draw;
#[cfg(test)]
mod tests;
mod topojson;

use std::collections::HashMap;
use std::io::Read;
use std::sync::{Arc, Mutex};

pub use draw::Frame;

/// The shipped shapes: 1:110m for insets and wide frames, 1:50m for regional ones.
const COUNTRIES_110M: &[u8] = include_bytes!("../../assets/geo/countries-110m.json.gz");
const COUNTRIES_50M: &[u8] = include_bytes!("../../assets/geo/countries-50m.json.gz");

/// The shapes Natural Earth's default worldview draws as territories of disputed status.
const DISPUTED: &[&str] = &["W. Sahara", "N. Cyprus", "Somaliland", "Kosovo"];

#[derive(Debug, thiserror::Error)]
pub enum GeoError {
    #[error("the map data is not TopoJSON this can read: {0}")]
    Invalid(String),
    #[error("the map data cannot be decompressed: {0}")]
    Compressed(#[from] std::io::Error),
}

/// A ring of a country's outline, with its bounding box.
#[derive(Debug, Clone)]
pub(crate) struct Ring {
    points: Vec<(f64, f64)>,
    /// West, south, east, north.
    bbox: [f64; 4],
    /// Runs of [`CHUNK`] points with their boxes: a frame skips the inside of the runs that
    /// lie wholly beyond one of its sides (Russia's coast, for a map of the Caucasus).
    chunks: Vec<(usize, usize, [f64; 4])>,
}

/// How many points a run of a ring holds.
const CHUNK: usize = 32;

fn bbox(points: &[(f64, f64)]) -> [f64; 4] {
    let mut bbox = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
    for &(x, y) in points {
        bbox = [bbox[0].min(x), bbox[1].min(y), bbox[2].max(x), bbox[3].max(y)];
    }
    bbox
}

impl Ring {
    fn new(points: Vec<(f64, f64)>) -> Ring {
        let chunks = (0..points.len())
            .step_by(CHUNK)
            .map(|start| {
                let end = (start + CHUNK).min(points.len());
                (start, end, bbox(&points[start..end]))
            })
            .collect();
        Ring { bbox: bbox(&points), points, chunks }
    }
}

/// One country (or territory) of a basemap.
#[derive(Debug, Clone)]
pub(crate) struct Country {
    pub(crate) name: String,
    /// ISO 3166 numeric code, as world-atlas gives it ("031" for Azerbaijan).
    pub(crate) id: String,
    rings: Vec<Ring>,
    pub(crate) disputed: bool,
}

/// The shapes maps are drawn on, at a coarse and a fine scale.
pub struct Basemap {
    coarse: Vec<Country>,
    fine: Vec<Country>,
    credit: String,
}

impl Basemap {
    /// The shipped Natural Earth shapes.
    pub fn embedded() -> Result<Basemap, GeoError> {
        let mark = |mut countries: Vec<Country>| {
            for c in &mut countries {
                c.disputed = DISPUTED.contains(&c.name.as_str());
            }
            countries
        };
        Ok(Basemap {
            coarse: mark(topojson::countries(&gunzip(COUNTRIES_110M)?)?),
            fine: mark(topojson::countries(&gunzip(COUNTRIES_50M)?)?),
            credit: "Natural Earth".to_string(),
        })
    }

    /// A site's own TopoJSON file, at one scale for every map. Shapes whose properties say
    /// `disputed: true` are drawn as disputed.
    pub fn from_topojson(bytes: &[u8], credit: &str) -> Result<Basemap, GeoError> {
        let countries = topojson::countries(bytes)?;
        Ok(Basemap { coarse: countries.clone(), fine: countries, credit: credit.to_string() })
    }

    /// Whom the shapes come from, printed under every map.
    pub fn credit(&self) -> &str {
        &self.credit
    }

    /// How many countries each scale has (coarse, fine).
    pub fn country_counts(&self) -> (usize, usize) {
        (self.coarse.len(), self.fine.len())
    }

    /// Whether (lon, lat) lies inside the country of that name (in any case) or ISO code;
    /// `None` when the basemap has no such country.
    pub fn country_contains(&self, name_or_id: &str, lon: f64, lat: f64) -> Option<bool> {
        let country = self.fine.iter().find(|c| c.id == name_or_id || c.name.eq_ignore_ascii_case(name_or_id))?;
        // Even-odd over every ring: holes (lakes, enclaves) count as outside.
        let inside = country.rings.iter().filter(|r| contains(&r.points, lon, lat)).count() % 2 == 1;
        Some(inside)
    }

    fn scale(&self, fine: bool) -> &[Country] {
        if fine { &self.fine } else { &self.coarse }
    }
}

fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, GeoError> {
    let mut out = Vec::with_capacity(bytes.len() * 4);
    flate2::read::GzDecoder::new(bytes).read_to_end(&mut out)?;
    Ok(out)
}

/// Point in polygon by ray casting.
pub(super) fn contains(ring: &[(f64, f64)], x: f64, y: f64) -> bool {
    let mut inside = false;
    let mut j = ring.len().wrapping_sub(1);
    for i in 0..ring.len() {
        let (xi, yi) = ring[i];
        let (xj, yj) = ring[j];
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// A place on a map.
#[derive(Debug, Clone, Default)]
pub struct Mark {
    pub lon: f64,
    pub lat: f64,
    pub label: String,
    /// The mark and its label link here when set.
    pub href: Option<String>,
    /// How big the mark is: 1 is the usual size; the area grows with it.
    pub weight: f64,
    /// Which labels are kept when they collide: higher first.
    pub importance: f64,
    /// Drawn grey: context, such as the places of the event this one is part of.
    pub muted: bool,
    /// The page's own place: accented, and its label kept whatever else is dropped.
    pub primary: bool,
    /// Drawn with a dashed ring.
    pub disputed: bool,
}

/// What to draw.
#[derive(Debug, Clone)]
pub struct MapSpec {
    /// Unique on the page; every id inside the drawing starts with it.
    pub id: String,
    pub title: String,
    pub desc: String,
    pub marks: Vec<Mark>,
    /// The frame spans at least this many kilometres, so one city is shown with its region.
    pub min_span_km: f64,
}

/// A map drawn twice: wide and for a phone.
#[derive(Debug, Clone)]
pub struct Drawn {
    pub svg: String,
    pub svg_narrow: String,
    /// The labels the wide drawing had no room for, least important last.
    pub unlabelled: Vec<String>,
    /// Whether a disputed territory or place is drawn (the key then says how it is shown).
    pub disputed_shown: bool,
    /// Whether a territory of disputed status is drawn, in either drawing.
    pub disputed_areas: bool,
}

impl std::fmt::Debug for Basemap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Basemap").field("credit", &self.credit).field("countries", &self.country_counts()).finish()
    }
}

impl std::fmt::Debug for Maps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Maps").field("credit", &self.basemap.credit).field("layers", &self.cached_layers()).finish()
    }
}

/// The basemap with the countries of every frame drawn so far.
pub struct Maps {
    basemap: Arc<Basemap>,
    layers: Mutex<HashMap<draw::FrameKey, Arc<draw::Layer>>>,
    inset: Mutex<Option<Arc<String>>>,
}

impl Maps {
    pub fn new(basemap: impl Into<Arc<Basemap>>) -> Maps {
        Maps { basemap: basemap.into(), layers: Mutex::new(HashMap::new()), inset: Mutex::new(None) }
    }

    pub fn basemap(&self) -> &Basemap {
        &self.basemap
    }

    /// How many frames' countries are kept.
    pub fn cached_layers(&self) -> usize {
        self.layers.lock().map_or(0, |l| l.len())
    }

    /// Draws `spec` wide and narrow.
    pub fn draw(&self, spec: &MapSpec) -> Drawn {
        let (svg, unlabelled, areas_wide) = draw::map(self, spec, crate::render::visuals::Fit::Wide);
        let (svg_narrow, _, areas_narrow) = draw::map(self, spec, crate::render::visuals::Fit::Narrow);
        let disputed_areas = areas_wide || areas_narrow;
        let disputed_shown = disputed_areas || spec.marks.iter().any(|m| m.disputed);
        Drawn { svg, svg_narrow, unlabelled, disputed_shown, disputed_areas }
    }

    fn layer(&self, frame: &Frame) -> Arc<draw::Layer> {
        let key = frame.key();
        if let Some(layer) = self.layers.lock().ok().and_then(|l| l.get(&key).cloned()) {
            return layer;
        }
        let layer = Arc::new(draw::layer(self.basemap.scale(frame.fine()), frame));
        if let Ok(mut layers) = self.layers.lock() {
            layers.entry(key).or_insert_with(|| Arc::clone(&layer));
        }
        layer
    }

    fn inset(&self) -> Arc<String> {
        if let Some(inset) = self.inset.lock().ok().and_then(|i| i.clone()) {
            return inset;
        }
        let inset = Arc::new(draw::world_inset(self.basemap.scale(false)));
        if let Ok(mut slot) = self.inset.lock() {
            *slot = Some(Arc::clone(&inset));
        }
        inset
    }
}

/// The great-circle distance between two points given as (lon, lat) in degrees, in km.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6_371.0;
    let (lon1, lat1) = (a.0.to_radians(), a.1.to_radians());
    let (lon2, lat2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

/// A longitude difference brought into [-180, 180).
fn wrap(d: f64) -> f64 {
    (d + 180.0).rem_euclid(360.0) - 180.0
}
