//! briefing: Markdown briefs about parties and events, compiled into a cross-linked explainer.
//!
//! The pipeline runs one way: [`load`] reads `content/` into a [`load::Site`], [`resolve`]
//! binds every reference and derives the cross-links into a [`resolve::Graph`], [`render`]
//! lays out each page with the theme, and [`write`] swaps the finished site into place.
//! `build` below strings them together; `check` runs the same stages, writes nothing and
//! adds the editorial warnings of [`check`]. The CLI in `main.rs` only parses arguments.

pub mod check;
pub mod config;
pub mod diagnostics;
pub mod geo;
pub mod history;
pub mod load;
pub mod markdown;
pub mod model;
pub mod render;
pub mod resolve;
pub mod routes;
pub mod scaffold;
pub mod serve;
pub mod strings;
pub mod translate;
pub mod write;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use config::Config;
use diagnostics::{Diagnostic, Severity};
use load::Site;
use model::Day;
use render::theme::Theme;
use resolve::{Graph, ResolveCache};

/// What `build` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Overrides `[build] output`; a relative path is taken from the current folder, as
    /// command-line paths are (the configured `output` is relative to `root`).
    pub output: Option<PathBuf>,
    /// Overrides `base_url`.
    pub base_url: Option<String>,
    /// Includes drafts, whatever the configuration says.
    pub drafts: bool,
    /// Writes every internal link relative to its page (`build --relative`).
    pub relative: bool,
    /// Builds the site as it stood on this day (`build --as-of 2020-10-02`), `YYYY-MM-DD`.
    pub as_of: Option<String>,
}

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    pub output: PathBuf,
    pub briefs: usize,
    /// The files of `content/` read: briefs, drafts, translations, the home page.
    pub read: usize,
    /// Every file the build made (pages, exports, static files).
    pub files: usize,
    /// Of those, the ones left alone, and the earlier output's files no longer made.
    pub written: write::Written,
    /// Warnings that did not stop the build.
    pub warnings: Vec<Diagnostic>,
    pub timings: Timings,
}

/// What `check` was asked to do.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub root: PathBuf,
    /// Reports warnings as errors.
    pub strict: bool,
    /// The day dates are compared with ("a date in the future").
    pub today: Day,
    /// Lists every automatic link and the names held back (`check --autolinks`); left out
    /// otherwise, since nobody reads them.
    pub autolinks: bool,
}

/// What `check` found: every error and warning, in file order.
#[derive(Debug)]
pub struct CheckReport {
    /// Briefs checked, including those that could not be read.
    pub briefs: usize,
    pub diagnostics: Vec<Diagnostic>,
    /// Every link autolink made, for `check --autolinks`; empty when the site has errors.
    pub autolinks: Vec<check::autolinks::Autolink>,
    /// Party names autolink does not look for because each is a common word.
    pub held_back: Vec<check::autolinks::Autolink>,
    /// Warnings left out because `[check] allow` in briefing.toml accepts their code, with
    /// how many of each, in code order.
    pub silenced: Vec<(&'static str, usize)>,
}

impl CheckReport {
    pub fn has_errors(&self) -> bool {
        diagnostics::has_errors(&self.diagnostics)
    }
}

/// Where a build spent its time.
#[derive(Debug, Default, Clone, Copy)]
pub struct Timings {
    pub load: Duration,
    pub resolve: Duration,
    pub render: Duration,
    pub write: Duration,
}

impl Timings {
    /// "load 12.0 ms, resolve 3.1 ms, render 40.2 ms, write 1.0 ms". Rendering and writing
    /// overlap (each page is written as soon as it is rendered); `write` is the threads'
    /// time in the output folder shared out over the threads, plus the swap.
    pub fn breakdown(&self) -> String {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        format!(
            "load {:.1} ms, resolve {:.1} ms, render {:.1} ms, write {:.1} ms",
            ms(self.load),
            ms(self.resolve),
            ms(self.render),
            ms(self.write)
        )
    }
}

/// Why a build did not happen.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The content has errors; every one of them is here.
    #[error("the site has errors")]
    Content(Vec<Diagnostic>),
    /// The command cannot run as asked (no site there, unusable output folder, I/O).
    #[error("{0}")]
    Usage(String),
}

