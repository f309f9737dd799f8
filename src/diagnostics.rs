//! Problems found in a site, as data first and text second.
//!
//! Every stage reports what is wrong with the content as a [`Diagnostic`]: a stable code, a
//! message, the span in the writer's file and a hint. Stages collect them instead of stopping
//! at the first, and the CLI renders the whole list once, rustc style or as JSON.

use std::fmt::Write as _;

use serde::Serialize;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A place in a writer's file: 1-based line and column, columns counted in characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// The file, relative to the site root, with `/` separators.
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// The text of `line`, kept so the diagnostic can show it without the file.
    #[serde(skip)]
    pub source_line: String,
}

impl Span {
    /// A span that names a file but no position in it (line 1, column 1, nothing underlined).
    pub fn file_only(file: &str) -> Span {
        Span { file: file.to_string(), line: 1, column: 1, end_line: 1, end_column: 1, source_line: String::new() }
    }
}

/// A secondary location, such as "first defined here".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub message: String,
    pub span: Option<Span>,
}

/// One problem with the content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable, kebab-case name for the kind of problem (`unknown-reference`).
    pub code: &'static str,
    pub message: String,
    /// Boxed: most of a diagnostic's size, and diagnostics travel in `Result`s.
    pub span: Option<Box<Span>>,
    pub help: Option<String>,
    pub notes: Vec<Note>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            span: None,
            help: None,
            notes: Vec::new(),
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, message) }
    }

    pub fn at(mut self, span: Span) -> Diagnostic {
        self.span = Some(Box::new(span));
        self
    }

    pub fn at_opt(mut self, span: Option<Span>) -> Diagnostic {
        self.span = span.map(Box::new);
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn note(mut self, message: impl Into<String>, span: Option<Span>) -> Diagnostic {
        self.notes.push(Note { message: message.into(), span });
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The order diagnostics are printed in: by file, then position, then code.
    fn sort_key(&self) -> (Option<(&str, usize, usize)>, &'static str, &str) {
        let place = self.span.as_ref().map(|s| (s.file.as_str(), s.line, s.column));
        (place, self.code, &self.message)
    }
}

/// Whether any of `diagnostics` is an error (and so stops a build).
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}

/// Puts diagnostics in a stable order (file, line, column) and drops exact repeats.
pub fn sort(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
}

/// "2 errors, 1 warning".
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match (errors, warnings) {
        (e, 0) => plural(e, "error"),
        (0, w) => plural(w, "warning"),
        (e, w) => format!("{}, {}", plural(e, "error"), plural(w, "warning")),
    }
}

/// "2 errors, 5 warnings in 40 briefs", or "no problems in 40 briefs": what `check` ends with.
pub fn summary_in(diagnostics: &[Diagnostic], briefs: usize) -> String {
    let counted = if briefs == 1 { "1 brief".to_string() } else { format!("{briefs} briefs") };
    if diagnostics.is_empty() {
        return format!("no problems in {counted}");
    }
    format!("{} in {counted}", summary(diagnostics))
}

/// Writes diagnostics as a terminal reader expects them.
#[derive(Debug, Clone, Copy, Default)]
pub struct HumanRenderer {
    pub color: bool,
}

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.on { format!("\x1b[{code}m{text}\x1b[0m") } else { text.to_string() }
    }
}

impl HumanRenderer {
    /// Renders one diagnostic, ending with a blank line.
    pub fn render(&self, d: &Diagnostic) -> String {
        let paint = Paint { on: self.color };
        let severity_color = match d.severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
        };
        let mut out = String::new();
        let head = format!("{}[{}]", d.severity.label(), d.code);
        let _ = writeln!(out, "{}{}", paint.wrap(severity_color, &head), paint.wrap("1", &format!(": {}", d.message)));
        let gutter = d
            .span
            .iter()
            .map(|s| &**s)
            .chain(d.notes.iter().filter_map(|n| n.span.as_ref()))
            .map(|s| s.line.to_string().len())
            .max()
            .unwrap_or(1);
        if let Some(span) = &d.span {
            self.render_span(&mut out, span, gutter, None, severity_color, &paint);
        }
        for note in &d.notes {
            match &note.span {
                Some(span) => self.render_span(&mut out, span, gutter, Some(&note.message), "1;36", &paint),
                None => {
                    let _ = writeln!(out, "{:gutter$} {} note: {}", "", paint.wrap("1;34", "="), note.message);
                }
            }
        }
        if let Some(help) = &d.help {
            let _ = writeln!(out, "{:gutter$} {} {}: {help}", "", paint.wrap("1;34", "="), paint.wrap("1", "help"));
        }
        out.push('\n');
        out
    }

    fn render_span(
        &self,
        out: &mut String,
        span: &Span,
        gutter: usize,
        label: Option<&str>,
        caret_color: &str,
        paint: &Paint,
    ) {
        let bar = paint.wrap("1;34", "|");
        let _ =
            writeln!(out, "{:gutter$}{} {}:{}:{}", "", paint.wrap("1;34", "-->"), span.file, span.line, span.column);
        if span.source_line.is_empty() {
            if let Some(label) = label {
                let _ = writeln!(out, "{:gutter$} {bar} {label}", "");
            }
            return;
        }
        let line_no = paint.wrap("1;34", &format!("{:>gutter$}", span.line));
        let shown = span.source_line.trim_end_matches(['\r', '\n']).replace('\t', " ");
        let _ = writeln!(out, "{:gutter$} {bar}", "");
        let _ = writeln!(out, "{line_no} {bar} {shown}");
        let width =
            if span.end_line == span.line && span.end_column > span.column { span.end_column - span.column } else { 1 };
        let carets = paint.wrap(caret_color, &"^".repeat(width));
        let label = label.map(|l| format!(" {l}")).unwrap_or_default();
        let _ = writeln!(out, "{:gutter$} {bar} {:pad$}{carets}{label}", "", "", pad = span.column.saturating_sub(1));
    }

    /// Renders all diagnostics and the summary line.
    pub fn render_all(&self, diagnostics: &[Diagnostic]) -> String {
        let mut out: String = diagnostics.iter().map(|d| self.render(d)).collect();
        if !diagnostics.is_empty() {
            let _ = writeln!(out, "{}", summary(diagnostics));
        }
        out
    }
}

