//! Splitting a brief into YAML front-matter and Markdown body, and reading the YAML.
//!
//! This is the one place that knows serde_yaml: a maintained successor can replace it here
//! without touching the rest. It turns serde_yaml's errors and the keys it ignored into
//! diagnostics that point into the `.md` file, not into the extracted YAML.

use serde::de::DeserializeOwned;

use crate::diagnostics::{Diagnostic, did_you_mean};
use crate::load::locate::Locator;
use crate::load::mistakes;
use crate::load::raw::keys;
use crate::model::SourceFile;

/// Why a file has no usable front-matter block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SplitError {
    /// The file does not start with a `---` line.
    Missing,
    /// There is an opening `---` but no closing one.
    Unclosed,
}

/// Where the YAML and the body of a file are, as byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    pub front_matter: std::ops::Range<usize>,
    pub body_start: usize,
}

fn is_fence(line: &str, closing: bool) -> bool {
    let line = line.trim_end_matches(['\n', '\r', ' ', '\t']);
    line == "---" || (closing && line == "...")
}

/// Finds the `---` fences. The text must already be free of a byte-order mark.
pub fn split(text: &str) -> Result<Split, SplitError> {
    let first_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if !is_fence(&text[..first_end], false) {
        return Err(SplitError::Missing);
    }
    let mut offset = first_end;
    while offset < text.len() {
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i + 1);
        if is_fence(&text[offset..line_end], true) {
            return Ok(Split { front_matter: first_end..offset, body_start: line_end });
        }
        offset = line_end;
    }
    Err(SplitError::Unclosed)
}

/// The diagnostic for a file whose fences are wrong.
pub fn split_diagnostic(file: &SourceFile, error: SplitError) -> Diagnostic {
    match error {
        SplitError::Missing => Diagnostic::error("missing-front-matter", "this brief has no front-matter")
            .at(file.span_at(1, 1, 1 + file.text.lines().next().map_or(0, |l| l.chars().count()).max(1)))
            .help("start the file with a line `---`, the YAML fields, and another `---` line before the text"),
        SplitError::Unclosed => Diagnostic::error("unclosed-front-matter", "the front-matter is never closed")
            .at(file.span_at(1, 1, 4))
            .help("add a line `---` after the last front-matter field, before the Markdown text"),
    }
}

/// What kind of front-matter a file holds, for the keys it may use.
#[derive(Debug, Clone, Copy)]
pub struct Schema {
    pub noun: &'static str,
    pub keys: &'static [&'static str],
    /// For a translation, the keys of the brief it translates: those are the original's to
    /// give, and are reported as such rather than as unknown.
    pub original: Option<&'static [&'static str]>,
}

