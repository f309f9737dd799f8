//! Resolve: bind every id, render bodies with their links, and derive the cross-links.
//!
//! The input is the loaded [`Site`]; the output is a [`Graph`]: the same briefs plus what no
//! writer maintains by hand: events per party by role, "mentioned in" backlinks, members,
//! relations seen from both ends, sub-events, previous and next, the timeline order, tags.
//! Every broken reference is reported here, with the nearest valid id.

pub mod derive;
pub mod mirrors;
pub mod names;
pub mod references;

use std::collections::{BTreeMap, HashSet};

use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, nearest};
use crate::load::Site;
use crate::load::locate::Locator;
use crate::markdown::{self, Body, Document};
use crate::model::{Brief, Facts, Source, slug};
use crate::routes::{self, KIND_SEGMENT, PERIOD_SEGMENT, RESERVED_PAGE_IDS};
pub use derive::{Derived, EventRole};
pub use mirrors::Mirror;
pub(crate) use names::names_of;
pub use names::{Names, Tables};

/// The site with every reference bound and every derived link computed.
pub struct Graph<'s> {
    pub site: &'s Site,
    pub names: Names<'s>,
    /// Rendered bodies, by brief index.
    pub bodies: Vec<Arc<Body>>,
    pub home_body: Option<Body>,
    /// Derived links, by brief index.
    pub derived: Vec<Derived>,
    /// Event indices in chronological order.
    pub timeline: Vec<usize>,
    /// Sources with an id: the brief that defines each, and the source.
    pub sources: HashMap<&'s str, (usize, &'s Source)>,
    /// Tags by slug, each with the briefs that carry it.
    pub tags: BTreeMap<String, Tag>,
    /// The pages in the site's menu (`menu: true`), in the menu's order: by `weight`, then
    /// title. Every page's navigation shows them, and `check` counts them as reachable.
    pub menu: Vec<usize>,
    /// What was found from front-matter alone, for the next resolve to reuse.
    front: Arc<FrontResults>,
}

/// What resolve finds from the front-matter alone: the same while no brief's front-matter,
/// id or place changes, so a rebuild after a body edit takes it as it is, and one after a
/// front-matter edit checks again only the references of the briefs that changed.
struct FrontResults {
    /// The names' fingerprint and every brief's front-matter hash.
    key: u64,
    fingerprint: u64,
    sources_key: u64,
    /// Every brief's front-matter hash, by index.
    front_hashes: Vec<u64>,
    /// Broken references, by brief index.
    references: Vec<Vec<Diagnostic>>,
    /// `part_of` and `within` cycles.
    cycles: Vec<Diagnostic>,
    timeline: Vec<usize>,
    tags: BTreeMap<String, Tag>,
    menu: Vec<usize>,
    /// Derived links without "mentioned in".
    derived: Vec<Derived>,
}

impl FrontResults {
    fn new(
        site: &Site,
        names: &Names,
        sources: &HashMap<&str, (usize, &Source)>,
        key: u64,
        previous: Option<&FrontResults>,
    ) -> FrontResults {
        let fingerprint = names.fingerprint();
        let sources_key = references::sources_key(sources);
        // With the same names and sources, a brief whose front-matter is the same has the
        // same broken references as last time (and sits at the same index).
        let previous = previous.filter(|p| p.fingerprint == fingerprint && p.sources_key == sources_key);
        let ((references, cycles), (timeline, tags)) = rayon::join(
            || {
                let references = (0..site.briefs.len())
                    .into_par_iter()
                    .map(|i| match previous {
                        Some(p) if p.front_hashes[i] == site.briefs[i].front_hash => p.references[i].clone(),
                        _ => references::check_brief(site, names, sources, i),
                    })
                    .collect();
                let mut cycles = Vec::new();
                check_part_of_cycles(site, names, &mut cycles);
                (references, cycles)
            },
            || rayon::join(|| timeline(site), || tags(site)),
        );
        let derived = derive::derive(site, names, &timeline);
        let front_hashes = site.briefs.iter().map(|b| b.front_hash).collect();
        let menu = menu(site);
        FrontResults { key, fingerprint, sources_key, front_hashes, references, cycles, timeline, tags, menu, derived }
    }

