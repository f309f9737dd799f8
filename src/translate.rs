//! `briefing translate <id> <lang>`: starts the translation of a brief (or, with the id
//! `_index`, of the home page) into one of the site's languages, as a file holding the text
//! to translate as comments; with `--update`, records in an existing translation that it is
//! up to date with the original as it now stands (its `translates:` line).

use std::path::{Path, PathBuf};

use crate::BuildError;
use crate::config::Config;
use crate::load::translation::{Originals, text_hash};
use crate::load::{self, CONTENT_DIR};
use crate::model::BriefKind;

/// What `translate` did.
#[derive(Debug)]
pub enum Translated {
    /// A new translation file, to fill in.
    Created(PathBuf),
    /// The `translates:` line of an existing one, brought up to date.
    Recorded(PathBuf),
}

/// The id that names the home page.
pub const HOME_ID: &str = "_index";

/// Starts or records the translation of `id` into `lang`.
pub fn translate(root: &Path, id: &str, lang: &str, update: bool) -> Result<Translated, BuildError> {
    let config = Config::load(root).map_err(BuildError::Content)?;
    if lang == config.default_language() {
        return Err(BuildError::Usage(format!(
            "`{lang}` is the site's default language: its text is the originals'\n  = help: name one of the other languages: {}",
            others(&config)
        )));
    }
    if !config.language_codes().any(|code| code == lang) {
        return Err(BuildError::Usage(format!(
            "briefing.toml does not list the language `{lang}`\n  = help: add it: `languages = [{}]`",
            config.language_codes().chain([lang]).map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ")
        )));
    }
    let (site, _) = load::load(root, config, true).map_err(|e| BuildError::Usage(e.to_string()))?;
    let (kind, folder) = if id == HOME_ID {
        (None, root.join(CONTENT_DIR))
    } else {
        let brief = site.briefs.iter().find(|b| b.id == id).ok_or_else(|| {
            let hint =
                crate::diagnostics::did_you_mean(id, site.briefs.iter().map(|b| b.id.as_str())).unwrap_or_else(|| {
                    "give the id of a brief (its file name without `.md`), or `_index` for the home page".into()
                });
            BuildError::Usage(format!("there is no brief `{id}` to translate\n  = help: {hint}"))
        })?;
        (Some(brief.kind()), root.join(CONTENT_DIR).join(brief.kind().dir()))
    };
    let fields = Originals::of(&site).text(kind, id).ok_or_else(|| {
        BuildError::Usage(format!(
            "the site has no `content/{HOME_ID}.md` to translate\n  = help: write the home page first"
        ))
    })?;
    let path = folder.join(format!("{id}.{lang}.md"));
    let recorded = format!(
        "translates: {{ {} }}",
        fields.iter().map(|(field, text)| format!("{field}: \"{}\"", text_hash(text))).collect::<Vec<_>>().join(", ")
    );
    if path.exists() {
        if !update {
            return Err(BuildError::Usage(format!(
                "`{}` exists already\n  = help: once it is up to date with its original, run `briefing translate {id} {lang} --update` to record that",
                path.display()
            )));
        }
        let meta = std::fs::metadata(&path)
            .map_err(|e| BuildError::Usage(format!("cannot read `{}`: {e}", path.display())))?;
        if meta.permissions().readonly() {
            return Err(BuildError::Usage(format!(
                "`{}` is read-only\n  = help: make it writable first if it is yours to change",
                path.display()
            )));
        }
        let text = std::fs::read_to_string(&path)
            .map_err(|e| BuildError::Usage(format!("cannot read `{}`: {e}", path.display())))?;
        write_safely(&path, &with_recorded(&text, &recorded))?;
        return Ok(Translated::Recorded(path));
    }
    let aliases: Vec<String> = site
        .briefs
        .iter()
        .find(|b| b.id == id)
        .map(|b| match &b.facts {
            crate::model::Facts::Party(p) => p.aliases.clone(),
            crate::model::Facts::Place(p) => p.aliases.clone(),
            _ => Vec::new(),
        })
        .unwrap_or_default();
    write_safely(&path, &starter(kind, id, lang, &recorded, &fields, &aliases))?;
    Ok(Translated::Created(path))
}

fn others(config: &Config) -> String {
    config.language_codes().skip(1).map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")
}

/// `text` with its `translates:` line replaced by `recorded` (or added as the first line of
/// its front-matter); nothing else of the file changes.
fn with_recorded(text: &str, recorded: &str) -> String {
    let mut out = String::with_capacity(text.len() + recorded.len());
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next().filter(|l| l.trim_end() == "---") else {
        return format!("---\n{recorded}\n---\n{text}");
    };
    out.push_str(first);
    out.push_str(recorded);
    out.push('\n');
    let mut in_front = true;
    let mut skipping = false;
    for line in lines {
        if in_front && line.trim_end() == "---" {
            in_front = false;
        }
        if in_front && (line.starts_with("translates:") || (skipping && line.starts_with([' ', '\t']))) {
            skipping = true;
            continue;
        }
        skipping = false;
        out.push_str(line);
    }
    out
}

