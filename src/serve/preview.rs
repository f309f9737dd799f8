//! The preview's site, kept in memory and brought up to date edit by edit.
//!
//! A rebuild re-reads only the files that changed, resolves again (reusing every body whose
//! brief and names are unchanged), and renders only the pages whose output can differ: the
//! changed briefs, every page that showed something of them (as noted while it rendered),
//! every page whose derived links or body changed and every page that read derived links
//! that changed, the tag pages they are filed under, and the site-wide lists and exports. A template, static file or configuration change renders
//! everything. When the content has errors the last good pages stay in place.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use rayon::prelude::*;

use crate::config::Config;
use crate::diagnostics::{self, Diagnostic};
use crate::load::{self, Found, Loaded};
use crate::markdown::Body;
use crate::model::Brief;
use crate::render::context::Reads;
use crate::render::theme::Theme;
use crate::render::{Rendered, Renderer};
use crate::resolve::{Graph, ResolveCache};
use crate::routes::{self, Job};
use crate::serve::output::Output;
use crate::{BuildError, BuildOptions, Timings};

mod dirty;
mod reads;
mod signature;
use reads::ReadIds;
use signature::Signature;

/// What the watcher saw change since the last rebuild.
#[derive(Debug, Default, Clone)]
pub struct Changes {
    /// Files (or folders) under `content/`.
    pub content: Vec<PathBuf>,
    /// Templates, themes, static files or the configuration changed: render everything.
    pub everything: bool,
    /// Only stylesheets changed among the non-content files.
    pub styles_only: bool,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.content.is_empty() && !self.everything
    }
}

/// What a rebuild did.
#[derive(Debug)]
pub enum Outcome {
    /// New pages are in place.
    /// `published`: the browsers were already told to reload, once the edited briefs' own
    /// pages were in place.
    Rendered { pages: usize, removed: usize, warnings: Vec<Diagnostic>, timings: Timings, published: bool },
    /// The content has errors; the previous pages stay.
    Failed(Vec<Diagnostic>),
}

/// One file under `content/` as last read.
struct Entry {
    loaded: Loaded,
    diagnostics: Vec<Diagnostic>,
    stamp: Stamp,
}

/// When a file was last changed, and its size: a cheap test for "changed since read".
type Stamp = Option<(SystemTime, u64)>;

