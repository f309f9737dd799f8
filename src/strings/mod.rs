//! Strings: every sentence, label and heading a reader meets, in one catalogue of one
//! language, looked up by key. The catalogue is a Fluent file (`themes/default/strings/en.ftl`,
//! compiled in as the theme's templates are), so a second language is a second file with the
//! same keys. It is read once per build; a malformed file is a diagnostic, and a key it lacks
//! is an error naming the key, never an empty string on a page.

mod calendar;
mod dates;
mod plurals;
mod templates;
mod vocabulary;

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::resolver::ResolverError;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast::Entry;
use fluent_syntax::parser::ParserError;

use crate::diagnostics::{Diagnostic, Span};
use crate::model::DateWords;

/// The English catalogue of the default theme.
const EMBEDDED: &str = include_str!("../../themes/default/strings/en.ftl");

/// The catalogues built in besides English, by language: a site in one of these languages
/// has every word of its pages in it without writing a string.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("en", EMBEDDED),
    ("fr", include_str!("../../themes/default/strings/fr.ftl")),
    ("ru", include_str!("../../themes/default/strings/ru.ftl")),
    ("hy", include_str!("../../themes/default/strings/hy.ftl")),
    ("az", include_str!("../../themes/default/strings/az.ftl")),
    ("ar", include_str!("../../themes/default/strings/ar.ftl")),
];

/// The languages written right to left, by their primary subtag.
const RIGHT_TO_LEFT: &[&str] = &["ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi"];

/// Whether text in the language `tag` runs right to left (`ar`, `he`, `fa-IR`).
pub fn is_right_to_left(tag: &str) -> bool {
    let primary = tag.split('-').next().unwrap_or(tag);
    RIGHT_TO_LEFT.contains(&primary)
}
/// How the embedded catalogue is named in diagnostics, as the embedded templates are.
const EMBEDDED_ORIGIN: &str = "built-in theme: strings/en.ftl";

/// The strings of one language, parsed and checked.
pub struct Strings {
    /// `Sync` (its memoizer is behind a lock), since pages render on many threads at once.
    bundle: FluentBundle<FluentResource>,
    /// Where the catalogue came from, for messages.
    origin: String,
    /// Every string without arguments, resolved once: a page reads them for nothing.
    plain: BTreeMap<String, String>,
    /// The words dates are told in, read from the catalogue the first time they are asked for
    /// (see `dates.rs`): once per catalogue, not per page.
    date_words: OnceLock<DateWords>,
    /// The language, as the site lists it.
    lang: String,
    /// How long the site writes its dates in this language (`[lang.x] dates`).
    date_style: crate::config::DateStyle,
    /// How the language groups digits ("30 000", "30.000"), made when first needed; `None`
    /// for English and for a language ICU4X does not know (then "30,000").
    numbers: OnceLock<Option<icu_decimal::DecimalFormatter>>,
}

impl std::fmt::Debug for Strings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Strings")
            .field("origin", &self.origin)
            .field("plain", &self.plain.len())
            .finish_non_exhaustive()
    }
}

/// Why a string could not be given.
#[derive(Debug, thiserror::Error)]
pub enum StringError {
    #[error("there is no string `{key}` in {origin}")]
    Missing { key: String, origin: String },
    #[error("the string `{key}` of {origin} could not be made: {problems}")]
    Format { key: String, origin: String, problems: String },
}

impl Strings {
    /// The default theme's English catalogue.
    pub fn embedded() -> Result<Strings, Vec<Diagnostic>> {
        Strings::parse(EMBEDDED_ORIGIN, EMBEDDED)
    }

    /// The default theme's English catalogue, parsed once per process and shared. It is
    /// compiled in, so it cannot be malformed in a released binary: `the_built_in_catalogue_parses`
    /// fails first.
    pub fn embedded_shared() -> Arc<Strings> {
        static EMBEDDED_STRINGS: OnceLock<Arc<Strings>> = OnceLock::new();
        EMBEDDED_STRINGS
            .get_or_init(|| {
                Arc::new(Strings::embedded().expect("the built-in catalogue parses (a unit test checks it)"))
            })
            .clone()
    }

    /// Parses a catalogue named `origin` (a file of a site or theme, later): every syntax
    /// error, repeated key and broken plain string is reported at its line, all at once.
    pub fn parse(origin: &str, source: &str) -> Result<Strings, Vec<Diagnostic>> {
        Strings::layered("en", &[(origin, source)])
    }

