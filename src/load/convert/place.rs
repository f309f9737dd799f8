//! A place's front-matter into the model: its name, kind and coordinates.
//!
//! Coordinates are where writers slip most: pasted from a map as "39°48′N", as "39,8153",
//! swapped, or out of range. Each gets a hint that says how to write it.

use crate::diagnostics::Diagnostic;
use crate::load::raw::{RawPlace, Text};
use crate::model::{Disputed, Place, PlaceKind};

use super::{Checker, Common, clean, clean_list};

pub(crate) fn place(raw: RawPlace, c: &mut Checker) -> (Option<Place>, Common) {
    let name = c.required_with(raw.name, "name", Checker::title_from_id);
    let kind = c.word(raw.kind, "kind", Some(PlaceKind::Other)).unwrap_or(PlaceKind::Other);
    let lat = c.coordinate(raw.lat, Axis::Lat);
    let lon = c.coordinate(raw.lon, Axis::Lon);
    if let (Some(lat), Some(lon)) = (lat, lon) {
        c.not_null_island(lat, lon);
    }
    let place = Place {
        name: name.unwrap_or_default(),
        kind,
        aliases: clean_list(raw.aliases),
        lat: lat.unwrap_or(0.0),
        lon: lon.unwrap_or(0.0),
        within: clean(raw.within),
        disputed: disputed(raw.disputed),
    };
    let common = c.common(raw.summary, raw.sources, raw.tags, raw.updated, raw.draft, raw.corrections);
    // Kept even when a coordinate is missing (already reported), so references to it resolve.
    (Some(place), common)
}

/// `disputed: true`, `false`, or a note on who claims the place.
fn disputed(raw: Option<Text>) -> Option<Disputed> {
    let text = clean(raw)?;
    match text.as_str() {
        "true" | "yes" => Some(Disputed::Yes),
        "false" | "no" => None,
        _ => Some(Disputed::Note(text)),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Axis {
    Lat,
    Lon,
}

impl Axis {
    fn key(self) -> &'static str {
        match self {
            Axis::Lat => "lat",
            Axis::Lon => "lon",
        }
    }

    fn limit(self) -> f64 {
        match self {
            Axis::Lat => 90.0,
            Axis::Lon => 180.0,
        }
    }

    /// The hemisphere letters that stand for a sign: N and E positive.
    fn hemispheres(self) -> (char, char) {
        match self {
            Axis::Lat => ('N', 'S'),
            Axis::Lon => ('E', 'W'),
        }
    }
}

impl Checker<'_, '_> {
    /// A latitude or longitude in decimal degrees, required and in range.
    fn coordinate(&mut self, value: Option<Text>, axis: Axis) -> Option<f64> {
        let key = axis.key();
        let example = if axis == Axis::Lat { "39.8153" } else { "46.7520" };
        let text = self.required(value, key, example)?;
        let span = self.locator.value(key);
        let parsed = text.parse::<f64>().ok().filter(|x| x.is_finite());
        let Some(x) = parsed else {
            let help = match degrees_minutes(&text, axis) {
                Some(decimal) => format!(
                    "write decimal degrees, north and east positive: `{key}: {decimal}` (what `{text}` stands for)"
                ),
                None if text.contains(',') && text.replace(',', ".").parse::<f64>().is_ok() => {
                    format!("the decimal mark is a point: `{key}: {}`", text.replace(',', "."))
                }
                None => format!("write decimal degrees, north and east positive, such as `{key}: {example}`"),
            };
            self.error(
                Diagnostic::error("invalid-value", format!("`{text}` is not a {} in decimal degrees", noun(axis)))
                    .at(span)
                    .help(help),
            );
            return None;
        };
        if x.abs() > axis.limit() {
            self.error(
                Diagnostic::error(
                    "invalid-value",
                    format!("{} `{text}` is out of range: it runs from -{1} to {1}", noun(axis), axis.limit()),
                )
                .at(span)
                .help(if axis == Axis::Lat && x.abs() <= 180.0 {
                    "latitude runs from -90 (south pole) to 90 (north pole): were `lat` and `lon` swapped?"
                } else {
                    "check the figure against the map it was copied from"
                }),
            );
            return None;
        }
        Some(x)
    }

    /// Both at 0 is the classic slip of a failed lookup ("Null Island"). (Swapped `lat` and
    /// `lon` can only be told when `lat` is out of range, which `coordinate` reports.)
    fn not_null_island(&mut self, lat: f64, lon: f64) {
        if lat == 0.0 && lon == 0.0 {
            let span = self.locator.value("lat");
            self.error(
                Diagnostic::error("invalid-value", "`lat: 0` and `lon: 0` is a point in the Gulf of Guinea")
                    .at(span)
                    .help("give the place's own coordinates, as decimal degrees from a map or gazetteer"),
            );
        }
    }
}

fn noun(axis: Axis) -> &'static str {
    match axis {
        Axis::Lat => "latitude",
        Axis::Lon => "longitude",
    }
}

/// `39°48′55″N`, `39° 48' N`, `46.75 E` or `39 48 55 S` as decimal degrees, written with
/// at most four decimals; `None` when the text is not such a coordinate.
pub(crate) fn degrees_minutes(text: &str, axis: Axis) -> Option<String> {
    let (plus, minus) = axis.hemispheres();
    let upper = text.trim().to_uppercase();
    let (body, sign) = match upper.chars().last()? {
        c if c == plus => (&upper[..upper.len() - 1], 1.0),
        c if c == minus => (&upper[..upper.len() - 1], -1.0),
        _ => (upper.as_str(), 1.0),
    };
    let parts: Vec<f64> = body
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .filter(|p| !p.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    let degrees = match parts[..] {
        [d] if body.contains(['°', ' ']) || sign < 0.0 || upper != body => d,
        [d, m] if (0.0..60.0).contains(&m) => d.abs() + m / 60.0,
        [d, m, s] if (0.0..60.0).contains(&m) && (0.0..60.0).contains(&s) => d.abs() + m / 60.0 + s / 3600.0,
        _ => return None,
    };
    let value = sign * degrees;
    (value.abs() <= axis.limit()).then(|| {
        let s = format!("{value:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn degrees_minutes_and_seconds_become_decimal() {
        assert_eq!(degrees_minutes("39°48′55″N", Axis::Lat).as_deref(), Some("39.8153"));
        assert_eq!(degrees_minutes("46° 45' E", Axis::Lon).as_deref(), Some("46.75"));
        assert_eq!(degrees_minutes("77 50 S", Axis::Lat).as_deref(), Some("-77.8333"));
        assert_eq!(degrees_minutes("46.75 W", Axis::Lon).as_deref(), Some("-46.75"));
        assert_eq!(degrees_minutes("hello", Axis::Lat), None);
        assert_eq!(degrees_minutes("12 75", Axis::Lat), None, "75 minutes is no minute");
        assert_eq!(degrees_minutes("95 N", Axis::Lat), None, "out of range");
    }
}