/// Reads the front-matter of `file` into `T`, reporting syntax errors, wrong types and every
/// unknown key. Returns `None` only when nothing usable could be read.
pub fn parse<T: DeserializeOwned + Default>(
    file: &SourceFile,
    locator: &Locator,
    schema: Schema,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<T> {
    let yaml = file.yaml();
    if yaml.trim().is_empty() {
        return Some(T::default());
    }
    let mut ignored = Vec::new();
    let deserializer = serde_yaml::Deserializer::from_str(yaml);
    let result: Result<T, _> = serde_ignored::deserialize(deserializer, |path| ignored.push(field_path(&path)));
    match result {
        Ok(value) => {
            diagnostics.extend(ignored.iter().filter_map(|path| unknown_key(path, locator, schema)));
            if may_hold_unusual_values(yaml) {
                diagnostics.extend(locator.unusual_values().filter_map(|(path, span, text)| {
                    unusual_value(path, text)
                        .map(|(message, help)| Diagnostic::error("invalid-character", message).at(span).help(help))
                }));
            }
            Some(value)
        }
        Err(error) => {
            diagnostics.push(yaml_diagnostic(file, locator, &error, schema));
            None
        }
    }
}

/// Fields whose text may run over several lines; every other value is one line.
const MULTI_LINE: &[&str] = &["summary", "text", "note"];

/// Whether a value could decode to a control character or a line break: a control character
/// written as it is, an escape, a block scalar (`key: |`, `- >`), or a blank line followed by
/// anything but a comment or a new key (a value running on past it). Most front-matter has none, and is then
/// never indexed for it: one pass over the text, no copy. `|` and `>` in comments and in
/// running text (`kind: state  # a | b`) do not count.
fn may_hold_unusual_values(yaml: &str) -> bool {
    if has_escape_or_unusual_char(yaml.as_bytes()) {
        return true;
    }
    let mut after_blank = false;
    let mut start = 0;
    // Lines found with memchr; a line's `\r` is trimmed below or never looked at.
    let ends = memchr::memchr_iter(b'\n', yaml.as_bytes()).chain([yaml.len()]);
    for end in ends {
        let line = &yaml[start..end];
        start = end + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            after_blank = true;
            continue;
        }
        // After a blank line, anything but a comment or a new top-level key may be a value
        // going on past it (indented, or the rest of a quoted string).
        let new_key = !line.starts_with([' ', '\t', '"', '\''])
            && memchr::memchr(b':', line.as_bytes())
                .is_some_and(|colon| !line.as_bytes()[..colon].iter().any(|b| matches!(b, b'"' | b'\'' | b' ')));
        if after_blank && !new_key && !trimmed.starts_with('#') {
            return true;
        }
        after_blank = false;
        let value = trimmed.strip_prefix("- ").unwrap_or(trimmed);
        let bytes = value.as_bytes();
        let value = match memchr::memchr_iter(b':', bytes).find(|&i| bytes.get(i + 1) == Some(&b' ')) {
            Some(colon) => &value[colon + 2..],
            None => value,
        }
        .trim_start();
        if value.starts_with(['|', '>']) {
            return true;
        }
    }
    false
}

/// Whether `yaml` holds a backslash (an escape in a quoted string) or a character
/// [`is_unusual_char`](crate::load::locate::is_unusual_char) refuses, line ends aside: one
/// pass over the bytes, nothing decoded. Runs of 32 bytes are first tested for any byte that
/// could start one (a test the compiler vectorizes), and only such runs are looked at closely.
fn has_escape_or_unusual_char(yaml: &[u8]) -> bool {
    const RUN: usize = 32;
    let maybe = |b: u8| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || matches!(b, b'\\' | 0x7f | 0xc2 | 0xef);
    let exact = |i: usize| {
        yaml[i] == b'\\' || (!matches!(yaml[i], b'\n' | b'\r') && crate::load::locate::is_unusual_at(yaml, i))
    };
    yaml.chunks(RUN).enumerate().any(|(n, run)| {
        run.iter().fold(false, |any, &b| any | maybe(b))
            && run.iter().enumerate().any(|(j, &b)| maybe(b) && exact(n * RUN + j))
    })
}

/// What is wrong with a value's characters, if anything: a control character anywhere
/// (feeds cannot carry them and pages show them as nothing), or a line break in a field
/// that is shown on one line.
fn unusual_value(path: &str, text: &str) -> Option<(String, String)> {
    let key = path.rsplit('.').find(|part| part.parse::<usize>().is_err()).unwrap_or(path);
    if let Some(c) = text.chars().find(|&c| !matches!(c, '\n' | '\r') && crate::load::locate::is_unusual_char(c)) {
        return Some((
            format!("`{key}` holds the invisible character U+{:04X}, which pages and feeds cannot carry", u32::from(c)),
            "remove it: such characters are invisible and usually come from pasting or from an escape such as `\\x01` in quotes".to_string(),
        ));
    }
    // A block scalar ends with a line break that `convert` trims.
    if !MULTI_LINE.contains(&key) && text.trim().contains(['\n', '\r']) {
        return Some((
            format!("`{key}` runs over more than one line"),
            format!("write `{key}` on one line; only {} may hold line breaks", MULTI_LINE.join(", ")),
        ));
    }
    None
}

