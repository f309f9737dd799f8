//! Load: from the files under `content/` to a [`Site`] of typed briefs.
//!
//! Walks `content/` (ignoring hidden, swap and backup files), reads every brief in parallel,
//! splits and deserializes its front-matter and checks each field. Problems become
//! diagnostics; a file with errors is left out of the site but never stops the others.

pub mod as_of;
pub mod convert;
pub mod frontmatter;
pub mod locate;
mod mistakes;
pub mod raw;
pub mod translation;
pub mod within;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Span};
use crate::model::{Brief, BriefKind, Facts, Home, SourceFile, slug};
use convert::Checker;
use frontmatter::Schema;
use locate::Locator;
use raw::keys;
use translation::Translation;

pub const CONTENT_DIR: &str = "content";

/// Everything loaded from disk: the configuration, the briefs and the home intro.
#[derive(Debug, Clone)]
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    /// Published briefs (drafts only with `--drafts`), ordered by kind and id. Shared, so
    /// that the preview server can keep unchanged briefs across rebuilds without copying.
    pub briefs: Vec<Arc<Brief>>,
    pub home: Option<Home>,
    /// Drafts left out of this build, by id, so references to them get a clear message.
    pub drafts: BTreeMap<String, String>,
    /// Briefs that exist but could not be read (their errors are already reported), by id.
    /// References to them are not reported a second time.
    pub failed: BTreeMap<String, BriefKind>,
    /// The ids and lowercased names of the briefs `--as-of` left out: references to them
    /// are not reported, and links by them are plain text, not unknown names.
    pub left_out: BTreeSet<String>,
    /// The translations of every brief into every other language, read as they are; laid
    /// over the site by [`translation::in_language`].
    pub translations: Vec<Arc<Translation>>,
    /// The commits of each brief's file, when the site is in a git repository (read by
    /// `build`, `check` and, once when it starts, `serve`).
    pub history: Option<Arc<crate::history::History>>,
    /// The language this site is the translation into ([`translation::in_language`]);
    /// `None` for the site as written, in its default language.
    pub translated_into: Option<String>,
}

/// A failure that stops loading before any brief is read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("there is no `content/` folder in {0}")]
    NoContent(PathBuf),
}

/// What a file under `content/` is, by where it lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Brief(BriefKind),
    Home,
    /// `armenia.fr.md`: the translation of a brief (or, with `None`, of the home page).
    Translation(Option<BriefKind>),
}

/// A file under `content/` that holds a brief or the home intro, before it is read.
#[derive(Debug, Clone)]
pub struct Found {
    pub path: PathBuf,
    /// The path as diagnostics show it, relative to the site root with `/`.
    pub display: String,
    role: Role,
    places: Arc<Places>,
}

/// The site's root and its `content/` with every link resolved, as a file read must lie in.
#[derive(Debug)]
struct Places {
    site: PathBuf,
    /// `content/` may itself be a link to where the writers keep it: this is where it leads.
    content: PathBuf,
}

impl Places {
    fn of(root: &Path) -> Places {
        let real = |p: PathBuf| p.canonicalize().unwrap_or(p);
        Places { site: real(root.to_path_buf()), content: real(root.join(CONTENT_DIR)) }
    }

    /// The refusal of a link under `content/` that leads to `real`, or `None` when `real` is
    /// inside `content/`. Only what lies in `content/` is published: a link to `.env`,
    /// `.git/config` or `briefing.toml` would put that file on the web.
    fn refuse(&self, display: &str, real: &Path) -> Option<Diagnostic> {
        if real.starts_with(&self.content) {
            return None;
        }
        Some(match real.strip_prefix(&self.site) {
            Ok(rel) => outside_content(display, &rel.to_string_lossy()),
            Err(_) => outside_site(display),
        })
    }
}

/// Files writers' tools leave behind, which are never content.
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.starts_with('~')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swo")
        || name.ends_with(".swx")
        || name.ends_with(".bak")
        || name.ends_with(".orig")
        || name.ends_with(".tmp")
}

