//! The offline search index, `/search/index.js`: one compact JSON value assigned to a global,
//! so that the search page loads it with `<script src>` (which works from `file://`, where
//! `fetch` does not). The search itself runs in `search.js` of the theme.
//!
//! Each brief is one array `[link, kind, label, title, date, summary, terms, names]`; `terms`
//! holds the other words it is found by (short name, aliases, role, seat, place, tags), and
//! `names` its other names alone (short name, aliases), which rank first on an exact match. Bodies are
//! left out: at 10,000 briefs they would make the index tens of megabytes.

use std::borrow::Cow;

use serde_json::{Value, json};

use super::exports::{Pieces, compact, json_list, script_safe};
use crate::write::Contents;

use crate::model::{Brief, Facts};
use crate::render::context::RenderContext;
use crate::routes;

/// The global `search/index.js` assigns the index to.
pub const GLOBAL: &str = "BRIEFING_SEARCH";

/// The other names of a brief (a party's short name and aliases, and on a site of several
/// languages its names in the others: "Xankəndi", "Степанакерт"): a query that is exactly
/// one of them finds the brief first.
fn names(cx: &RenderContext, brief: &Brief) -> String {
    let mut names: Vec<&str> = match &brief.facts {
        Facts::Party(p) => p.short_name.iter().chain(&p.aliases).map(String::as_str).collect(),
        Facts::Place(p) => p.aliases.iter().map(String::as_str).collect(),
        _ => Vec::new(),
    };
    let elsewhere = cx.tongue().languages.names_of(&brief.id);
    if !elsewhere.is_empty() {
        let title = brief.title();
        for name in elsewhere {
            if name != title && !names.contains(&name.as_str()) {
                names.push(name);
            }
        }
    }
    names.join(" · ")
}

/// The words, besides its title and summary, a brief is found by: an event at a place is
/// found by the place's names too, and a place by those of the places it lies within.
fn terms(cx: &RenderContext, index: usize) -> String {
    let brief = cx.brief(index);
    let mut terms: Vec<&str> = Vec::new();
    let place_names = |place: usize| {
        let p = cx.brief(place).as_place();
        p.into_iter().flat_map(|p| std::iter::once(p.name.as_str()).chain(p.aliases.iter().map(String::as_str)))
    };
    match &brief.facts {
        Facts::Party(p) => {
            terms.extend(p.short_name.as_deref());
            terms.extend(p.aliases.iter().map(String::as_str));
            terms.extend(p.role.as_deref());
            match cx.derived(index).place {
                Some(seat) => terms.extend(place_names(seat)),
                None => terms.extend(p.seat.as_deref()),
            }
        }
        Facts::Event(e) => match cx.derived(index).place {
            Some(place) => terms.extend(place_names(place)),
            None => terms.extend(e.place.as_deref()),
        },
        Facts::Place(_) => {
            for &outer in &cx.derived(index).ancestors {
                terms.push(cx.brief(outer).title());
            }
        }
        Facts::Page(_) => {}
    }
    terms.extend(brief.tags.iter().map(String::as_str));
    terms.join(" · ")
}

fn entry(cx: &RenderContext, index: usize, relative: bool) -> Value {
    let brief = cx.brief(index);
    // Links are read from the folder of `search.js`, the site's root, in every language.
    let tongue = cx.tongue();
    let path = format!("{}{}", tongue.languages.prefix(tongue.index), routes::brief(brief));
    let link = if relative { routes::output_file(&path) } else { path };
    let (label, date) = match &brief.facts {
        Facts::Party(p) => (cx.label(p.kind), String::new()),
        Facts::Event(e) => (cx.label(e.kind), cx.date(&e.date)),
        Facts::Place(p) => (cx.label(p.kind), String::new()),
        Facts::Page(_) => (cx.text("page_kind"), String::new()),
    };
    let summary = brief.summary.as_deref().unwrap_or("");
    json!([link, brief.kind().noun(), label, brief.title(), date, summary, terms(cx, index), names(cx, brief)])
}

/// `search/index.js`. Links are relative to the site's root (`parties/armenia/`, `fr/parties/armenia/`, or
/// `parties/armenia/index.html` for output meant to be opened from disk); events come in
/// timeline order, then parties and pages in id order.
pub fn index(cx: &RenderContext) -> Contents {
    let relative = cx.view().relative;
    let mut order: Vec<usize> = cx.timeline().to_vec();
    order.extend(cx.briefs().filter(|(_, b)| b.as_event().is_none()).map(|(i, _)| i));
    // Only the rows hold text from the site; escaped so that the index can be inlined too.
    let rows: Vec<String> = cx.par_map(&order, |cx, &i| script_safe(compact(&entry(cx, i, relative))));
    let mut out: Pieces = vec![
        format!(
            "window.{GLOBAL} = {{\"fields\": [\"link\", \"kind\", \"label\", \"title\", \"date\", \"summary\", \"terms\", \"names\"],\n"
        )
        .into(),
    ];
    json_list(&mut out, "briefs", rows);
    out.push(Cow::Borrowed("};\n"));
    Contents::Pieces(out)
}
