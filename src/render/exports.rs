//! Exports for reuse beside `site.json`: `/data/timeline.json` in the JSON format of
//! TimelineJS, and `/data/graph.json`, the briefs as nodes and their relations, memberships,
//! participations and `part_of` links as typed edges.

use std::borrow::Cow;

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::data::xml_escape;
use crate::model::date::Point;
use crate::model::{Brief, Date, Facts, Source};
use crate::render::context::RenderContext;
use crate::routes;
use crate::write::Contents;

/// Serializes plain data on one line. The string is cut to its length: an export holds one
/// per brief, and the slack of a growing buffer would add half again to its memory.
pub(crate) fn compact(value: &impl serde::Serialize) -> String {
    let mut line = serde_json::to_string(value).expect("plain data always serializes");
    line.shrink_to_fit();
    line
}

/// JSON made safe to put inside a `<script>` element, as JSON-LD or an inlined search
/// index: text from the site could hold `</script>` or `<!--`, which end or change the
/// element around it, and U+2028 and U+2029 end a line in older JavaScript. `<`, `>`, `&`
/// and both separators become `\u` escapes, which JSON reads back as the same characters
/// (outside strings JSON has none of them). One pass, and none when there is nothing to
/// escape, as in most lines.
pub(crate) fn script_safe(json: String) -> String {
    let bytes = json.as_bytes();
    // Three vectorized scans (memchr), as most lines hold none of these.
    let clean = memchr::memchr3(b'<', b'>', b'&', bytes).is_none()
        && memchr::memmem::find(bytes, "\u{2028}".as_bytes()).is_none()
        && memchr::memmem::find(bytes, "\u{2029}".as_bytes()).is_none();
    if clean {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 32);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// An export as it is built: pieces of text that follow one another, written to the file
/// without being joined (see [`Contents`]).
pub(crate) type Pieces = Vec<Cow<'static, str>>;

/// `"key": [` one item per line `]`, so large exports stay diffable.
pub(crate) fn json_list(out: &mut Pieces, key: &str, items: Vec<String>) {
    out.push(format!("\"{key}\": [").into());
    let empty = items.is_empty();
    for (n, item) in items.into_iter().enumerate() {
        out.push(Cow::Borrowed(if n == 0 { "\n  " } else { ",\n  " }));
        out.push(item.into());
    }
    out.push(Cow::Borrowed(if empty { "]" } else { "\n]" }));
}

/// A TimelineJS date: only the parts the EDTF date gives (`{year}` for `1994~`).
fn timeline_date(point: &Point) -> Value {
    let mut date = Map::new();
    date.insert("year".into(), json!(point.year));
    if let Some(month) = point.month {
        date.insert("month".into(), json!(month));
    }
    if let Some(day) = point.day {
        date.insert("day".into(), json!(day));
    }
    Value::Object(date)
}

fn timeline_event(cx: &RenderContext, index: usize) -> Option<Value> {
    let brief = cx.brief(index);
    let event = brief.as_event()?;
    let (start, end) = match event.date {
        Date::Point(p) => (Some(p), None),
        Date::Interval { start, end } => (start.or(end), end.filter(|_| start.is_some())),
    };
    let url = cx.base().absolute(&routes::brief(brief));
    let summary = brief.summary.as_deref().map(|s| format!("<p>{}</p>", xml_escape(s))).unwrap_or_default();
    let read = xml_escape(cx.text("read_the_brief"));
    let mut value = json!({
        "unique_id": brief.id,
        "start_date": timeline_date(&start?),
        "display_date": cx.date(&event.date),
        "text": {
            "headline": xml_escape(&event.title),
            "text": format!("{summary}<p><a href=\"{}\">{read}</a></p>", xml_escape(&url)),
        },
    });
    if let Some(end) = end {
        value["end_date"] = timeline_date(&end);
    }
    if let Some(parent) = event.part_of.as_deref().and_then(|id| cx.index_of(id)) {
        value["group"] = json!(cx.brief(parent).title());
    }
    Some(value)
}

/// `/data/timeline.json`: every event in timeline order, ready for TimelineJS.
pub fn timeline_json(cx: &RenderContext) -> Contents {
    let config = cx.config();
    let events: Vec<String> =
        cx.par_map(cx.timeline(), |cx, &i| timeline_event(cx, i).map(|v| compact(&v))).into_iter().flatten().collect();
    let title = json!({ "text": { "headline": xml_escape(&config.title), "text": xml_escape(&config.description) } });
    let mut out: Pieces = vec![format!("{{\"title\": {},\n", compact(&title)).into()];
    json_list(&mut out, "events", events);
    out.push(Cow::Borrowed("}\n"));
    Contents::Pieces(out)
}

fn node(cx: &RenderContext, brief: &Brief) -> Value {
    let mut node = json!({
        "id": brief.id,
        "kind": brief.kind().noun(),
        "title": brief.title(),
        "url": cx.base().absolute(&routes::brief(brief)),
    });
    match &brief.facts {
        Facts::Party(p) => node["party_kind"] = json!(p.kind),
        Facts::Event(e) => {
            node["event_kind"] = json!(e.kind);
            node["date"] = json!(e.date.edtf());
        }
        Facts::Place(p) => {
            node["place_kind"] = json!(p.kind);
            node["lat"] = json!(p.lat);
            node["lon"] = json!(p.lon);
        }
        Facts::Page(_) => {}
    }
    node
}

/// The edges that start at one brief, as JSON lines.
fn edges(cx: &RenderContext, index: usize) -> Vec<String> {
    let brief = cx.brief(index);
    let date = |d: Option<Date>| d.map(|d| d.edtf());
    let mut edges = Vec::new();
    let mut edge = |value: Value| edges.push(compact(&value));
    match &brief.facts {
        Facts::Party(p) => {
            for r in &p.relations {
                edge(json!({
                    "source": brief.id, "target": r.party, "type": "relation", "kind": r.kind,
                    "since": date(r.since), "until": date(r.until), "claimed_by": r.claimed_by,
                }));
            }
            for m in &p.member_of {
                edge(json!({
                    "source": brief.id, "target": m.party, "type": "member_of", "role": m.role,
                    "since": date(m.since), "until": date(m.until),
                }));
            }
        }
        Facts::Event(e) => {
            for p in &e.participants {
                edge(json!({
                    "source": p.party, "target": brief.id, "type": "participant", "role": p.role,
                    "claimed_by": p.claimed_by,
                }));
            }
            if let Some(parent) = &e.part_of {
                edge(json!({ "source": brief.id, "target": parent, "type": "part_of" }));
            }
        }
        Facts::Place(p) => {
            if let Some(outer) = &p.within {
                edge(json!({ "source": brief.id, "target": outer, "type": "within" }));
            }
        }
        Facts::Page(_) => {}
    }
    // A party's seat and an event's place, when they name a place.
    if let Some(place) = cx.derived(index).place {
        let kind = if brief.as_party().is_some() { "seat" } else { "place" };
        edge(json!({ "source": brief.id, "target": cx.brief(place).id, "type": kind }));
    }
    edges
}

/// `/data/graph.json`: `nodes` (every brief) and `edges` (`relation`, `member_of`,
/// `participant`, `part_of`, `within`, `seat`, `place`), each edge from `source` to
/// `target` by id.
pub fn graph_json(cx: &RenderContext) -> Contents {
    let nodes: Vec<String> = cx.par_map(0..cx.brief_count(), |cx, i| compact(&node(cx, cx.brief(i))));
    let edges: Vec<String> = cx.par_map(0..cx.brief_count(), edges).into_iter().flatten().collect();
    let mut out: Pieces = vec![Cow::Borrowed("{")];
    json_list(&mut out, "nodes", nodes);
    out.push(Cow::Borrowed(",\n"));
    json_list(&mut out, "edges", edges);
    out.push(Cow::Borrowed("}\n"));
    Contents::Pieces(out)
}

/// One value of one casualty figure, as `/data/figures.csv` and `.json` give it: whom it
/// counts, who claims it, the number, its date and status, and where it was published.
#[derive(Serialize)]
struct FigureRow<'g> {
    event: &'g str,
    event_title: &'g str,
    /// Whom the figure counts, in words ("Military personnel of Northland").
    counted: String,
    /// The same as an id: a party's, or `civilians`, `military`, `unknown`.
    counted_id: &'g str,
    /// Whose civilians or soldiers a group figure counts (`party:`).
    party: Option<&'g str>,
    kind: &'static str,
    claimant: Option<&'g str>,
    claimant_name: Option<String>,
    /// `latest` for the figure's own value, `earlier` for one of its `history`.
    value: &'static str,
    count: Option<u64>,
    qualifier: Option<&'static str>,
    low: Option<u64>,
    best: Option<u64>,
    high: Option<u64>,
    as_of: Option<String>,
    status: Option<&'static str>,
    caveat: Option<&'g str>,
    /// Every source of the value: ids, and URLs in the same order, `; ` between them.
    source_id: String,
    source_url: String,
    event_url: String,
}