    fn key(site: &Site, names: &Names) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = rustc_hash::FxHasher::default();
        names.fingerprint().hash(&mut h);
        site.briefs.iter().for_each(|b| b.front_hash.hash(&mut h));
        h.finish()
    }

    fn problems(&self) -> impl Iterator<Item = &Diagnostic> {
        self.references.iter().flatten().chain(&self.cycles)
    }
}

/// A tag and the briefs filed under it.
#[derive(Debug, Clone)]
pub struct Tag {
    /// The spelling first seen (briefs in id order).
    pub name: String,
    pub briefs: Vec<usize>,
}

/// What a rebuild can take from the last resolve: rendered bodies (valid while the names
/// they were rendered against stay the same, so only changed briefs' bodies are rendered
/// again), the name tables, and the results found from front-matter alone.
#[derive(Default)]
pub struct ResolveCache {
    fingerprint: u64,
    by_id: HashMap<String, (Arc<Brief>, Arc<Body>)>,
    /// The name tables built for those names; `None` until something was resolved.
    tables: Option<Arc<Tables>>,
    front: Option<Arc<FrontResults>>,
}

impl ResolveCache {
    /// Keeps the bodies of `graph` for the next resolve. Entries of briefs that did not change are
    /// left as they are, which at ten thousand briefs is most of the work saved.
    pub fn update(&mut self, graph: &Graph) {
        for (brief, body) in graph.site.briefs.iter().zip(&graph.bodies) {
            match self.by_id.get_mut(&brief.id) {
                Some((kept, kept_body)) => {
                    if !Arc::ptr_eq(kept, brief) {
                        *kept = Arc::clone(brief);
                    }
                    if !Arc::ptr_eq(kept_body, body) {
                        *kept_body = Arc::clone(body);
                    }
                }
                None => {
                    self.by_id.insert(brief.id.clone(), (Arc::clone(brief), Arc::clone(body)));
                }
            }
        }
        if self.by_id.len() > graph.site.briefs.len() {
            self.by_id.retain(|id, _| graph.index_of(id).is_some());
        }
        self.fingerprint = graph.names.fingerprint();
        self.tables = Some(graph.names.tables());
        self.front = Some(Arc::clone(&graph.front));
    }

    /// The front-matter results, if they were found for the same key.
    fn front(&self, key: u64) -> Option<Arc<FrontResults>> {
        self.front.clone().filter(|f| f.key == key)
    }

    /// The front-matter results of the last resolve, whatever they were found for.
    fn last_front(&self) -> Option<&FrontResults> {
        self.front.as_deref()
    }

    /// The name tables of the cached names, if they have `fingerprint`.
    fn tables(&self, fingerprint: u64) -> Option<Arc<Tables>> {
        self.tables.clone().filter(|_| self.fingerprint == fingerprint)
    }

    fn get(&self, names: &Names, brief: &Arc<Brief>) -> Option<Arc<Body>> {
        if self.fingerprint != names.fingerprint() {
            return None;
        }
        let (cached, body) = self.by_id.get(&brief.id)?;
        Arc::ptr_eq(cached, brief).then(|| Arc::clone(body))
    }
}

