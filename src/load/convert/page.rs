//! A free page's front-matter and the home page intro into the model.

use crate::diagnostics::Diagnostic;
use crate::load::raw::{RawHome, RawPage};
use crate::model::{Home, Page, SourceFile};

use super::{Checker, Common, clean};

pub(crate) fn page(raw: RawPage, c: &mut Checker) -> (Option<Page>, Common) {
    let title = c.required_with(raw.title, "title", Checker::title_from_id);
    let weight = clean(raw.weight).and_then(|w| match w.parse::<i64>() {
        Ok(n) => Some(n),
        Err(_) => {
            let span = c.locator.value("weight");
            c.error(
                Diagnostic::error("invalid-value", format!("`{w}` is not a whole number"))
                    .at(span)
                    .help("weight orders the menu: 1 comes before 2"),
            );
            None
        }
    });
    let common = c.common(raw.summary, raw.sources, raw.tags, raw.updated, raw.draft, raw.corrections);
    (Some(Page { title: title.unwrap_or_default(), weight, menu: raw.menu.unwrap_or(false) }), common)
}

pub(crate) fn home(raw: RawHome, file: SourceFile) -> Home {
    Home { file, title: clean(raw.title), summary: clean(raw.summary) }
}
