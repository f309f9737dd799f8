//! `briefing.toml`: the site's settings, every one optional.
//!
//! Unknown keys are errors with a suggestion, as in front-matter. The base URL is normalised
//! once here (trailing slash, path part split off) so that every link elsewhere is built the
//! same way.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

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
    pub autolink: AutolinkConfig,
    pub build: BuildConfig,
    pub markdown: MarkdownConfig,
    pub check: CheckConfig,
    pub map: MapConfig,
    /// The languages the site is read in, the first the default (`languages = ["en", "fr"]`);
    /// empty means `language` alone.
    pub languages: Vec<String>,
    /// What each language sets for itself: `[lang.fr] title = "..."`.
    pub lang: BTreeMap<String, LanguageConfig>,
}

/// A `[lang.<code>]` table: the site's title and description in that language, and how
/// long its dates are written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LanguageConfig {
    pub title: Option<String>,
    pub description: Option<String>,
    pub dates: DateStyle,
}

/// How a day is written: `long` "2 October 2020", `medium` "2 Oct 2020", `short` "02/10/2020",
/// each as the language writes it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateStyle {
    #[default]
    Long,
    Medium,
    Short,
}

/// The `[map]` table: whether locator maps are drawn, and the shapes they are drawn on.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MapConfig {
    /// `false` leaves every locator map out; places keep their pages, lists and exports.
    pub draw: bool,
    /// A TopoJSON file of the site's own, relative to the site's folder, for more detail or
    /// another worldview than the built-in Natural Earth shapes.
    pub basemap: Option<String>,
    /// Whom its shapes come from, printed under every map ("Map data: ...").
    pub credit: Option<String>,
}

impl Default for MapConfig {
    fn default() -> MapConfig {
        MapConfig { draw: true, basemap: None, credit: None }
    }
}

/// The `[check]` table.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CheckConfig {
    /// Warning codes the site has decided to accept: `check` counts them in its summary
    /// line instead of printing them.
    pub allow: Vec<String>,
}

/// The `[build]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BuildConfig {
    pub drafts: bool,
    pub output: String,
    /// Whether pages list the commits of the site's git repository that changed them
    /// (`[build] history = false` keeps commit messages off the published site).
    pub history: bool,
    /// Links relative to each page, for output opened from disk. Set by `build --relative`
    /// only: a preview server always serves from the root.
    #[serde(skip)]
    pub relative: bool,
    /// The day the site is shown as of (`build --as-of`, `serve --as-of`): what is dated
    /// after it is left out ([`crate::load::as_of`]). Never set in `briefing.toml`.
    #[serde(skip)]
    pub as_of: Option<crate::model::Date>,
}

/// `autolink = true | false`, or the `[autolink]` table for more.
#[derive(Debug, Clone, Hash)]
pub struct AutolinkConfig {
    /// Whether bodies link the first plain mention of each party at all.
    pub enabled: bool,
    /// Phrases in which no name is linked ("city of Washington"), matched as written.
    pub never: Vec<String>,
}

impl Default for AutolinkConfig {
    fn default() -> Self {
        AutolinkConfig { enabled: true, never: Vec::new() }
    }
}

/// The `[autolink]` table as written.
#[derive(Deserialize)]
#[serde(default, deny_unknown_fields)]
struct AutolinkTable {
    enabled: bool,
    never: Vec<String>,
}

impl Default for AutolinkTable {
    fn default() -> Self {
        AutolinkTable { enabled: true, never: Vec::new() }
    }
}

