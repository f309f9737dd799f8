//! Themes: the default one embedded in the binary, a site's `themes/<name>/`, and per-site
//! `templates/` overrides, layered in that order by file name.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::diagnostics::{Diagnostic, Span};
use crate::geo::{Basemap, Maps};
use crate::load::within::Refused;
use crate::strings::Strings;

/// A file of the default theme, compiled into the binary.
struct Embedded {
    name: &'static str,
    text: &'static str,
}

macro_rules! embed {
    ($dir:literal: $($name:literal),+ $(,)?) => {
        &[$(Embedded { name: $name, text: include_str!(concat!("../../themes/default/", $dir, "/", $name)) }),+]
    };
}

const TEMPLATES: &[Embedded] = embed!("templates":
    "base.html", "components.html", "index.html", "parties.html", "party.html", "party-list.html", "events.html",
    "timeline-items.html",
    "event.html", "page.html", "place.html", "places.html", "tags.html", "tag.html", "404.html", "search.html",
    "visuals.html", "corrections.html",
);

const STATIC: &[Embedded] = embed!("static": "style.css", "timeline.js", "search.js", "preview.js");

/// Where a static file's bytes come from.
#[derive(Debug, Clone)]
pub enum StaticSource {
    Embedded(&'static str),
    /// A file of a `static/` folder, and that folder with its links resolved: the file is
    /// read only while it still lies inside it.
    Disk {
        path: PathBuf,
        folder: PathBuf,
    },
}

/// A file copied as is into the output.
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// Site path, `/`-separated: `style.css`, `images/map.png`.
    pub path: String,
    pub source: StaticSource,
}

impl StaticFile {
    pub fn read(&self) -> std::io::Result<Vec<u8>> {
        match &self.source {
            StaticSource::Embedded(text) => Ok(text.as_bytes().to_vec()),
            StaticSource::Disk { path, folder } => {
                crate::load::within::read_within(path, folder).map_err(|refused| match refused {
                    Refused::Io(e) => e,
                    Refused::Outside(_) => std::io::Error::other("it links to a file outside its static/ folder"),
                    Refused::Changed => std::io::Error::other("it was replaced while it was read"),
                })
            }
        }
    }
}

/// The templates and static files a build uses, after overrides.
#[derive(Debug, Clone)]
pub struct Theme {
    /// Template name and text, later entries overriding earlier ones of the same name.
    pub templates: Vec<(String, String)>,
    /// Where each template came from, for error messages.
    pub origins: Vec<String>,
    pub statics: Vec<StaticFile>,
    /// Problems that leave a file out without stopping the build.
    pub warnings: Vec<Diagnostic>,
    /// The words briefing puts on a page, for the templates and the page builders alike.
    pub strings: Arc<Strings>,
    /// The site's own map shapes (`[map] basemap`), read and decoded once by `with_basemap`.
    own_shapes: Option<Arc<Basemap>>,
    /// The maps' shapes and the frames drawn on them, made when a site with places first needs
    /// them and kept with the theme: a preview decodes the shapes once and keeps its frames.
    maps: Arc<OnceLock<Result<Arc<Maps>, String>>>,
}

fn walk_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dir).follow_links(true).sort_by_file_name().into_iter().flatten() {
        let name = entry.file_name().to_string_lossy();
        if !entry.file_type().is_file() || crate::load::is_ignored(&name) {
            continue;
        }
        if let Ok(rel) = entry.path().strip_prefix(dir) {
            let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            out.push((rel, entry.path().to_path_buf()));
        }
    }
    out
}

impl Theme {
    /// The default theme alone, as compiled into the binary.
    pub fn embedded() -> Theme {
        Theme {
            templates: TEMPLATES.iter().map(|t| (t.name.to_string(), t.text.to_string())).collect(),
            origins: TEMPLATES.iter().map(|t| format!("built-in theme: {}", t.name)).collect(),
            statics: STATIC
                .iter()
                .map(|s| StaticFile { path: s.name.to_string(), source: StaticSource::Embedded(s.text) })
                .collect(),
            warnings: Vec::new(),
            strings: Strings::embedded_shared(),
            own_shapes: None,
            maps: Arc::default(),
        }
    }

