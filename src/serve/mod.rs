//! `briefing serve`: the live preview. Beside the build pipeline, not in it.
//!
//! Three parts: [`preview`] keeps the site in memory and rebuilds what an edit touches,
//! [`http`] serves it with a live-reload script, and the loop below watches the site's files
//! (notify), gathers each burst of changes into one rebuild, and tells the browsers.
//! Nothing is written to disk: `public/` is never touched.

pub mod http;
pub mod output;
pub mod preview;

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

use notify::event::ModifyKind;
use notify::{EventKind, RecursiveMode, Watcher};

use crate::diagnostics::{self, HumanRenderer};
use crate::{BuildError, BuildOptions};
use output::Output;
use preview::{Changes, Outcome, Preview};

/// A burst of file events ends after this long without another one.
const QUIET: Duration = Duration::from_millis(25);
/// A rebuild starts after this long even if events keep coming (an edit storm).
const MAX_WAIT: Duration = Duration::from_secs(1);
/// The port `serve` listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 1111;

/// Folders (beside `content/`) whose changes render everything.
const THEME_DIRS: &[&str] = &["templates", "themes", "static"];

/// What `serve` was asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// The port asked for, used as given (taken: an error); `None` for the default, which
    /// moves on to the next free port when taken.
    pub port: Option<u16>,
    pub drafts: bool,
    /// The day to preview the site as of (`serve --as-of`).
    pub as_of: Option<String>,
    /// Colour in the terminal's diagnostics.
    pub color: bool,
    /// Print where each rebuild's time went.
    pub verbose: bool,
}

/// How rebuilds are reported in the terminal.
struct Terminal {
    diagnostics: HumanRenderer,
    verbose: bool,
}

enum Message {
    Fs(notify::Result<notify::Event>),
    Stop,
}

/// Runs the preview until Ctrl-C.
pub fn serve(options: &ServeOptions) -> Result<(), BuildError> {
    if let Some(problem) = crate::not_a_site(&options.root) {
        return Err(BuildError::Usage(problem));
    }
    // Events name files by the path watched; one absolute root keeps them comparable.
    let root = options
        .root
        .canonicalize()
        .map_err(|e| BuildError::Usage(format!("cannot open the site folder {}: {e}", options.root.display())))?;
    let asked = options.port.unwrap_or(DEFAULT_PORT);
    let (listener, moved) = http::bind(options.bind, asked, options.port.is_none()).map_err(|e| {
        BuildError::Usage(match (e.kind(), options.port) {
            (std::io::ErrorKind::AddrInUse, Some(port)) => format!(
                "port {port} is taken (another preview or server is using it)\n  = help: stop the other one, give another port with --port, or leave --port out to take the next free one from {DEFAULT_PORT}"
            ),
            _ => format!("cannot listen on {}:{asked}: {e}", options.bind),
        })
    })?;
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(asked);
    let host = if options.bind.is_unspecified() { "localhost".to_string() } else { host_of(options.bind) };
    let url = format!("http://{host}:{port}/");

    let output = Arc::new(Output::default());
    let build = BuildOptions {
        root: root.clone(),
        base_url: Some(url.clone()),
        drafts: options.drafts,
        as_of: options.as_of.clone(),
        ..BuildOptions::default()
    };
    let mut preview = Preview::open(build, Arc::clone(&output))?;
    let terminal = Terminal { diagnostics: HumanRenderer { color: options.color }, verbose: options.verbose };
    let (outcome, took) = preview::timed(|| preview.rebuild());
    report(&terminal, &outcome, "Built the site", took, &output, false);

    let (tx, rx) = channel();
    let mut watch = Watch::open(root, tx.clone())
        .map_err(|e| BuildError::Usage(format!("cannot watch {} for changes: {e}", options.root.display())))?;
    let stop = tx.clone();
    ctrlc::set_handler(move || {
        let _ = stop.send(Message::Stop);
    })
    .map_err(|e| BuildError::Usage(format!("cannot handle Ctrl-C: {e}")))?;

    let server_output = Arc::clone(&output);
    let hosts = http::Hosts { bind: options.bind };
    std::thread::Builder::new()
        .name("preview-accept".into())
        .spawn(move || http::run(listener, server_output, hosts))
        .map_err(|e| BuildError::Usage(format!("cannot start the server: {e}")))?;
    if moved {
        println!("Port {asked} is taken; using {port} instead.");
    }
    if !options.bind.is_loopback() {
        println!("Listening on {}: anyone who can reach this machine can read the preview.", options.bind);
    }
    println!("Serving {url} (Ctrl-C to stop)");

    while let Some(changes) = next_changes(&rx, &mut watch) {
        preview.take(&changes);
        let (outcome, took) = preview::timed(|| preview.rebuild());
        let what = describe(&changes, &watch.root);
        report(&terminal, &outcome, &what, took, &output, changes.styles_only);
    }
    println!("Stopped.");
    Ok(())
}

fn host_of(ip: IpAddr) -> String {
    match ip {
        IpAddr::V6(v6) => format!("[{v6}]"),
        IpAddr::V4(v4) => v4.to_string(),
    }
}