/// Every value of every figure, event by event in timeline order, each figure's values
/// oldest first.
fn figure_rows<'g>(cx: &RenderContext<'g>) -> Vec<FigureRow<'g>> {
    let mut rows = Vec::new();
    for &i in cx.timeline() {
        let brief = cx.brief(i);
        let Some(event) = brief.as_event() else { continue };
        for figure in &event.casualties {
            let counted = crate::render::figures::counted_words(cx, figure);
            let counted_id = figure.of.id();
            let claimant = figure.claimed_by.as_deref();
            let claimant_name = claimant
                .map(|id| cx.index_of(id).map_or_else(|| id.to_string(), |c| cx.brief(c).short_title().to_string()));
            let latest = figure.values().count() - 1;
            for (n, value) in figure.values().enumerate() {
                let sources: Vec<Option<&Source>> = value.source.iter().map(|id| cx.source(id)).collect();
                rows.push(FigureRow {
                    event: &brief.id,
                    event_title: &event.title,
                    counted: counted.clone(),
                    counted_id,
                    party: figure.party.as_deref(),
                    kind: figure.kind.word(),
                    claimant,
                    claimant_name: claimant_name.clone(),
                    value: if n == latest { "latest" } else { "earlier" },
                    count: value.count,
                    qualifier: value.qualifier.map(|q| q.word()),
                    low: value.low,
                    best: value.best,
                    high: value.high,
                    as_of: value.as_of.map(|d| d.edtf()),
                    status: value.status.map(|s| s.word()),
                    caveat: value.caveat.as_deref(),
                    source_id: value.source.join("; "),
                    source_url: sources
                        .iter()
                        .map(|s| s.and_then(|s| s.url.as_deref()).unwrap_or(""))
                        .collect::<Vec<_>>()
                        .join("; "),
                    event_url: cx.base().absolute(&routes::brief(brief)),
                });
            }
        }
    }
    rows
}

