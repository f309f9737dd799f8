//! Checking every id a brief's front-matter names: participants, memberships, relations,
//! `part_of`, `related`, casualty `of`, `claimed_by`, claim `by`, and cited sources.
//!
//! Each bad reference is reported at its value, with the nearest id of the right kind.

use rustc_hash::FxHashMap as HashMap;

use crate::diagnostics::Diagnostic;
use crate::load::Site;
use crate::load::locate::Locator;
use crate::model::{Brief, BriefKind, Expect, Group, KeyPath, Source, SourceEntry};
use crate::resolve::names::Names;

impl Expect {
    fn accepts(self, brief: &Brief) -> bool {
        match self {
            Expect::Party => brief.kind() == BriefKind::Party,
            Expect::Event => brief.kind() == BriefKind::Event,
            Expect::Place => brief.kind() == BriefKind::Place,
            Expect::Any => true,
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Expect::Party => "party",
            Expect::Event => "event",
            Expect::Place => "place",
            Expect::Any => "brief",
        }
    }
}

/// Checks references of one brief.
struct Checker<'a, 's> {
    site: &'s Site,
    names: &'a Names<'s>,
    index: usize,
    locator: Locator<'s>,
    sources: &'a HashMap<&'s str, (usize, &'s Source)>,
    out: &'a mut Vec<Diagnostic>,
}

impl Checker<'_, '_> {
    fn id(&mut self, id: &str, path: KeyPath, expect: Expect, field: &str) {
        match self.names.by_id.get(id) {
            Some(&i)
                if i == self.index && matches!(field, "member_of" | "relations" | "part_of" | "related" | "within") =>
            {
                self.out.push(
                    Diagnostic::error("self-reference", format!("`{field}` names this brief itself"))
                        .at(self.locator.value(&path.to_string()))
                        .help(format!("`{field}` must name another {}", expect.noun())),
                );
            }
            Some(&i) if expect.accepts(&self.site.briefs[i]) => {}
            Some(&i) => {
                let other = &self.site.briefs[i];
                let help = match self.names.nearest_id(id, |b| expect.accepts(b)) {
                    Some(near) => format!("`{field}` takes {}; did you mean `{near}`?", a_noun(expect)),
                    None => format!("`{field}` takes {}", a_noun(expect)),
                };
                self.out.push(
                    Diagnostic::error(
                        "wrong-kind",
                        format!("`{id}` is {}, not {}", other.kind().with_article(), a_noun(expect)),
                    )
                    .at(self.locator.value(&path.to_string()))
                    .help(help),
                );
            }
            None if self.site.failed.contains_key(id) || self.site.left_out.contains(id) => {}
            None if self.site.drafts.contains_key(id) => {
                self.out.push(
                    Diagnostic::error("draft-reference", format!("`{id}` is a draft and is left out of this build"))
                        .at(self.locator.value(&path.to_string()))
                        .help("publish it (draft: false), build with --drafts, or remove this reference"),
                );
            }
            None if self.is_a_source(id, path, field) => {}
            None => {
                let near = self.names.nearest_id(id, |b| expect.accepts(b));
                let help = match near {
                    _ if let Some(list) = several(id, field) => list,
                    _ if id.contains(" - ") => "this looks like two list items run together: every `- item` of a list must start in the same column".to_string(),
                    Some(near) => format!("did you mean `{near}`?"),
                    None => format!(
                        "no {} has this id; ids are the file names under content/{}/",
                        expect.noun(),
                        dir_of(expect)
                    ),
                };
                self.out.push(
                    Diagnostic::error("unknown-reference", format!("unknown {} `{id}`", expect.noun()))
                        .at(self.locator.value(&path.to_string()))
                        .help(help),
                );
            }
        }
    }

    /// Reports a source id written where a party belongs (`by: hrw-report`), a mix-up of
    /// the one who says something with where it is reported; whether it was one.
    fn is_a_source(&mut self, id: &str, path: KeyPath, field: &str) -> bool {
        if !self.sources.contains_key(id) {
            return false;
        }
        let who = if field == "of" {
            format!("`of` names who the figure counts (a party id, or one of the words {})", Group::WORDS.join(", "))
        } else {
            format!("`{field}` names the party who says or claims it (an id under content/parties/)")
        };
        self.out.push(
            Diagnostic::error("wrong-kind", format!("`{id}` is a source, not a party"))
                .at(self.locator.value(&path.to_string()))
                .help(format!(
                    "{who}; cite where it is reported with `source: {id}` in the same entry, or in the brief's `sources:`"
                )),
        );
        true
    }