/// Resolves `site`, reusing what in `cache` is still valid (an empty cache for a build).
/// `site_paths` lists the pages and files the site has besides briefs, so that Markdown
/// links to them can be checked.
pub fn resolve_with<'s>(
    site: &'s Site,
    site_paths: HashSet<String>,
    cache: &ResolveCache,
) -> (Graph<'s>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    check_page_ids(site, &site_paths, &mut diagnostics);
    // Independent steps run side by side; the diagnostics are sorted by the caller.
    let (names, (sources, mut source_problems)) = rayon::join(
        || Names::new(site, site_paths, |fingerprint| cache.tables(fingerprint)),
        || {
            let mut problems = Vec::new();
            (references::index_sources(site, &mut problems), problems)
        },
    );
    diagnostics.append(&mut source_problems);
    let key = FrontResults::key(site, &names);
    let (front, (bodies, home_body)) = rayon::join(
        || {
            cache
                .front(key)
                .unwrap_or_else(|| Arc::new(FrontResults::new(site, &names, &sources, key, cache.last_front())))
        },
        || {
            let bodies: Vec<Arc<Body>> = site
                .briefs
                .par_iter()
                .enumerate()
                .map(|(i, brief)| {
                    cache.get(&names, brief).unwrap_or_else(|| {
                        let path = routes::brief(brief);
                        Arc::new(markdown::render(&Document { file: &brief.file, index: Some(i), path: &path }, &names))
                    })
                })
                .collect();
            let home = site
                .home
                .as_ref()
                .map(|home| markdown::render(&Document { file: &home.file, index: None, path: "" }, &names));
            (bodies, home)
        },
    );
    diagnostics.extend(front.problems().cloned());
    for body in bodies.iter().map(|b| &**b).chain(home_body.iter()) {
        diagnostics.extend_from_slice(&body.diagnostics);
    }
    check_anchors(site, &bodies, home_body.as_ref(), &mut diagnostics);
    let mut derived = front.derived.clone();
    derive::add_mentions(&mut derived, &bodies);
    let (timeline, tags, menu) = (front.timeline.clone(), front.tags.clone(), front.menu.clone());
    (Graph { site, names, bodies, home_body, derived, timeline, sources, tags, menu, front }, diagnostics)
}

/// Pages live at `/<id>/`, beside the site's own sections and static files: an id that
/// would collide with one of them is refused.
fn check_page_ids(site: &Site, site_paths: &HashSet<String>, out: &mut Vec<Diagnostic>) {
    let first_segments: HashSet<&str> = site_paths.iter().map(|p| p.split('/').next().unwrap_or(p)).collect();
    for brief in site.briefs.iter().filter(|b| b.as_page().is_some()) {
        let prefix = routes::brief(brief);
        let taken = RESERVED_PAGE_IDS.contains(&brief.id.as_str()) || first_segments.contains(brief.id.as_str());
        if taken {
            out.push(
                Diagnostic::error(
                    "reserved-id",
                    format!("a page cannot be called `{}`: /{prefix} is already part of the site", brief.id),
                )
                .at(crate::diagnostics::Span::file_only(&brief.file.path))
                .help(format!("rename the file, for example to `about-{}.md`", brief.id)),
            );
        }
    }
    // The who's who and the timeline keep their pages split by kind and by period below
    // `parties/kind/` and `events/period/`.
    for brief in &site.briefs {
        let section = match &brief.facts {
            Facts::Party(_) if brief.id == KIND_SEGMENT => "who’s who",
            Facts::Event(_) if brief.id == PERIOD_SEGMENT => "timeline",
            _ => continue,
        };
        let path = routes::brief(brief);
        out.push(
            Diagnostic::error(
                "reserved-id",
                format!(
                    "a {} cannot be called `{}`: /{path} holds the pages of the {section}",
                    brief.kind().noun(),
                    brief.id
                ),
            )
            .at(crate::diagnostics::Span::file_only(&brief.file.path))
            .help(format!("rename the file, for example to `{}-1.md`", brief.id)),
        );
    }
}

