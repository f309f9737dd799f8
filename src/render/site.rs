//! What every template sees as `site`: the title, the menu and the URLs of the assets (with
//! their fingerprints) and of the site-wide pages.

use serde::Serialize;

use crate::render::context::RenderContext;
use crate::render::fingerprint;
use crate::render::theme::Theme;
use crate::routes;

/// The menu and the site-wide facts every template sees as `site`.
#[derive(Debug, Serialize)]
pub struct SiteView {
    pub title: String,
    pub description: String,
    pub language: String,
    /// `ltr` or `rtl`, for `<html dir>`.
    pub dir: &'static str,
    /// Prefix of every root-relative link (`/karabakh/`).
    pub base: String,
    pub url: String,
    pub menu: Vec<MenuItem>,
    pub stylesheet: String,
    pub timeline_script: String,
    /// The link-preview script every page loads.
    pub preview_script: String,
    pub tags_url: String,
    pub data_url: String,
    /// Every figure's values as CSV, for spreadsheets.
    pub figures_url: String,
    pub feed_url: String,
    /// The corrections page and its feed, on a site with corrections.
    pub corrections_url: Option<String>,
    pub corrections_feed_url: Option<String>,
    /// On a site built as it stood on a day (`build --as-of`), the banner that says so.
    pub as_of_banner: Option<String>,
    pub search_url: String,
    pub search_script: String,
    pub search_index: String,
    pub generator: String,
}

#[derive(Debug, Serialize)]
pub struct MenuItem {
    pub title: String,
    pub url: String,
    pub section: String,
}

pub(super) fn site_view(cx: &RenderContext, theme: &Theme) -> SiteView {
    let config = cx.config();
    let base = cx.base();
    // The assets are the site's, at its root, whichever language the page is in.
    let assets = cx.tongue().languages.root();
    let asset = |name: &str| {
        let hash = theme.static_file(name).and_then(|f| f.read().ok()).map(|b| fingerprint(&b)).unwrap_or_default();
        format!("{}?v={hash}", assets.link(name))
    };
    let mut menu = vec![
        MenuItem { title: cx.text("whos_who").into(), url: base.link(routes::PARTIES), section: "parties".into() },
        MenuItem { title: cx.text("timeline").into(), url: base.link(routes::EVENTS), section: "events".into() },
    ];
    if cx.has_places() {
        menu.push(MenuItem {
            title: cx.text("places").into(),
            url: base.link(routes::PLACES),
            section: "places".into(),
        });
    }
    for &i in cx.menu() {
        let brief = cx.brief(i);
        menu.push(MenuItem { title: brief.title().to_string(), url: cx.url(i).to_string(), section: brief.id.clone() });
    }
    SiteView {
        title: config.title.clone(),
        description: config.description.clone(),
        language: config.language.clone(),
        dir: crate::render::languages::direction(&config.language),
        base: base.path.clone(),
        url: base.absolute(""),
        menu,
        stylesheet: asset("style.css"),
        timeline_script: asset("timeline.js"),
        preview_script: asset("preview.js"),
        tags_url: base.link(routes::TAGS),
        data_url: base.link(routes::SITE_JSON),
        figures_url: base.link(routes::FIGURES_CSV),
        feed_url: base.link(routes::FEED),
        corrections_url: cx.has_corrections().then(|| base.link(routes::CORRECTIONS)),
        corrections_feed_url: cx.has_corrections().then(|| base.link(routes::CORRECTIONS_FEED)),
        as_of_banner: cx.view().as_of.map(|day| cx.t("as_of_banner", [("date", cx.date(&day).into())])),
        search_url: base.link(routes::SEARCH),
        search_script: asset("search.js"),
        search_index: base.link(routes::SEARCH_INDEX),
        generator: format!("briefing {}", env!("CARGO_PKG_VERSION")),
    }
}