fn display_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Finds every brief under `content/`, in a stable order.
fn walk(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<Found> {
    let content = root.join(CONTENT_DIR);
    let places = Arc::new(Places::of(root));
    let mut found = Vec::new();
    let mut outside = Vec::new();
    let walker = walkdir::WalkDir::new(&content).follow_links(true).sort_by_file_name().into_iter().filter_entry(|e| {
        if e.depth() == 0 {
            return true;
        }
        if is_ignored(&e.file_name().to_string_lossy()) {
            return false;
        }
        // A folder linked from outside `content/` is refused once, not file by file.
        if e.file_type().is_dir() && e.path_is_symlink() {
            let real = e.path().canonicalize().unwrap_or_else(|_| e.path().to_path_buf());
            if let Some(refusal) = places.refuse(&display_path(root, e.path()), &real) {
                outside.push(refusal);
                return false;
            }
        }
        true
    });
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().map(|p| display_path(root, p)).unwrap_or_else(|| CONTENT_DIR.to_string());
                let (message, help) = if e.loop_ancestor().is_some() {
                    (
                        format!("`{path}` is a symbolic link that loops back to a folder above it"),
                        "remove the link or point it elsewhere",
                    )
                } else {
                    (
                        format!(
                            "cannot read `{path}`: {}",
                            e.io_error().map_or_else(|| e.to_string(), |io| io.to_string())
                        ),
                        "check the file's permissions",
                    )
                };
                diagnostics.push(Diagnostic::error("unreadable-file", message).at(Span::file_only(&path)).help(help));
                continue;
            }
        };
        if !entry.file_type().is_file() || !is_markdown(entry.path()) {
            continue;
        }
        match classify_in(root, &places, entry.path()) {
            Ok(f) => found.push(f),
            Err(d) => diagnostics.push(d),
        }
    }
    diagnostics.extend(outside);
    found
}

fn outside_site(display: &str) -> Diagnostic {
    Diagnostic::error(
        "outside-site",
        format!("`{display}` is a symbolic link to a place outside the site; it is not read"),
    )
    .at(Span::file_only(display))
    .help("copy what it points at into content/ instead of linking to it")
}

fn outside_content(display: &str, target: &str) -> Diagnostic {
    Diagnostic::error(
        "outside-content",
        format!("`{display}` is a symbolic link to `{target}`, which is outside content/; it is not read"),
    )
    .at(Span::file_only(display))
    .help("only files inside content/ are published: move the file into content/ if it is a brief, or remove the link")
}

/// Whether a path names a Markdown file, the only files `content/` is read for.
pub fn is_markdown(path: &Path) -> bool {
    path.extension().is_some_and(|x| x == "md")
}

/// What a Markdown file under `content/` is, by the folder it is in.
pub fn classify(root: &Path, path: &Path) -> Result<Found, Diagnostic> {
    classify_in(root, &Arc::new(Places::of(root)), path)
}

/// [`classify`] with the places worked out once for a whole walk. Where a link leads is
/// judged when the file is read ([`read_text`]), on the file that is read.
fn classify_in(root: &Path, places: &Arc<Places>, path: &Path) -> Result<Found, Diagnostic> {
    let content = root.join(CONTENT_DIR);
    let rel = path.strip_prefix(&content).unwrap_or(path);
    let top = rel.components().next().map(|c| c.as_os_str().to_string_lossy().into_owned()).unwrap_or_default();
    let display = display_path(root, path);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let translated = translation::split_name(&name).is_some();
    let role = match top.as_str() {
        "_index.md" => Role::Home,
        _ if translated && top == name && name.starts_with("_index.") => Role::Translation(None),
        "parties" if translated => Role::Translation(Some(BriefKind::Party)),
        "events" if translated => Role::Translation(Some(BriefKind::Event)),
        "places" if translated => Role::Translation(Some(BriefKind::Place)),
        "pages" if translated => Role::Translation(Some(BriefKind::Page)),
        "parties" => Role::Brief(BriefKind::Party),
        "events" => Role::Brief(BriefKind::Event),
        "places" => Role::Brief(BriefKind::Place),
        "pages" => Role::Brief(BriefKind::Page),
        _ => {
            return Err(Diagnostic::error(
                "misplaced-file",
                format!("`{display}` is not in parties/, events/, places/ or pages/"),
            )
            .at(Span::file_only(&display))
            .help("move it to content/parties/, content/events/, content/places/ or content/pages/ so briefing knows what it is"));
        }
    };
    Ok(Found { path: path.to_path_buf(), display, role, places: Arc::clone(places) })
}