impl<'de> Deserialize<'de> for AutolinkConfig {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Form;
        impl<'de> Visitor<'de> for Form {
            type Value = AutolinkConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`true`, `false` or an `[autolink]` table with `enabled` and `never`")
            }
            fn visit_bool<E: de::Error>(self, enabled: bool) -> Result<AutolinkConfig, E> {
                Ok(AutolinkConfig { enabled, never: Vec::new() })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<AutolinkConfig, A::Error> {
                let table = AutolinkTable::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(AutolinkConfig { enabled: table.enabled, never: table.never })
            }
        }
        d.deserialize_any(Form)
    }
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
            autolink: AutolinkConfig::default(),
            build: BuildConfig::default(),
            markdown: MarkdownConfig::default(),
            check: CheckConfig::default(),
            map: MapConfig::default(),
            languages: Vec::new(),
            lang: BTreeMap::new(),
        }
    }
}

impl Default for BuildConfig {
    fn default() -> Self {
        BuildConfig { drafts: false, output: "public".to_string(), history: true, relative: false, as_of: None }
    }
}

const TOP_KEYS: &[&str] = &[
    "title",
    "base_url",
    "language",
    "languages",
    "lang",
    "description",
    "theme",
    "autolink",
    "build",
    "markdown",
    "check",
    "map",
];
const LANG_KEYS: &[&str] = &["title", "description", "dates"];
const BUILD_KEYS: &[&str] = &["drafts", "output", "history"];
const MARKDOWN_KEYS: &[&str] = &["raw_html"];
const AUTOLINK_KEYS: &[&str] = &["enabled", "never"];

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
        let (origin, path) = split(url.trim());
        let mut path = path.to_string();
        if !path.starts_with('/') {
            path.insert(0, '/');
        }
        if !path.ends_with('/') {
            path.push('/');
        }
        BaseUrl { origin: origin.to_string(), path }
    }

    /// Why `url` cannot be a base URL, with what to write instead: it must be an `http:` or
    /// `https:` address with a host (and a port, a path), or a path from the root. Anything
    /// else would make links that leave the site (`//evil.com/`), that browsers do not follow
    /// (`javascript://`), or that carry a query into every page.
    pub fn check(url: &str) -> Result<(), BaseUrlProblem> {
        let problem = |what: String, help: &str| Err(BaseUrlProblem { what, help: help.to_string() });
        const FORMS: &str = "write the address the site is published at, such as `https://example.org/karabakh/`, or a path from the root such as `/karabakh/` (`/` alone for the root)";
        if url.is_empty() {
            return problem("is empty".to_string(), FORMS);
        }
        if let Some(c) = url.chars().find(|c| c.is_whitespace() || c.is_control()) {
            return problem(format!("holds a space or control character (U+{:04X})", u32::from(c)), FORMS);
        }
        if url.contains('\\') {
            return problem("holds a backslash, which browsers read as `/`".to_string(), "write `/` where `\\` is");
        }
        if url.contains(['?', '#']) {
            return problem(
                "has a query or fragment (`?` or `#`), which would end up inside every link".to_string(),
                "leave out everything from the `?` or `#`",
            );
        }
        if let Some(c) = url.chars().find(|c| "\"<>^`{|}".contains(*c)) {
            return problem(
                format!("holds `{c}`, which is not allowed in a URL"),
                "write it percent-encoded, or leave it out",
            );
        }
        let (origin, path) = split(url);
        if let Some((scheme, authority)) = origin.split_once("://") {
            if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
                return problem(format!("uses the scheme `{scheme}:`; a site is published over http or https"), FORMS);
            }
            check_authority(authority).map_err(|what| BaseUrlProblem { what, help: FORMS.to_string() })?;
        } else if !url.starts_with('/') {
            let help = match url.split('/').next() {
                Some(host) if host.contains('.') && check_authority(host).is_ok() => {
                    format!("write `https://{}/`", url.trim_end_matches('/'))
                }
                _ => FORMS.to_string(),
            };
            return problem(
                "is neither an address starting with `https://` nor a path starting with `/`".to_string(),
                &help,
            );
        }
        if path.contains("//") {
            return problem(
                "has an empty part (`//`): links would start with `//`, which browsers read as another host"
                    .to_string(),
                "write a single `/` between the parts",
            );
        }
        // Browsers and servers read `%2e` as `.`, so `%2e%2e` is a `..` too.
        let dots = |part: &str| {
            let decoded = percent_encoding::percent_decode_str(part).decode_utf8_lossy();
            decoded.split('/').any(|part| part == "." || part == "..")
        };
        if path.split('/').any(dots) {
            return problem(
                "has a `.` or `..` part (written as it is or percent-encoded)".to_string(),
                "write the path the site is published at, without `.` or `..`",
            );
        }
        Ok(())
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

