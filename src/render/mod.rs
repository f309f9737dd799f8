//! Render: from the resolved [`Graph`] to the files of the site, in parallel.
//!
//! Each page kind has a builder that turns the graph into a plain context struct
//! (`party`, `event`, `lists`); tera lays it out with the theme's templates. Every job gets a
//! [`RenderContext`] of its own, the builders' only way into the graph. Pages go to a
//! [`Sink`] as soon as they are rendered, so the whole site never sits in memory.

mod unwritten;
pub use unwritten::{RenderReport, Unwritten};
pub mod context;
pub mod corrections;
pub mod data;
pub mod event;
pub mod exports;
pub mod feed;
pub mod figures;
pub mod history;
pub mod languages;
pub mod lists;
pub mod meta;
pub mod paging;
pub mod party;
pub mod party_lists;
pub mod place;
mod plan;
pub mod relative;
pub mod search;
pub mod site;
pub mod theme;
pub mod timeline;
pub mod views;
pub mod visuals;

use rayon::prelude::*;
use tera::{Context, Tera};

use crate::diagnostics::{Diagnostic, Span};
use crate::model::Facts;
use crate::resolve::Graph;
use crate::routes::{self, Job, Plan};
use crate::write::{Contents, Sink};
use context::{Reads, RenderContext, View};
use languages::Tongue;
use meta::Meta;
use paging::Layout;
use site::site_view;
pub use site::{MenuItem, SiteView};
use theme::Theme;

/// A rendered file, with what its page read of the graph.
pub struct Rendered {
    pub path: String,
    pub bytes: Vec<u8>,
    pub reads: Reads,
}

/// Short content hash for cache-busting asset URLs.
fn fingerprint(bytes: &[u8]) -> String {
    format!("{:08x}", content_hash(bytes) >> 32)
}

/// A fast, stable (unseeded) hash of some bytes: asset fingerprints, the preview's ETags.
pub fn content_hash(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(bytes);
    hasher.finish()
}

/// Renders pages with one set of compiled templates.
pub struct Renderer<'g> {
    graph: &'g Graph<'g>,
    theme: &'g Theme,
    tera: Tera,
    /// A hash of what every page shows of the site (title, menu, asset URLs).
    site_signature: u64,
    stylesheet: String,
    /// How every page is viewed (relative links).
    view: View,
    /// How the long lists are split into pages.
    layout: Layout,
    /// Every file to render, as jobs.
    plan: Plan<'g>,
    /// The basemap and the frames drawn so far, on a site with places (kept by the theme).
    maps: Option<std::sync::Arc<crate::geo::Maps>>,
    /// The language of this render, with the site's others.
    tongue: Tongue<'g>,
}

fn template_diagnostic(theme: &Theme, error: &tera::Error) -> Diagnostic {
    let report = match error.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
        _ => None,
    };
    let Some(report) = report else {
        return Diagnostic::error("template", format!("template error: {error}"))
            .help("check the templates in templates/ or the theme against the theme reference in the README");
    };
    let position = theme.templates.iter().position(|(name, _)| name == report.filename());
    let span = position.map(|i| {
        let (_, text) = &theme.templates[i];
        let s = report.span();
        let line_text = text.lines().nth(s.start_line.saturating_sub(1)).unwrap_or("");
        let end = if s.end_line == s.start_line { s.end_col + 1 } else { s.start_col + 2 };
        Span::new(&theme.origins[i], s.start_line, s.start_col + 1, end, line_text)
    });
    Diagnostic::error("template", format!("template `{}`: {}", report.filename(), report.message()))
        .at_opt(span)
        .help("templates use tera 2 syntax; see the theme section of the README for the variables each page has")
}

