//! Render: from the resolved [`Graph`] to the files of the site, in parallel.
//!
//! Each page kind has a builder that turns the graph into a plain context struct
//! (`party`, `event`, `lists`); tera lays it out with the theme's templates. Pages go to a
//! [`Sink`] as soon as they are rendered, so the whole site never sits in memory.

mod unwritten;
pub use unwritten::{RenderReport, Unwritten};
pub mod data;
pub mod event;
pub mod exports;
pub mod feed;
pub mod figures;
pub mod lists;
pub mod meta;
pub mod paging;
pub mod party;
pub mod party_lists;
pub mod relative;
pub mod search;
pub mod site;
pub mod theme;
pub mod timeline;
pub mod views;
pub mod visuals;

use std::cell::{Cell, RefCell};

use rayon::prelude::*;
use tera::{Context, Tera};

use crate::diagnostics::{Diagnostic, Span};
use crate::model::{Brief, Facts};
use crate::resolve::Graph;
use crate::routes::{self, Job, PartyList, Plan};
use crate::strings::Strings;
use crate::write::{Contents, Sink};
use meta::Meta;
use paging::{Layout, Period, WhoPart};
use party_lists::ListLength;
use site::site_view;
pub use site::{MenuItem, SiteView};
use theme::Theme;

thread_local! {
    /// The briefs read by the page being rendered on this thread, when someone is listening.
    static READS: RefCell<Option<Vec<usize>>> = const { RefCell::new(None) };
    /// Whether that page looked a name up (and so depends on every brief's names).
    static LOOKED_UP: Cell<bool> = const { Cell::new(false) };
}

/// Notes that the page being rendered looked a name up in the name index: what it shows
/// can change when any brief's names do, even a brief it found nothing of (a party added
/// with the name of a source's publisher).
pub(crate) fn note_name_lookup() {
    LOOKED_UP.with(|l| l.set(true));
}

/// Notes that the page being rendered shows something of brief `index`.
pub(crate) fn note_read(index: usize) {
    READS.with(|reads| {
        if let Some(reads) = reads.borrow_mut().as_mut() {
            reads.push(index);
        }
    });
}

/// Brief `index`, noted as read by the page being rendered. Page builders read other briefs
/// through this (or [`views::Ref::new`]), so that the preview server knows which pages to
/// render again when a brief changes.
pub(crate) fn read<'a>(graph: &'a Graph, index: usize) -> &'a Brief {
    note_read(index);
    &graph.site.briefs[index]
}