/// A BCP 47 tag as sites write them: a language of two or three letters, then subtags of
/// letters and digits (`pt-BR`, `sr-Latn`, `hy-AM`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("");
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// A base URL as its origin (`https://example.org`, empty for a path alone) and its path
/// (`/karabakh/`, `/` when there is none): the one place it is taken apart, for both
/// [`BaseUrl::check`] and [`BaseUrl::parse`], so what is checked is what links are made of.
fn split(url: &str) -> (&str, &str) {
    if url.starts_with('/') {
        return ("", url);
    }
    match url.find("://") {
        Some(i) => match url[i + 3..].find('/') {
            Some(j) => url.split_at(i + 3 + j),
            None => (url, "/"),
        },
        None => ("", url),
    }
}

/// What is wrong with a base URL: `what` completes "base_url `...` ".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrlProblem {
    pub what: String,
    pub help: String,
}

/// Checks the `host[:port]` of an address: a name, an IPv4 or a bracketed IPv6 address, no
/// user name.
fn check_authority(authority: &str) -> Result<(), String> {
    if authority.contains('@') {
        return Err("holds a user name (`@`); give the host alone".to_string());
    }
    let (host, port) = if let Some(rest) = authority.strip_prefix('[') {
        let Some((v6, after)) = rest.split_once(']') else { return Err("has an unclosed `[` in its host".to_string()) };
        if v6.is_empty() || !v6.chars().all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.') {
            return Err(format!("has `[{v6}]` for a host, which is not an IPv6 address"));
        }
        match after {
            "" => (v6, None),
            _ => match after.strip_prefix(':') {
                Some(port) => (v6, Some(port)),
                None => return Err("has something after its `[...]` host that is not a port".to_string()),
            },
        }
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    if host.is_empty() {
        return Err("has no host".to_string());
    }
    if !authority.starts_with('[') && !host.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.') {
        return Err(format!("has `{host}` for a host, which is not a host name"));
    }
    if let Some(port) = port
        && !(port.bytes().all(|b| b.is_ascii_digit()) && port.parse::<u16>().is_ok_and(|p| p > 0))
    {
        return Err(format!("has `{port}` for a port; a port is a number from 1 to 65535"));
    }
    Ok(())
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
        let config = toml::from_str::<Config>(&file.text).map_err(|e| vec![config_diagnostic(&file, &e)])?;
        if let Err(problem) = BaseUrl::check(&config.base_url) {
            #[derive(Deserialize)]
            struct Located {
                base_url: Option<toml::Spanned<String>>,
            }
            let span = toml::from_str::<Located>(&file.text).ok().and_then(|l| l.base_url).map(|b| file.span(b.span()));
            return Err(vec![
                Diagnostic::error("config", format!("base_url `{}` {}", config.base_url.escape_debug(), problem.what))
                    .at_opt(span)
                    .help(problem.help),
            ]);
        }
        config.check_languages(&file)?;
        let mut config = config;
        // The default language is the first listed: every page of it, the feed and the
        // exports say so.
        if let Some(first) = config.languages.first() {
            config.language = first.clone();
        }
        Ok(config)
    }

    /// Every language is a well-formed tag written once, `language` (when given with
    /// `languages`) is the first of them, and every `[lang.x]` table is for one of them.
    fn check_languages(&self, file: &SourceFile) -> Result<(), Vec<Diagnostic>> {
        let at = |needle: &str| file.text.find(needle).map(|start| file.span(start..start + needle.len()));
        let mut problems = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for code in self.language_codes() {
            if !is_language_tag(code) {
                problems.push(
                    Diagnostic::error("config", format!("`{}` is not a language tag", code.escape_debug()))
                        .at_opt(at(&format!("\"{code}\"")))
                        .help("write a language as its BCP 47 tag: `en`, `fr`, `ru`, `hy`, `az`, `ar`, `pt-BR`"),
                );
            } else if !seen.insert(code.to_ascii_lowercase()) {
                problems.push(
                    Diagnostic::error("config", format!("the language `{code}` is listed twice"))
                        .at_opt(at("languages"))
                        .help("list each language once; the first is the default"),
                );
            }
        }
        if let Some(first) = self.languages.first()
            && self.language != Config::default().language
            && &self.language != first
        {
            problems.push(
                Diagnostic::error(
                    "config",
                    format!("`language` is `{}` but `languages` starts with `{first}`", self.language),
                )
                .at_opt(at("language ="))
                .help("the first of `languages` is the default language: leave `language` out, or make them agree"),
            );
        }
        for code in self.lang.keys() {
            if !self.language_codes().any(|c| c == code) {
                problems.push(
                    Diagnostic::error("config", format!("`[lang.{code}]` is for a language the site does not list"))
                        .at_opt(at(&format!("[lang.{code}]")))
                        .help(format!("add \"{code}\" to `languages`, or remove the table")),
                );
            }
        }
        // An empty title would give that language's pages a title of nothing: a blank tab, a
        // feed without a name. Left out, the language takes the site's title.
        for (code, settings) in &self.lang {
            for (key, value) in [("title", &settings.title), ("description", &settings.description)] {
                if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
                    problems.push(
                        Diagnostic::error("config", format!("`[lang.{code}] {key}` is empty"))
                            .at_opt(at(&format!("[lang.{code}]")))
                            .help(format!("write the {key} in that language, or leave `{key}` out to use the site's")),
                    );
                }
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(problems) }
    }

    /// The site's languages, the default first.
    pub fn language_codes(&self) -> impl Iterator<Item = &str> {
        let single = self.languages.is_empty().then_some(self.language.as_str());
        single.into_iter().chain(self.languages.iter().map(String::as_str))
    }

    /// The default language: the first of `languages`, else `language`.
    pub fn default_language(&self) -> &str {
        self.languages.first().map_or(&self.language, String::as_str)
    }

    /// Whether the site is read in more than one language.
    pub fn is_multilingual(&self) -> bool {
        self.languages.len() > 1
    }

    /// What `[lang.<code>]` sets, or the defaults.
    pub fn language_settings(&self, code: &str) -> LanguageConfig {
        self.lang.get(code).cloned().unwrap_or_default()
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
                Some(t) if t.contains("autolink") => AUTOLINK_KEYS,
                Some(t) if t.trim_start().starts_with("[lang.") => LANG_KEYS,
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
    fn base_urls_are_web_addresses_or_rooted_paths() {
        for good in [
            "/",
            "/karabakh/",
            "/karabakh",
            "/a/b-c_d.e~f/%C3%A9/",
            "https://example.org",
            "https://example.org/",
            "HTTPS://Example.ORG/karabakh/",
            "http://localhost:1111/",
            "http://127.0.0.1:8080/",
            "http://[::1]:1111/",
            "https://xn--bcher-kva.example/",
            "https://bücher.example/",
        ] {
            assert!(Config::parse(&format!("base_url = \"{good}\"\n")).is_ok(), "{good} is refused");
        }
        for bad in [
            "",
            "https://example.org//",
            "https://example.org//evil.com/",
            "//evil.com/",
            "/a//b/",
            "example.org",
            "example.org/karabakh/",
            "https://example.org/?q=1",
            "https://example.org/#top",
            "javascript://example.org/%0aalert(1)",
            "ftp://example.org/",
            "https://",
            "https:///path/",
            "https://user@example.org/",
            "https://example.org:99999/",
            "https://example.org:/",
            "https://exa mple.org/",
            " /",
            "/a\\\\b/",
            "https:\\\\example.org\\\\",
            "/a/../b/",
            "/a/%2e%2e/b/",
            "/a/%2E%2e/",
            "/a/%2E./",
            "/a/.%2e",
            "https://example.org/%2e/",
            "https://example.org/a/%2E%2E",
            "/a/\\u0001/",
            "https://ex<ample.org/",
        ] {
            let errors = Config::parse(&format!("title = \"T\"\nbase_url = \"{bad}\"  # here\n"))
                .err()
                .unwrap_or_else(|| panic!("{bad:?} is accepted"));
            assert_eq!(errors.len(), 1, "{bad:?}: {errors:?}");
            let span = errors[0].span.as_ref().expect("the error points at the value");
            assert_eq!((span.line, span.column), (2, 12), "{bad:?}");
            assert!(errors[0].message.contains("base_url"), "{bad:?}: {}", errors[0].message);
            assert!(errors[0].help.is_some(), "{bad:?}");
        }
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
    fn autolink_is_a_switch_or_a_table() {
        assert!(!Config::parse("autolink = false\n").unwrap().autolink.enabled);
        let table = Config::parse("[autolink]\nnever = [\"city of Washington\"]\n").unwrap().autolink;
        assert!(table.enabled);
        assert_eq!(table.never, ["city of Washington"]);
        assert!(!Config::parse("[autolink]\nenabled = false\n").unwrap().autolink.enabled);
        let errors = Config::parse("[autolink]\nnevr = []\n").unwrap_err();
        assert_eq!(errors[0].help.as_deref(), Some("did you mean `never`?"));
    }

    #[test]
    fn languages_are_tags_listed_once_with_the_default_first() {
        let config =
            Config::parse("languages = [\"en\", \"fr\", \"ar\"]\n[lang.fr]\ntitle = \"T\"\ndates = \"medium\"\n")
                .unwrap();
        assert_eq!(config.language_codes().collect::<Vec<_>>(), ["en", "fr", "ar"]);
        assert_eq!(config.default_language(), "en");
        assert_eq!(config.language_settings("fr").dates, DateStyle::Medium);
        assert_eq!(Config::parse("language = \"fr\"\n").unwrap().language_codes().collect::<Vec<_>>(), ["fr"]);
        for bad in [
            "languages = [\"en\", \"French\"]",
            "languages = [\"en\", \"fr\", \"fr\"]",
            "language = \"fr\"\nlanguages = [\"en\", \"fr\"]",
            "languages = [\"en\"]\n[lang.fr]\ntitle = \"T\"",
        ] {
            let errors = Config::parse(bad).err().unwrap_or_else(|| panic!("{bad} is accepted"));
            assert!(errors[0].span.is_some() && errors[0].help.is_some(), "{bad}: {errors:?}");
        }
        let empty = Config::parse("languages = [\"en\", \"fr\"]\n[lang.fr]\ntitle = \" \"\n").unwrap_err();
        assert!(empty[0].message.contains("`[lang.fr] title` is empty"), "{:?}", empty[0].message);
        let errors = Config::parse("languages = [\"en\"]\n[lang.en]\ntitel = \"T\"\n").unwrap_err();
        assert_eq!(errors[0].help.as_deref(), Some("did you mean `title`?"));
    }

    #[test]
    fn defaults_fill_what_is_missing() {
        let config = Config::parse("title = \"T\"\n[build]\ndrafts = true\n").unwrap();
        assert_eq!(config.title, "T");
        assert!(config.build.drafts);
        assert_eq!(config.build.output, "public");
        assert!(config.autolink.enabled);
    }
}
