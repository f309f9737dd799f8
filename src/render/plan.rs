//! The job list of one render, made by the `Renderer` before any job runs.
//!
//! Which files a site has (a page per brief, the pages a tag or a party's list takes) is no
//! page's read: it follows from each brief's own front-matter and derived links, and the
//! preview renders a brief's jobs whenever those change. So this is the one place in render
//! besides `context.rs` that reads the graph directly (the scan test there names both), and
//! no builder is handed the graph it reads.

use crate::render::paging::{self, Layout, Period, WhoPart};
use crate::render::party_lists::ListLength;
use crate::render::theme::Theme;
use crate::resolve::Graph;
use crate::routes::{PartyList, Plan};

/// Every file of the render of `graph`, with the long lists split as `layout` says.
pub(super) fn plan<'g>(graph: &'g Graph<'g>, layout: &Layout, theme: &Theme) -> Plan<'g> {
    let briefs = &graph.site.briefs;
    Plan {
        briefs,
        tags: graph.tags.iter().map(|(slug, tag)| (slug.as_str(), paging::page_count(tag.briefs.len()))).collect(),
        party_lists: briefs
            .iter()
            .zip(&graph.derived)
            .map(|(brief, derived)| PartyList::ALL.map(|list| list.pages(brief, derived)))
            .collect(),
        who: layout.who.iter().map(WhoPart::path).collect(),
        periods: layout.periods.iter().map(Period::path).collect(),
        statics: theme.statics.iter().map(|s| s.path.clone()).collect(),
        places: briefs.iter().any(|b| b.as_place().is_some()),
        corrections: briefs.iter().any(|b| !b.corrections.is_empty()),
        root_files: true,
    }
}