    fn source(&mut self, id: &str, path: KeyPath) {
        // A source may be defined in a brief that failed to load; its errors are reported.
        if self.sources.contains_key(id) || !self.site.failed.is_empty() {
            return;
        }
        let near = crate::diagnostics::nearest(id, self.sources.keys().copied());
        let field = path.to_string();
        let field = field.rsplit('.').find(|p| p.parse::<usize>().is_err()).unwrap_or("sources");
        let help = match near {
            _ if let Some(list) = several(id, field) => list,
            Some(near) => format!("did you mean `{near}`?"),
            None => "define the source in some brief's `sources:` as { id: ..., title: ..., publisher: ..., url: ... }"
                .to_string(),
        };
        self.out.push(
            Diagnostic::error("unknown-source", format!("no brief defines the source `{id}`"))
                .at(self.locator.value(&path.to_string()))
                .help(help),
        );
    }
}

/// The help for ids written one after another with commas but no brackets
/// (`sources: a, b`), which YAML reads as one text: what the list looks like written out.
fn several(id: &str, field: &str) -> Option<String> {
    let ids: Vec<&str> = id.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    (ids.len() > 1 && ids.iter().all(|p| crate::model::slug::is_slug(p))).then(|| {
        format!("several ids are a list in brackets: `{field}: [{}]`; without them they are one text", ids.join(", "))
    })
}

fn a_noun(expect: Expect) -> &'static str {
    match expect {
        Expect::Party => "a party",
        Expect::Event => "an event",
        Expect::Place => "a place",
        Expect::Any => "a brief",
    }
}

fn dir_of(expect: Expect) -> &'static str {
    match expect {
        Expect::Party => "parties",
        Expect::Event => "events",
        Expect::Place => "places",
        Expect::Any => "parties, events, places or pages",
    }
}

/// Every source defined with an id, by id: the defining brief and the source.
pub fn index_sources<'s>(site: &'s Site, out: &mut Vec<Diagnostic>) -> HashMap<&'s str, (usize, &'s Source)> {
    let mut sources: HashMap<&str, (usize, &Source)> = HashMap::default();
    for (b, brief) in site.briefs.iter().enumerate() {
        let locator = Locator::new(&brief.file);
        for (n, entry) in brief.sources.iter().enumerate() {
            let SourceEntry::Defined(source) = entry else { continue };
            let Some(id) = source.id.as_deref() else { continue };
            match sources.get(id) {
                Some((first, existing)) if *existing != source => {
                    let first = &site.briefs[*first];
                    let first_span = Locator::new(&first.file).value(&first.source_path(id, "id"));
                    out.push(
                        Diagnostic::error("duplicate-source", format!("the source id `{id}` is defined twice, differently"))
                            .at(locator.value(&format!("sources.{n}.id")))
                            .note("first defined here", Some(first_span))
                            .help("define a source once and cite it by id elsewhere (`sources: [id]`), or give the second one another id"),
                    );
                }
                Some(_) => {}
                None => {
                    sources.insert(id, (b, source));
                }
            }
        }
    }
    sources
}

/// Checks every reference of one brief.
pub fn check_brief(
    site: &Site,
    names: &Names,
    sources: &HashMap<&str, (usize, &Source)>,
    index: usize,
) -> Vec<Diagnostic> {
    let brief = &site.briefs[index];
    let mut problems = Vec::new();
    let mut c = Checker { site, names, index, locator: Locator::new(&brief.file), sources, out: &mut problems };
    for (path, id) in brief.cited_sources() {
        c.source(id, path);
    }
    let mut related: HashMap<&str, KeyPath> = HashMap::default();
    for named in brief.named() {
        if named.key == "related"
            && let Some(first) = related.insert(named.id, named.path)
        {
            c.out.push(
                Diagnostic::error("duplicate-reference", format!("`related` lists `{}` twice", named.id))
                    .at(c.locator.value(&named.path.to_string()))
                    .note("first listed here", Some(c.locator.value(&first.to_string())))
                    .help("list each related brief once"),
            );
            continue;
        }
        match named.key {
            // A casualty figure's `of` may also be a group word misspelt.
            "of" => check_counted(&mut c, named.id, named.path),
            key => c.id(named.id, named.path, named.expect, key),
        }
    }
    problems
}

/// A hash of which source ids are defined, and where: references checked against the same
/// sources and names have the same problems.
pub fn sources_key(sources: &HashMap<&str, (usize, &Source)>) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    let hasher = BuildHasherDefault::<rustc_hash::FxHasher>::default();
    // The map's order is not the definition order: add the entries' hashes up.
    sources.iter().fold(0u64, |sum, (id, (brief, _))| sum.wrapping_add(hasher.hash_one((id, brief))))
}

/// `of` is a party id or a group word; an unknown word may be a misspelt group.
fn check_counted(c: &mut Checker, of: &str, path: KeyPath) {
    let absent = c.site.failed.contains_key(of) || c.site.left_out.contains(of);
    if c.names.by_id.contains_key(of) || c.site.drafts.contains_key(of) || absent {
        c.id(of, path, Expect::Party, "of");
        return;
    }
    if c.is_a_source(of, path, "of") {
        return;
    }
    let group = crate::diagnostics::nearest(of, Group::WORDS.iter().copied());
    let party = c.names.nearest_id(of, |b| b.kind() == BriefKind::Party);
    let words = crate::diagnostics::by_nearness(of, Group::WORDS).join(", ");
    let help = match group.or(party) {
        Some(near) => format!("did you mean `{near}`? `of` takes a party id or one of the words {words}"),
        None => format!("`of` takes a party id or one of the words {words}"),
    };
    c.out.push(
        Diagnostic::error("unknown-reference", format!("unknown party or group `{of}`"))
            .at(c.locator.value(&path.to_string()))
            .help(help),
    );
}
