//! Translations behind their original: `translation-stale` names each translation whose
//! original's text changed since the version it records (`translates:`), with the fields that
//! changed; `translation-unversioned` one that records none.

use crate::diagnostics::{Diagnostic, Span};
use crate::load::Site;
use crate::load::translation::{Originals, text_hash};

/// The warnings about the translations of `site`.
pub fn check(site: &Site, out: &mut Vec<Diagnostic>) {
    let originals = Originals::of(site);
    for translation in &site.translations {
        let Some(fields) = originals.text(translation.kind, &translation.id) else { continue };
        let command = command(translation.kind.is_some(), &translation.id, &translation.lang);
        if translation.recorded.is_empty() {
            out.push(
                Diagnostic::warning(
                    "translation-unversioned",
                    format!("`{}` does not record which version of its original it translates", translation.file.path),
                )
                .at(Span::file_only(&translation.file.path))
                .help(format!(
                    "once it is up to date, run `{command} --update`: `check` then tells when the original changes"
                )),
            );
            continue;
        }
        let mut changed: Vec<&str> = fields
            .iter()
            .filter(|(field, text)| translation.recorded.get(field.as_str()) != Some(&text_hash(text)))
            .map(|(field, _)| field.as_str())
            .collect();
        // A field the original no longer has changed too (a note removed).
        changed
            .extend(translation.recorded.keys().filter(|k| !fields.iter().any(|(f, _)| f == *k)).map(String::as_str));
        if changed.is_empty() {
            continue;
        }
        let original = translation.file.path.replace(&format!(".{}.md", translation.lang), ".md");
        out.push(
            Diagnostic::warning(
                "translation-stale",
                format!(
                    "`{}` translates an earlier version of `{original}`: {} changed since",
                    translation.file.path,
                    changed.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ")
                ),
            )
            .at(Span::file_only(&translation.file.path))
            .help(format!("bring the translation up to date, then run `{command} --update` to record it")),
        );
    }
}

/// The command that writes a translation's `translates:`.
pub fn command(brief: bool, id: &str, lang: &str) -> String {
    if brief { format!("briefing translate {id} {lang}") } else { format!("briefing translate _index {lang}") }
}