/// A serde_ignored path as the dotted field path the locator uses (`participants.1.rol`),
/// without the markers serde adds for options and newtypes.
fn field_path(path: &serde_ignored::Path) -> String {
    use serde_ignored::Path;
    match path {
        Path::Root => String::new(),
        Path::Seq { parent, index } => join(&field_path(parent), &index.to_string()),
        Path::Map { parent, key } => join(&field_path(parent), key),
        Path::Some { parent } | Path::NewtypeStruct { parent } | Path::NewtypeVariant { parent } => field_path(parent),
    }
}

fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() { child.to_string() } else { format!("{parent}.{child}") }
}

/// The error for a key the schema does not have; `None` for the later pieces of a value
/// that commas split into several keys (the first piece's error names the whole value).
fn unknown_key(path: &str, locator: &Locator, schema: Schema) -> Option<Diagnostic> {
    let (parent, key) = path.rsplit_once('.').unwrap_or(("", path));
    let span = locator.key(path);
    match mistakes::comma_in_braces(&span.source_line, span.column, key) {
        Some(mistakes::CommaSplit::Later) => return None,
        Some(mistakes::CommaSplit::First { key: entry_key, fixed }) => {
            let help = if span.source_line.contains(['“', '”', '‘', '’', '„']) {
                format!("curly quotes do not quote text in YAML: write straight ones, `{entry_key}: {fixed}`")
            } else {
                format!("put the whole text in quotes: `{entry_key}: {fixed}`")
            };
            let message = format!(
                "`{entry_key}` holds a comma, which ends a value inside `{{ }}`: `{key}` was read as another key"
            );
            return Some(Diagnostic::error("unknown-key", message).at(span).help(help));
        }
        None => {}
    }
    let pattern: Vec<&str> = parent.split('.').filter(|s| !s.is_empty() && s.parse::<usize>().is_err()).collect();
    if let Some(original) = schema.original {
        let accepted = super::translation::translated_keys::for_parent(schema.keys, &pattern.join("."));
        if keys::for_parent(original, &pattern.join(".")).contains(&key) && !accepted.contains(&key) {
            let path = if parent.is_empty() { key.to_string() } else { path.to_string() };
            return Some(
                Diagnostic::error("translation-restates", format!("a translation cannot give `{path}`: it is the original's"))
                    .at(span)
                    .help(format!(
                        "remove it: dates, figures, participants, relations and sources come from the original, so they never differ between languages; a translation gives {}",
                        accepted.iter().filter(|k| **k != "translates").copied().collect::<Vec<_>>().join(", ")
                    )),
            );
        }
        let help = did_you_mean(key, accepted.iter().copied())
            .unwrap_or_else(|| format!("accepted keys here: {}", accepted.join(", ")));
        return Some(
            Diagnostic::error("unknown-key", format!("unknown key `{key}` in a {}", schema.noun)).at(span).help(help),
        );
    }
    let accepted = keys::for_parent(schema.keys, &pattern.join("."));
    let place = if parent.is_empty() {
        format!("{} front-matter", schema.noun)
    } else {
        format!("a `{}` entry", pattern.join("."))
    };
    let help = if !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit()) {
        "inside `{ }` a comma separates entries, so a number written as 1,200 splits in two: write 1200".to_string()
    } else {
        did_you_mean(key, accepted.iter().copied())
            .unwrap_or_else(|| format!("accepted keys here: {}", accepted.join(", ")))
    };
    Some(Diagnostic::error("unknown-key", format!("unknown key `{key}` in {place}")).at(span).help(help))
}