/// Events in reading order: by the day they start, a coarser date before a finer one (an
/// event of "2008" before those of 1 January 2008, so the events dated by the year alone
/// stay together), larger events before what they contain (`part_of` depth), then by date,
/// title and id. Without the depth, a war and its first battle starting on the same day
/// would list the battle first, because it ends sooner.
fn timeline(site: &Site) -> Vec<usize> {
    let events: HashMap<&str, &crate::model::Event> =
        site.briefs.iter().filter_map(|b| Some((b.id.as_str(), b.as_event()?))).collect();
    let depth = |event: &crate::model::Event| {
        // Bounded by the number of events, so a `part_of` cycle (reported elsewhere) ends.
        let mut depth = 0;
        let mut parent = event.part_of.as_deref();
        while let Some(up) = parent.and_then(|id| events.get(id))
            && depth < events.len()
        {
            depth += 1;
            parent = up.part_of.as_deref();
        }
        depth
    };
    let mut keyed: Vec<(crate::model::Day, crate::model::Precision, usize, usize)> = site
        .briefs
        .iter()
        .enumerate()
        .filter_map(|(i, b)| b.as_event().map(|e| (e.date.earliest(), e.date.precision(), depth(e), i)))
        .collect();
    keyed.sort_by(|&(day_a, fine_a, depth_a, a), &(day_b, fine_b, depth_b, b)| {
        let (ea, eb) = (site.briefs[a].as_event(), site.briefs[b].as_event());
        let key_a = ea.map(|e| (e.date, e.title.as_str()));
        let key_b = eb.map(|e| (e.date, e.title.as_str()));
        (day_a, fine_a, depth_a)
            .cmp(&(day_b, fine_b, depth_b))
            .then_with(|| key_a.cmp(&key_b))
            .then_with(|| site.briefs[a].id.cmp(&site.briefs[b].id))
    });
    keyed.into_iter().map(|(_, _, _, i)| i).collect()
}

fn tags(site: &Site) -> BTreeMap<String, Tag> {
    // Many briefs share few tags: each spelling is slugified and looked up once, and briefs
    // are filed by the slot of their tag rather than by searching the sorted map.
    let mut slot_of_spelling: HashMap<&str, usize> = HashMap::default();
    let mut slot_of_slug: HashMap<String, usize> = HashMap::default();
    let mut slots: Vec<(String, Tag)> = Vec::new();
    for (i, brief) in site.briefs.iter().enumerate() {
        for name in &brief.tags {
            let slot = *slot_of_spelling.entry(name.as_str()).or_insert_with(|| {
                let slug = slug::slugify(name);
                *slot_of_slug.entry(slug.clone()).or_insert_with(|| {
                    slots.push((slug, Tag { name: name.clone(), briefs: Vec::new() }));
                    slots.len() - 1
                })
            });
            let tag = &mut slots[slot].1;
            if tag.briefs.last() != Some(&i) {
                tag.briefs.push(i);
            }
        }
    }
    slots.into_iter().collect()
}

/// Pages with `menu: true`, by weight (none last), then title.
fn menu(site: &Site) -> Vec<usize> {
    let mut pages: Vec<usize> =
        (0..site.briefs.len()).filter(|&i| site.briefs[i].as_page().is_some_and(|p| p.menu)).collect();
    pages.sort_by_key(|&i| {
        let page = site.briefs[i].as_page();
        (page.and_then(|p| p.weight).unwrap_or(i64::MAX), site.briefs[i].title().to_string())
    });
    pages
}

/// `part_of` must not loop, nor `within`. Each cycle is reported once, at its smallest id; a
/// brief that names itself is already reported as a self-reference.
fn check_part_of_cycles(site: &Site, names: &Names, out: &mut Vec<Diagnostic>) {
    let part_of = |i: usize| site.briefs[i].as_event().and(derive::larger(site, names, i));
    let within = |i: usize| site.briefs[i].as_place().and(derive::larger(site, names, i));
    let event = Circle {
        key: "part_of",
        code: "part-of-cycle",
        help: "an event cannot be part of itself, even through other events: remove one of these part_of",
    };
    let place = Circle {
        key: "within",
        code: "within-cycle",
        help: "a place cannot lie within itself, even through other places: remove one of these within",
    };
    find_cycles(site, part_of, &event, out);
    find_cycles(site, within, &place, out);
}

