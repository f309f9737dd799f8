//! What autolink does, for a writer to review: the names it cannot link because several
//! briefs share them (`shared-name`), and the list of every link it made
//! (`check --autolinks`).

use std::collections::HashSet;

use serde::Serialize;

use crate::diagnostics::Diagnostic;
use crate::load::locate::Locator;
use crate::markdown::Body;
use crate::markdown::autolink::wanted;
use crate::model::{AutolinkMode, Brief, Facts, SourceFile};
use crate::resolve::Graph;

use super::Lint;

/// The names a brief can be linked by, each with the front-matter path that holds it.
fn name_fields(brief: &Brief) -> Vec<(String, &str)> {
    match &brief.facts {
        Facts::Party(p) => {
            let mut fields = vec![("name".to_string(), p.name.as_str())];
            fields.extend(p.short_name.as_deref().map(|s| ("short_name".to_string(), s)));
            fields.extend(p.aliases.iter().enumerate().map(|(i, a)| (format!("aliases.{i}"), a.as_str())));
            fields
        }
        Facts::Event(e) => vec![("title".to_string(), e.title.as_str())],
        Facts::Place(p) => {
            let mut fields = vec![("name".to_string(), p.name.as_str())];
            fields.extend(p.aliases.iter().enumerate().map(|(i, a)| (format!("aliases.{i}"), a.as_str())));
            fields
        }
        Facts::Page(p) => vec![("title".to_string(), p.title.as_str())],
    }
}

/// A party name that other briefs also have is never linked automatically: told once per
/// name, at the first party that has it, with a note at each other brief.
pub(super) fn check(lint: &Lint, out: &mut Vec<Diagnostic>) {
    let graph = lint.graph;
    if !graph.site.config.autolink.enabled {
        return;
    }
    let mut told: HashSet<String> = HashSet::new();
    for (a, brief) in lint.briefs() {
        let mode = brief.autolink();
        if mode == AutolinkMode::Off {
            continue;
        }
        for (path, name) in name_fields(brief) {
            let sharing = graph.names.briefs_named(name);
            let seat = crate::resolve::names::metonym(graph.site, sharing).is_some();
            if sharing.len() < 2 || seat || !wanted(name, mode == AutolinkMode::Always) {
                continue;
            }
            if !told.insert(name.to_lowercase()) {
                continue;
            }
            let others: Vec<usize> = sharing.iter().copied().filter(|&b| b != a).collect();
            let mut warning = Diagnostic::warning(
                "shared-name",
                format!(
                    "`{name}` is also a name of {}, so mentions of it are never linked automatically",
                    others.iter().map(|&b| lint.name(&lint.brief(b).id)).collect::<Vec<_>>().join(", ")
                ),
            )
            .at(lint.value(a, &path))
            .help(format!(
                "keep `{name}` on one brief only (names match in any case), or link it in the text with [[{}]]",
                brief.id
            ));
            for b in others {
                let other = lint.brief(b);
                let field = name_fields(other).into_iter().find(|(_, n)| n.to_lowercase() == name.to_lowercase());
                let span = field.map(|(p, _)| lint.value(b, &p));
                warning =
                    warning.note(format!("{} {} is also named `{name}` here", other.kind().noun(), other.id), span);
            }
            out.push(warning);
        }
    }
}

/// One link autolink made, or one name it does not look for because it is a common word.
#[derive(Debug, Clone, Serialize)]
pub struct Autolink {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The words linked, as written.
    pub text: String,
    /// The party's id.
    pub target: String,
}

/// Party names autolink leaves alone because each is a single common word ("China",
/// "North"), at the name in the party's front-matter, for a writer to opt in where the party
/// is always meant.
pub fn held_back(graph: &Graph) -> Vec<Autolink> {
    if !graph.site.config.autolink.enabled {
        return Vec::new();
    }
    let mut out = Vec::new();
    for brief in &graph.site.briefs {
        let Facts::Party(party) = &brief.facts else { continue };
        if party.autolink != AutolinkMode::On {
            continue;
        }
        let mut locator = None;
        for (path, name) in name_fields(brief) {
            if wanted(name, true) && !wanted(name, false) && graph.names.briefs_named(name).len() == 1 {
                let span = locator.get_or_insert_with(|| Locator::new(&brief.file)).value(&path);
                let (line, column) = (span.line, span.column);
                out.push(Autolink {
                    file: brief.file.path.clone(),
                    line,
                    column,
                    text: name.to_string(),
                    target: brief.id.clone(),
                });
            }
        }
    }
    out
}

/// Every link autolink made in the site's bodies, in file order.
pub fn list(graph: &Graph) -> Vec<Autolink> {
    let bodies = graph.bodies.iter().zip(&graph.site.briefs).map(|(body, brief)| (&**body, &brief.file));
    let home = graph.home_body.as_ref().zip(graph.site.home.as_ref().map(|h| &h.file));
    let mut out: Vec<Autolink> = bodies.chain(home).flat_map(|(body, file)| made(graph, body, file)).collect();
    out.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    out
}

fn made<'g>(graph: &'g Graph, body: &'g Body, file: &'g SourceFile) -> impl Iterator<Item = Autolink> + 'g {
    body.autolinks.iter().map(move |a| {
        let span = file.span(a.range.clone());
        Autolink {
            file: file.path.clone(),
            line: span.line,
            column: span.column,
            text: a.text.clone(),
            target: graph.site.briefs[a.party].id.clone(),
        }
    })
}
