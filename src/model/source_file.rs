//! A brief's file as read from disk, and the spans diagnostics point at in it: every stage
//! that reports a problem in a writer's file turns a byte range or a line and column into a
//! [`Span`](crate::diagnostics::Span) here.

use std::ops::Range;

/// A file of the site as read from disk, with where its parts start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Relative to the site root, `/`-separated: what diagnostics print.
    pub(crate) path: String,
    pub(crate) text: String,
    /// Byte range of the YAML between the `---` fences (empty when there is none).
    pub(crate) front_matter: Range<usize>,
    /// Byte offset where the Markdown body starts.
    pub(crate) body_start: usize,
}

impl SourceFile {
    pub(crate) fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    pub(crate) fn yaml(&self) -> &str {
        &self.text[self.front_matter.clone()]
    }

    /// 1-based line of a byte offset.
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        self.text.as_bytes()[..offset.min(self.text.len())].iter().filter(|&&b| b == b'\n').count() + 1
    }

    /// The diagnostic span of a byte range of the file.
    pub(crate) fn span(&self, range: Range<usize>) -> crate::diagnostics::Span {
        let clamp = |o: usize| {
            let mut o = o.min(self.text.len());
            while !self.text.is_char_boundary(o) {
                o -= 1;
            }
            o
        };
        let (start, end) = (clamp(range.start), clamp(range.end.max(range.start)));
        let line_start = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.text[start..].find('\n').map_or(self.text.len(), |i| start + i);
        let line = self.line_of(start);
        let column = self.text[line_start..start].chars().count() + 1;
        let end_on_line = end.min(line_end);
        let end_column = column + self.text[start..end_on_line].chars().count();
        crate::diagnostics::Span::new(&self.path, line, column, end_column, &self.text[line_start..line_end])
    }

    /// The span of a 1-based line and column range (columns in characters) on one line.
    pub(crate) fn span_at(&self, line: usize, column: usize, end_column: usize) -> crate::diagnostics::Span {
        crate::diagnostics::Span::new(&self.path, line, column, end_column, self.line_text(line))
    }

    /// The text of a 1-based line, without its line end.
    pub(crate) fn line_text(&self, line: usize) -> &str {
        self.text.split('\n').nth(line.saturating_sub(1)).unwrap_or("").trim_end_matches('\r')
    }
}
