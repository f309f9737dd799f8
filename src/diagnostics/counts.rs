//! Counting diagnostics: the summary line ("2 errors, 1 warning"), and which of a long list a
//! reader is shown (a few per code and per file) with what was left out counted.

use super::{Diagnostic, Severity};

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

/// How many diagnostics of one file are printed. Twenty fill a screen or two and show what
/// kind of mistake a file makes; past that a reader mends the first ones and builds again
/// (errors are sorted by place, so those shown are the first in the file). The rest are
/// counted, and `check --format json` lists every one.
pub(crate) const SHOWN_PER_FILE: usize = 20;

/// Diagnostics of one file left out of what is printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NotShown<'a> {
    file: &'a str,
    errors: usize,
    warnings: usize,
}

impl NotShown<'_> {
    /// "and 4980 more in content/x.md (4980 errors)".
    pub(crate) fn message(&self) -> String {
        format!("and {} more in {} ({})", self.errors + self.warnings, self.file, counted(self.errors, self.warnings))
    }

    pub(crate) const HELP: &'static str =
        "mend the first ones and build again; `briefing check --format json` lists every one";
}

/// How many warnings of one code are printed; past it they are one line with their count.
/// A site of thousands of briefs can have thousands of one warning, and a reader needs a few
/// to see what it is about, not a scroll of 4,564.
const SHOWN_PER_CODE: usize = 10;

/// "and 4554 more `unlinked-party` warnings".
pub(super) fn repeated_message(code: &str, more: usize) -> String {
    format!("and {more} more `{code}` warning{}", if more == 1 { "" } else { "s" })
}

/// The first [`SHOWN_PER_CODE`] warnings of each code (errors all), and per code how many
/// more there are, in the order the codes first come.
pub(crate) fn grouped(diagnostics: &[Diagnostic]) -> (Vec<Diagnostic>, Vec<(&'static str, usize)>) {
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
pub(crate) fn capped(diagnostics: &[Diagnostic]) -> (Vec<&Diagnostic>, Vec<NotShown<'_>>) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summarises_counts() {
        let e = Diagnostic::error("x", "a");
        let w = Diagnostic::warning("y", "b");
        assert_eq!(summary(&[e.clone(), e.clone(), w]), "2 errors, 1 warning");
        assert_eq!(summary(std::slice::from_ref(&e)), "1 error");
        assert_eq!(summary_in(&[e], 40), "1 error in 40 briefs");
        assert_eq!(summary_in(&[], 1), "no problems in 1 brief");
    }
}
