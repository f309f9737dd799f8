//! Where in a writer's file a problem is, and how much of its line a diagnostic keeps: a
//! window around the span, so that a megabyte line with a thousand errors on it is not kept a
//! thousand times.

use serde::Serialize;

/// A place in a writer's file: 1-based line and column, columns counted in characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// The file, relative to the site root, with `/` separators.
    pub file: String,
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(super) end_line: usize,
    pub(crate) end_column: usize,
    /// What the diagnostic shows of `line`: all of it, or at most [`SHOWN_COLUMNS`]
    /// characters around the span when the line is longer (a pasted, minified line can be
    /// megabytes, and a thousand errors on it must not keep a thousand copies).
    #[serde(skip)]
    pub(crate) source_line: String,
    /// The column of the first character of `source_line`: 1 unless the line was clipped.
    #[serde(skip)]
    pub(super) source_column: usize,
    /// Whether the line goes on after `source_line`.
    #[serde(skip)]
    pub(super) source_cut: bool,
}

/// The most characters of a line a diagnostic keeps and shows.
const SHOWN_COLUMNS: usize = 120;

impl Span {
    /// A span on one line, keeping only the part of `line_text` around the columns.
    pub(crate) fn new(file: &str, line: usize, column: usize, end_column: usize, line_text: &str) -> Span {
        let mut span = Span {
            file: file.to_string(),
            line,
            column,
            end_line: line,
            end_column: end_column.max(column),
            source_line: String::new(),
            source_column: 1,
            source_cut: false,
        };
        span.show(line_text);
        span
    }

    /// A span that names a file but no position in it (line 1, column 1, nothing underlined).
    pub(crate) fn file_only(file: &str) -> Span {
        Span::new(file, 1, 1, 1, "")
    }

    /// Keeps what the diagnostic will show of its line: the whole line when it is short,
    /// else a window of [`SHOWN_COLUMNS`] characters that starts a little before the span.
    fn show(&mut self, line_text: &str) {
        let text = line_text.trim_end_matches(['\r', '\n']);
        // Most lines are short: no need to count their characters.
        let chars = if text.len() <= SHOWN_COLUMNS { text.len() } else { text.chars().count() };
        if chars <= SHOWN_COLUMNS {
            self.source_line = text.to_string();
            return;
        }
        let width = self.end_column.saturating_sub(self.column).max(1);
        // Centre a short span; a long one starts near the left edge so its start shows.
        let lead = if width >= SHOWN_COLUMNS - 20 { 10 } else { (SHOWN_COLUMNS - width) / 2 };
        let first = self.column.saturating_sub(1).saturating_sub(lead).min(chars - SHOWN_COLUMNS);
        // A line is ASCII exactly when it has as many characters as bytes: no second scan.
        let (start, end) = if chars == text.len() {
            (first, first + SHOWN_COLUMNS)
        } else {
            let mut bytes = text.char_indices().map(|(i, _)| i).skip(first);
            (bytes.next().unwrap_or(text.len()), bytes.nth(SHOWN_COLUMNS - 1).unwrap_or(text.len()))
        };
        self.source_line = text[start..end].to_string();
        self.source_column = first + 1;
        self.source_cut = end < text.len();
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Diagnostic, HumanRenderer};
    use super::*;

    #[test]
    fn a_long_line_is_kept_and_shown_only_around_the_span() {
        // Multi-byte characters, so the window must be cut on character boundaries.
        let line = format!("{}[[x]]{}", "é".repeat(99_999), "ü".repeat(99_999));
        let span = Span::new("a.md", 3, 100_000, 100_005, &line);
        assert_eq!(span.source_line.chars().count(), SHOWN_COLUMNS);
        assert!(span.source_line.len() <= 4 * SHOWN_COLUMNS, "the diagnostic keeps a window, not the line");
        assert!(span.source_column > 1 && span.source_cut);
        let text = HumanRenderer { color: false }.render(&Diagnostic::error("x", "y").at(span));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[1], " --> a.md:3:100000", "the column is still the true one");
        assert!(lines[3].starts_with("3 | ...é") && lines[3].ends_with("ü..."), "clipped on both sides: {}", lines[3]);
        let at = lines[3].chars().position(|c| c == '[');
        assert_eq!(lines[4].chars().position(|c| c == '^'), at, "{}\n{}", lines[3], lines[4]);
        assert_eq!(lines[4].trim_start_matches([' ', '|']), "^^^^^");
    }

    #[test]
    fn short_lines_are_kept_whole() {
        let span = Span::new("a.md", 1, 200, 210, "short");
        assert_eq!((span.source_line.as_str(), span.source_column, span.source_cut), ("short", 1, false));
    }
}