    /// The catalogue of `lang`: English, then the built-in catalogue of `lang` when there is
    /// one, then `own` (the site's `strings/<lang>.ftl`), each string of a later layer in
    /// place of an earlier one's. A string no layer of `lang` gives is shown in English and
    /// reported in the warnings (`check` prints them; a build goes on).
    pub fn for_language(lang: &str, own: Option<(&str, &str)>) -> Result<(Strings, Vec<Diagnostic>), Vec<Diagnostic>> {
        let built_in = BUILT_IN.iter().find(|(code, _)| *code == lang).map(|(code, text)| (*code, *text));
        let origin = built_in.map(|(code, _)| format!("built-in theme: strings/{code}.ftl"));
        let mut layers: Vec<(&str, &str)> = vec![(EMBEDDED_ORIGIN, EMBEDDED)];
        if lang != "en" {
            layers.extend(built_in.map(|(_, text)| (origin.as_deref().unwrap_or_default(), text)));
        }
        layers.extend(own);
        let strings = Strings::layered(lang, &layers)?;
        let mut warnings = Vec::new();
        if lang != "en" {
            let given: std::collections::HashSet<String> =
                layers[1..].iter().flat_map(|(_, text)| message_keys(text)).collect();
            let missing: Vec<String> = message_keys(EMBEDDED).into_iter().filter(|k| !given.contains(k)).collect();
            if !missing.is_empty() {
                let file = own.map_or_else(|| format!("strings/{lang}.ftl"), |(origin, _)| origin.to_string());
                let shown = missing.iter().take(5).map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
                let more = if missing.len() > 5 { format!(" and {} more", missing.len() - 5) } else { String::new() };
                warnings.push(
                    Diagnostic::warning(
                        "missing-string",
                        format!("{} of the {} strings are not written in `{lang}`: {shown}{more}; pages show them in English", missing.len(), message_keys(EMBEDDED).len()),
                    )
                    .at(Span::file_only(&file))
                    .help(format!("write them in `{file}`, with the keys of the built-in `strings/en.ftl`")),
                );
            }
        }
        Ok((strings, warnings))
    }

    /// A bundle for `lang` with `layers` added in order, a later layer's strings in place of
    /// an earlier one's; every problem of every layer at its line.
    fn layered(lang: &str, layers: &[(&str, &str)]) -> Result<Strings, Vec<Diagnostic>> {
        let language = lang.parse().unwrap_or_else(|_| "en".parse().expect("`en` is a well-formed language tag"));
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        // Fluent would wrap every argument in U+2068 and U+2069, invisible marks that keep a
        // right-to-left name from reordering the sentence around it. Pages isolate names and
        // figures with `<bdi>` where the direction matters; in a left-to-right language the
        // marks would only change every page's bytes (and what a search of its text finds).
        bundle.set_use_isolating(is_right_to_left(lang));
        let mut problems = Vec::new();
        let mut keys: Vec<(String, usize)> = Vec::new();
        for (n, (origin, source)) in layers.iter().enumerate() {
            let resource = match FluentResource::try_new(source.to_string()) {
                Ok(resource) => resource,
                Err((_, errors)) => {
                    problems.extend(errors.iter().map(|e| syntax_error(origin, source, e)));
                    continue;
                }
            };
            // A key given twice in one file is a mistake; a later layer giving a key again
            // is the point of layering.
            let mut seen = std::collections::HashSet::new();
            for key in message_keys(source) {
                if !seen.insert(key.clone()) {
                    let second = key_lines(source, &key).nth(1).unwrap_or(0);
                    problems.push(
                        Diagnostic::error("strings", format!("the string `{key}` is given twice"))
                            .at(span_at(origin, source, second))
                            .help("keep one of them: a key names one string"),
                    );
                }
                match keys.iter_mut().find(|(k, _)| *k == key) {
                    Some(entry) => entry.1 = n,
                    None => keys.push((key, n)),
                }
            }
            bundle.add_resource_overriding(resource);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let (origin, _) = layers.last().copied().unwrap_or((EMBEDDED_ORIGIN, EMBEDDED));
        let mut strings = Strings {
            bundle,
            origin: origin.to_string(),
            plain: BTreeMap::new(),
            date_words: OnceLock::new(),
            lang: lang.to_string(),
            date_style: crate::config::DateStyle::default(),
            numbers: OnceLock::new(),
        };
        strings.plain = strings.resolve_plain(&keys, layers)?;
        Ok(strings)
    }

    /// Resolves every string that needs no argument. A string that fails for another reason
    /// than a missing argument (a reference to a string that is not there) is reported.
    fn resolve_plain(
        &self,
        keys: &[(String, usize)],
        layers: &[(&str, &str)],
    ) -> Result<BTreeMap<String, String>, Vec<Diagnostic>> {
        let mut plain = BTreeMap::new();
        let mut problems = Vec::new();
        for (key, layer) in keys {
            let (origin, source) = layers[*layer];
            let at = key_lines(source, key).next().unwrap_or(0);
            let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
                problems.push(
                    Diagnostic::error("strings", format!("the string `{key}` has no text"))
                        .at(span_at(origin, source, at))
                        .help(format!("write its text after the `=`: `{key} = ...`")),
                );
                continue;
            };
            let mut errors = Vec::new();
            let text = self.bundle.format_pattern(pattern, None, &mut errors);
            if errors.is_empty() {
                plain.insert(key.clone(), text.into_owned());
            } else if let Some(problem) = errors.iter().find(|e| !is_missing_argument(e)) {
                problems.push(
                    Diagnostic::error("strings", format!("the string `{key}` cannot be made: {problem}"))
                        .at(span_at(origin, source, at))
                        .help("a string may name only strings the catalogue has, and `$` arguments"),
                );
            }
        }
        if problems.is_empty() { Ok(plain) } else { Err(problems) }
    }