/// A rendered file, with the briefs its page showed something of (sorted, unique).
pub struct Rendered {
    pub path: String,
    pub bytes: Vec<u8>,
    pub reads: Vec<usize>,
    /// The page looked names up (see [`note_name_lookup`]).
    pub looked_up_names: bool,
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
    /// Links relative to each page (`build --relative`).
    relative: bool,
    /// How the long lists are split into pages.
    layout: Layout,
    /// Every file to render, as jobs.
    plan: Plan<'g>,
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
    pub fn new(graph: &'g Graph<'g>, theme: &'g Theme) -> Result<Renderer<'g>, Vec<Diagnostic>> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        // Before the templates, which tera checks against the functions it knows.
        Strings::embedded()?.install(&mut tera);
        tera.add_raw_templates(theme.templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| vec![template_diagnostic(theme, &e)])?;
        let site = site_view(graph, theme);
        tera.global_context().insert("site", &site);
        let site_signature = content_hash(&serde_json::to_vec(&site).unwrap_or_default());
        let relative = graph.site.config.build.relative;
        let layout = Layout::new(graph);
        let plan = Plan {
            briefs: &graph.site.briefs,
            tags: graph.tags.iter().map(|(slug, tag)| (slug.as_str(), paging::page_count(tag.briefs.len()))).collect(),
            party_lists: (0..graph.site.briefs.len())
                .map(|i| PartyList::ALL.map(|list| list.pages(graph, i)))
                .collect(),
            who: layout.who.iter().map(WhoPart::path).collect(),
            periods: layout.periods.iter().map(Period::path).collect(),
            statics: theme.statics.iter().map(|s| s.path.clone()).collect(),
        };
        Ok(Renderer { graph, theme, tera, site_signature, stylesheet: site.stylesheet, relative, layout, plan })
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
        let jobs = self.plan.jobs();
        let results: Vec<Result<(), Failed>> = jobs
            .par_iter()
            .map(|job| {
                let (path, bytes) = self.render(job).map_err(Failed::Render)?;
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

    /// Renders one job, noting which briefs the page read.
    pub fn render_traced(&self, job: &Job) -> Result<Rendered, Diagnostic> {
        READS.with(|reads| *reads.borrow_mut() = Some(Vec::new()));
        LOOKED_UP.with(|l| l.set(false));
        let result = self.render(job);
        let mut reads = READS.with(|reads| reads.borrow_mut().take()).unwrap_or_default();
        let looked_up_names = LOOKED_UP.with(Cell::take);
        reads.sort_unstable();
        reads.dedup();
        result.map(|(path, contents)| Rendered { path, bytes: contents.into_bytes(), reads, looked_up_names })
    }

    /// Renders one job to its output file path and contents.
    fn render(&self, job: &Job) -> Result<(String, Contents), Diagnostic> {
        let graph = self.graph;
        let path = self.plan.site_path(job);
        let html = |template: &str, meta: Meta, key: &'static str, data: &dyn erased::Data| {
            let mut text = self.page(template, &meta, key, data)?;
            if self.relative {
                text = relative::relativize(&text, &graph.names.base().path, &meta.site_path);
            }
            Ok((routes::output_file(&meta.site_path), text.into_bytes().into()))
        };
        match job {
            Job::Home => {
                let title = graph.site.home.as_ref().and_then(|h| h.title.clone()).unwrap_or_default();
                let description = graph.site.home.as_ref().and_then(|h| h.summary.clone());
                let meta = Meta::new(graph, &path, &title, description.as_deref(), "home");
                html("index.html", meta, "home", &lists::home(graph))
            }
            Job::Parties => {
                let meta = Meta::new(
                    graph,
                    &path,
                    "Who’s who",
                    Some("Every party in this explainer, grouped by kind."),
                    "parties",
                );
                html("parties.html", meta, "parties", &lists::parties(graph, &self.layout))
            }
            Job::WhoPart(n) => {
                let data = lists::who_part(graph, &self.layout, *n);
                let label = data.part.clone().unwrap_or_default();
                let description = format!("Who’s who: {label}.");
                let meta = Meta::new(graph, &path, &format!("Who’s who: {label}"), Some(&description), "parties");
                html("parties.html", meta, "parties", &data)
            }
            Job::Timeline => {
                let meta =
                    Meta::new(graph, &path, "Timeline", Some("Every event in this explainer, in order."), "events");
                let timeline = timeline::timeline(graph, &self.layout, |items| self.timeline_items(items))?;
                html("events.html", meta, "timeline", &timeline)
            }
            Job::Period(n) => {
                let timeline = timeline::period(graph, &self.layout, *n, |items| self.timeline_items(items))?;
                let label = timeline.period.clone().unwrap_or_default();
                let description = format!("The events of {label}, in order.");
                let meta = Meta::new(graph, &path, &format!("Timeline: {label}"), Some(&description), "events");
                html("events.html", meta, "timeline", &timeline)
            }
            Job::Tags => {
                let meta = Meta::new(graph, &path, "Tags", Some("Briefs by topic."), "tags");
                html("tags.html", meta, "tags", &lists::tags(graph))
            }
            Job::Tag(slug, n) => {
                let data = lists::tag(graph, slug, *n);
                let page = if *n > 1 { format!(", page {n}") } else { String::new() };
                let description = format!("Briefs tagged “{}”{page}.", data.name);
                let meta = Meta::new(graph, &path, &format!("Tag: {}{page}", data.name), Some(&description), "tags");
                html("tag.html", meta, "tag", &data)
            }
            Job::PartyList(i, list, n) => {
                let data = party_lists::build(graph, *i, *list, *n);
                let page = if *n > 1 { format!(", page {n}") } else { String::new() };
                let title = format!("{}{page}", data.heading);
                let description = format!("{}: all {} of them.", data.heading, data.count);
                let meta = Meta::new(graph, &path, &title, Some(&description), "parties");
                html("party-list.html", meta, "party_list", &data)
            }
            Job::Brief(i) => {
                let brief = &graph.site.briefs[*i];
                match &brief.facts {
                    Facts::Party(p) => html(
                        "party.html",
                        Meta::for_brief(graph, *i, &path, "parties"),
                        "party",
                        &party::build(graph, *i, p),
                    ),
                    Facts::Event(e) => html(
                        "event.html",
                        Meta::for_brief(graph, *i, &path, "events"),
                        "event",
                        &event::build(graph, *i, e),
                    ),
                    Facts::Page(_) => {
                        html("page.html", Meta::for_brief(graph, *i, &path, &brief.id), "page", &lists::page(graph, *i))
                    }
                }
            }
            Job::NotFound => {
                let meta = Meta::new(graph, &path, "Page not found", None, "");
                html("404.html", meta, "not_found", &())
            }
            Job::Search => {
                let meta = Meta::new(
                    graph,
                    &path,
                    "Search",
                    Some("Find a party, an event or a page of this explainer by name, place or topic."),
                    "search",
                );
                html("search.html", meta, "search", &())
            }
            Job::SearchIndex => Ok((path, search::index(graph, self.relative))),
            Job::SiteJson => Ok((path, data::site_json(graph))),
            Job::TimelineJson => Ok((path, exports::timeline_json(graph))),
            Job::GraphJson => Ok((path, exports::graph_json(graph))),
            Job::Feed => Ok((path, feed::atom(graph).into())),
            Job::Sitemap => Ok((path, data::sitemap(graph, &self.plan.sitemap_pages()).into())),
            Job::Robots => Ok((path, data::robots(graph).into())),
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