impl BuildError {
    /// The exit status SPEC section 5 gives this failure.
    pub fn exit_code(&self) -> i32 {
        match self {
            BuildError::Content(_) => 1,
            BuildError::Usage(_) => 2,
        }
    }
}

/// Reads `briefing.toml` with command-line overrides applied.
pub fn configure(options: &BuildOptions) -> Result<Config, BuildError> {
    let mut config = Config::load(&options.root).map_err(BuildError::Content)?;
    if let Some(url) = &options.base_url {
        config::BaseUrl::check(url).map_err(|problem| {
            BuildError::Usage(format!("--base-url `{}` {}; {}", url.escape_debug(), problem.what, problem.help))
        })?;
        config.base_url = url.clone();
    }
    config.build.drafts |= options.drafts;
    config.build.relative = options.relative;
    if let Some(text) = &options.as_of {
        config.build.as_of = Some(as_of_day(text)?);
    }
    Ok(config)
}

/// The day of `--as-of`: one calendar day, as a date in front-matter is written.
fn as_of_day(text: &str) -> Result<model::Date, BuildError> {
    let usage = |why: &str| {
        BuildError::Usage(format!(
            "--as-of `{}` {why}; give the day the site should show, as YYYY-MM-DD (2020-10-02)",
            text.escape_debug()
        ))
    };
    match model::Date::parse(text.trim()) {
        Ok(date)
            if date.precision() == model::Precision::Day
                && !date.is_qualified()
                && date.earliest() == date.latest() =>
        {
            Ok(date)
        }
        Ok(_) => Err(usage("is not a single day")),
        Err(e) => Err(usage(&format!("is not a date ({e})"))),
    }
}

/// The output folder a build writes to.
pub fn output_dir(options: &BuildOptions, config: &Config) -> PathBuf {
    match &options.output {
        Some(out) if out.is_absolute() => out.clone(),
        Some(out) => std::env::current_dir().map(|d| d.join(out)).unwrap_or_else(|_| out.clone()),
        None => options.root.join(&config.build.output),
    }
}

/// Loads and resolves the site, then hands the graph and every diagnostic so far (sorted)
/// to `then`. The graph borrows the loaded site, so what comes next happens inside.
fn with_graph<T>(
    root: &Path,
    config: Config,
    theme: &Theme,
    timings: &mut Timings,
    then: impl FnOnce(&Graph, Vec<Diagnostic>) -> Result<T, BuildError>,
) -> Result<T, BuildError> {
    let started = Instant::now();
    let drafts = config.build.drafts;
    let wanted = config.build.history;
    // The repository is read on a thread of its own while the files load: neither waits.
    let (loaded, history) = std::thread::scope(|scope| {
        let history = scope.spawn(|| if wanted { history::History::read(root).map(Arc::new) } else { None });
        (load::load(root, config, drafts), history.join().unwrap_or(None))
    });
    let (mut site, mut found) = loaded.map_err(|e| BuildError::Usage(e.to_string()))?;
    attach_history(&mut site, history, &mut found);
    timings.load = started.elapsed();

    let started = Instant::now();
    let (graph, diagnostics) = resolve_site(&site, theme, &ResolveCache::default(), found);
    timings.resolve = started.elapsed();
    then(&graph, diagnostics)
}

/// Gives `site` its git history, and says so once when the repository is a shallow clone,
/// whose histories would start where the clone was cut.
pub fn attach_history(site: &mut load::Site, history: Option<Arc<history::History>>, found: &mut Vec<Diagnostic>) {
    if history.as_ref().is_some_and(|h| h.shallow) {
        found.push(
            Diagnostic::warning(
                "shallow-history",
                "the site's git repository is a shallow clone: the pages show no history of changes",
            )
            .help("fetch the whole history (`git fetch --unshallow`, or `fetch-depth: 0` in a CI checkout) to show each brief's changes"),
        );
    }
    site.history = history;
}