fn stamp(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

/// A rendered job with what its page read.
type PageReads = (Job, Reads);

/// What the last good render showed of one brief.
struct Shown {
    /// The brief as last rendered: while a rebuild holds the very same one, its file, path
    /// and front-matter are unchanged.
    brief: Arc<Brief>,
    /// Its page's output file.
    file: String,
    signature: Signature,
    body: Arc<Body>,
    /// What its page and party lists read of other briefs.
    reads: ReadIds,
}

/// The state of the last good render, to compare the next one with.
#[derive(Default)]
struct Last {
    /// `None` until something was rendered, and after a theme or configuration change.
    site_signature: Option<u64>,
    /// The names' fingerprint the pages were rendered with.
    names: Option<u64>,
    briefs: HashMap<String, Shown>,
    /// Tag slug to a hash of the ids filed under it.
    tags: BTreeMap<String, u64>,
    /// The files of the pages long lists were split into.
    paged: HashSet<String>,
}

/// What every page of a render shows of the site.
struct SiteShown {
    signature: u64,
    stylesheet: String,
    /// The files of the pages long lists are split into, this time.
    paged: HashSet<String>,
}

/// The preview's site.
pub struct Preview {
    options: BuildOptions,
    config: Config,
    theme: Theme,
    /// Problems of the configuration or theme, which block every rebuild until mended.
    setup_errors: Vec<Diagnostic>,
    files: BTreeMap<PathBuf, Entry>,
    walk_diagnostics: Vec<Diagnostic>,
    cache: ResolveCache,
    last: Last,
    /// Ids whose files changed since the last good render.
    pending: HashSet<String>,
    /// The home page intro (`content/_index.md`) changed since the last good render.
    home_changed: bool,
    /// A translation changed since the last good render.
    translations_changed: bool,
    /// The languages whose translations changed since the last good render.
    changed_languages: HashSet<String>,
    /// An original (a brief, the home page, the configuration) changed since then: every
    /// language shows it.
    originals_changed: bool,
    /// The files of each language after the default, by its code, as last rendered.
    translated_files: HashMap<String, HashSet<String>>,
    /// The site's git history, read once when the preview opens: commits made while it
    /// runs show after a restart.
    history: Option<Arc<crate::history::History>>,
    output: Arc<Output>,
}

impl Preview {
    /// Reads the whole site. Content errors do not stop the preview; `rebuild` reports them.
    /// That `options.root` is a site is for the caller to check ([`crate::not_a_site`], as
    /// `serve` does first); a folder without `content/` opens with that error to report.
    pub fn open(options: BuildOptions, output: Arc<Output>) -> Result<Preview, BuildError> {
        let mut preview = Preview {
            options,
            config: Config::default(),
            theme: Theme::embedded(),
            setup_errors: Vec::new(),
            files: BTreeMap::new(),
            walk_diagnostics: Vec::new(),
            cache: ResolveCache::default(),
            last: Last::default(),
            pending: HashSet::new(),
            home_changed: false,
            translations_changed: false,
            changed_languages: HashSet::new(),
            originals_changed: true,
            translated_files: HashMap::new(),
            history: None,
            output,
        };
        preview.history = crate::history::History::read(&preview.options.root).map(Arc::new);
        preview.reload_setup();
        preview.rescan();
        Ok(preview)
    }

    /// Reads the configuration and the theme again.
    fn reload_setup(&mut self) {
        self.setup_errors.clear();
        // The configuration and the theme are every language's.
        self.originals_changed = true;
        match crate::configure(&self.options) {
            Ok(config) => self.config = config,
            Err(BuildError::Content(d)) => self.setup_errors.extend(d),
            Err(BuildError::Usage(m)) => self.setup_errors.push(Diagnostic::error("config", m)),
        }
        match Theme::load(&self.options.root, &self.config.theme)
            .and_then(|t| t.with_basemap(&self.options.root, &self.config.map))
        {
            Ok(theme) => self.theme = theme,
            Err(d) => self.setup_errors.extend(d),
        }
        self.last = Last::default();
    }

    /// Walks `content/` again and reads every file that is new or changed since it was read.
    fn rescan(&mut self) {
        self.originals_changed = true;
        let (found, diagnostics) = match load::walk_content(&self.options.root) {
            Ok(walked) => walked,
            Err(e) => (Vec::new(), vec![Diagnostic::error("no-content", e.to_string())]),
        };
        self.walk_diagnostics = diagnostics;
        let on_disk: HashSet<&Path> = found.iter().map(|f| f.path.as_path()).collect();
        let gone: Vec<PathBuf> = self.files.keys().filter(|p| !on_disk.contains(p.as_path())).cloned().collect();
        for path in gone {
            self.forget(&path);
        }
        let stale: Vec<&Found> =
            found.iter().filter(|f| self.files.get(&f.path).is_none_or(|e| e.stamp != stamp(&f.path))).collect();
        let read: Vec<(PathBuf, Entry)> = stale.par_iter().map(|f| (f.path.clone(), read_entry(f))).collect();
        for (path, entry) in read {
            self.store(path, entry);
        }
    }

    fn forget(&mut self, path: &Path) {
        if let Some(old) = self.files.remove(path) {
            self.note_change(&old.loaded);
            // A translation gone takes its alternates off every language's pages.
            self.originals_changed |= matches!(old.loaded, Loaded::Translation(_));
        }
    }

    fn store(&mut self, path: PathBuf, entry: Entry) {
        self.note_change(&entry.loaded);
        let new_translation = matches!(entry.loaded, Loaded::Translation(_));
        let old = self.files.insert(path, entry);
        if let Some(old) = &old {
            self.note_change(&old.loaded);
        }
        // A translation that was not there before adds alternates to every language's pages.
        if new_translation && !old.is_some_and(|old| matches!(old.loaded, Loaded::Translation(_))) {
            self.originals_changed = true;
        }
    }

    fn note_change(&mut self, loaded: &Loaded) {
        match loaded {
            Loaded::Brief(brief) => {
                self.pending.insert(brief.id.clone());
                self.originals_changed = true;
            }
            Loaded::Failed(id, _) => {
                self.pending.insert(id.clone());
                self.originals_changed = true;
            }
            Loaded::Home(_) => {
                self.home_changed = true;
                self.originals_changed = true;
            }
            Loaded::Translation(t) => {
                self.pending.insert(t.id.clone());
                self.translations_changed = true;
                self.changed_languages.insert(t.lang.clone());
            }
            // A file that yielded nothing showed nothing.
            Loaded::Nothing => {}
        }
    }

    /// Takes in what changed on disk.
    pub fn take(&mut self, changes: &Changes) {
        if changes.everything {
            self.reload_setup();
        }
        let content = self.options.root.join(load::CONTENT_DIR);
        let mut rescan = changes.everything;
        for path in &changes.content {
            let ignored = path
                .strip_prefix(&content)
                .map(|rel| rel.components().any(|c| load::is_ignored(&c.as_os_str().to_string_lossy())))
                .unwrap_or(true);
            if ignored {
                continue;
            }
            if path.is_dir() || (!path.exists() && self.files.keys().any(|p| p.starts_with(path) && p != path)) {
                rescan = true;
            } else if load::is_markdown(path) {
                if path.is_file() {
                    match load::classify(&self.options.root, path) {
                        Ok(found) => {
                            let entry = read_entry(&found);
                            self.store(found.path, entry);
                        }
                        // A misplaced file: the walk reports it.
                        Err(_) => rescan = true,
                    }
                } else if self.files.contains_key(path) {
                    self.forget(path);
                } else {
                    // Never read (misplaced, say): the walk knows what to report now.
                    rescan = true;
                }
            }
        }
        if rescan {
            self.rescan();
        }
    }

    /// Renders what the changes since the last good render touched.
    pub fn rebuild(&mut self) -> Outcome {
        if !self.setup_errors.is_empty() {
            let mut errors = self.setup_errors.clone();
            diagnostics::sort(&mut errors);
            return Outcome::Failed(errors);
        }
        let mut timings = Timings::default();
        let started = Instant::now();
        let results = self.files.values().map(|e| (&e.loaded, e.diagnostics.as_slice()));
        let (mut site, mut found) =
            load::assemble(&self.options.root, self.config.clone(), self.config.build.drafts, results);
        found.extend(self.walk_diagnostics.iter().cloned());
        let history = if self.config.build.history { self.history.clone() } else { None };
        crate::attach_history(&mut site, history, &mut found);
        timings.load = started.elapsed();
        let started = Instant::now();
        let (graph, found) = crate::resolve_site(&site, &self.theme, &self.cache, found);
        timings.resolve = started.elapsed();
        if diagnostics::has_errors(&found) {
            return Outcome::Failed(found);
        }
        let tongues = match crate::Tongues::of(&site, &self.theme) {
            Ok(tongues) => tongues,
            Err(crate::BuildError::Content(d)) => return Outcome::Failed(d),
            Err(crate::BuildError::Usage(message)) => {
                return Outcome::Failed(vec![Diagnostic::error("strings", message)]);
            }
        };
        let renderer = match Renderer::new(&graph, &self.theme, tongues.tongue(0)) {
            Ok(r) => r,
            Err(d) => return Outcome::Failed(d),
        };
        let started = Instant::now();
        let everything = self.last.site_signature != Some(renderer.site_signature());
        let signatures: Vec<Signature> = (0..graph.site.briefs.len())
            .into_par_iter()
            .map(|i| {
                let shown = self.last.briefs.get(&graph.site.briefs[i].id);
                Signature::of(&graph, i, shown.map(|s| (&s.body, s.signature)))
            })
            .collect();
        let mut jobs = self.jobs(&graph, &renderer, &signatures, everything);
        // The search finds each brief by its names in every language: a translation's names
        // are in the default language's index too; the sitemap lists each page in every language
        // it is written in.
        if self.translations_changed {
            for job in [Job::SearchIndex, Job::Sitemap] {
                if !jobs.contains(&job) {
                    jobs.push(job);
                }
            }
        }
        // The edited briefs' own pages go first: the browsers reload as soon as they are in
        // place, while the lists and exports that also show the edit are rendered. Requests
        // for those wait for them, so no page is ever served stale.
        let (first, rest): (Vec<Job>, Vec<Job>) = jobs.into_iter().partition(|job| match job {
            Job::Brief(i) => everything || self.pending.contains(&graph.site.briefs[*i].id),
            _ => everything,
        });
        let (first, rest) = if first.is_empty() { (rest, Vec::new()) } else { (first, rest) };
        let mut reads = match render_jobs(&renderer, first, &self.output, everything) {
            Ok(reads) => reads,
            Err(errors) => return Outcome::Failed(errors),
        };
        let published = !rest.is_empty();
        if published {
            self.output.hold(rest.iter().map(|job| routes::output_file(&renderer.plan().site_path(job))));
            self.output.publish(&[], false);
            let later = render_jobs(&renderer, rest, &self.output, false);
            self.output.release();
            match later {
                Ok(more) => reads.extend(more),
                Err(errors) => return Outcome::Failed(errors),
            }
        }
        let mut count = reads.len();
        let shown = SiteShown {
            signature: renderer.site_signature(),
            stylesheet: renderer.stylesheet_url().to_string(),
            paged: renderer.plan().paged_files(),
        };
        drop(renderer);
        if tongues.languages.is_multilingual() {
            // The other languages are rendered whole after every rebuild: the incremental
            // bookkeeping here is the default language's.
            // An edit to translations alone re-renders their languages only.
            let only = (!self.originals_changed && !everything).then(|| self.changed_languages.clone());
            match self.render_translations(&graph, &tongues, only.as_ref()) {
                Ok(pages) => count += pages,
                Err(errors) => return Outcome::Failed(errors),
            }
        }
        timings.render = started.elapsed();
        let started = Instant::now();
        let removed = self.remember(&graph, shown, &signatures, reads);
        self.cache.update(&graph);
        self.pending.clear();
        self.home_changed = false;
        self.translations_changed = false;
        self.changed_languages.clear();
        self.originals_changed = false;
        drop(graph);
        timings.write = started.elapsed();
        Outcome::Rendered { pages: count, removed, warnings: found, timings, published }
    }

    /// Renders every language after the default into the output, and takes away the files
    /// of theirs the last such render made that this one did not. How many files it made.
    fn render_translations(
        &mut self,
        graph: &Graph,
        tongues: &crate::Tongues,
        only: Option<&HashSet<String>>,
    ) -> Result<usize, Vec<Diagnostic>> {
        let collected = Collect::default();
        let report =
            crate::render_translations(graph, &self.theme, tongues, only, &collected).map_err(|e| match e {
                crate::BuildError::Content(d) => d,
                crate::BuildError::Usage(message) => vec![Diagnostic::error("strings", message)],
            })?;
        if diagnostics::has_errors(&report.diagnostics) {
            return Err(report.diagnostics);
        }
        let files = collected.files.into_inner().unwrap_or_else(|e| e.into_inner());
        // Each language's files are under its code: those it made this time stand for it.
        let mut made: HashMap<String, HashSet<String>> = HashMap::new();
        for (path, _) in &files {
            let code = path.split('/').next().unwrap_or_default();
            made.entry(code.to_string()).or_default().insert(path.clone());
        }
        // The languages rendered whole; the others gave their search index alone.
        let rendered: Vec<&String> = match only {
            Some(only) => only.iter().collect(),
            None => tongues.languages.codes()[1..].iter().collect(),
        };
        let mut gone = Vec::new();
        for code in rendered {
            let now = made.remove(code.as_str()).unwrap_or_default();
            if let Some(before) = self.translated_files.get(code.as_str()) {
                gone.extend(before.difference(&now).cloned());
            }
            self.translated_files.insert(code.clone(), now);
        }
        // A language the site no longer has.
        self.translated_files.retain(|code, files| {
            let kept = tongues.languages.codes().contains(code);
            if !kept {
                gone.extend(files.iter().cloned());
            }
            kept
        });
        let count = files.len();
        self.output.put(files.into_iter(), false);
        let stylesheet = self.output.status().stylesheet.clone();
        self.output.remove(&gone, stylesheet);
        Ok(count)
    }

    /// Remembers what the rendered pages showed; removes the files of briefs and tags that
    /// are gone. Returns how many files were removed.
    fn remember(
        &mut self,
        graph: &Graph,
        site: SiteShown,
        signatures: &[Signature],
        rendered: Vec<PageReads>,
    ) -> usize {
        let mut reads: HashMap<usize, ReadIds> = HashMap::new();
        for (job, page) in &rendered {
            if let Job::Brief(i) | Job::PartyList(i, ..) = job {
                reads.entry(*i).or_default().add(graph, page);
            }
        }
        reads.values_mut().for_each(ReadIds::settle);
        // Files the previous render had that this one has not: briefs gone or moved, tags gone.
        // Most briefs are the ones shown last time: their entries are brought up to date in
        // place rather than the map built anew.
        let mut gone = Vec::new();
        let briefs = &mut self.last.briefs;
        for (i, brief) in graph.site.briefs.iter().enumerate() {
            let body = &graph.bodies[i];
            let Some(shown) = briefs.get_mut(&brief.id) else {
                let file = routes::output_file(&routes::brief(brief));
                let reads = reads.remove(&i).unwrap_or_default();
                let shown =
                    Shown { brief: Arc::clone(brief), file, signature: signatures[i], body: Arc::clone(body), reads };
                briefs.insert(brief.id.clone(), shown);
                continue;
            };
            if !Arc::ptr_eq(&shown.brief, brief) {
                let file = routes::output_file(&routes::brief(brief));
                if file != shown.file {
                    gone.push(std::mem::replace(&mut shown.file, file));
                }
                shown.brief = Arc::clone(brief);
            }
            if !Arc::ptr_eq(&shown.body, body) {
                shown.body = Arc::clone(body);
            }
            shown.signature = signatures[i];
            if let Some(new) = reads.remove(&i) {
                shown.reads = new;
            }
        }
        if briefs.len() > graph.site.briefs.len() {
            briefs.retain(|id, shown| {
                let here = graph.index_of(id).is_some();
                if !here {
                    gone.push(shown.file.clone());
                }
                here
            });
        }
        let tags: BTreeMap<String, u64> =
            graph.tags.iter().map(|(slug, tag)| (slug.clone(), signature::tag(graph, &tag.briefs))).collect();
        gone.extend(
            self.last.tags.keys().filter(|t| !tags.contains_key(*t)).map(|t| routes::output_file(&routes::tag(t))),
        );
        gone.extend(self.last.paged.difference(&site.paged).cloned());
        self.last.paged = site.paged;
        let removed = gone.len();
        self.output.remove(&gone, site.stylesheet);
        self.last.site_signature = Some(site.signature);
        self.last.names = Some(graph.names.fingerprint());
        self.last.tags = tags;
        removed
    }
}

/// Renders `jobs` and puts the files in place (with `replace`, in place of every file);
/// what each page read, or every error.
fn render_jobs(
    renderer: &Renderer,
    jobs: Vec<Job>,
    output: &Output,
    replace: bool,
) -> Result<Vec<PageReads>, Vec<Diagnostic>> {
    let results: Vec<Result<(Job, Rendered), Diagnostic>> =
        jobs.into_par_iter().map(|j| renderer.render_traced(&j).map(|r| (j, r))).collect();
    let (pages, failed): (Vec<_>, Vec<_>) = results.into_iter().partition(Result::is_ok);
    if !failed.is_empty() {
        let mut errors: Vec<Diagnostic> = failed.into_iter().filter_map(Result::err).collect();
        diagnostics::sort(&mut errors);
        return Err(errors);
    }
    let mut reads = Vec::with_capacity(pages.len());
    let files = pages.into_iter().filter_map(Result::ok).map(|(job, page)| {
        reads.push((job, page.reads));
        (page.path, page.bytes)
    });
    output.put(files, replace);
    Ok(reads)
}

/// A sink that keeps what it is given, for the output the preview serves.
#[derive(Default)]
struct Collect {
    files: std::sync::Mutex<Vec<(String, Vec<u8>)>>,
}

impl crate::write::Sink for Collect {
    fn put(&self, path: &str, contents: crate::write::Contents) -> std::io::Result<()> {
        let bytes = contents.into_bytes();
        self.files.lock().unwrap_or_else(|e| e.into_inner()).push((path.to_string(), bytes));
        Ok(())
    }
}

fn read_entry(found: &Found) -> Entry {
    let stamp = stamp(&found.path);
    let (loaded, diagnostics) = load::load_file(found);
    Entry { loaded, diagnostics, stamp }
}

/// Times a rebuild for the terminal line.
pub fn timed<T>(f: impl FnOnce() -> T) -> (T, std::time::Duration) {
    let started = Instant::now();
    let value = f();
    (value, started.elapsed())
}
