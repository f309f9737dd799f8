//! TopoJSON (github.com/topojson/topojson-specification) into plain rings of (lon, lat):
//! arcs quantized and delta-encoded under a `transform`, shared between the polygons that
//! border on each other, and reversed where an index is negative (`!i`).

use serde::Deserialize;
use serde_json::Value;

use super::{Country, GeoError, Ring};

#[derive(Deserialize)]
struct Topology {
    #[serde(default)]
    transform: Option<Transform>,
    arcs: Vec<Vec<Vec<f64>>>,
    objects: serde_json::Map<String, Value>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    arcs: Value,
    #[serde(default)]
    id: Option<Value>,
    #[serde(default)]
    properties: serde_json::Map<String, Value>,
}

/// The countries of a topology: its `countries` object, or its first one.
pub(super) fn countries(bytes: &[u8]) -> Result<Vec<Country>, GeoError> {
    let topology: Topology = serde_json::from_slice(bytes).map_err(|e| GeoError::Invalid(e.to_string()))?;
    let arcs = decode_arcs(&topology);
    let object = topology
        .objects
        .get("countries")
        .or_else(|| topology.objects.values().next())
        .ok_or_else(|| GeoError::Invalid("the topology has no objects".into()))?;
    let geometries: Vec<Geometry> = match object.get("geometries") {
        Some(list) => serde_json::from_value(list.clone()),
        None => serde_json::from_value(Value::Array(vec![object.clone()])),
    }
    .map_err(|e| GeoError::Invalid(e.to_string()))?;
    let mut out = Vec::with_capacity(geometries.len());
    for g in geometries {
        let polygons: Vec<Vec<Vec<i64>>> = match g.kind.as_str() {
            "Polygon" => vec![indices(&g.arcs)?],
            "MultiPolygon" => serde_json::from_value(g.arcs.clone()).map_err(|e| GeoError::Invalid(e.to_string()))?,
            _ => continue,
        };
        let mut rings = Vec::new();
        for polygon in &polygons {
            for ring in polygon {
                let points = stitch(&arcs, ring)?;
                if points.len() >= 3 {
                    rings.push(Ring::new(points));
                }
            }
        }
        let text = |key: &str| g.properties.get(key).and_then(Value::as_str).map(str::to_string);
        let name = text("name").or_else(|| text("NAME")).unwrap_or_default();
        let id = match &g.id {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => String::new(),
        };
        let truthy = |key: &str| match g.properties.get(key) {
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) => !s.is_empty() && s != "false" && s != "0",
            Some(Value::Number(n)) => n.as_f64().is_some_and(|x| x != 0.0),
            _ => false,
        };
        let disputed = truthy("disputed") || truthy("DISPUTED");
        out.push(Country { name, id, rings, disputed });
    }
    Ok(out)
}

fn indices(value: &Value) -> Result<Vec<Vec<i64>>, GeoError> {
    serde_json::from_value(value.clone()).map_err(|e| GeoError::Invalid(e.to_string()))
}

/// Every arc as absolute (lon, lat): deltas summed and the transform applied.
fn decode_arcs(topology: &Topology) -> Vec<Vec<(f64, f64)>> {
    topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.iter()
                .filter(|p| p.len() >= 2)
                .map(|p| match &topology.transform {
                    Some(t) => {
                        x += p[0];
                        y += p[1];
                        (x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1])
                    }
                    None => (p[0], p[1]),
                })
                .collect()
        })
        .collect()
}

/// One ring from its arcs, each arc's first point dropped after the first arc (it repeats the
/// last point of the arc before).
fn stitch(arcs: &[Vec<(f64, f64)>], ring: &[i64]) -> Result<Vec<(f64, f64)>, GeoError> {
    let mut points: Vec<(f64, f64)> = Vec::new();
    for &i in ring {
        let (index, reversed) = if i < 0 { ((!i) as usize, true) } else { (i as usize, false) };
        let arc = arcs.get(index).ok_or_else(|| GeoError::Invalid(format!("arc {index} does not exist")))?;
        let start = usize::from(!points.is_empty());
        if reversed {
            points.extend(arc.iter().rev().skip(start));
        } else {
            points.extend(arc.iter().skip(start));
        }
    }
    Ok(points)
}