/// Reads a file as UTF-8 text without a byte-order mark, when it lies inside `content/`.
fn read_text(found: &Found) -> Result<String, Diagnostic> {
    let unreadable = |message: String, help: &str| {
        Diagnostic::error("unreadable-file", message).at(Span::file_only(&found.display)).help(help)
    };
    let bytes = within::read_within(&found.path, &found.places.content).map_err(|refused| match refused {
        within::Refused::Outside(real) => found
            .places
            .refuse(&found.display, &real)
            .unwrap_or_else(|| unreadable(format!("`{}` is outside content/", found.display), "move it into content/")),
        within::Refused::Changed => unreadable(
            format!("`{}` was replaced while it was read; it is not read", found.display),
            "build again once nothing is changing the file",
        ),
        within::Refused::Io(e) => {
            unreadable(format!("cannot read `{}`: {e}", found.display), "check that the file exists and can be read")
        }
    })?;
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let lossy = String::from_utf8_lossy(bytes).into_owned();
            let file = SourceFile { path: found.display.clone(), text: lossy, front_matter: 0..0, body_start: 0 };
            let offset = String::from_utf8_lossy(good).len();
            Err(Diagnostic::error("invalid-utf8", format!("`{}` is not valid UTF-8 text", found.display))
                .at(file.span(offset..offset + 1))
                .help(
                    "save the file as UTF-8 in your editor (this byte is probably from a Latin-1 or Windows-1252 file)",
                ))
        }
    }
}

/// What one file yielded.
#[derive(Debug, Clone)]
pub enum Loaded {
    Brief(Arc<Brief>),
    Home(Home),
    /// A brief with a valid id whose front-matter could not be used.
    Failed(String, BriefKind),
    Translation(Arc<Translation>),
    Nothing,
}

/// Reads and checks one file. Problems become diagnostics; nothing here fails.
pub fn load_file(found: &Found) -> (Loaded, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let text = match read_text(found) {
        Ok(text) => text,
        Err(d) => return (Loaded::Nothing, vec![d]),
    };
    let split = frontmatter::split(&text);
    let mut file = SourceFile { path: found.display.clone(), text, front_matter: 0..0, body_start: 0 };
    match split {
        Ok(s) => {
            file.front_matter = s.front_matter;
            file.body_start = s.body_start;
        }
        Err(frontmatter::SplitError::Missing) if matches!(found.role, Role::Home | Role::Translation(_)) => {}
        Err(e) => {
            let failed = match found.role {
                Role::Brief(kind) => brief_id(&found.path).map_or(Loaded::Nothing, |id| Loaded::Failed(id, kind)),
                Role::Home | Role::Translation(_) => Loaded::Nothing,
            };
            return (failed, vec![frontmatter::split_diagnostic(&file, e)]);
        }
    }
    let loaded = match found.role {
        Role::Home => load_home(file, &mut diagnostics),
        Role::Brief(kind) => load_brief(kind, file, &found.path, &mut diagnostics),
        Role::Translation(kind) => load_translation(kind, file, &found.path, &mut diagnostics),
    };
    (loaded, diagnostics)
}

/// Reads a brief from text that is not on disk (a file as a git tag has it), as `load_file`
/// reads one: `None` when it does not read as a brief. Its problems are not reported: they
/// are an old version's.
pub fn brief_from_text(kind: BriefKind, path: &str, text: String) -> Option<Arc<Brief>> {
    let split = frontmatter::split(&text).ok()?;
    let file =
        SourceFile { path: path.to_string(), text, front_matter: split.front_matter, body_start: split.body_start };
    match load_brief(kind, file, Path::new(path), &mut Vec::new()) {
        Loaded::Brief(brief) => Some(brief),
        _ => None,
    }
}

