//! Where each key and value of a front-matter block sits, for diagnostics.
//!
//! serde_yaml reports a position only for the first error it meets, and none for values it
//! read fine but that later turn out wrong (an unknown id, an impossible date). This index
//! walks the YAML events of saphyr-parser once, recording the span of every key and value by
//! its path (`participants.1.party`), and is built only when a file has something to report.

use std::collections::HashMap;
use std::sync::OnceLock;

use saphyr_parser::{Event, Parser, Span as YamlSpan};

use crate::diagnostics::Span;
use crate::model::SourceFile;

#[derive(Debug, Clone, Copy)]
struct Place {
    line: usize,
    col: usize,
    end_line: usize,
    end_col: usize,
}

impl From<YamlSpan> for Place {
    fn from(s: YamlSpan) -> Place {
        Place { line: s.start.line(), col: s.start.col(), end_line: s.end.line(), end_col: s.end.col() }
    }
}

#[derive(Debug, Default)]
struct Entry {
    key: Option<Place>,
    value: Option<Place>,
}

/// Paths of the YAML mapped to where their keys and values are.
#[derive(Debug, Default)]
pub struct YamlIndex {
    entries: HashMap<String, Entry>,
    /// Keys that appear twice in one map: path and the second key's place.
    duplicates: Vec<(String, Place)>,
    /// Values holding a control character or a line break (rare), with their text, so that
    /// `frontmatter` can refuse what no page or feed should carry.
    unusual: Vec<(String, Place, String)>,
}

/// Whether a value holds anything beyond printable text on one line (tab aside).
pub fn is_unusual(text: &str) -> bool {
    text.chars().any(is_unusual_char)
}

/// A character no page or feed should carry, or a line break: control characters but tab,
/// and the two code points XML forbids.
pub fn is_unusual_char(c: char) -> bool {
    (c.is_control() && c != '\t') || matches!(c, '\u{fffe}' | '\u{ffff}')
}

/// Whether the character that starts at byte `i` of the UTF-8 `bytes` is one
/// [`is_unusual_char`] refuses, told from its bytes without decoding it: C0 controls but tab
/// and DEL (one byte each), the C1 controls (`C2 80`..`C2 9F`), U+FFFE and U+FFFF
/// (`EF BF BE`, `EF BF BF`). For scans of long text that is almost always clean.
pub fn is_unusual_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\t' => false,
        0..0x20 | 0x7f => true,
        0xc2 => bytes.get(i + 1).is_some_and(|next| (0x80..0xa0).contains(next)),
        0xef => bytes.get(i + 1) == Some(&0xbf) && matches!(bytes.get(i + 2), Some(0xbe | 0xbf)),
        _ => false,
    }
}

enum Frame {
    Map { path: String, key: Option<String> },
    Seq { path: String, index: usize },
}

fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() { child.to_string() } else { format!("{parent}.{child}") }
}

impl YamlIndex {
    /// Indexes as much of `yaml` as parses; a syntax error ends the walk early.
    pub fn build(yaml: &str) -> YamlIndex {
        let mut index = YamlIndex::default();
        let mut stack: Vec<Frame> = Vec::new();
        for item in Parser::new_from_str(yaml) {
            let (event, span) = match item {
                Ok(item) => item,
                Err(error) => {
                    index.note_unindented_quote(yaml, &error, &mut stack);
                    break;
                }
            };
            let place = Place::from(span);
            match event {
                Event::Scalar(text, ..) => {
                    if let Some(Frame::Map { path, key: key @ None }) = stack.last_mut() {
                        let full = join(path, &text);
                        *key = Some(text.into_owned());
                        match index.entries.get_mut(&full) {
                            Some(existing) if existing.key.is_some() => index.duplicates.push((full, place)),
                            Some(existing) => existing.key = Some(place),
                            None => {
                                index.entries.insert(full, Entry { key: Some(place), value: None });
                            }
                        }
                    } else if let Some(path) = value_path(&mut stack) {
                        if is_unusual(&text) {
                            index.unusual.push((path.clone(), place, text.into_owned()));
                        }
                        index.entries.entry(path).or_default().value.get_or_insert(place);
                    }
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let path = value_path(&mut stack).unwrap_or_default();
                    if !path.is_empty() {
                        index.entries.entry(path.clone()).or_default().value.get_or_insert(place);
                    }
                    stack.push(match event {
                        Event::MappingStart(..) => Frame::Map { path, key: None },
                        _ => Frame::Seq { path, index: 0 },
                    });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                }
                _ => {}
            }
        }
        index
    }
}