    /// Layers the embedded default theme, `themes/<name>/` and `templates/` + `static/`.
    pub fn load(root: &Path, name: &str) -> Result<Theme, Vec<Diagnostic>> {
        let mut theme = Theme::embedded();
        let theme_dir = root.join("themes").join(name);
        if !theme_dir.is_dir() && name != "default" {
            return Err(vec![
                Diagnostic::error("unknown-theme", format!("there is no theme `{name}`"))
                    .at(Span::file_only(crate::config::CONFIG_FILE))
                    .help(format!(
                        "put it in themes/{name}/ (with templates/ and static/), or use theme = \"default\""
                    )),
            ]);
        }
        let mut errors = Vec::new();
        theme.layer(&theme_dir.join("templates"), &theme_dir.join("static"), root, &mut errors);
        theme.layer(&root.join("templates"), &root.join("static"), root, &mut errors);
        if errors.is_empty() { Ok(theme) } else { Err(errors) }
    }

    /// Reads the site's own basemap, when `[map] basemap` names one: a file inside the site's
    /// folder, read once per build; not at all when the site draws no maps.
    pub fn with_basemap(mut self, root: &Path, map: &crate::config::MapConfig) -> Result<Theme, Vec<Diagnostic>> {
        let Some(file) = map.basemap.as_ref().filter(|_| map.draw) else { return Ok(self) };
        let at = Span::file_only(crate::config::CONFIG_FILE);
        let bytes = crate::load::within::read_in_site(root, file).map_err(|why| {
            vec![Diagnostic::error("map-data", format!("cannot read the basemap `{file}`: {why}")).at(at.clone()).help(
                "`[map] basemap` names a TopoJSON file inside the site's folder, such as \"geo/custom.topojson\"",
            )]
        })?;
        let credit = map.credit.clone().unwrap_or_else(|| file.clone());
        let shapes = Basemap::from_topojson(&bytes, &credit).map_err(|e| {
            vec![Diagnostic::error("map-data", format!("the basemap `{file}` cannot be used: {e}"))
                .at(at)
                .help("give a TopoJSON file (such as one of the npm package world-atlas) whose first object holds the countries")]
        })?;
        self.own_shapes = Some(Arc::new(shapes));
        Ok(self)
    }

    /// The shapes maps are drawn on (the site's own, or the built-in ones) with the frames
    /// drawn so far.
    pub fn maps(&self) -> Result<Arc<Maps>, String> {
        let made = self.maps.get_or_init(|| {
            let shapes = match &self.own_shapes {
                Some(own) => Arc::clone(own),
                None => Arc::new(Basemap::embedded().map_err(|e| e.to_string())?),
            };
            Ok(Arc::new(Maps::new(shapes)))
        });
        made.clone()
    }

    fn layer(&mut self, templates: &Path, statics: &Path, root: &Path, errors: &mut Vec<Diagnostic>) {
        for (name, path) in walk_files(templates) {
            let shown = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            match std::fs::read_to_string(&path) {
                Ok(text) => match self.templates.iter().position(|(n, _)| *n == name) {
                    Some(i) => {
                        self.templates[i].1 = text;
                        self.origins[i] = shown;
                    }
                    None => {
                        self.templates.push((name, text));
                        self.origins.push(shown);
                    }
                },
                Err(e) => errors.push(
                    Diagnostic::error("unreadable-file", format!("cannot read template `{shown}`: {e}"))
                        .at(Span::file_only(&shown))
                        .help("templates must be UTF-8 text files"),
                ),
            }
        }
        let folder = statics.canonicalize().unwrap_or_else(|_| statics.to_path_buf());
        for (name, path) in walk_files(statics) {
            // A symbolic link out of its static/ folder would publish whatever it points at:
            // `.env`, `briefing.toml`, a file of the writer's home.
            if !path.canonicalize().is_ok_and(|real| real.starts_with(&folder)) {
                let shown = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                self.warnings.push(
                    Diagnostic::warning(
                        "static-outside-site",
                        format!("`{shown}` links to a file outside its static/ folder; it is left out"),
                    )
                    .at(Span::file_only(&shown))
                    .help("copy the file into the static/ folder instead of linking to it"),
                );
                continue;
            }
            let file = StaticFile { path: name.clone(), source: StaticSource::Disk { path, folder: folder.clone() } };
            match self.statics.iter().position(|s| s.path == name) {
                Some(i) => self.statics[i] = file,
                None => self.statics.push(file),
            }
        }
    }

    /// Finds a static file by site path.
    pub fn static_file(&self, path: &str) -> Option<&StaticFile> {
        self.statics.iter().find(|s| s.path == path)
    }
}