fn yaml_diagnostic(file: &SourceFile, locator: &Locator, error: &serde_yaml::Error, schema: Schema) -> Diagnostic {
    let message = without_positions(&error.to_string());
    if let Some(rest) = message.strip_prefix("duplicate field `") {
        let key = rest.split('`').next().unwrap_or_default();
        return Diagnostic::error("duplicate-key", format!("`{key}` is given twice"))
            .at_opt(locator.duplicate(key))
            .help("keep one of the two; YAML keys must be unique in a map");
    }
    let mistake = error.location().filter(|l| l.line() > 0).and_then(|l| {
        let lines: Vec<&str> = file.yaml().split('\n').collect();
        let (before, line) = (lines.get(..l.line() - 1)?, lines.get(l.line() - 1)?);
        let found = mistakes::spot(&mistakes::Stop { message: &message, line, column: l.column(), before })?;
        let line = file.line_of(file.front_matter.start) + l.line() - 1;
        Some((file.span_at(line, found.column, found.end_column), found.help))
    });
    if let Some((span, help)) = mistake {
        return Diagnostic::error("yaml-syntax", format!("the front-matter is not valid YAML: {message}"))
            .at(span)
            .help(help);
    }
    let unclosed = message.contains("quoted scalar").then(|| unclosed_quote(file)).flatten();
    let span = unclosed.or_else(|| {
        error.location().filter(|l| l.line() > 0).map(|l| {
            let line = file.line_of(file.front_matter.start) + l.line() - 1;
            let text = file.text.split('\n').nth(line - 1).unwrap_or("");
            if message.contains("mapping values are not allowed") {
                // The colon is where libyaml gave up; the line's indentation is what to fix.
                let indent = text.chars().take_while(|c| c.is_whitespace()).count();
                return file.span_at(line, indent + 1, l.column() + 1);
            }
            let rest: String = text.chars().skip(l.column().saturating_sub(1)).collect();
            // At least one column wide, even where libyaml points past the end of the line.
            let width = rest.find([' ', ',', ']', '}', '\r']).unwrap_or(rest.len());
            file.span_at(line, l.column(), l.column() + rest[..width].chars().count().max(1))
        })
    });
    let (code, message, help) = if message.contains("invalid type") {
        let shape = if message.contains("expected struct") {
            format!("the {} front-matter must be a list of `key: value` lines", schema.noun)
        } else {
            message.replace("invalid type: ", "wrong kind of value: ")
        };
        let help = span.as_ref().and_then(|s| one_in_brackets(&s.source_line)).unwrap_or_else(|| type_help(&message));
        ("wrong-type", shape, help)
    } else {
        ("yaml-syntax", format!("the front-matter is not valid YAML: {message}"), syntax_help(&message))
    };
    Diagnostic::error(code, message).at(span.unwrap_or_else(|| locator.opening())).help(help)
}

/// serde_yaml's message without the "at line N column M" parts, which count lines of the
/// YAML block rather than of the file; the diagnostic's span gives the file position.
fn without_positions(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let digits = |t: &str| t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        let after = &after[digits(after)..];
        rest = match after.strip_prefix(" column ") {
            Some(col) => &col[digits(col)..],
            None => after,
        };
    }
    out.push_str(rest);
    out
}

/// The first front-matter line with a quote that is never closed.
fn unclosed_quote(file: &SourceFile) -> Option<crate::diagnostics::Span> {
    let first = file.line_of(file.front_matter.start);
    file.yaml().lines().enumerate().find_map(|(n, line)| {
        let doubles = line.matches('"').count() - line.matches("\\\"").count();
        let open = if doubles % 2 == 1 { line.find('"') } else { None };
        open.map(|i| {
            let column = line[..i].chars().count() + 1;
            file.span_at(first + n, column, line.chars().count() + 1)
        })
    })
}

fn type_help(message: &str) -> String {
    if message.contains("expected a sequence") {
        "this key takes a list: `[a, b]` on one line, or one `- item` per line below it".to_string()
    } else if message.contains("expected a boolean") {
        "write `true` or `false`".to_string()
    } else if message.contains("a list of values") {
        "write one value, or a list: `[a, b]` on one line, or one `- item` per line below it".to_string()
    } else if message.contains("expected a single value") {
        "this key takes a single value; quote text that contains `:`, `[` or `{`".to_string()
    } else {
        "check the shape of this value against the content format in the README".to_string()
    }
}

