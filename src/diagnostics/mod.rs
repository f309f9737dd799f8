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
    /// What the diagnostic shows of `line`: all of it, or at most [`SHOWN_COLUMNS`]
    /// characters around the span when the line is longer (a pasted, minified line can be
    /// megabytes, and a thousand errors on it must not keep a thousand copies).
    #[serde(skip)]
    pub source_line: String,
    /// The column of the first character of `source_line`: 1 unless the line was clipped.
    #[serde(skip)]
    pub source_column: usize,
    /// Whether the line goes on after `source_line`.
    #[serde(skip)]
    pub source_cut: bool,
}

/// The most characters of a line a diagnostic keeps and shows.
pub const SHOWN_COLUMNS: usize = 120;

impl Span {
    /// A span on one line, keeping only the part of `line_text` around the columns.
    pub fn new(file: &str, line: usize, column: usize, end_column: usize, line_text: &str) -> Span {
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
    pub fn file_only(file: &str) -> Span {
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
            message: clip_quoted(message.into()),
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
        self.help = Some(clip_help(help.into()));
        self
    }

    pub fn note(mut self, message: impl Into<String>, span: Option<Span>) -> Diagnostic {
        self.notes.push(Note { message: clip_quoted(message.into()), span });
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
    counted(errors, diagnostics.len() - errors)
}

fn counted(errors: usize, warnings: usize) -> String {
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

/// What stands for the part of a long line that is not shown.
const CUT: &str = "...";

/// How many diagnostics of one file are printed. Twenty fill a screen or two and show what
/// kind of mistake a file makes; past that a reader mends the first ones and builds again
/// (errors are sorted by place, so those shown are the first in the file). The rest are
/// counted, and `check --format json` lists every one.
pub const SHOWN_PER_FILE: usize = 20;

/// Diagnostics of one file left out of what is printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotShown<'a> {
    pub file: &'a str,
    pub errors: usize,
    pub warnings: usize,
}

impl NotShown<'_> {
    /// "and 4980 more in content/x.md (4980 errors)".
    pub fn message(&self) -> String {
        format!("and {} more in {} ({})", self.errors + self.warnings, self.file, counted(self.errors, self.warnings))
    }

    pub const HELP: &'static str =
        "mend the first ones and build again; `briefing check --format json` lists every one";
}

/// How many warnings of one code are printed; past it they are one line with their count.
/// A site of thousands of briefs can have thousands of one warning, and a reader needs a few
/// to see what it is about, not a scroll of 4,564.
pub const SHOWN_PER_CODE: usize = 10;

/// "and 4554 more `unlinked-party` warnings".
fn repeated_message(code: &str, more: usize) -> String {
    format!("and {more} more `{code}` warning{}", if more == 1 { "" } else { "s" })
}

/// The first [`SHOWN_PER_CODE`] warnings of each code (errors all), and per code how many
/// more there are, in the order the codes first come.
pub fn grouped(diagnostics: &[Diagnostic]) -> (Vec<Diagnostic>, Vec<(&'static str, usize)>) {
    let mut per_code: Vec<(&'static str, usize)> = Vec::new();
    let mut kept = Vec::with_capacity(diagnostics.len().min(16 * SHOWN_PER_CODE));
    for d in diagnostics {
        if d.is_error() {
            kept.push(d.clone());
            continue;
        }
        let at = match per_code.iter().position(|(c, _)| *c == d.code) {
            Some(at) => at,
            None => {
                per_code.push((d.code, 0));
                per_code.len() - 1
            }
        };
        per_code[at].1 += 1;
        if per_code[at].1 <= SHOWN_PER_CODE {
            kept.push(d.clone());
        }
    }
    let repeated =
        per_code.into_iter().filter(|(_, n)| *n > SHOWN_PER_CODE).map(|(c, n)| (c, n - SHOWN_PER_CODE)).collect();
    (kept, repeated)
}

/// "; silenced in briefing.toml: 4564 unlinked-party", for the end of `check`'s summary line.
pub fn silenced_note(silenced: &[(&str, usize)]) -> String {
    if silenced.is_empty() {
        return String::new();
    }
    let each: Vec<String> = silenced.iter().map(|(code, n)| format!("{n} {code}")).collect();
    format!("; silenced in briefing.toml: {}", each.join(", "))
}

/// What a reader is shown of `diagnostics`: at most [`SHOWN_PER_FILE`] of each file, in their
/// order (those without a file are always shown), and per file what was left out.
pub fn capped(diagnostics: &[Diagnostic]) -> (Vec<&Diagnostic>, Vec<NotShown<'_>>) {
    let mut per_file: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut shown = Vec::with_capacity(diagnostics.len().min(4 * SHOWN_PER_FILE));
    let mut left_out: Vec<NotShown> = Vec::new();
    for d in diagnostics {
        let Some(span) = &d.span else {
            shown.push(d);
            continue;
        };
        let seen = per_file.entry(span.file.as_str()).or_default();
        *seen += 1;
        if *seen <= SHOWN_PER_FILE {
            shown.push(d);
            continue;
        }
        let at = match left_out.iter().position(|n| n.file == span.file) {
            Some(at) => at,
            None => {
                left_out.push(NotShown { file: &span.file, errors: 0, warnings: 0 });
                left_out.len() - 1
            }
        };
        match d.severity {
            Severity::Error => left_out[at].errors += 1,
            Severity::Warning => left_out[at].warnings += 1,
        }
    }
    (shown, left_out)
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
        // Columns are counted in characters, so a tab becomes one space to keep the carets under it.
        let mut shown = span.source_line.replace('\t', " ");
        let mut pad = span.column.saturating_sub(span.source_column);
        if span.source_column > 1 {
            shown.insert_str(0, CUT);
            pad += CUT.len();
        }
        if span.source_cut {
            shown.push_str(CUT);
        }
        let _ = writeln!(out, "{:gutter$} {bar}", "");
        let _ = writeln!(out, "{line_no} {bar} {shown}");
        let width =
            if span.end_line == span.line && span.end_column > span.column { span.end_column - span.column } else { 1 };
        // Carets stop at the end of what is shown.
        let shown_after = (span.source_column + span.source_line.chars().count()).saturating_sub(span.column);
        let width = width.min(shown_after.max(1));
        let carets = paint.wrap(caret_color, &"^".repeat(width));
        let label = label.map(|l| format!(" {l}")).unwrap_or_default();
        // Not a format width: those stop at 65,535.
        let _ = writeln!(out, "{:gutter$} {bar} {}{carets}{label}", "", " ".repeat(pad));
    }

    /// Renders the diagnostics a reader is shown ([`capped`]), and a line for each file with
    /// more than that saying how many more.
    pub fn render_list(&self, diagnostics: &[Diagnostic]) -> String {
        let (kept, repeated) = grouped(diagnostics);
        let (shown, left_out) = capped(&kept);
        let mut out: String = shown.into_iter().map(|d| self.render(d)).collect();
        let paint = Paint { on: self.color };
        for (code, more) in repeated {
            let _ = writeln!(out, "{} {}", paint.wrap("1;34", "..."), paint.wrap("1", &repeated_message(code, more)));
            let help = format!(
                "`briefing check --format json` lists every one; a site that accepts them can say so in briefing.toml: `[check]` `allow = [\"{code}\"]`"
            );
            let _ = writeln!(out, "  {} {}: {help}\n", paint.wrap("1;34", "="), paint.wrap("1", "help"));
        }
        for n in left_out {
            let _ = writeln!(out, "{} {}", paint.wrap("1;34", "..."), paint.wrap("1", &n.message()));
            let _ = writeln!(out, "  {} {}: {}\n", paint.wrap("1;34", "="), paint.wrap("1", "help"), NotShown::HELP);
        }
        out
    }

    /// Renders the diagnostics a reader is shown and the summary line, which counts them all.
    pub fn render_all(&self, diagnostics: &[Diagnostic]) -> String {
        let mut out = self.render_list(diagnostics);
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

/// How near `candidate` is to `wrong` (already lowercased), from 0 to 1.
fn nearness(wrong_lower: &str, candidate: &str) -> f64 {
    let candidate_lower = candidate.to_lowercase();
    let score = strsim::jaro_winkler(wrong_lower, &candidate_lower);
    // Two letters swapped or one mistyped: Jaro-Winkler scores short ids low for it
    // (`rfs` for `rsf` is 0.56), so an edit distance of one (two in longer words) counts
    // as near too.
    let longest = wrong_lower.chars().count().max(candidate_lower.chars().count());
    let allowed = if longest >= 8 { 2 } else { usize::from(longest >= 3) };
    if strsim::osa_distance(wrong_lower, &candidate_lower) <= allowed { score.max(0.85) } else { score }
}

/// The nearest of `candidates` to `wrong`, if any is close enough to be a plausible typo.
pub fn nearest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wrong_lower = wrong.to_lowercase();
    let mut best: Option<(f64, &str)> = None;
    for candidate in candidates {
        let score = nearness(&wrong_lower, candidate);
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

/// Every one of `candidates`, nearest to `wrong` first (ties in their given order): for a
/// short list of accepted words, where the word meant is likely among the first.
pub fn by_nearness<'a>(wrong: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    let wrong_lower = wrong.to_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates.iter().map(|c| (nearness(&wrong_lower, c), *c)).collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().map(|(_, c)| c).collect()
}

/// "did you mean `x`?" when a near candidate exists.
pub fn did_you_mean<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    nearest(wrong, candidates).map(|c| format!("did you mean `{c}`?"))
}

/// The longest a value quoted in a message (between backticks) is shown: a pasted line of
/// 70,000 characters quoted whole would make every copy of the message that long.
const QUOTED_MAX: usize = 60;

/// `message` with every backtick-quoted value longer than [`QUOTED_MAX`] characters cut to
/// its start and an ellipsis, and the whole cut at [`MESSAGE_MAX`].
fn clip_quoted(message: String) -> String {
    clip(message, QUOTED_MAX, MESSAGE_MAX)
}

/// A help line shows whole examples of what to write: its quoted parts may be longer, and the
/// line as a whole a little, but it stays a line a terminal can show in a few rows.
fn clip_help(help: String) -> String {
    clip(help, 3 * QUOTED_MAX, MESSAGE_MAX + QUOTED_MAX)
}

fn clip(message: String, quoted_max: usize, message_max: usize) -> String {
    if message.len() <= 2 * quoted_max {
        return message;
    }
    let mut out = String::with_capacity(4 * QUOTED_MAX);
    for (i, part) in message.split('`').enumerate() {
        if i > 0 {
            out.push('`');
        }
        // Odd parts lie between backticks.
        if i % 2 == 1 && part.chars().count() > quoted_max {
            out.extend(part.chars().take(quoted_max - 1));
            out.push('…');
        } else {
            out.push_str(part);
        }
    }
    // A value quoted some other way (a YAML error quotes its string in `"`): the message as a
    // whole is held to a few lines.
    if out.chars().count() > message_max {
        out = out.chars().take(message_max - 1).chain(['…']).collect();
    }
    out
}

/// The longest a message is kept, in characters.
const MESSAGE_MAX: usize = 300;

#[cfg(test)]
mod tests {
    #[test]
    fn long_quoted_values_are_clipped_in_messages() {
        let long = "x".repeat(70_000);
        let d = Diagnostic::error("invalid-date", format!("invalid date `{long}`")).note(format!("see `{long}`"), None);
        assert!(d.message.len() < 100, "{}", d.message.len());
        assert!(d.message.starts_with("invalid date `xxx") && d.message.ends_with("x…`"), "{}", d.message);
        assert!(d.notes[0].message.len() < 100);
        let short = Diagnostic::error("x", "a `short` value");
        assert_eq!(short.message, "a `short` value");
    }

    use super::*;

    fn span() -> Span {
        Span::new("content/events/x.md", 12, 14, 21, "  - { party: armenai, role: side_a }")
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
