//! `briefing.toml`: the site's settings, every one optional.
//!
//! Unknown keys are errors with a suggestion, as in front-matter. The base URL is normalised
//! once here (trailing slash, path part split off) so that every link elsewhere is built the
//! same way.

use std::path::Path;

use serde::Deserialize;

use crate::diagnostics::{Diagnostic, did_you_mean};
use crate::model::SourceFile;

pub const CONFIG_FILE: &str = "briefing.toml";

/// The site's configuration as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub title: String,
    pub base_url: String,
    pub language: String,
    pub description: String,
    pub theme: String,
    pub autolink: bool,
    pub build: BuildConfig,
    pub markdown: MarkdownConfig,
}

/// The `[build]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BuildConfig {
    pub drafts: bool,
    pub output: String,
    /// Links relative to each page, for output opened from disk. Set by `build --relative`
    /// only: a preview server always serves from the root.
    #[serde(skip)]
    pub relative: bool,
}

/// The `[markdown]` table.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MarkdownConfig {
    pub raw_html: RawHtml,
}

/// What happens to HTML written inside a Markdown body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RawHtml {
    /// Tags and HTML blocks are left out of the page; the Markdown around them stays. A brief
    /// can then never carry a script, an event handler or a style into the site, whoever
    /// wrote or pasted it.
    #[default]
    Strip,
    /// Passed through as written, for sites whose every writer is trusted with the pages.
    Keep,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "Explainer".to_string(),
            base_url: "/".to_string(),
            language: "en".to_string(),
            description: String::new(),
            theme: "default".to_string(),
            autolink: true,
            build: BuildConfig::default(),
            markdown: MarkdownConfig::default(),
        }
    }
}

impl Default for BuildConfig {
    fn default() -> Self {
        BuildConfig { drafts: false, output: "public".to_string(), relative: false }
    }
}

const TOP_KEYS: &[&str] = &["title", "base_url", "language", "description", "theme", "autolink", "build", "markdown"];
const BUILD_KEYS: &[&str] = &["drafts", "output"];
const MARKDOWN_KEYS: &[&str] = &["raw_html"];

/// Where the site lives on the web: `https://example.org/karabakh/` gives the origin
/// `https://example.org` and the path `/karabakh/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    /// Scheme and host, no trailing slash; empty when the base URL is only a path.
    pub origin: String,
    /// Always starts and ends with `/`.
    pub path: String,
}

impl BaseUrl {
    pub fn parse(url: &str) -> BaseUrl {
        let url = url.trim();
        let (origin, path) = match url.find("://") {
            Some(i) => {
                let after = &url[i + 3..];
                match after.find('/') {
                    Some(j) => (&url[..i + 3 + j], &after[j..]),
                    None => (url, "/"),
                }
            }
            None => ("", url),
        };
        let mut path = path.to_string();
        if !path.starts_with('/') {
            path.insert(0, '/');
        }
        if !path.ends_with('/') {
            path.push('/');
        }
        BaseUrl { origin: origin.to_string(), path }
    }

    /// The absolute form of a site path such as `parties/armenia/`.
    pub fn absolute(&self, site_path: &str) -> String {
        format!("{}{}", self.origin, self.link(site_path))
    }

    /// The root-relative link to a site path: `/karabakh/parties/armenia/`.
    pub fn link(&self, site_path: &str) -> String {
        format!("{}{}", self.path, site_path.trim_start_matches('/'))
    }
}

impl Config {
    /// Reads `briefing.toml` from the site root; a missing file gives the defaults.
    pub fn load(root: &Path) -> Result<Config, Vec<Diagnostic>> {
        let path = root.join(CONFIG_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => {
                return Err(vec![Diagnostic::error("unreadable-file", format!("cannot read {CONFIG_FILE}: {e}"))]);
            }
        };
        Config::parse(&text)
    }

    pub fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
        let file = SourceFile {
            path: CONFIG_FILE.to_string(),
            text: text.trim_start_matches('\u{feff}').to_string(),
            front_matter: 0..0,
            body_start: 0,
        };
        toml::from_str::<Config>(&file.text).map_err(|e| vec![config_diagnostic(&file, &e)])
    }

    pub fn base(&self) -> BaseUrl {
        BaseUrl::parse(&self.base_url)
    }
}

fn config_diagnostic(file: &SourceFile, e: &toml::de::Error) -> Diagnostic {
    let message = e.message().trim().to_string();
    let span = e.span().map(|r| file.span(r));
    let unknown = message.strip_prefix("unknown field `").and_then(|rest| rest.split('`').next()).map(str::to_string);
    match unknown {
        Some(key) => {
            let table = span
                .as_ref()
                .and_then(|s| file.text.lines().take(s.line).filter(|l| l.trim_start().starts_with('[')).last());
            let keys = match table {
                Some(t) if t.contains("build") => BUILD_KEYS,
                Some(t) if t.contains("markdown") => MARKDOWN_KEYS,
                _ => TOP_KEYS,
            };
            let help = did_you_mean(&key, keys.iter().copied())
                .unwrap_or_else(|| format!("accepted keys: {}", keys.join(", ")));
            Diagnostic::error("unknown-key", format!("unknown key `{key}` in {CONFIG_FILE}")).at_opt(span).help(help)
        }
        None => Diagnostic::error("config", format!("{CONFIG_FILE}: {message}"))
            .at_opt(span)
            .help("see the configuration reference in the README"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_base_url() {
        let b = BaseUrl::parse("https://example.org/karabakh");
        assert_eq!(b.origin, "https://example.org");
        assert_eq!(b.path, "/karabakh/");
        assert_eq!(b.link("parties/armenia/"), "/karabakh/parties/armenia/");
        assert_eq!(b.absolute("/"), "https://example.org/karabakh/");
        assert_eq!(BaseUrl::parse("https://example.org").path, "/");
        assert_eq!(BaseUrl::parse("/").link("x/"), "/x/");
    }

    #[test]
    fn unknown_keys_get_a_suggestion() {
        let errors = Config::parse("title = \"x\"\nautolnk = true\n").unwrap_err();
        assert_eq!(errors[0].code, "unknown-key");
        assert_eq!(errors[0].help.as_deref(), Some("did you mean `autolink`?"));
        assert_eq!(errors[0].span.as_ref().map(|s| s.line), Some(2));
    }

    #[test]
    fn raw_html_is_stripped_unless_kept() {
        assert_eq!(Config::parse("").unwrap().markdown.raw_html, RawHtml::Strip);
        let keep = Config::parse("[markdown]\nraw_html = \"keep\"\n").unwrap();
        assert_eq!(keep.markdown.raw_html, RawHtml::Keep);
        let errors = Config::parse("[markdown]\nraw_htm = \"keep\"\n").unwrap_err();
        assert_eq!(errors[0].help.as_deref(), Some("did you mean `raw_html`?"));
        let errors = Config::parse("[markdown]\nraw_html = \"sanitize\"\n").unwrap_err();
        assert_eq!(errors[0].span.as_ref().map(|s| s.line), Some(2));
    }

    #[test]
    fn defaults_fill_what_is_missing() {
        let config = Config::parse("title = \"T\"\n[build]\ndrafts = true\n").unwrap();
        assert_eq!(config.title, "T");
        assert!(config.build.drafts);
        assert_eq!(config.build.output, "public");
        assert!(config.autolink);
    }
}
