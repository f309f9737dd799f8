//! Checking raw front-matter field by field and building the typed model from it.
//!
//! Each problem becomes a diagnostic at the exact key or value, and checking goes on, so a
//! file with three mistakes reports three. References between briefs stay plain ids here;
//! whether they exist is `resolve`'s business.

mod event;
mod page;
mod party;
mod place;

use crate::diagnostics::{Diagnostic, did_you_mean};
use crate::load::locate::Locator;
use crate::load::raw::{IdOr, List, OneOrMany, RawCorrection, RawSource, Text};
use crate::model::{
    Article, Brief, Correction, CorrectionKind, DATE_HELP, Date, Facts, Party, Source, SourceEntry, SourceFile,
    Vocabulary, slug, url,
};

pub(crate) use event::event;
pub(crate) use page::{home, page};
pub(crate) use party::party;
pub(crate) use place::place;

/// Checks fields of one file, collecting diagnostics.
pub(crate) struct Checker<'a, 'f> {
    locator: &'a Locator<'f>,
    diagnostics: &'a mut Vec<Diagnostic>,
    noun: &'static str,
}

fn clean(value: Option<Text>) -> Option<String> {
    value.map(|Text(t)| t.trim().to_string()).filter(|t| !t.is_empty())
}

fn clean_list(values: OneOrMany) -> Vec<String> {
    values.0.into_iter().map(|v| v.trim().to_string()).filter(|v| !v.is_empty()).collect()
}

impl<'a, 'f> Checker<'a, 'f> {
    pub(super) fn new(locator: &'a Locator<'f>, diagnostics: &'a mut Vec<Diagnostic>, noun: &'static str) -> Self {
        Checker { locator, diagnostics, noun }
    }