impl YamlIndex {
    /// saphyr refuses a quoted value whose later lines are not indented (`name: "a` then
    /// `b"` at the start of a line), which serde_yaml reads, so the value is loaded while the
    /// walk ends at it. It is decoded here on its own, its lines indented, so that a line break
    /// it holds (a blank line inside it) is refused like any other.
    fn note_unindented_quote(&mut self, yaml: &str, error: &saphyr_parser::ScanError, stack: &mut [Frame]) {
        if error.info() != "invalid indentation in quoted scalar" {
            return;
        }
        let mark = error.marker();
        let Some(line) = yaml.lines().nth(mark.line().saturating_sub(1)) else { return };
        let Some((at, _)) = line.char_indices().nth(mark.col()) else { return };
        let start = line.as_ptr() as usize - yaml.as_ptr() as usize + at;
        let rest = &yaml[start..];
        let quoted: String = rest.chars().take(scalar_width(rest)).collect();
        // The parser goes on giving its error after one: the walk stops at the first.
        let decoded = Parser::new_from_str(&quoted.replace('\n', "\n ")).map_while(Result::ok).find_map(
            |(event, _)| match event {
                Event::Scalar(text, ..) => Some(text.into_owned()),
                _ => None,
            },
        );
        if let (Some(text), Some(path)) = (decoded.filter(|t| is_unusual(t)), value_path(stack)) {
            let place = Place { line: mark.line(), col: mark.col(), end_line: mark.line(), end_col: mark.col() + 1 };
            self.unusual.push((path, place, text));
        }
    }
}

/// The path of the value about to be read, advancing the enclosing frame.
fn value_path(stack: &mut [Frame]) -> Option<String> {
    match stack.last_mut()? {
        Frame::Map { path, key } => key.take().map(|k| join(path, &k)),
        Frame::Seq { path, index } => {
            let p = join(path, &index.to_string());
            *index += 1;
            Some(p)
        }
    }
}

/// How many characters of `spanned` the scalar itself takes. saphyr ends a quoted scalar's
/// span after the blanks and comment that follow it; the underline stops at the closing quote.
fn scalar_width(spanned: &str) -> usize {
    let mut chars = spanned.chars().peekable();
    let quote = match chars.next() {
        Some(q @ ('"' | '\'')) => q,
        _ => return spanned.trim_end().chars().count(),
    };
    let mut width = 1;
    while let Some(c) = chars.next() {
        width += 1;
        match c {
            '\\' if quote == '"' => {
                chars.next();
                width += 1;
            }
            '\'' if quote == '\'' && chars.peek() == Some(&'\'') => {
                chars.next();
                width += 1;
            }
            c if c == quote => return width,
            _ => {}
        }
    }
    width
}

/// Finds spans in one brief's front-matter, indexing it on first use.
pub struct Locator<'f> {
    file: &'f SourceFile,
    index: OnceLock<YamlIndex>,
}

impl<'f> Locator<'f> {
    pub fn new(file: &'f SourceFile) -> Locator<'f> {
        Locator { file, index: OnceLock::new() }
    }

    pub fn file(&self) -> &'f SourceFile {
        self.file
    }

    fn index(&self) -> &YamlIndex {
        self.index.get_or_init(|| YamlIndex::build(self.file.yaml()))
    }

    /// The 1-based file line of the first YAML line.
    fn first_line(&self) -> usize {
        self.file.line_of(self.file.front_matter.start)
    }

    fn to_span(&self, place: Place) -> Span {
        let line = self.first_line() + place.line - 1;
        let end_col = if place.end_line == place.line { place.end_col } else { place.col + 1 };
        let (column, end_column) = (place.col + 1, (end_col + 1).max(place.col + 1));
        let text = self.file.line_text(line);
        let spanned: String = text.chars().skip(column - 1).take(end_column - column).collect();
        Span::new(&self.file.path, line, column, column + scalar_width(&spanned).max(1), text)
    }

    /// The opening `---` line: where problems of the front-matter as a whole point.
    pub fn opening(&self) -> Span {
        self.file.span_at(1, 1, 4)
    }

    /// Whether the front-matter has a key or value at `path`.
    pub fn has(&self, path: &str) -> bool {
        self.index().entries.contains_key(path)
    }

