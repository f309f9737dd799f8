//! Problems found in a site, as data first and text second.
//!
//! Every stage reports what is wrong with the content as a [`Diagnostic`]: a stable code, a
//! message, the span in the writer's file and a hint. Stages collect them instead of stopping
//! at the first, and the CLI renders the whole list once, rustc style or as JSON.

mod counts;
mod human;
mod json;
mod span;
mod suggest;

use serde::Serialize;

pub use counts::{silenced_note, summary, summary_in};
pub use human::HumanRenderer;
pub use json::{JsonDiagnostic, to_json};
pub use span::Span;

pub(crate) use counts::{NotShown, capped, grouped};
pub(crate) use suggest::{by_nearness, did_you_mean, nearest};

// The tests of what the preview's overlay shows count on the per-file cap.
#[cfg(test)]
pub(crate) use counts::SHOWN_PER_FILE;

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

/// A secondary location, such as "first defined here".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Note {
    pub(crate) message: String,
    pub(crate) span: Option<Span>,
}

/// One problem with the content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable, kebab-case name for the kind of problem (`unknown-reference`).
    pub code: &'static str,
    pub(crate) message: String,
    /// Boxed: most of a diagnostic's size, and diagnostics travel in `Result`s.
    pub span: Option<Box<Span>>,
    pub help: Option<String>,
    pub(crate) notes: Vec<Note>,
}

impl Diagnostic {
    pub(crate) fn error(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: clip_quoted(message.into()),
            span: None,
            help: None,
            notes: Vec::new(),
        }
    }

    pub(crate) fn warning(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, message) }
    }

    pub(crate) fn at(mut self, span: Span) -> Diagnostic {
        self.span = Some(Box::new(span));
        self
    }

    pub(crate) fn at_opt(mut self, span: Option<Span>) -> Diagnostic {
        self.span = span.map(Box::new);
        self
    }

    pub(crate) fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(clip_help(help.into()));
        self
    }

    pub(crate) fn note(mut self, message: impl Into<String>, span: Option<Span>) -> Diagnostic {
        self.notes.push(Note { message: clip_quoted(message.into()), span });
        self
    }

    pub(crate) fn is_error(&self) -> bool {
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
pub(crate) fn sort(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
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

    /// The span the renderers' tests point at: a misspelt party on line 12 of an event.
    pub(super) fn span() -> Span {
        Span::new("content/events/x.md", 12, 14, 21, "  - { party: armenai, role: side_a }")
    }
}