/// A new translation: what it translates, then each text field of the original as a
/// comment to translate, then the body inside an HTML comment (left out of the page until
/// the writer replaces it).
fn starter(
    kind: Option<BriefKind>,
    id: &str,
    lang: &str,
    recorded: &str,
    fields: &[(String, String)],
    aliases: &[String],
) -> String {
    let original = match kind {
        Some(kind) => format!("content/{}/{id}.md", kind.dir()),
        None => format!("content/{HOME_ID}.md"),
    };
    let mut out = format!(
        "---\n# The `{lang}` translation of {original}. Translate each commented field and remove its `#`;\n# a field left commented keeps the original's text. Dates, figures, participants and sources\n# are the original's: a translation gives text only.\n{recorded}\n"
    );
    // A list's entries by position, each with its text fields: one entry for each of the
    // original's, in order (an entry with nothing to translate is `{}`), so that the file
    // translates the list as it is once uncommented.
    let mut lists: Vec<(&str, Entries)> = Vec::new();
    for (field, text) in fields.iter().filter(|(f, _)| f != "body") {
        match field.split('.').collect::<Vec<_>>()[..] {
            [list, n, key] => {
                let n: usize = n.parse().unwrap_or(0);
                if !lists.iter().any(|(l, _)| *l == list) {
                    lists.push((list, Default::default()));
                }
                let entries = &mut lists.iter_mut().find(|(l, _)| *l == list).expect("just added").1;
                entries.entry(n).or_default().push((key, text));
            }
            _ if field == "aliases" => {
                let quoted: Vec<String> = aliases.iter().map(|a| yaml_quoted(a)).collect();
                out.push_str(&format!("# aliases: [{}]\n", quoted.join(", ")));
            }
            _ => out.push_str(&format!("# {field}: {}\n", yaml_quoted(text))),
        }
    }
    for (list, entries) in &lists {
        out.push_str(&format!("# {list}:\n"));
        let last = entries.keys().max().copied().unwrap_or(0);
        for n in 0..=last {
            let pairs = entries.get(&n).map(Vec::as_slice).unwrap_or(&[]);
            let shown: Vec<String> = pairs.iter().map(|(k, t)| format!("{k}: {}", yaml_quoted(t))).collect();
            let entry = if shown.is_empty() { "{}".to_string() } else { format!("{{ {} }}", shown.join(", ")) };
            out.push_str(&format!("#   - {entry}   # {list} {n}\n"));
        }
    }
    out.push_str("---\n");
    if let Some((_, body)) = fields.iter().find(|(f, _)| f == "body") {
        out.push_str("<!-- The original's text, to translate (this comment is left out of the page):\n\n");
        out.push_str(&body.trim().replace("-->", "--&gt;"));
        out.push_str("\n-->\n");
    }
    out
}

/// A list's entries by position: each one's text fields, key and text.
type Entries<'a> = std::collections::BTreeMap<usize, Vec<(&'a str, &'a str)>>;

/// A value as YAML reads it back: double-quoted, with `"` and `\` escaped.
fn yaml_quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', " "))
}

/// Writes `text` to `path` through a file beside it that is then renamed over it, so the
/// writer's file is never left half-written.
fn write_safely(path: &Path, text: &str) -> Result<(), BuildError> {
    let fail = |e: std::io::Error| BuildError::Usage(format!("cannot write `{}`: {e}", path.display()));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.briefing-tmp"));
    std::fs::write(&temporary, text).map_err(fail)?;
    // The file renamed into place keeps the permissions of the one it replaces.
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(&temporary, meta.permissions());
    }
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        fail(e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recording_replaces_only_the_translates_line() {
        let text = "---\ntranslates: { body: 1 }\nname: Arménie\n---\nCorps.\n";
        assert_eq!(
            with_recorded(text, "translates: { body: 2 }"),
            "---\ntranslates: { body: 2 }\nname: Arménie\n---\nCorps.\n"
        );
        let block = "---\nname: A\ntranslates:\n  body: 1\n  name: 2\nsummary: S\n---\ntranslates: in the body stays\n";
        assert_eq!(
            with_recorded(block, "translates: { body: 3 }"),
            "---\ntranslates: { body: 3 }\nname: A\nsummary: S\n---\ntranslates: in the body stays\n"
        );
    }
}