    /// These strings, writing their dates at `style`'s length.
    pub fn with_date_style(mut self, style: crate::config::DateStyle) -> Strings {
        self.date_style = style;
        self.date_words = OnceLock::new();
        self
    }

    /// A whole number as the language writes it, its digits grouped: "30,000", "30 000",
    /// "30.000".
    pub fn number(&self, n: u64) -> String {
        let formatter = self.numbers.get_or_init(|| {
            let english = self.lang.split('-').next() == Some("en");
            let locale: icu_locale_core::Locale = self.lang.parse().ok().filter(|_| !english)?;
            icu_decimal::DecimalFormatter::try_new((&locale).into(), Default::default()).ok()
        });
        match formatter {
            Some(formatter) => formatter.format(&icu_decimal::input::Decimal::from(n)).to_string(),
            None => thousands(n),
        }
    }

    /// The strings that need no argument, by key.
    pub fn plain(&self) -> &BTreeMap<String, String> {
        &self.plain
    }

    /// The string `key`, which needs no argument. A key the catalogue lacks gives the key
    /// itself, never an empty string: every key the code asks for is checked against the
    /// built-in catalogue by `every_key_the_code_uses_is_in_the_catalogue`.
    pub fn text<'s>(&'s self, key: &'s str) -> &'s str {
        debug_assert!(self.plain.contains_key(key), "there is no plain string `{key}` in {}", self.origin);
        self.plain.get(key).map_or(key, String::as_str)
    }

    /// The string `key` made with `args` (`("count", n.into())`: numbers select plurals).
    /// As with [`Strings::text`], a string that cannot be made gives its key.
    pub fn t<'a>(&self, key: &str, args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(name, value);
        }
        let made = self.format(key, &fluent);
        debug_assert!(made.is_ok(), "{}", made.as_ref().err().map(ToString::to_string).unwrap_or_default());
        made.unwrap_or_else(|_| key.to_string())
    }

    /// The string `key` made with `args`: numbers as the site prints them, plurals chosen
    /// by the language's rules.
    pub fn format(&self, key: &str, args: &FluentArgs) -> Result<String, StringError> {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return Err(StringError::Missing { key: key.to_string(), origin: self.origin.clone() });
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            let problems = errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
            Err(StringError::Format { key: key.to_string(), origin: self.origin.clone(), problems })
        }
    }
}

const SYNTAX_HELP: &str =
    "each string is one line `key = text`; `{ $name }` puts in an argument; see projectfluent.org for the syntax";

/// Whether a Fluent error says only that an argument was not given: the mark of a string
/// that is made with arguments, not a fault.
fn is_missing_argument(error: &FluentError) -> bool {
    matches!(error, FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable { .. })))
}

/// A syntax error, at the string it breaks (where the writer looks), and where the parser
/// stopped when that is another line (an unclosed `{` is noticed on the next one).
fn syntax_error(origin: &str, source: &str, error: &ParserError) -> Diagnostic {
    let entry = error.slice.as_ref().map_or(error.pos.start, |slice| slice.start);
    let at = span_at(origin, source, entry);
    let stopped = span_at(origin, source, error.pos.start);
    let diagnostic = Diagnostic::error("strings", format!("the string catalogue cannot be read: {}", error.kind));
    let diagnostic = if stopped.line == at.line {
        diagnostic.at(stopped)
    } else {
        diagnostic.at(at).note("the parser stopped here", Some(stopped))
    };
    diagnostic.help(SYNTAX_HELP)
}

/// 30000 as "30,000", as English writes it.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The keys of the messages a catalogue gives, in file order (terms and comments aside).
fn message_keys(source: &str) -> Vec<String> {
    match FluentResource::try_new(source.to_string()) {
        Ok(resource) | Err((resource, _)) => resource
            .entries()
            .filter_map(|entry| match entry {
                Entry::Message(message) => Some(message.id.name.to_string()),
                _ => None,
            })
            .collect(),
    }
}

/// Where each line that gives the string `key` starts, as byte offsets.
fn key_lines<'a>(source: &'a str, key: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut offset = 0;
    source.split_inclusive('\n').filter_map(move |line| {
        let start = offset;
        offset += line.len();
        line.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('=')).then_some(start)
    })
}

/// The line and column of byte `at` of `source`.
fn span_at(origin: &str, source: &str, at: usize) -> Span {
    let at = at.min(source.len());
    let start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = source[..start].matches('\n').count() + 1;
    let column = source[start..at].chars().count() + 1;
    let line_text = source[start..].lines().next().unwrap_or("");
    Span::new(origin, line, column, column + 1, line_text)
}

#[cfg(test)]
mod tests;