    fn error(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// A field the brief cannot do without.
    fn required(&mut self, value: Option<Text>, path: &str, example: &str) -> Option<String> {
        self.required_with(value, path, |_| example.to_string())
    }

    /// `required`, with the example made only when the field is missing (most are not).
    fn required_with(
        &mut self,
        value: Option<Text>,
        path: &str,
        example: impl FnOnce(&Self) -> String,
    ) -> Option<String> {
        let value = clean(value);
        if value.is_none() {
            let example = example(self);
            let (parent, key) = path.rsplit_once('.').unwrap_or(("", path));
            let (message, span) = if parent.is_empty() {
                (format!("this {} has no `{key}`", self.noun), self.locator.opening())
            } else {
                (format!("`{parent}` entry has no `{key}`"), self.locator.value(parent))
            };
            self.error(Diagnostic::error("missing-field", message).at(span).help(format!("add `{key}: {example}`")));
        }
        value
    }

    /// A title for a brief that has none, made from its file name (`river-talks.md` gives
    /// "River talks"), so the hint reads as this site's own and never as another's example.
    fn title_from_id(&self) -> String {
        let path = std::path::Path::new(&self.locator.file().path);
        let stem = path.file_stem().map_or_else(|| "title".to_string(), |s| s.to_string_lossy().replace('-', " "));
        crate::model::upper_first(&stem)
    }

    /// An optional date; `..` alone means unknown or still open (`ended: ..`).
    fn date(&mut self, value: Option<Text>, path: &str) -> Option<Date> {
        let text = clean(value)?;
        if text == ".." {
            return None;
        }
        match Date::parse(&text) {
            Ok(date) => Some(date),
            Err(e) => {
                let span = self.locator.value(path);
                let (problem, help) = if let Some((problem, help)) = crate::load::mistakes::interval(&text) {
                    (problem.to_string(), help)
                } else if let Some(help) = crate::load::mistakes::foreign_date(&text) {
                    ("dates are written year-month-day".to_string(), help)
                } else {
                    (e.to_string(), DATE_HELP.to_string())
                };
                self.error(
                    Diagnostic::error("invalid-date", format!("invalid date `{text}`: {problem}")).at(span).help(help),
                );
                None
            }
        }
    }

    /// One of a closed set of words with no default: checked only when given, so its
    /// absence is no error.
    fn optional_word<E: Vocabulary>(&mut self, value: Option<Text>, path: &str) -> Option<E> {
        let given = value.as_ref().is_some_and(|Text(t)| !t.trim().is_empty());
        if given { self.word(value, path, None) } else { None }
    }

    /// The party's `article`, unless its name already starts with a lowercase "the", which
    /// would read "the the rebels".
    fn article_fits(&mut self, party: &Party) -> Option<Article> {
        let article = party.article?;
        let (key, name) = match &party.short_name {
            Some(short) => ("short_name", short),
            None => ("name", &party.name),
        };
        // A capital "The" is lowered and the article not added twice; only a lowercase one repeats.
        if !name.starts_with("the ") {
            return Some(article);
        }
        let span = self.locator.value("article");
        self.error(
            Diagnostic::error(
                "invalid-value",
                format!("`article: {}` before `{key}: {name}` would read \"the {name}\"", article.word()),
            )
            .at(span)
            .help(format!("leave `article` out: `{key}: {name}` reads right in a sentence as it is")),
        );
        None
    }

    /// One of a closed set of words, with `default` when absent.
    fn word<E: Vocabulary>(&mut self, value: Option<Text>, path: &str, default: Option<E>) -> Option<E> {
        let (from_word, words, what) = (E::from_word, E::WORDS, E::WHAT);
        let Some(text) = clean(value) else {
            if default.is_none() {
                let (parent, key) = path.rsplit_once('.').unwrap_or(("", path));
                let span = if parent.is_empty() { self.locator.opening() } else { self.locator.value(parent) };
                self.error(
                    Diagnostic::error("missing-field", format!("`{parent}` entry has no `{key}`"))
                        .at(span)
                        .help(format!("add `{key}:` with one of: {}", words.join(", "))),
                );
            }
            return default;
        };
        if let Some(e) = from_word(&text) {
            return Some(e);
        }
        let lower = text.to_lowercase().replace([' ', '-'], "_");
        if let Some(e) = from_word(&lower) {
            let span = self.locator.value(path);
            self.error(
                Diagnostic::error("invalid-value", format!("{what} `{text}` is not spelled as front-matter expects"))
                    .at(span)
                    .help(format!("write `{lower}`")),
            );
            return Some(e);
        }
        let span = self.locator.value(path);
        let help = match did_you_mean(&text, words.iter().copied()) {
            Some(dym) => format!("{dym} accepted values: {}", words.join(", ")),
            None => format!("accepted values: {}", words.join(", ")),
        };
        self.error(Diagnostic::error("invalid-value", format!("unknown {what} `{text}`")).at(span).help(help));
        default
    }

    fn number(&mut self, value: Option<Text>, path: &str) -> Option<u64> {
        let text = clean(value)?;
        match text.parse::<u64>() {
            Ok(n) => Some(n),
            Err(_) => {
                let span = self.locator.value(path);
                let help = match without_thousands_separators(&text) {
                    Some(digits) => format!("thousands are written without separators: {digits}"),
                    None if text.contains(['.', ',']) && text.replace(['.', ','], "").parse::<u64>().is_ok() => {
                        "a figure counts people, so it is a whole number; for an uncertain count put a range in low and high, and a best estimate in best".to_string()
                    }
                    None => "a figure is a whole number; put a range in low and high, and a best estimate in best".to_string(),
                };
                self.error(
                    Diagnostic::error("invalid-value", format!("`{text}` is not a whole number")).at(span).help(help),
                );
                None
            }
        }
    }

    fn url(&mut self, value: Option<Text>, path: &str) -> Option<String> {
        let url = clean(value)?;
        let Some(scheme) = url::unsafe_scheme(&url) else { return Some(url) };
        let span = self.locator.value(path);
        self.error(
            Diagnostic::error(
                "unsafe-url",
                format!(
                    "the URL `{}` uses the scheme `{scheme}:`, which readers' browsers should not follow",
                    url.escape_debug()
                ),
            )
            .at(span)
            .help(url::HELP),
        );
        None
    }

    fn sources(&mut self, raw: List<IdOr<RawSource>>) -> Vec<SourceEntry> {
        let mut out = Vec::with_capacity(raw.0.len());
        for (i, entry) in raw.into_iter().enumerate() {
            match entry {
                IdOr::Id(id) => out.push(SourceEntry::Cited(id.trim().to_string())),
                IdOr::Map(s) => {
                    if let Some(source) = self.source(s, &format!("sources.{i}")) {
                        out.push(SourceEntry::Defined(source));
                    }
                }
            }
        }
        out
    }

    fn source(&mut self, raw: RawSource, path: &str) -> Option<Source> {
        let source = Source {
            id: clean(raw.id),
            title: clean(raw.title),
            publisher: clean(raw.publisher),
            date: self.date(raw.date, &format!("{path}.date")),
            url: self.url(raw.url, &format!("{path}.url")),
        };
        if source.title.is_none() && source.publisher.is_none() && source.url.is_none() {
            let span = self.locator.value(path);
            self.error(
                Diagnostic::error("missing-field", "this source has no title, publisher or url")
                    .at(span)
                    .help("give at least a title or a publisher, and the url when there is one"),
            );
            return None;
        }
        Some(source)
    }

    /// The fields every kind of brief shares.
    fn common(
        &mut self,
        summary: Option<Text>,
        sources: List<IdOr<RawSource>>,
        tags: OneOrMany,
        updated: Option<Text>,
        draft: Option<bool>,
        corrections: List<RawCorrection>,
    ) -> Common {
        Common {
            summary: clean(summary),
            sources: self.sources(sources),
            tags: self.tags(tags),
            updated: self.date(updated, "updated"),
            draft: draft.unwrap_or(false),
            corrections: self.corrections(corrections),
        }
    }

    /// `corrections:`, as listed; each needs a date and a text.
    fn corrections(&mut self, raw: List<RawCorrection>) -> Vec<Correction> {
        let mut corrections = Vec::new();
        for (i, raw) in raw.into_iter().enumerate() {
            let path = format!("corrections.{i}");
            let mut date = self.date(raw.date.clone(), &format!("{path}.date"));
            if date.is_none() && !self.locator.has(&format!("{path}.date")) {
                self.required(None, &format!("{path}.date"), "2020-10-05");
            }
            // A correction is made on a day: readers and feeds are told which.
            if let Some(d) = date.filter(|d| d.earliest() != d.latest() || d.is_qualified()) {
                let span = self.locator.value(&format!("{path}.date"));
                self.error(
                    Diagnostic::error(
                        "invalid-date",
                        format!("a correction is dated to the day it was made, not {}", d.human()),
                    )
                    .at(span)
                    .help("write the day, as 2020-10-05"),
                );
                date = None;
            }
            let kind = self.word(raw.kind, &format!("{path}.kind"), Some(CorrectionKind::Correction));
            let text = self.required(raw.text, &format!("{path}.text"), "what was wrong, and what is right");
            if let (Some(date), Some(kind), Some(text)) = (date, kind, text) {
                corrections.push(Correction { date, kind, text });
            }
        }
        // Kept in the file's order: translations and diagnostics find each by its position.
        corrections
    }

    fn tags(&mut self, raw: OneOrMany) -> Vec<String> {
        let mut tags = Vec::new();
        for (i, tag) in clean_list(raw).into_iter().enumerate() {
            if slug::slugify(&tag).is_empty() {
                let span = self.locator.value(&format!("tags.{i}"));
                self.error(
                    Diagnostic::error("invalid-value", format!("the tag `{tag}` has no letters or digits"))
                        .at(span)
                        .help("tags are short words such as `fighting` or `south-caucasus`"),
                );
            } else if let Some(list) = several_tags(&tag) {
                // `tags: fighting, war` is one text to YAML, which became the tag `fighting-war`.
                let span = self.locator.value(&format!("tags.{i}"));
                self.error(
                    Diagnostic::error("invalid-value", format!("`{tag}` is one tag with a comma in it"))
                        .at(span)
                        .help(format!("several tags are a list in brackets: `tags: [{list}]`")),
                );
            } else {
                tags.push(tag);
            }
        }
        tags
    }
}

/// The parts every brief shares.
pub(crate) struct Common {
    summary: Option<String>,
    sources: Vec<SourceEntry>,
    tags: Vec<String>,
    updated: Option<Date>,
    draft: bool,
    corrections: Vec<Correction>,
}

impl Common {
    pub(super) fn into_brief(self, id: String, file: SourceFile, facts: Facts) -> Brief {
        let front_hash = {
            use std::hash::{Hash, Hasher};
            let mut h = rustc_hash::FxHasher::default();
            (&file.path, &file.text[file.front_matter.clone()]).hash(&mut h);
            h.finish()
        };
        Brief {
            id,
            file,
            front_hash,
            link_names: Vec::new(),
            facts,
            summary: self.summary,
            sources: self.sources,
            tags: self.tags,
            updated: self.updated,
            draft: self.draft,
            corrections: self.corrections,
        }
    }
}

/// The tags a tag holding commas stands for, as a list's inside (`fighting, war`).
fn several_tags(tag: &str) -> Option<String> {
    let parts: Vec<&str> = tag.split(',').map(str::trim).collect();
    (parts.len() > 1 && parts.iter().all(|p| !slug::slugify(p).is_empty())).then(|| parts.join(", "))
}

/// `1.747`, `12,000`, `1 747 000` or `1'747` as the digits they stand for: groups of three
/// after the first, split by one separator used throughout. `2.5` or `1.74` is a decimal.
fn without_thousands_separators(text: &str) -> Option<String> {
    let separator = text.chars().find(|c| !c.is_ascii_digit())?;
    if !",. _'\u{a0}\u{202f}".contains(separator) {
        return None;
    }
    let mut groups = text.split(separator);
    let first = groups.next()?;
    let first_ok = (1..=3).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_digit());
    let mut digits = first.to_string();
    for group in groups {
        if group.len() != 3 || !group.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push_str(group);
    }
    first_ok.then_some(digits)
}