/// `part_of: [war-2008]`, a list of one where one value belongs: the line without brackets.
fn one_in_brackets(line: &str) -> Option<String> {
    let (key, value) = line.split_once(':')?;
    let inner = value.trim().strip_prefix('[')?.strip_suffix(']')?.trim();
    (!inner.is_empty() && !inner.contains(',')).then(|| {
        let key = key.trim().trim_start_matches("- ");
        format!("`{key}` takes one value, not a list: write `{key}: {inner}`")
    })
}

fn syntax_help(message: &str) -> String {
    if message.contains("mapping values are not allowed") {
        "a value that contains `: ` must be in quotes; otherwise check this line's indentation".to_string()
    } else if message.contains("tab") || message.contains("cannot start any token") {
        "YAML does not allow tabs for indentation: indent with spaces".to_string()
    } else if message.contains("did not find expected key") || message.contains("expected <block end>") {
        "check the indentation: every key of one map must start in the same column".to_string()
    } else if message.contains("did not find expected ',' or") || message.contains("flow") {
        "a `[list]` or `{map}` on one line must be closed, with its items separated by commas".to_string()
    } else if message.contains("quoted scalar") {
        "a quoted value must end with the same quote it starts with".to_string()
    } else {
        "front-matter is YAML between the two `---` lines; see the content format in the README".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_the_fences() {
        let text = "---\ntitle: x\n---\nBody\n";
        let split = split(text).unwrap();
        assert_eq!(&text[split.front_matter.clone()], "title: x\n");
        assert_eq!(&text[split.body_start..], "Body\n");
    }

    #[test]
    fn handles_crlf_and_empty_front_matter() {
        let text = "---\r\n---\r\nBody";
        let split = split(text).unwrap();
        assert!(text[split.front_matter].is_empty());
        assert_eq!(&text[split.body_start..], "Body");
    }

    #[test]
    fn reports_missing_and_unclosed_fences() {
        assert_eq!(split("title: x\n"), Err(SplitError::Missing));
        assert_eq!(split(""), Err(SplitError::Missing));
        assert_eq!(split("---\ntitle: x\n"), Err(SplitError::Unclosed));
        assert_eq!(split("----\ntitle: x\n---\n"), Err(SplitError::Missing));
    }

    proptest::proptest! {
        #[test]
        fn split_never_panics_and_keeps_ranges_inside_the_text(text in "(---\r?\n)?(\\PC{0,20}\r?\n){0,6}(---|\\.\\.\\.)?\r?\n?\\PC{0,20}") {
            if let Ok(s) = split(&text) {
                proptest::prop_assert!(s.front_matter.start <= s.front_matter.end);
                proptest::prop_assert!(s.front_matter.end <= s.body_start && s.body_start <= text.len());
                proptest::prop_assert!(text.is_char_boundary(s.body_start) && text.is_char_boundary(s.front_matter.start));
            }
        }

        #[test]
        fn any_yaml_between_fences_is_read_or_reported(yaml in "( {0,3}(- )?[a-z_]{1,8}: ?[\\[\\]{}a-z0-9 ,:'\"“”‘’*&!|>#%@`\t/.-]{0,16}\n){0,6}") {
            let text = format!("---\n{yaml}---\nbody\n");
            let s = split(&text).expect("fences are there");
            let file = SourceFile { path: "x.md".into(), text: text.clone(), front_matter: s.front_matter, body_start: s.body_start };
            let locator = Locator::new(&file);
            let mut diagnostics = Vec::new();
            let schema = Schema { noun: "event", keys: keys::EVENT, original: None };
            let raw = parse::<crate::load::raw::RawEvent>(&file, &locator, schema, &mut diagnostics);
            proptest::prop_assert!(raw.is_some() || !diagnostics.is_empty());
            for d in diagnostics {
                let span = d.span.expect("front-matter problems have a place");
                proptest::prop_assert!(span.line >= 1 && span.line <= text.lines().count());
            }
        }
    }

    /// A party brief of `text` read as load reads it: whether it parsed, and what it reported.
    fn parse_party(text: &str) -> (bool, Vec<Diagnostic>) {
        let s = split(text).unwrap();
        let file = SourceFile {
            path: "x.md".into(),
            text: text.into(),
            front_matter: s.front_matter,
            body_start: s.body_start,
        };
        let locator = Locator::new(&file);
        let mut diagnostics = Vec::new();
        let schema = Schema { noun: "party", keys: keys::PARTY, original: None };
        let parsed = parse::<crate::load::raw::RawParty>(&file, &locator, schema, &mut diagnostics).is_some();
        (parsed, diagnostics)
    }

    fn codes_and_lines(yaml: &str) -> Vec<(&'static str, usize)> {
        let (_, diagnostics) = parse_party(&format!("---\n{yaml}---\n"));
        diagnostics.iter().map(|d| (d.code, d.span.as_ref().map_or(0, |s| s.line))).collect()
    }

    #[test]
    fn line_breaks_are_refused_in_one_line_fields_however_they_are_written() {
        // A block scalar is placed at its first line of text.
        assert_eq!(codes_and_lines("name: |\n  A\n  B\n"), [("invalid-character", 3)]);
        assert_eq!(codes_and_lines("name: >\n  A\n\n  B\n"), [("invalid-character", 3)]);
        assert_eq!(codes_and_lines("kind: state\nname: A\n\n  B\n"), [("invalid-character", 3)]);
        assert_eq!(codes_and_lines("aliases: [\"x\\ny\"]\n"), [("invalid-character", 2)]);
        // One line written over several, a block scalar's last line break, and summaries.
        assert_eq!(codes_and_lines("name: A\n  B\nseat: |\n  Y\nsummary: |\n  one\n\n  two\n"), []);
        assert_eq!(codes_and_lines("name: \"tab\\there\"\nrole: a > b | c\n"), []);
        // A quoted value with a blank line in it, its rest not indented, is refused.
        assert!(may_hold_unusual_values("name: \"a\n\nb\"\n"));
        assert_eq!(codes_and_lines("name: \"a\n\nb\"\n"), [("invalid-character", 2)]);
        assert_eq!(codes_and_lines("kind: state\nname: 'a\n\nb'\n"), [("invalid-character", 3)]);
        assert_eq!(codes_and_lines("aliases: [\"a\n\nb\"]\n"), [("invalid-character", 2)]);
        assert!(!may_hold_unusual_values("name: A\n\nkind: state  # a | b > c\n\n# note\nsummary: x\n"));
        assert!(may_hold_unusual_values("aliases:\n-   |\n  x\n"));
    }

    proptest::proptest! {
        /// The byte scan finds exactly what a scan of the decoded characters finds.
        #[test]
        fn the_byte_scan_agrees_with_the_characters(text in r"(\PC|[\x00-\x1f\x7f-\x9f\u{fffe}\u{ffff}\\\r\n\t]|[\u{a0}-\u{bf}\u{fff0}-\u{fffd}])*") {
            let by_chars = text.contains('\\')
                || text.chars().any(|c| !matches!(c, '\n' | '\r') && crate::load::locate::is_unusual_char(c));
            proptest::prop_assert_eq!(has_escape_or_unusual_char(text.as_bytes()), by_chars);
        }
    }

    #[test]
    fn an_alias_with_no_name_is_reported_not_a_panic() {
        // libyaml points past the end of the line here; the span once sliced beyond it.
        let (parsed, diagnostics) = parse_party("---\nname: *\n---\n");
        assert!(!parsed);
        assert_eq!(diagnostics[0].code, "yaml-syntax");
    }

    #[test]
    fn drops_block_relative_positions_from_messages() {
        assert_eq!(
            without_positions(
                "found a tab character at line 2 column 1, while scanning a plain scalar at line 2 column 3"
            ),
            "found a tab character, while scanning a plain scalar"
        );
        assert_eq!(without_positions("no position"), "no position");
    }

    #[test]
    fn a_body_rule_is_not_a_fence() {
        let text = "---\na: 1\n---\ntext\n\n---\n\nmore";
        let s = split(text).unwrap();
        assert_eq!(&text[s.front_matter], "a: 1\n");
    }
}
