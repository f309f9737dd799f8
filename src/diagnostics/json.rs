//! Diagnostics as JSON, for editors and CI annotations (`check --format json`): one flat
//! object per problem.

use serde::Serialize;

use super::{Diagnostic, Severity};

/// The JSON form of a diagnostic, for editors and CI annotations. Location fields are
/// `null` when the problem has no place in a file (a missing folder, a broken theme).
#[derive(Debug, Serialize)]
pub struct JsonDiagnostic<'a> {
    severity: Severity,
    code: &'static str,
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    message: &'a str,
    help: Option<&'a str>,
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

#[cfg(test)]
mod tests {
    use super::super::tests::span;
    use super::*;

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