/// The one step from a loaded site to its graph, which `build`, `check` and the preview all
/// take (the preview with the cache it keeps between rebuilds), so that a step added to the
/// pipeline is in each of them. Resolves `site` against the pages the theme adds to it and
/// returns every diagnostic so far, sorted: `found` (what loading reported), then resolve's,
/// then the theme's warnings.
pub fn resolve_site<'s>(
    site: &'s Site,
    theme: &Theme,
    cache: &ResolveCache,
    mut found: Vec<Diagnostic>,
) -> (Graph<'s>, Vec<Diagnostic>) {
    let (graph, resolved) = resolve::resolve_with(
        site,
        routes::linkable(&site.briefs, theme.statics.iter().map(|s| s.path.as_str())),
        cache,
    );
    found.extend(resolved);
    found.extend(theme.warnings.iter().cloned());
    // What does not fit in each translation (more claims than the original has) is
    // reported with everything else, before any language is rendered.
    if site.translated_into.is_none() && !site.translations.is_empty() {
        for code in site.config.language_codes().skip(1) {
            found.extend(load::translation::in_language(site, code).1);
        }
    }
    diagnostics::sort(&mut found);
    (graph, found)
}

/// Renders every page of `graph` in the language `index` of `tongues` into `sink`; returns
/// what rendering reported (errors included).
fn render_into(
    graph: &Graph,
    theme: &Theme,
    tongues: &Tongues,
    index: usize,
    sink: &dyn write::Sink,
) -> render::RenderReport {
    match render::Renderer::new(graph, theme, tongues.tongue(index)) {
        Ok(renderer) => renderer.render_all(sink),
        Err(diagnostics) => render::RenderReport { diagnostics, unwritten: Vec::new() },
    }
}

/// Renders the site of `graph` (the default language's) in each of its other languages into
/// `sink`, under each one's prefix (with `only`, those languages whole and the others' search
/// index alone); what they reported (a translation whose links lead
/// nowhere is not rendered, and its errors are here).
pub fn render_translations(
    graph: &Graph,
    theme: &Theme,
    tongues: &Tongues,
    only: Option<&std::collections::HashSet<String>>,
    sink: &dyn write::Sink,
) -> Result<render::RenderReport, BuildError> {
    let mut all = render::RenderReport { diagnostics: Vec::new(), unwritten: Vec::new() };
    each_other_language(graph, theme, tongues, |index, translated, found| {
        if diagnostics::has_errors(&found) {
            all.diagnostics.extend(found);
            return Ok(());
        }
        let whole = only.is_none_or(|only| only.contains(&tongues.languages.codes()[index]));
        let report = if whole {
            render_into(translated, theme, tongues, index, sink)
        } else {
            // Only its search index, which finds each brief by its names in every language.
            match render::Renderer::new(translated, theme, tongues.tongue(index)) {
                Ok(renderer) => renderer.render_jobs(&[routes::Job::SearchIndex], sink),
                Err(diagnostics) => render::RenderReport { diagnostics, unwritten: Vec::new() },
            }
        };
        all.diagnostics.extend(report.diagnostics);
        all.unwritten.extend(report.unwritten);
        Ok(())
    })?;
    Ok(all)
}

/// The site's languages, each with its words.
pub struct Tongues {
    pub languages: render::languages::Languages,
    pub strings: Vec<Arc<strings::Strings>>,
    /// Strings a language's catalogue lacks (shown in the default language), for `check`.
    pub warnings: Vec<Diagnostic>,
}

