//! Corrections: each brief's notes of what was set right, made clearer or added, on its page
//! and in its JSON-LD, and all of them on `/corrections/` with a feed of their own, so that
//! no number changes without a reader being able to find out.

use serde::Serialize;

use crate::model::{Correction, Day};
use crate::render::context::RenderContext;
use crate::render::views::{DateView, Ref};

/// One correction as a page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct CorrectionView {
    /// "Correction", "Clarification", "Update".
    pub kind: String,
    pub date: DateView,
    pub text: String,
    /// Its place on the brief's page: `correction-1` for the first in the file.
    pub anchor: String,
}

fn view(cx: &RenderContext, n: usize, c: &Correction) -> CorrectionView {
    CorrectionView {
        kind: cx.label(c.kind).to_string(),
        date: DateView { text: cx.date(&c.date), datetime: c.date.machine() },
        text: c.text.clone(),
        anchor: format!("correction-{}", n + 1),
    }
}

/// Brief `index`'s corrections, in the order its file lists them.
pub fn of_brief(cx: &RenderContext, index: usize) -> Vec<CorrectionView> {
    cx.brief(index).corrections.iter().enumerate().map(|(n, c)| view(cx, n, c)).collect()
}

/// One entry of `/corrections/`: the correction and the brief it corrects.
#[derive(Debug, Serialize)]
pub struct Entry {
    pub brief: Ref,
    /// The correction's place on the brief's page.
    pub url: String,
    #[serde(flatten)]
    pub correction: CorrectionView,
    /// The day it is dated, for the feed.
    #[serde(skip)]
    pub day: Day,
    #[serde(skip)]
    pub index: usize,
    /// `correction`, `clarification` or `update`, for the feed's categories.
    #[serde(skip)]
    pub kind_word: &'static str,
}

/// `/corrections/`: every correction of the site, newest first (the same day by brief id).
#[derive(Debug, Serialize)]
pub struct CorrectionsPage {
    pub entries: Vec<Entry>,
}

pub fn page(cx: &RenderContext) -> CorrectionsPage {
    let mut entries: Vec<Entry> = cx
        .briefs()
        .flat_map(|(i, brief)| brief.corrections.iter().enumerate().map(move |(n, c)| (i, n, c)))
        .map(|(i, n, c)| {
            let brief = Ref::new(cx, i);
            let correction = view(cx, n, c);
            let url = format!("{}#{}", brief.url, correction.anchor);
            Entry { brief, url, correction, day: c.date.latest(), index: i, kind_word: c.kind.word() }
        })
        .collect();
    entries.sort_by(|a, b| b.day.cmp(&a.day).then_with(|| a.brief.id.cmp(&b.brief.id)).then(a.url.cmp(&b.url)));
    CorrectionsPage { entries }
}