/// The JSON form of a diagnostic, for editors and CI annotations. Location fields are
/// `null` when the problem has no place in a file (a missing folder, a broken theme).
#[derive(Debug, Serialize)]
pub struct JsonDiagnostic<'a> {
    pub severity: Severity,
    pub code: &'static str,
    pub file: Option<&'a str>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub end_line: Option<usize>,
    pub end_column: Option<usize>,
    pub message: &'a str,
    pub help: Option<&'a str>,
}

impl<'a> From<&'a Diagnostic> for JsonDiagnostic<'a> {
    fn from(d: &'a Diagnostic) -> Self {
        let span = d.span.as_deref();
        JsonDiagnostic {
            severity: d.severity,
            code: d.code,
            file: span.map(|s| s.file.as_str()),
            line: span.map(|s| s.line),
            column: span.map(|s| s.column),
            end_line: span.map(|s| s.end_line),
            end_column: span.map(|s| s.end_column),
            message: &d.message,
            help: d.help.as_deref(),
        }
    }
}

/// The whole list as a pretty-printed JSON array, one object per problem.
pub fn to_json(diagnostics: &[Diagnostic]) -> String {
    let items: Vec<JsonDiagnostic> = diagnostics.iter().map(JsonDiagnostic::from).collect();
    serde_json::to_string_pretty(&items).expect("diagnostics serialize: every field is plain data")
}

/// The nearest of `candidates` to `wrong`, if any is close enough to be a plausible typo.
pub fn nearest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wrong_lower = wrong.to_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for candidate in candidates {
        let candidate_lower = candidate.to_lowercase();
        let mut score = strsim::jaro_winkler(&wrong_lower, &candidate_lower);
        // Two letters swapped or one mistyped: Jaro-Winkler scores short ids low for it
        // (`rfs` for `rsf` is 0.56), so an edit distance of one (two in longer words) counts
        // as near too.
        let longest = wrong_lower.chars().count().max(candidate_lower.chars().count());
        let allowed = if longest >= 8 { 2 } else { usize::from(longest >= 3) };
        if strsim::osa_distance(&wrong_lower, &candidate_lower) <= allowed {
            score = score.max(0.85);
        }
        let better = match best {
            None => true,
            Some((s, c)) => score > s || (score == s && candidate < c),
        };
        if better {
            best = Some((score, candidate));
        }
    }
    best.filter(|(score, _)| *score >= 0.8).map(|(_, c)| c)
}

/// "did you mean `x`?" when a near candidate exists.
pub fn did_you_mean<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    nearest(wrong, candidates).map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span() -> Span {
        Span {
            file: "content/events/x.md".into(),
            line: 12,
            column: 14,
            end_line: 12,
            end_column: 21,
            source_line: "  - { party: armenai, role: side_a }".into(),
        }
    }

    #[test]
    fn renders_like_rustc() {
        let d = Diagnostic::error("unknown-reference", "unknown party `armenai`")
            .at(span())
            .help("did you mean `armenia`?");
        let text = HumanRenderer { color: false }.render(&d);
        assert_eq!(
            text,
            "error[unknown-reference]: unknown party `armenai`\n  --> content/events/x.md:12:14\n   |\n12 |   - { party: armenai, role: side_a }\n   |              ^^^^^^^\n   = help: did you mean `armenia`?\n\n"
        );
    }

    #[test]
    fn suggests_only_near_candidates() {
        assert_eq!(nearest("armenai", ["armenia", "azerbaijan"]), Some("armenia"));
        assert_eq!(nearest("zzz", ["armenia", "azerbaijan"]), None);
    }

    #[test]
    fn summarises_counts() {
        let e = Diagnostic::error("x", "a");
        let w = Diagnostic::warning("y", "b");
        assert_eq!(summary(&[e.clone(), e.clone(), w]), "2 errors, 1 warning");
        assert_eq!(summary(std::slice::from_ref(&e)), "1 error");
        assert_eq!(summary_in(&[e], 40), "1 error in 40 briefs");
        assert_eq!(summary_in(&[], 1), "no problems in 1 brief");
    }

    #[test]
    fn json_has_one_flat_object_per_problem() {
        let located = Diagnostic::warning("uncited-source", "nothing cites `x`").at(span()).help("cite it");
        let placeless = Diagnostic::error("config", "bad");
        let json: serde_json::Value = serde_json::from_str(&to_json(&[located, placeless])).unwrap();
        assert_eq!(
            json,
            serde_json::json!([
                {"severity": "warning", "code": "uncited-source", "file": "content/events/x.md", "line": 12,
                 "column": 14, "end_line": 12, "end_column": 21, "message": "nothing cites `x`", "help": "cite it"},
                {"severity": "error", "code": "config", "file": null, "line": null, "column": null,
                 "end_line": null, "end_column": null, "message": "bad", "help": null}
            ])
        );
    }
}
