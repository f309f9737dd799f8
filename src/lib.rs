//! briefing: Markdown briefs about parties and events, compiled into a cross-linked explainer.
//!
//! The pipeline runs one way: [`load`] reads `content/` into a [`load::Site`], [`resolve`]
//! binds every reference and derives the cross-links into a [`resolve::Graph`], [`render`]
//! lays out each page with the theme, and [`write`] swaps the finished site into place.
//! `build` below strings them together; the CLI in `main.rs` only parses arguments.

pub mod config;
pub mod diagnostics;
pub mod load;
pub mod markdown;
pub mod model;
pub mod render;
pub mod resolve;
pub mod scaffold;
pub mod serve;
pub mod write;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use config::Config;
use diagnostics::Diagnostic;
use render::theme::Theme;

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
}

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    pub output: PathBuf,
    pub briefs: usize,
    pub files: usize,
    /// Warnings that did not stop the build.
    pub warnings: Vec<Diagnostic>,
    pub timings: Timings,
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
    /// "load 12.0 ms, resolve 3.1 ms, render 40.2 ms, write 1.0 ms"
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
        config.base_url = url.clone();
    }
    config.build.drafts |= options.drafts;
    Ok(config)
}

/// The output folder a build writes to.
pub fn output_dir(options: &BuildOptions, config: &Config) -> PathBuf {
    match &options.output {
        Some(out) if out.is_absolute() => out.clone(),
        Some(out) => std::env::current_dir().map(|d| d.join(out)).unwrap_or_else(|_| out.clone()),
        None => options.root.join(&config.build.output),
    }
}

fn errors_only(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}

/// Builds the site at `options.root` into its output folder.
pub fn build(options: &BuildOptions) -> Result<BuildReport, BuildError> {
    let config = configure(options)?;
    let output = output_dir(options, &config);
    write::check_output(&options.root, &output).map_err(|e| BuildError::Usage(e.to_string()))?;
    let theme = Theme::load(&options.root, &config.theme).map_err(BuildError::Content)?;
    let mut timings = Timings::default();

    let started = Instant::now();
    let drafts = config.build.drafts;
    let (site, mut diagnostics) =
        load::load(&options.root, config, drafts).map_err(|e| BuildError::Usage(e.to_string()))?;
    timings.load = started.elapsed();

    let started = Instant::now();
    let (graph, resolve_diagnostics) = resolve::resolve(&site, render::site_paths(&site, &theme));
    diagnostics.extend(resolve_diagnostics);
    timings.resolve = started.elapsed();
    diagnostics::sort(&mut diagnostics);
    if errors_only(&diagnostics) {
        return Err(BuildError::Content(diagnostics));
    }

    let started = Instant::now();
    let renderer = render::Renderer::new(&graph, &theme).map_err(BuildError::Content)?;
    let staging = write::Staging::new(&output).map_err(|e| BuildError::Usage(e.to_string()))?;
    let counter = CountingSink { inner: &staging, count: std::sync::atomic::AtomicUsize::new(0) };
    let render_diagnostics = renderer.render_all(&counter);
    timings.render = started.elapsed();
    if errors_only(&render_diagnostics) {
        return Err(BuildError::Content(render_diagnostics));
    }

    let started = Instant::now();
    let files = counter.count.into_inner();
    staging
        .commit()
        .map_err(|e| BuildError::Usage(format!("cannot move the new site into `{}`: {e}", output.display())))?;
    timings.write = started.elapsed();
    diagnostics.extend(render_diagnostics);
    Ok(BuildReport { output, briefs: site.briefs.len(), files, warnings: diagnostics, timings })
}

/// Counts what goes through to another sink.
struct CountingSink<'a> {
    inner: &'a dyn write::Sink,
    count: std::sync::atomic::AtomicUsize,
}

impl write::Sink for CountingSink<'_> {
    fn put(&self, path: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        self.count.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.inner.put(path, bytes)
    }
}

/// Whether `root` looks like a site (has `content/`).
pub fn is_site(root: &Path) -> bool {
    root.join(load::CONTENT_DIR).is_dir()
}