/// Prints a rebuild's line (and its diagnostics) and tells the browsers.
fn report(terminal: &Terminal, outcome: &Outcome, what: &str, took: Duration, output: &Output, css: bool) {
    let Terminal { diagnostics: terminal, verbose } = terminal;
    let ms = took.as_secs_f64() * 1000.0;
    match outcome {
        Outcome::Rendered { pages, removed, warnings, timings, published } => {
            if !warnings.is_empty() {
                eprint!("{}", terminal.render_all(warnings));
            }
            let removed = if *removed > 0 { format!(", removed {removed}") } else { String::new() };
            let plural = if *pages == 1 { "" } else { "s" };
            println!("{what}: rendered {pages} file{plural}{removed} in {ms:.0} ms");
            if *verbose {
                println!("  {}", timings.breakdown());
            }
            if !published {
                output.publish(&[], css);
            }
        }
        Outcome::Failed(errors) => {
            eprint!("{}", terminal.render_all(errors));
            println!(
                "{what}: {}; the preview keeps the last good pages",
                diagnostics::summary(errors).trim_end_matches('.')
            );
            output.publish(errors, false);
        }
    }
}

/// The watch on the site's sources: `content/` and the theme folders recursively, the root
/// itself for `briefing.toml` and for source folders made, moved or removed.
///
/// A watch follows the folder, not its name: when `content/` is moved away and made again (a
/// checkout, a restore), the old watch sees only the old folder. So whenever the root's watch
/// tells of a source folder itself coming or going, that folder's watch is set up again on
/// whatever now has its name. The rebuild that follows re-reads the folder (`Preview::take`
/// rescans for a folder event), so files written before the new watch was in place count too.
struct Watch {
    watcher: notify::RecommendedWatcher,
    root: PathBuf,
}

impl Watch {
    fn open(root: PathBuf, tx: Sender<Message>) -> notify::Result<Watch> {
        let mut watcher = notify::recommended_watcher(move |event| {
            let _ = tx.send(Message::Fs(event));
        })?;
        watcher.watch(&root, RecursiveMode::NonRecursive)?;
        let mut watch = Watch { watcher, root };
        for dir in source_dirs() {
            let path = watch.root.join(dir);
            if path.is_dir() {
                watch.watcher.watch(&path, RecursiveMode::Recursive)?;
            }
        }
        Ok(watch)
    }

    /// Watches a source folder again if `event` made, moved or removed it.
    fn notice(&mut self, event: &notify::Event) {
        let replaced =
            matches!(event.kind, EventKind::Create(_) | EventKind::Remove(_) | EventKind::Modify(ModifyKind::Name(_)));
        if !replaced {
            return;
        }
        for path in &event.paths {
            let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
            if path.parent() == Some(self.root.as_path()) && source_dirs().any(|dir| dir == name) {
                self.rewatch(path);
            }
        }
    }

    fn rewatch(&mut self, dir: &Path) {
        // Not watched (it did not exist), or its watch already went with the folder: fine.
        let _ = self.watcher.unwatch(dir);
        if dir.is_dir()
            && let Err(e) = self.watcher.watch(dir, RecursiveMode::Recursive)
        {
            eprintln!("warning: cannot watch {} for changes: {e}", dir.display());
        }
    }
}

/// The folders under the root whose files are the site's sources.
fn source_dirs() -> impl Iterator<Item = &'static str> {
    std::iter::once(crate::load::CONTENT_DIR).chain(THEME_DIRS.iter().copied())
}

/// Waits for file events and gathers one burst of them; `None` once asked to stop.
fn next_changes(rx: &Receiver<Message>, watch: &mut Watch) -> Option<Changes> {
    loop {
        let mut changes = Changes { styles_only: true, ..Changes::default() };
        let first = rx.recv().ok()?;
        let started = Instant::now();
        let mut message = first;
        loop {
            match message {
                Message::Stop => return None,
                Message::Fs(Ok(event)) => {
                    watch.notice(&event);
                    sort_event(&event, &watch.root, &mut changes);
                }
                Message::Fs(Err(e)) => eprintln!("warning: file watching: {e}"),
            }
            if started.elapsed() >= MAX_WAIT {
                break;
            }
            message = match rx.recv_timeout(QUIET) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return None,
            };
        }
        changes.styles_only &= changes.everything && changes.content.is_empty();
        if !changes.is_empty() {
            return Some(changes);
        }
    }
}

/// Files an event is about, sorted into content and theme changes. Opening and reading
/// files, editors' swap and backup files, and anything outside the sources are ignored.
fn sort_event(event: &notify::Event, root: &Path, changes: &mut Changes) {
    if matches!(event.kind, EventKind::Access(_)) {
        return;
    }
    for path in &event.paths {
        let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
        if crate::load::is_ignored(&name) {
            continue;
        }
        let Ok(rel) = path.strip_prefix(root) else { continue };
        let top = rel.components().next().map(|c| c.as_os_str().to_string_lossy().into_owned()).unwrap_or_default();
        if top == crate::load::CONTENT_DIR {
            if !changes.content.contains(path) {
                changes.content.push(path.clone());
            }
        } else if THEME_DIRS.contains(&top.as_str()) || top == crate::config::CONFIG_FILE {
            changes.everything = true;
            let stylesheet = path.extension().is_some_and(|e| e == "css") && top != "templates";
            changes.styles_only &= stylesheet;
        }
    }
}

/// "Changed content/events/x.md" for one brief, "Changed 3 briefs" for more. Editors' and
/// tools' temporary files (sed's, say) under content/ are not counted.
fn describe(changes: &Changes, root: &Path) -> String {
    let briefs: Vec<&PathBuf> = changes.content.iter().filter(|p| crate::load::is_markdown(p)).collect();
    let theme = if changes.everything { " and the theme or configuration" } else { "" };
    match briefs.as_slice() {
        [] if changes.everything => "Changed the theme or configuration".to_string(),
        [] => "Changed content/".to_string(),
        [one] => {
            let shown = one.strip_prefix(root).unwrap_or(one).to_string_lossy().replace('\\', "/");
            format!("Changed {shown}{theme}")
        }
        many => format!("Changed {} briefs{theme}", many.len()),
    }
}