    /// The span of the key at `path`, or of the nearest enclosing thing that exists.
    pub fn key(&self, path: &str) -> Span {
        let entry = self.index().entries.get(path);
        match entry.and_then(|e| e.key.or(e.value)) {
            Some(place) => self.to_span(place),
            None => self.parent(path),
        }
    }

    /// The span of the value at `path`, or of its key, or of the nearest enclosing thing.
    pub fn value(&self, path: &str) -> Span {
        let entry = self.index().entries.get(path);
        match entry.and_then(|e| e.value.or(e.key)) {
            Some(place) => self.to_span(place),
            None => self.parent(path),
        }
    }

    fn parent(&self, path: &str) -> Span {
        match path.rsplit_once('.') {
            Some((parent, _)) => self.value(parent),
            None => self.opening(),
        }
    }

    /// Every value that holds a control character or a line break: its path, its span and
    /// its text as YAML reads it (escapes decoded).
    pub fn unusual_values(&self) -> impl Iterator<Item = (&str, Span, &str)> {
        self.index().unusual.iter().map(|(path, place, text)| (path.as_str(), self.to_span(*place), text.as_str()))
    }

    /// Where the second occurrence of a repeated key is, if `name` is repeated.
    pub fn duplicate(&self, name: &str) -> Option<Span> {
        let index = self.index();
        index
            .duplicates
            .iter()
            .find(|(path, _)| path == name || path.ends_with(&format!(".{name}")))
            .map(|(_, place)| self.to_span(*place))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        let end = text.rfind("---").unwrap();
        SourceFile { path: "x.md".into(), text: text.into(), front_matter: 4..end, body_start: text.len() }
    }

    #[test]
    fn finds_values_in_flow_and_block_style() {
        let f = file("---\ntitle: T\nparticipants:\n  - armenia\n  - { party: azerbajan, role: side_b }\n---\n");
        let loc = Locator::new(&f);
        let s = loc.value("participants.1.party");
        assert_eq!((s.line, s.column, s.end_column), (5, 14, 23));
        assert_eq!(s.source_line, "  - { party: azerbajan, role: side_b }");
        let s = loc.value("participants.0");
        assert_eq!((s.line, s.column), (4, 5));
        let s = loc.key("title");
        assert_eq!((s.line, s.column, s.end_column), (2, 1, 6));
    }

    #[test]
    fn falls_back_to_the_parent_then_the_fence() {
        let f = file("---\nclaims:\n  - by: x\n---\n");
        let loc = Locator::new(&f);
        assert_eq!(loc.value("claims.0.text").line, 3);
        assert_eq!(loc.value("nothing").line, 1);
    }

    #[test]
    fn quoted_values_end_at_their_closing_quote() {
        let f = file("---\ntitle: \"a \\\" b\"   # required\nname: 'it''s'  # c\nkind: state   # c\n---\n");
        let loc = Locator::new(&f);
        let s = loc.value("title");
        assert_eq!((s.line, s.column, s.end_column), (2, 8, 16));
        let s = loc.value("name");
        assert_eq!((s.column, s.end_column), (7, 14));
        let s = loc.value("kind");
        assert_eq!((s.column, s.end_column), (7, 12));
    }

    /// A quoted value with its later lines unindented that is itself broken (never closed,
    /// or closed and followed by more quotes): the index is made, and made at once. The
    /// parser gives its error again and again once it has one, and the walk once took them
    /// all (a fuzz case hung `check`).
    #[test]
    fn a_broken_unindented_quote_ends_the_walk() {
        for yaml in ["name: \"a\nb", "name: \"a\nb\" \"c\n", "name: \"a\n\"\"\"", "- \"a\nb\n'c", "a: \"x\n  \"y\nz\""]
        {
            let (tx, rx) = std::sync::mpsc::channel();
            let text = yaml.to_string();
            std::thread::spawn(move || {
                let _ = YamlIndex::build(&text);
                let _ = tx.send(());
            });
            assert!(rx.recv_timeout(std::time::Duration::from_secs(5)).is_ok(), "indexing {yaml:?} does not end");
        }
    }

    #[test]
    fn records_repeated_keys() {
        let f = file("---\nname: a\nkind: state\nname: b\n---\n");
        let loc = Locator::new(&f);
        assert_eq!(loc.duplicate("name").map(|s| s.line), Some(4));
    }
}