fn load_home(file: SourceFile, diagnostics: &mut Vec<Diagnostic>) -> Loaded {
    let locator = Locator::new(&file);
    let schema = Schema { noun: "home page", keys: keys::HOME, original: None };
    let raw = frontmatter::parse::<raw::RawHome>(&file, &locator, schema, diagnostics);
    match raw {
        Some(raw) => Loaded::Home(convert::home(raw, file.clone())),
        None => Loaded::Nothing,
    }
}

fn load_translation(
    kind: Option<BriefKind>,
    file: SourceFile,
    path: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> Loaded {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let Some((id, lang)) = translation::split_name(&name) else { return Loaded::Nothing };
    let id = if kind.is_none() { String::new() } else { id.to_string() };
    if kind.is_some() && !slug::is_slug(&id) {
        diagnostics.push(
            Diagnostic::error(
                "invalid-id",
                format!("`{id}` is not a valid id: a translation is named after its original"),
            )
            .at(Span::file_only(&file.path))
            .help(format!("name it `<id>.{lang}.md`, with the id of the brief it translates")),
        );
        return Loaded::Nothing;
    }
    match translation::read(id, lang.to_string(), kind, file, diagnostics) {
        Some(t) => Loaded::Translation(Arc::new(t)),
        None => Loaded::Nothing,
    }
}

/// The id a brief file would have, when its name is a valid id.
fn brief_id(path: &Path) -> Option<String> {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).filter(|s| slug::is_slug(s))
}

fn load_brief(kind: BriefKind, file: SourceFile, path: &Path, diagnostics: &mut Vec<Diagnostic>) -> Loaded {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    if !slug::is_slug(&stem) {
        let suggestion = slug::slugify(&stem);
        diagnostics.push(
            Diagnostic::error("invalid-id", format!("`{stem}` is not a valid id: the file name is the brief's id"))
                .at(Span::file_only(&file.path))
                .help(if suggestion.is_empty() {
                    "ids use lowercase letters a-z, digits and hyphens".to_string()
                } else {
                    format!("rename the file to `{suggestion}.md` (ids use lowercase letters a-z, digits and hyphens)")
                }),
        );
        return Loaded::Nothing;
    }
    let locator = Locator::new(&file);
    let converted = match kind {
        BriefKind::Party => read_facts(&locator, kind, keys::PARTY, convert::party, Facts::Party, diagnostics),
        BriefKind::Event => read_facts(&locator, kind, keys::EVENT, convert::event, Facts::Event, diagnostics),
        BriefKind::Place => read_facts(&locator, kind, keys::PLACE, convert::place, Facts::Place, diagnostics),
        BriefKind::Page => read_facts(&locator, kind, keys::PAGE, convert::page, Facts::Page, diagnostics),
    };
    let Some((facts, common)) = converted else { return Loaded::Failed(stem, kind) };
    drop(locator);
    match facts {
        Some(facts) => Loaded::Brief(Arc::new(common.into_brief(stem, file, facts))),
        None => Loaded::Failed(stem, kind),
    }
}

/// Deserializes one kind of brief's front-matter and checks it into its facts; `None` when
/// the YAML could not be read at all.
fn read_facts<R: serde::de::DeserializeOwned + Default, F>(
    locator: &Locator,
    kind: BriefKind,
    keys: &'static [&'static str],
    convert: impl FnOnce(R, &mut Checker) -> (Option<F>, convert::Common),
    wrap: impl FnOnce(F) -> Facts,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(Option<Facts>, convert::Common)> {
    let noun = kind.noun();
    let raw = frontmatter::parse::<R>(locator.file(), locator, Schema { noun, keys, original: None }, diagnostics)?;
    let (facts, common) = convert(raw, &mut Checker::new(locator, diagnostics, noun));
    Some((facts.map(wrap), common))
}

/// Reads the whole site. Briefs with errors are reported and left out; the rest load.
pub fn load(root: &Path, config: Config, include_drafts: bool) -> Result<(Site, Vec<Diagnostic>), LoadError> {
    let (found, mut diagnostics) = walk_content(root)?;
    let results: Vec<(Loaded, Vec<Diagnostic>)> = found.par_iter().map(load_file).collect();
    let (site, more) = assemble(root, config, include_drafts, results.iter().map(|(l, d)| (l, d.as_slice())));
    diagnostics.extend(more);
    Ok((site, diagnostics))
}