impl Tongues {
    /// The words of every language of `site`: the built-in catalogue of each, under the
    /// site's own `strings/<code>.ftl` when it has one.
    pub fn of(site: &Site, theme: &Theme) -> Result<Tongues, BuildError> {
        let languages = render::languages::Languages::of(site);
        let (mut strings, mut warnings, mut errors) = (Vec::new(), Vec::new(), Vec::new());
        for code in languages.codes() {
            let own = own_strings(&site.root, code).map_err(BuildError::Usage)?;
            let style = site.config.language_settings(code).dates;
            if code == "en" && own.is_none() && style == config::DateStyle::Long {
                strings.push(Arc::clone(&theme.strings));
                continue;
            }
            let own = own.as_ref().map(|(origin, text)| (origin.as_str(), text.as_str()));
            match strings::Strings::for_language(code, own) {
                Ok((made, lacking)) => {
                    strings.push(Arc::new(made.with_date_style(site.config.language_settings(code).dates)));
                    warnings.extend(lacking);
                }
                Err(problems) => errors.extend(problems),
            }
        }
        if !errors.is_empty() {
            return Err(BuildError::Content(errors));
        }
        Ok(Tongues { languages, strings, warnings })
    }

    /// The language `index` as a render sees it.
    pub fn tongue(&self, index: usize) -> render::languages::Tongue<'_> {
        render::languages::Tongue { strings: &self.strings[index], languages: &self.languages, index }
    }
}

/// The site's own catalogue for `code`, `strings/<code>.ftl`, with how diagnostics name it.
fn own_strings(root: &Path, code: &str) -> Result<Option<(String, String)>, String> {
    let shown = format!("strings/{code}.ftl");
    let path = root.join(&shown);
    if !path.exists() {
        return Ok(None);
    }
    let bytes = load::within::read_in_site(root, &shown).map_err(|why| format!("cannot read `{shown}`: {why}"))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("`{shown}` is not UTF-8 text"))?;
    Ok(Some((shown, text)))
}

/// Resolves the site in each language after the default (`graph` is the default's) and hands
/// each graph to `then` with the language's index and what its translations reported: their
/// own problems (a body link that leads nowhere), not the original's again.
fn each_other_language(
    graph: &Graph,
    theme: &Theme,
    tongues: &Tongues,
    mut then: impl FnMut(usize, &Graph, Vec<Diagnostic>) -> Result<(), BuildError>,
) -> Result<(), BuildError> {
    for (index, code) in tongues.languages.codes().iter().enumerate().skip(1) {
        // What `in_language` reports was reported with the default language's problems.
        let (site, _) = load::translation::in_language(graph.site, code);
        let (translated, resolved) = resolve_site(&site, theme, &ResolveCache::default(), Vec::new());
        let suffix = format!(".{code}.md");
        let mut found = Vec::new();
        found.extend(resolved.into_iter().filter(|d| d.span.as_ref().is_some_and(|s| s.file.ends_with(&suffix))));
        diagnostics::sort(&mut found);
        then(index, &translated, found)?;
    }
    Ok(())
}