/// What a cycle of one key is reported as.
struct Circle {
    key: &'static str,
    code: &'static str,
    help: &'static str,
}

fn find_cycles(site: &Site, parent: impl Fn(usize) -> Option<usize>, circle: &Circle, out: &mut Vec<Diagnostic>) {
    // 0: not seen, 1: on the current path, 2: finished.
    let mut state = vec![0u8; site.briefs.len()];
    for start in 0..site.briefs.len() {
        let mut path = Vec::new();
        let mut current = Some(start);
        while let Some(i) = current {
            match state[i] {
                2 => break,
                1 => {
                    let cycle = &path[path.iter().position(|&p| p == i).unwrap_or(0)..];
                    report_cycle(site, cycle, circle, out);
                    break;
                }
                _ => {
                    state[i] = 1;
                    path.push(i);
                    current = parent(i);
                }
            }
        }
        for i in path {
            state[i] = 2;
        }
    }
}

fn report_cycle(site: &Site, cycle: &[usize], circle: &Circle, out: &mut Vec<Diagnostic>) {
    let Some(&first) = cycle.iter().min_by_key(|&&i| &site.briefs[i].id) else { return };
    let at = cycle.iter().position(|&i| i == first).unwrap_or(0);
    let mut ids: Vec<&str> = cycle[at..].iter().chain(&cycle[..at]).map(|&i| site.briefs[i].id.as_str()).collect();
    ids.push(&site.briefs[first].id);
    out.push(
        Diagnostic::error(circle.code, format!("`{}` goes round in a circle: {}", circle.key, ids.join(" → ")))
            .at(Locator::new(&site.briefs[first].file).value(circle.key))
            .help(circle.help),
    );
}

/// How many of a page's headings a hint lists when none is near the one asked for.
const HEADINGS_LISTED: usize = 8;

/// Every `[[id#heading]]` and `page/#heading` must name a heading of its target.
fn check_anchors(site: &Site, bodies: &[Arc<Body>], home: Option<&Body>, out: &mut Vec<Diagnostic>) {
    let sources = bodies.iter().enumerate().map(|(i, b)| (&site.briefs[i].file, &**b));
    let home = site.home.as_ref().zip(home).map(|(h, b)| (&h.file, b));
    for (file, body) in sources.chain(home) {
        for anchor in &body.anchors {
            let headings = &bodies[anchor.target].headings;
            if headings.iter().any(|h| h.id == anchor.anchor) {
                continue;
            }
            let target = &site.briefs[anchor.target];
            let ids: Vec<&str> = headings.iter().map(|h| h.id.as_str()).collect();
            let help = match nearest(&anchor.anchor, ids.iter().copied()) {
                Some(near) => format!("did you mean `#{near}`?"),
                None if ids.is_empty() => format!("`{}` has no headings to link to", target.id),
                None => {
                    // The first few, each quoted so that a long one is clipped like any value.
                    let shown: Vec<String> = ids.iter().take(HEADINGS_LISTED).map(|i| format!("`#{i}`")).collect();
                    let rest = ids.len().saturating_sub(HEADINGS_LISTED);
                    let more = if rest > 0 { format!(" and {rest} more") } else { String::new() };
                    format!("its headings are: {}{more}", shown.join(", "))
                }
            };
            out.push(
                Diagnostic::error("unknown-heading", format!("`{}` has no heading `#{}`", target.id, anchor.anchor))
                    .at(file.span(anchor.range.clone()))
                    .help(help),
            );
        }
    }
}

impl Graph<'_> {
    /// The index of a brief by id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.names.by_id.get(id).copied()
    }

    /// The index of a party by id, if it is one.
    pub fn party(&self, id: &str) -> Option<usize> {
        self.index_of(id).filter(|&i| matches!(self.site.briefs[i].facts, Facts::Party(_)))
    }
}