/// Finds every Markdown file under `content/`, in a stable order, with the problems met on
/// the way (misplaced files, unreadable folders, symbolic-link loops).
pub fn walk_content(root: &Path) -> Result<(Vec<Found>, Vec<Diagnostic>), LoadError> {
    if !root.join(CONTENT_DIR).is_dir() {
        return Err(LoadError::NoContent(root.to_path_buf()));
    }
    let mut diagnostics = Vec::new();
    let found = walk(root, &mut diagnostics);
    Ok((found, diagnostics))
}

/// Puts the site together from what each file yielded: one brief per id (duplicates
/// reported), drafts set aside, the rest ordered by kind and id.
pub fn assemble<'a>(
    root: &Path,
    config: Config,
    include_drafts: bool,
    results: impl Iterator<Item = (&'a Loaded, &'a [Diagnostic])>,
) -> (Site, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut briefs: Vec<Arc<Brief>> = Vec::new();
    let mut home = None;
    let mut failed = BTreeMap::new();
    let mut translations = Vec::new();
    for (loaded, diags) in results {
        diagnostics.extend_from_slice(diags);
        match loaded {
            Loaded::Brief(brief) => briefs.push(Arc::clone(brief)),
            Loaded::Home(h) => home = Some(h.clone()),
            Loaded::Failed(id, kind) => {
                failed.insert(id.clone(), *kind);
            }
            Loaded::Translation(t) => translations.push(Arc::clone(t)),
            Loaded::Nothing => {}
        }
    }
    check_languages(&config, &mut translations, &mut diagnostics);
    report_duplicate_ids(&mut briefs, &mut diagnostics);
    let mut drafts = BTreeMap::new();
    if !include_drafts {
        briefs.retain(|b| {
            if b.draft {
                drafts.insert(b.id.clone(), b.file.path.clone());
            }
            !b.draft
        });
    }
    briefs.sort_by(|a, b| (a.kind(), &a.id).cmp(&(b.kind(), &b.id)));
    reserve_language_paths(&config, &briefs, &mut diagnostics);
    let mut site = Site {
        root: root.to_path_buf(),
        config,
        briefs,
        home,
        drafts,
        failed,
        left_out: BTreeSet::new(),
        translations,
        history: None,
        translated_into: None,
    };
    if let Some(day) = site.config.build.as_of {
        as_of::apply(&mut site, day.earliest());
    }
    (site, diagnostics)
}

/// A page whose id is one of the site's languages would be published where that language's
/// home page is (`/fr/`): an error, before anything is written.
fn reserve_language_paths(config: &Config, briefs: &[Arc<Brief>], diagnostics: &mut Vec<Diagnostic>) {
    if !config.is_multilingual() {
        return;
    }
    for brief in briefs.iter().filter(|b| b.kind() == BriefKind::Page) {
        if config.language_codes().skip(1).any(|code| code.eq_ignore_ascii_case(&brief.id)) {
            diagnostics.push(
                Diagnostic::error(
                    "reserved-id",
                    format!(
                        "the page `{}` would be published at `/{}/`, where the site's `{}` pages are",
                        brief.id, brief.id, brief.id
                    ),
                )
                .at(Span::file_only(&brief.file.path))
                .help(format!("rename the file, e.g. to `{}-page.md`", brief.id)),
            );
        }
    }
}

