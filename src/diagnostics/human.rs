//! Diagnostics as a terminal reader expects them: rustc style, the line with carets under the
//! span, colour when asked for, and the long lists cut short with a count of the rest.

use std::fmt::Write as _;

use super::counts::repeated_message;
use super::{Diagnostic, NotShown, Severity, Span, capped, grouped, summary};

/// What stands for the part of a long line that is not shown.
const CUT: &str = "...";

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
    pub(crate) fn render(&self, d: &Diagnostic) -> String {
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

    /// Renders the diagnostics a reader is shown (`capped`), and a line for each file with
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

#[cfg(test)]
mod tests {
    use super::super::tests::span;
    use super::*;

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
}