/// Builds the site at `options.root` into its output folder.
pub fn build(options: &BuildOptions) -> Result<BuildReport, BuildError> {
    if let Some(problem) = not_a_site(&options.root) {
        return Err(BuildError::Usage(problem));
    }
    let config = configure(options)?;
    // From here on the output is the folder the checks found, not the path as given.
    let output = write::check_output(&options.root, &output_dir(options, &config))
        .map_err(|e| BuildError::Usage(e.with_help()))?;
    let theme = Theme::load(&options.root, &config.theme)
        .and_then(|t| t.with_basemap(&options.root, &config.map))
        .map_err(BuildError::Content)?;
    let mut timings = Timings::default();
    let (briefs, read, files, written, warnings, render_time, write_time) =
        with_graph(&options.root, config, &theme, &mut timings, |graph, mut diagnostics| {
            if diagnostics::has_errors(&diagnostics) {
                return Err(BuildError::Content(diagnostics));
            }
            // Preparing the staging folder (waiting for another build's lock, listing the
            // earlier output) is writing's share of the time, not rendering's.
            let started = Instant::now();
            let staging = write::Staging::new(&output).map_err(|e| BuildError::Usage(e.with_help()))?;
            let prepare_time = started.elapsed();
            let started = Instant::now();
            let counter = CountingSink {
                inner: &staging,
                count: std::sync::atomic::AtomicUsize::new(0),
                busy_nanos: std::sync::atomic::AtomicU64::new(0),
            };
            let tongues = Tongues::of(graph.site, &theme)?;
            let render::RenderReport { diagnostics: mut render_diagnostics, mut unwritten } =
                render_into(graph, &theme, &tongues, 0, &counter);
            let others = render_translations(graph, &theme, &tongues, None, &counter)?;
            render_diagnostics.extend(others.diagnostics);
            unwritten.extend(others.unwritten);
            // Pages are written as they are rendered, on every thread at once: the threads'
            // time inside the sink, shared out over the threads, is writing's part of it.
            let (render_time, put_time) = counter.split(started.elapsed(), rayon::current_num_threads());
            // Files that could not be written are an I/O failure (exit 2), not the content's.
            if !unwritten.is_empty() {
                let shown: Vec<String> = unwritten.iter().map(ToString::to_string).collect();
                return Err(BuildError::Usage(shown.join("\nerror: ")));
            }
            if diagnostics::has_errors(&render_diagnostics) {
                return Err(BuildError::Content(render_diagnostics));
            }

            let started = Instant::now();
            let files = counter.count.into_inner();
            let written = staging.commit().map_err(|e| {
                BuildError::Usage(format!("cannot move the new site into `{}`: {e}", write::shown(&output).display()))
            })?;
            diagnostics.extend(render_diagnostics);
            let site = graph.site;
            let read = site.briefs.len()
                + site.failed.len()
                + site.drafts.len()
                + site.translations.len()
                + usize::from(site.home.is_some());
            let write_time = prepare_time + put_time + started.elapsed();
            Ok((site.briefs.len(), read, files, written, diagnostics, render_time, write_time))
        })?;
    timings.render = render_time;
    timings.write = write_time;
    Ok(BuildReport { output, briefs, read, files, written, warnings, timings })
}

/// Checks the site at `options.root` as `build` would, plus the editorial warnings of
/// [`check::lint`], and writes nothing: pages are rendered into a sink that drops them, so
/// template errors are found too. Content errors are in the report, not an `Err`; `Err` is
/// for a site that cannot be read at all (its configuration or theme included).
pub fn check(options: &CheckOptions) -> Result<CheckReport, BuildError> {
    if let Some(problem) = not_a_site(&options.root) {
        return Err(BuildError::Usage(problem));
    }
    let config = configure(&BuildOptions { root: options.root.clone(), ..BuildOptions::default() })?;
    let allowed = check::allowed(&config.check.allow).map_err(BuildError::Content)?;
    let theme = Theme::load(&options.root, &config.theme)
        .and_then(|t| t.with_basemap(&options.root, &config.map))
        .map_err(BuildError::Content)?;
    let mut report = with_graph(&options.root, config, &theme, &mut Timings::default(), |graph, mut diagnostics| {
        let mut warnings = check::lint(graph, options.today);
        check::drop_unreliable(&mut warnings, &diagnostics);
        let silenced = check::silence(&mut warnings, &allowed);
        // A graph with errors is never rendered: stand-ins for what was wrong are not pages.
        if !diagnostics::has_errors(&diagnostics) {
            match Tongues::of(graph.site, &theme) {
                Ok(tongues) => {
                    let mut lacking = tongues.warnings.clone();
                    check::silence(&mut lacking, &allowed);
                    diagnostics.extend(lacking);
                    // `Discard` takes every file, so nothing is ever unwritten here.
                    diagnostics.extend(render_into(graph, &theme, &tongues, 0, &write::Discard).diagnostics);
                    each_other_language(graph, &theme, &tongues, |index, translated, found| {
                        let errors = diagnostics::has_errors(&found);
                        diagnostics.extend(found);
                        if !errors {
                            diagnostics
                                .extend(render_into(translated, &theme, &tongues, index, &write::Discard).diagnostics);
                        }
                        Ok(())
                    })?;
                }
                Err(BuildError::Content(problems)) => diagnostics.extend(problems),
                Err(other) => return Err(other),
            }
        }
        diagnostics.extend(warnings);
        diagnostics::sort(&mut diagnostics);
        let (autolinks, held_back) = if !options.autolinks || diagnostics::has_errors(&diagnostics) {
            (Vec::new(), Vec::new())
        } else {
            (check::autolinks::list(graph), check::autolinks::held_back(graph))
        };
        let briefs = graph.site.briefs.len() + graph.site.failed.len();
        Ok(CheckReport { briefs, diagnostics, autolinks, held_back, silenced })
    })?;
    if options.strict {
        for d in &mut report.diagnostics {
            d.severity = Severity::Error;
        }
    }
    Ok(report)
}

