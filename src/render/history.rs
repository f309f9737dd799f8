//! A brief's history as its page shows it: the commits of the site's repository that
//! changed its file, newest first, a few of them.

use serde::Serialize;

use crate::render::context::RenderContext;
use crate::render::views::DateView;

/// How many commits a page lists; the rest are counted.
pub const SHOWN: usize = 10;

/// One commit that changed the brief.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeView {
    pub date: DateView,
    pub subject: String,
    pub commit: String,
}

/// Brief `index`'s newest commits, and how many older ones are not listed.
pub fn of_brief(cx: &RenderContext, index: usize) -> (Vec<ChangeView>, usize) {
    let changes = cx.history(index);
    let shown = changes
        .iter()
        .take(SHOWN)
        .map(|c| {
            let day = c.day.date();
            ChangeView {
                date: DateView { text: cx.date(&day), datetime: day.machine() },
                subject: c.subject.clone(),
                commit: c.commit.clone(),
            }
        })
        .collect();
    (shown, changes.len().saturating_sub(SHOWN))
}