/// The columns of `/data/figures.csv`: [`FigureRow`]'s fields, in its order (a test holds
/// the two together).
const FIGURE_COLUMNS: [&str; 20] = [
    "event",
    "event_title",
    "counted",
    "counted_id",
    "party",
    "kind",
    "claimant",
    "claimant_name",
    "value",
    "count",
    "qualifier",
    "low",
    "best",
    "high",
    "as_of",
    "status",
    "caveat",
    "source_id",
    "source_url",
    "event_url",
];

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes
/// doubled. A text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is
/// quoted and led by an apostrophe, which spreadsheets show as text and do not run.
fn csv_field(text: &str) -> String {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = if formula { format!("'{text}") } else { text.to_string() };
    if formula || text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
}

/// `/data/figures.csv`: one row per value of every figure, attribution kept on each, so a
/// data desk can open it in a spreadsheet. Lines end in CRLF, as RFC 4180 has them.
pub fn figures_csv(cx: &RenderContext) -> Contents {
    let mut out: Pieces = vec![Cow::Owned(FIGURE_COLUMNS.join(",") + "\r\n")];
    for row in figure_rows(cx) {
        // The row as figures.json has it, its fields taken in the columns' order: the two
        // exports cannot drift apart.
        let Ok(Value::Object(fields)) = serde_json::to_value(&row) else { continue };
        let cells: Vec<String> = FIGURE_COLUMNS
            .iter()
            .map(|&column| match fields.get(column) {
                // A date is never a formula, and a year before 1 (`-0044`) must stay as written.
                Some(Value::String(date)) if column == "as_of" => date.clone(),
                Some(Value::String(text)) => csv_field(text),
                Some(Value::Number(n)) => n.to_string(),
                _ => String::new(),
            })
            .collect();
        out.push(Cow::Owned(cells.join(",") + "\r\n"));
    }
    Contents::Pieces(out)
}

/// `/data/figures.json`: the rows of `figures.csv` as objects, one per line.
pub fn figures_json(cx: &RenderContext) -> Contents {
    let rows = figure_rows(cx).iter().map(compact).collect();
    let mut out: Pieces = vec![Cow::Borrowed("{")];
    json_list(&mut out, "figures", rows);
    out.push(Cow::Borrowed("}\n"));
    Contents::Pieces(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_csv_columns_are_the_rows_fields() {
        let row = super::FigureRow {
            event: "e",
            event_title: "E",
            counted: "C".into(),
            counted_id: "c",
            party: None,
            kind: "killed",
            claimant: None,
            claimant_name: None,
            value: "latest",
            count: Some(1),
            qualifier: None,
            low: None,
            best: None,
            high: None,
            as_of: None,
            status: None,
            caveat: None,
            source_id: String::new(),
            source_url: String::new(),
            event_url: String::new(),
        };
        let serde_json::Value::Object(fields) = serde_json::to_value(&row).unwrap() else {
            panic!("a row is an object")
        };
        let mut keys: Vec<&str> = fields.keys().map(String::as_str).collect();
        let mut columns = super::FIGURE_COLUMNS.to_vec();
        keys.sort_unstable();
        columns.sort_unstable();
        assert_eq!(keys, columns);
    }

    use super::script_safe;
    use proptest::prelude::*;

    proptest! {
        /// Whatever a string holds, its script-safe JSON has none of the characters that could
        /// end or change a `<script>` element, and reads back as the same string.
        #[test]
        fn script_safe_json_reads_back_the_same(text in "(\\PC|[<>&\u{2028}\u{2029}’–“”\u{2027}\u{202a}])*") {
            let json = script_safe(serde_json::to_string(&text).unwrap());
            prop_assert!(!json.contains(['<', '>', '&', '\u{2028}', '\u{2029}']), "{}", json);
            prop_assert_eq!(serde_json::from_str::<String>(&json).unwrap(), text);
        }
    }
}