/// Counts what goes through to another sink, and the time threads spend handing it on.
struct CountingSink<'a> {
    inner: &'a dyn write::Sink,
    count: std::sync::atomic::AtomicUsize,
    busy_nanos: std::sync::atomic::AtomicU64,
}

impl CountingSink<'_> {
    /// `elapsed` (rendering and writing together) as (rendering, writing): the writing share
    /// is the threads' summed time in `put` over the number of threads, never more than all.
    fn split(&self, elapsed: Duration, threads: usize) -> (Duration, Duration) {
        let busy = Duration::from_nanos(self.busy_nanos.load(std::sync::atomic::Ordering::Relaxed));
        let writing = (busy / threads.max(1) as u32).min(elapsed);
        (elapsed - writing, writing)
    }
}

impl write::Sink for CountingSink<'_> {
    fn put(&self, path: &str, contents: write::Contents) -> std::io::Result<()> {
        self.count.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let started = Instant::now();
        let result = self.inner.put(path, contents);
        let nanos = u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.busy_nanos.fetch_add(nanos, std::sync::atomic::Ordering::Relaxed);
        result
    }
}

/// Whether `root` looks like a site (has `content/`).
pub fn is_site(root: &Path) -> bool {
    root.join(load::CONTENT_DIR).is_dir()
}

/// Why `root` cannot be read as a site, in words with a help line, or `None` when it can:
/// the folder is missing, or has no `content/`. Every command that reads a site says it so.
pub fn not_a_site(root: &Path) -> Option<String> {
    let shown = root.display();
    if !root.exists() {
        return Some(format!(
            "the site folder `{shown}` does not exist\n  = help: check the path given with --root, or make a new site there with `briefing init {shown}`"
        ));
    }
    if !root.is_dir() {
        return Some(format!("`{shown}` is a file, not a site folder\n  = help: give the site's folder with --root"));
    }
    (!is_site(root)).then(|| {
        format!(
            "`{shown}` is not a briefing site: it has no `content/` folder\n  = help: run briefing in your site's folder, pass its folder with --root, or start a site with `briefing init <folder>`"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writing_gets_the_time_the_threads_spent_in_the_sink() {
        let counter = CountingSink {
            inner: &write::Discard,
            count: std::sync::atomic::AtomicUsize::new(0),
            busy_nanos: std::sync::atomic::AtomicU64::new(4_000_000_000),
        };
        let (render, write) = counter.split(Duration::from_secs(3), 2);
        assert_eq!((render, write), (Duration::from_secs(1), Duration::from_secs(2)));
        // Never more than the whole, however the threads were counted.
        assert_eq!(counter.split(Duration::from_secs(1), 1), (Duration::ZERO, Duration::from_secs(1)));
    }
}
