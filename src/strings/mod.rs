//! Strings: every sentence, label and heading a reader meets, in one catalogue of one
//! language, looked up by key. The catalogue is a Fluent file (`themes/default/strings/en.ftl`,
//! compiled in as the theme's templates are), so a second language is a second file with the
//! same keys. It is read once per build; a malformed file is a diagnostic, and a key it lacks
//! is an error naming the key, never an empty string on a page.

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
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(resource) => resource,
            Err((_, errors)) => return Err(errors.iter().map(|e| syntax_error(origin, source, e)).collect()),
        };
        let keys: Vec<String> = resource
            .entries()
            .filter_map(|entry| match entry {
                Entry::Message(message) => Some(message.id.name.to_string()),
                _ => None,
            })
            .collect();
        let language = "en".parse().expect("`en` is a well-formed language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        // Fluent would wrap every argument in U+2068 and U+2069, invisible marks that keep a
        // right-to-left name from reordering the sentence around it: in English they only
        // change every page's bytes (and what a search of its text finds).
        bundle.set_use_isolating(false);
        if let Err(errors) = bundle.add_resource(resource) {
            return Err(errors.iter().map(|e| repeated(origin, source, e)).collect());
        }
        let mut strings =
            Strings { bundle, origin: origin.to_string(), plain: BTreeMap::new(), date_words: OnceLock::new() };
        strings.plain = strings.resolve_plain(&keys, source)?;
        Ok(strings)
    }

    /// Resolves every string that needs no argument. A string that fails for another reason
    /// than a missing argument (a reference to a string that is not there) is reported.
    fn resolve_plain(&self, keys: &[String], source: &str) -> Result<BTreeMap<String, String>, Vec<Diagnostic>> {
        let mut plain = BTreeMap::new();
        let mut problems = Vec::new();
        for key in keys {
            let at = key_lines(source, key).next().unwrap_or(0);
            let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
                problems.push(
                    Diagnostic::error("strings", format!("the string `{key}` has no text"))
                        .at(span_at(&self.origin, source, at))
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
                        .at(span_at(&self.origin, source, at))
                        .help("a string may name only strings the catalogue has, and `$` arguments"),
                );
            }
        }
        if problems.is_empty() { Ok(plain) } else { Err(problems) }
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

/// A key given twice: the second one, where it stands.
fn repeated(origin: &str, source: &str, error: &FluentError) -> Diagnostic {
    match error {
        FluentError::Overriding { id, .. } => {
            let second = key_lines(source, id).nth(1).unwrap_or(0);
            Diagnostic::error("strings", format!("the string `{id}` is given twice"))
                .at(span_at(origin, source, second))
                .help("keep one of them: a key names one string")
        }
        other => Diagnostic::error("strings", format!("the string catalogue cannot be read: {other}"))
            .at(Span::file_only(origin))
            .help(SYNTAX_HELP),
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