/// Keeps the translations into the site's other languages; one into a language the site
/// does not list, or into its default language, is an error (it would never be shown).
fn check_languages(config: &Config, translations: &mut Vec<Arc<Translation>>, diagnostics: &mut Vec<Diagnostic>) {
    let default = config.default_language();
    translations.retain(|t| {
        let listed = config.language_codes().any(|code| code == t.lang);
        if listed && t.lang != default {
            return true;
        }
        let (message, help) = if t.lang == default {
            (
                format!("`{}` is a translation into `{}`, the site's default language", t.file.path, t.lang),
                "the original is the default language's text: merge the two, or remove this file".to_string(),
            )
        } else {
            (
                format!("`{}` is a translation into `{}`, which briefing.toml does not list", t.file.path, t.lang),
                format!(
                    "add it to the site's languages: `languages = [{}]`",
                    config
                        .language_codes()
                        .chain([t.lang.as_str()])
                        .map(|c| format!("\"{c}\""))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        };
        diagnostics.push(Diagnostic::error("translation", message).at(Span::file_only(&t.file.path)).help(help));
        false
    });
    translations.sort_by(|a, b| (&a.lang, &a.file.path).cmp(&(&b.lang, &b.file.path)));
}

/// Ids are one namespace across parties, events, places and pages: keep the first file (by path)
/// and report every other one with both places.
fn report_duplicate_ids(briefs: &mut Vec<Arc<Brief>>, diagnostics: &mut Vec<Diagnostic>) {
    // Most sites have none: one pass over a set tells, without sorting by id first.
    let mut seen = rustc_hash::FxHashSet::default();
    seen.reserve(briefs.len());
    if briefs.iter().all(|b| seen.insert(b.id.as_str())) {
        return;
    }
    drop(seen);
    briefs.sort_by(|a, b| (&a.id, &a.file.path).cmp(&(&b.id, &b.file.path)));
    let mut keep = vec![true; briefs.len()];
    for i in 1..briefs.len() {
        let first = (0..i).rev().take_while(|&j| briefs[j].id == briefs[i].id).last();
        if let Some(first) = first {
            keep[i] = false;
            let (a, b) = (&briefs[first], &briefs[i]);
            diagnostics.push(
                Diagnostic::error("duplicate-id", format!("the id `{}` is used by two briefs", b.id))
                    .at(Span::file_only(&b.file.path))
                    .note("the id is first used here", Some(Span::file_only(&a.file.path)))
                    .help(format!(
                        "ids are file names and must be unique across parties, events, places and pages: rename one, e.g. to `{}-{}.md`",
                        b.id,
                        b.kind().noun()
                    )),
            );
        }
    }
    let mut flags = keep.into_iter();
    briefs.retain(|_| flags.next().unwrap_or(true));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_deleted_between_walk_and_read_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let parties = dir.path().join("content/parties");
        std::fs::create_dir_all(&parties).unwrap();
        std::fs::write(parties.join("gone.md"), "---\nname: Gone\n---\n").unwrap();
        let (found, diagnostics) = walk_content(dir.path()).unwrap();
        assert!(diagnostics.is_empty());
        std::fs::remove_file(parties.join("gone.md")).unwrap();
        let (loaded, diagnostics) = load_file(&found[0]);
        assert!(matches!(loaded, Loaded::Nothing));
        assert_eq!(diagnostics[0].code, "unreadable-file");
        assert_eq!(diagnostics[0].span.as_ref().map(|s| s.file.as_str()), Some("content/parties/gone.md"));
        assert!(diagnostics[0].help.is_some());
    }

    #[cfg(unix)]
    #[test]
    fn a_file_swapped_for_a_link_after_the_walk_is_judged_where_it_leads_when_read() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let parties = dir.path().join("content/parties");
        std::fs::create_dir_all(&parties).unwrap();
        std::fs::write(parties.join("swap.md"), "---\nname: Swap\n---\n").unwrap();
        std::fs::write(outside.path().join("secret.md"), "---\nname: SECRET\n---\n").unwrap();
        std::fs::write(dir.path().join("briefing.toml"), "---\nname: CONFIG\n---\n").unwrap();
        let (found, diagnostics) = walk_content(dir.path()).unwrap();
        assert!(diagnostics.is_empty());
        for (target, code) in
            [(outside.path().join("secret.md"), "outside-site"), (dir.path().join("briefing.toml"), "outside-content")]
        {
            std::fs::remove_file(parties.join("swap.md")).unwrap();
            std::os::unix::fs::symlink(&target, parties.join("swap.md")).unwrap();
            let (loaded, diagnostics) = load_file(&found[0]);
            assert!(matches!(loaded, Loaded::Nothing), "{loaded:?}");
            assert_eq!(diagnostics.len(), 1);
            assert_eq!(diagnostics[0].code, code);
            assert!(!format!("{:?}", diagnostics[0]).contains("SECRET"));
        }
    }
}