impl<'g> Renderer<'g> {
    /// A renderer of `graph` in the language `tongue` (a site of one language has one).
    pub fn new(graph: &'g Graph<'g>, theme: &'g Theme, tongue: Tongue<'g>) -> Result<Renderer<'g>, Vec<Diagnostic>> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        // Before the templates, which tera checks against the functions it knows.
        tongue.strings.install(&mut tera);
        tera.add_raw_templates(theme.templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| vec![template_diagnostic(theme, &e)])?;
        let view = View::of(&graph.site.config);
        let cx = RenderContext::new(graph, view, tongue);
        let site = site_view(&cx, theme);
        tera.global_context().insert("site", &site);
        let site_signature = content_hash(&serde_json::to_vec(&site).unwrap_or_default());
        let layout = Layout::new(&cx);
        let mut plan = plan::plan(graph, &layout, theme);
        if tongue.index > 0 {
            // The assets, `robots.txt`, the sitemap and the 404 page are the site's, at its root.
            plan.root_files = false;
        }
        let maps = if plan.places && graph.site.config.map.draw {
            let maps = theme.maps().map_err(|e| {
                vec![
                    Diagnostic::error("map-data", format!("the map data cannot be read: {e}"))
                        .help("check the file `[map] basemap` names in briefing.toml"),
                ]
            })?;
            Some(maps)
        } else {
            None
        };
        Ok(Renderer {
            graph,
            theme,
            tera,
            site_signature,
            stylesheet: site.stylesheet,
            view,
            layout,
            plan,
            maps,
            tongue,
        })
    }

    /// Changes whenever something every page shows changes (the menu, the stylesheet URL).
    pub fn site_signature(&self) -> u64 {
        self.site_signature
    }

    /// The URL of the stylesheet, with its fingerprint.
    pub fn stylesheet_url(&self) -> &str {
        &self.stylesheet
    }

    /// Every file of this render, with the site path of each.
    pub fn plan(&self) -> &Plan<'g> {
        &self.plan
    }

    /// Renders every page and file into `sink`; returns every problem met. Files that could
    /// not be written are kept apart, typed, one per reason (a full disk fails every file) with
    /// how many more it stopped: they are an I/O failure, not the content's.
    pub fn render_all(&self, sink: &dyn Sink) -> RenderReport {
        self.render_jobs(&self.plan.jobs(), sink)
    }

    /// Renders `jobs` into `sink`, as [`Renderer::render_all`] does every job.
    pub fn render_jobs(&self, jobs: &[Job], sink: &dyn Sink) -> RenderReport {
        let results: Vec<Result<(), Failed>> = jobs
            .par_iter()
            .map(|job| {
                let (path, bytes) = self.render(job, false).0.map_err(Failed::Render)?;
                let path = format!("{}{path}", self.tongue.languages.prefix(self.tongue.index));
                sink.put(&path, bytes).map_err(|e| Failed::Write(path, e))
            })
            .collect();
        let mut diagnostics = Vec::new();
        let mut failed: Vec<(String, std::io::Error)> = Vec::new();
        for result in results {
            match result {
                Ok(()) => {}
                Err(Failed::Render(d)) => diagnostics.push(d),
                Err(Failed::Write(path, e)) => failed.push((path, e)),
            }
        }
        crate::diagnostics::sort(&mut diagnostics);
        RenderReport { diagnostics, unwritten: Unwritten::group(failed) }
    }

    /// Renders one job, with the briefs the page read.
    pub fn render_traced(&self, job: &Job) -> Result<Rendered, Diagnostic> {
        let (result, reads) = self.render(job, true);
        result.map(|(path, contents)| Rendered { path, bytes: contents.into_bytes(), reads })
    }

    /// Renders one job to its output file path and contents, with a context of its own; what
    /// the page read, when `traced`.
    fn render(&self, job: &Job, traced: bool) -> (Result<(String, Contents), Diagnostic>, Reads) {
        let cx = if traced {
            RenderContext::traced(self.graph, self.view, self.tongue)
        } else {
            RenderContext::new(self.graph, self.view, self.tongue)
        };
        let result = self.render_in(job, &cx);
        (result, cx.finish())
    }

    /// Renders one job, reading the graph through `cx`.
    fn render_in(&self, job: &Job, cx: &RenderContext) -> Result<(String, Contents), Diagnostic> {
        let path = self.plan.site_path(job);
        let html = |template: &str, meta: Meta, key: &'static str, data: &dyn erased::Data| {
            let mut text = self.page(template, &meta, key, data)?;
            if cx.view().relative {
                // Every link of every language starts at the site's root, the assets' too.
                let languages = self.tongue.languages;
                let page = format!("{}{}", languages.prefix(self.tongue.index), meta.site_path);
                text = relative::relativize(&text, &languages.root().path, &page);
            }
            Ok((routes::output_file(&meta.site_path), text.into_bytes().into()))
        };
        match job {
            Job::Home => {
                let home = cx.home().0;
                let title = home.and_then(|h| h.title.clone()).unwrap_or_default();
                let description = home.and_then(|h| h.summary.clone());
                let meta = Meta::new(cx, &path, &title, description.as_deref(), "home");
                let mut home = lists::home(cx);
                home.map = self.maps.as_ref().and_then(|maps| visuals::locator::overview(cx, maps, true));
                html("index.html", meta, "home", &home)
            }
            Job::Parties => {
                let meta = Meta::new(cx, &path, cx.text("whos_who"), Some(cx.text("parties_description")), "parties");
                html("parties.html", meta, "parties", &lists::parties(cx, &self.layout))
            }
            Job::WhoPart(n) => {
                let data = lists::who_part(cx, &self.layout, *n);
                let label = data.part.clone().unwrap_or_default();
                let title = cx.t("who_part_title", [("part", label.as_str().into())]);
                let description = cx.t("who_part_description", [("part", label.into())]);
                let meta = Meta::new(cx, &path, &title, Some(&description), "parties");
                html("parties.html", meta, "parties", &data)
            }
            Job::Timeline => {
                let meta = Meta::new(cx, &path, cx.text("timeline"), Some(cx.text("timeline_description")), "events");
                let timeline = timeline::timeline(cx, &self.layout, |items| self.timeline_items(items))?;
                html("events.html", meta, "timeline", &timeline)
            }
            Job::Period(n) => {
                let timeline = timeline::period(cx, &self.layout, *n, |items| self.timeline_items(items))?;
                let label = timeline.period.clone().unwrap_or_default();
                let title = cx.t("period_title", [("period", label.as_str().into())]);
                let description = cx.t("period_description", [("period", label.into())]);
                let meta = Meta::new(cx, &path, &title, Some(&description), "events");
                html("events.html", meta, "timeline", &timeline)
            }
            Job::Places => {
                let meta = Meta::new(cx, &path, cx.text("places"), Some(cx.text("places_description")), "places");
                let mut places = place::index(cx);
                places.map = self.maps.as_ref().and_then(|maps| visuals::locator::overview(cx, maps, false));
                html("places.html", meta, "places", &places)
            }
            Job::PlacesGeoJson => Ok((path, place::geojson(cx))),
            Job::Corrections => {
                let meta = Meta::new(
                    cx,
                    &path,
                    cx.text("corrections_title"),
                    Some(cx.text("corrections_intro")),
                    "corrections",
                );
                html("corrections.html", meta, "corrections", &corrections::page(cx))
            }
            Job::CorrectionsFeed => Ok((path, feed::corrections(cx).into())),
            Job::Tags => {
                let meta = Meta::new(cx, &path, cx.text("tags"), Some(cx.text("tags_dek")), "tags");
                html("tags.html", meta, "tags", &lists::tags(cx))
            }
            Job::Tag(slug, n) => {
                let data = lists::tag(cx, slug, *n);
                let page = later_page(cx, *n);
                let name = || data.name.as_str().into();
                let title = cx.t("tag_title", [("name", name()), ("page", page.as_str().into())]);
                let description = cx.t("tag_description", [("name", name()), ("page", page.as_str().into())]);
                let meta = Meta::new(cx, &path, &title, Some(&description), "tags");
                html("tag.html", meta, "tag", &data)
            }
            Job::PartyList(i, list, n) => {
                let data = party_lists::build(cx, *i, *list, *n);
                let title = format!("{}{}", data.heading, later_page(cx, *n));
                let heading = data.heading.as_str();
                let description =
                    cx.t("party_list_description", [("heading", heading.into()), ("count", data.count.into())]);
                let meta = Meta::new(cx, &path, &title, Some(&description), "parties");
                html("party-list.html", meta, "party_list", &data)
            }
            Job::Brief(i) => {
                let brief = cx.brief(*i);
                match &brief.facts {
                    Facts::Party(p) => {
                        html("party.html", Meta::for_brief(cx, *i, &path, "parties"), "party", &party::build(cx, *i, p))
                    }
                    Facts::Event(e) => {
                        let mut page = event::build(cx, *i, e);
                        page.map = self.maps.as_ref().and_then(|maps| visuals::locator::event(cx, maps, *i));
                        html("event.html", Meta::for_brief(cx, *i, &path, "events"), "event", &page)
                    }
                    Facts::Place(p) => {
                        let mut page = place::build(cx, *i, p);
                        page.map = self.maps.as_ref().and_then(|maps| visuals::locator::place(cx, maps, *i));
                        html("place.html", Meta::for_brief(cx, *i, &path, "places"), "place", &page)
                    }
                    Facts::Page(_) => {
                        html("page.html", Meta::for_brief(cx, *i, &path, &brief.id), "page", &lists::page(cx, *i))
                    }
                }
            }
            Job::NotFound => {
                let mut meta = Meta::new(cx, &path, cx.text("not_found"), None, "");
                // One page at the site's root for every language: there is no French 404.
                meta.alternates.clear();
                meta.hreflang = false;
                html("404.html", meta, "not_found", &())
            }
            Job::Search => {
                let meta = Meta::new(cx, &path, cx.text("search"), Some(cx.text("search_description")), "search");
                html("search.html", meta, "search", &())
            }
            Job::SearchIndex => Ok((path, search::index(cx))),
            Job::SiteJson => Ok((path, data::site_json(cx))),
            Job::TimelineJson => Ok((path, exports::timeline_json(cx))),
            Job::GraphJson => Ok((path, exports::graph_json(cx))),
            Job::FiguresCsv => Ok((path, exports::figures_csv(cx))),
            Job::FiguresJson => Ok((path, exports::figures_json(cx))),
            Job::Feed => Ok((path, feed::atom(cx).into())),
            Job::Sitemap => Ok((path, data::sitemap(cx, &self.plan.sitemap_pages()).into())),
            Job::Robots => Ok((path, data::robots(cx).into())),
            Job::Static(n) => {
                let file = &self.theme.statics[*n];
                let bytes = file.read().map_err(|e| {
                    Diagnostic::error("unreadable-file", format!("cannot read static file `{}`: {e}", file.path))
                        .help("check the file's permissions")
                })?;
                Ok((path, bytes.into()))
            }
        }
    }

    /// A run of timeline items laid out by `timeline-items.html`.
    fn timeline_items(&self, items: &[timeline::TimelineItem]) -> Result<String, Diagnostic> {
        let mut context = Context::new();
        context.insert("items", items);
        self.tera.render("timeline-items.html", &context).map_err(|e| template_diagnostic(self.theme, &e))
    }

    fn page(
        &self,
        template: &str,
        meta: &Meta,
        key: &'static str,
        data: &dyn erased::Data,
    ) -> Result<String, Diagnostic> {
        let mut context = Context::new();
        context.insert("meta", meta);
        data.insert_into(&mut context, key);
        self.tera.render(template, &context).map_err(|e| template_diagnostic(self.theme, &e))
    }
}

/// What follows the title of a list's later pages (", page 2"); nothing on its first.
fn later_page(cx: &RenderContext, n: usize) -> String {
    if n > 1 { cx.t("later_page", [("n", n.into())]) } else { String::new() }
}

/// Lets the job table hand differently typed page data to one render function.
mod erased {
    use serde::Serialize;
    use tera::Context;

    pub trait Data {
        fn insert_into(&self, context: &mut Context, key: &'static str);
    }

    impl<T: Serialize> Data for T {
        fn insert_into(&self, context: &mut Context, key: &'static str) {
            context.insert(key, self);
        }
    }
}

/// Why a job gave no file.
enum Failed {
    /// The page could not be rendered (a template error).
    Render(Diagnostic),
    /// It was rendered, and writing it to this site path failed.
    Write(String, std::io::Error),
}
