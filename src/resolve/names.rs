//! The name index: how `[[links]]`, Markdown links and autolinks find briefs.
//!
//! Ids match exactly; names, short names, aliases and titles match case-insensitively. A
//! name two briefs share is ambiguous when linked and never autolinked.

use std::collections::HashSet;
use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use crate::config::{BaseUrl, RawHtml};
use crate::diagnostics::nearest;
use crate::load::Site;
use crate::markdown::{Autolinker, LinkContext, Lookup, autolink};
use crate::model::{AutolinkMode, Brief, Facts};
use crate::routes;

/// Everything a body needs to bind its links.
pub struct Names<'s> {
    site: &'s Site,
    base: BaseUrl,
    pub by_id: HashMap<&'s str, usize>,
    by_file: HashMap<&'s str, usize>,
    site_paths: HashSet<String>,
    tables: Arc<Tables>,
    fingerprint: u64,
}

/// The parts of the index that own their keys: the same for every site with the same
/// fingerprint, so a preview keeps them from one rebuild to the next.
pub struct Tables {
    /// Lowercased names, short names, aliases and titles to the briefs that have them.
    by_name: HashMap<String, Vec<usize>>,
    urls: Vec<String>,
    by_path: HashMap<String, usize>,
    autolinker: Option<Autolinker>,
}

impl Tables {
    fn new(site: &Site, base: &BaseUrl) -> Tables {
        let mut by_name: HashMap<String, Vec<usize>> =
            HashMap::with_capacity_and_hasher(site.briefs.len() * 2, Default::default());
        let mut urls = Vec::with_capacity(site.briefs.len());
        let mut by_path = HashMap::with_capacity_and_hasher(site.briefs.len(), Default::default());
        for (i, brief) in site.briefs.iter().enumerate() {
            for name in names_of(brief) {
                let entry = by_name.entry(name.to_lowercase()).or_default();
                // Briefs come in order, so a repeat of this brief is the last entry: no scan of
                // a name thousands of briefs share.
                if entry.last() != Some(&i) {
                    entry.push(i);
                }
            }
            let path = routes::brief(brief);
            urls.push(base.link(&path));
            by_path.insert(path, i);
        }
        let autolink = &site.config.autolink;
        let autolinker =
            if autolink.enabled { Autolinker::new(autolink_names(site, &by_name), &autolink.never) } else { None };
        Tables { by_name, urls, by_path, autolinker }
    }
}

/// The names autolink looks for: those of places and of parties that have not opted out,
/// that name exactly one brief (or a party and its seat, see [`metonym`]) and that
/// [`autolink::wanted`] accepts.
fn autolink_names(site: &Site, by_name: &HashMap<String, Vec<usize>>) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (i, brief) in site.briefs.iter().enumerate() {
        let mode = brief.autolink();
        if mode == AutolinkMode::Off {
            continue;
        }
        for name in names_of(brief) {
            let sharing = by_name.get(&name.to_lowercase()).map_or(&[][..], Vec::as_slice);
            let unique = sharing.len() == 1 || metonym(site, sharing) == Some(i);
            if autolink::wanted(name, mode == AutolinkMode::Always) && unique {
                out.push((name.to_string(), i));
            }
        }
    }
    out
}

/// The party a name stands for when the briefs sharing it are one party and the place it is
/// seated at, and the party lists the name among its aliases: a writer who gives Azerbaijan
/// the alias "Baku" means "Baku says" and "Baku's forces", so mentions link to the party,
/// while the city is still linked by its id (`[[baku]]`) and found by search.
pub(crate) fn metonym(site: &Site, sharing: &[usize]) -> Option<usize> {
    let [a, b] = sharing else { return None };
    let (party, place) = match (&site.briefs[*a].facts, &site.briefs[*b].facts) {
        (Facts::Party(_), Facts::Place(_)) => (*a, *b),
        (Facts::Place(_), Facts::Party(_)) => (*b, *a),
        _ => return None,
    };
    let seat = site.briefs[party].as_party()?.seat.as_deref()?;
    let at = &site.briefs[place];
    let seated = seat == at.id || at.as_place().is_some_and(|p| p.name.eq_ignore_ascii_case(seat));
    seated.then_some(party)
}

/// The names a brief can be linked by, besides its id: in a translated site, the
/// translation's and the original's.
pub(crate) fn names_of(brief: &Brief) -> Vec<&str> {
    let mut names = own_names(brief);
    names.extend(brief.link_names.iter().map(String::as_str));
    names
}

fn own_names(brief: &Brief) -> Vec<&str> {
    match &brief.facts {
        Facts::Party(p) => {
            let mut names = vec![p.name.as_str()];
            names.extend(p.short_name.as_deref());
            names.extend(p.aliases.iter().map(String::as_str));
            names
        }
        Facts::Event(e) => vec![e.title.as_str()],
        Facts::Place(p) => {
            let mut names = vec![p.name.as_str()];
            names.extend(p.aliases.iter().map(String::as_str));
            names
        }
        Facts::Page(p) => vec![p.title.as_str()],
    }
}

impl<'s> Names<'s> {
    /// `site_paths` are the site's other pages and files (`events/`, `style.css`...).
    /// `reuse` may hand back the tables of an earlier index with the same fingerprint.
    pub fn new(
        site: &'s Site,
        site_paths: HashSet<String>,
        reuse: impl FnOnce(u64) -> Option<Arc<Tables>>,
    ) -> Names<'s> {
        let base = site.config.base();
        let mut by_id = HashMap::with_capacity_and_hasher(site.briefs.len(), Default::default());
        let mut by_file = HashMap::with_capacity_and_hasher(site.briefs.len(), Default::default());
        for (i, brief) in site.briefs.iter().enumerate() {
            by_id.insert(brief.id.as_str(), i);
            by_file.insert(brief.file.path.as_str(), i);
        }
        let fingerprint = fingerprint(site, &site_paths, &base);
        let tables = reuse(fingerprint).unwrap_or_else(|| Arc::new(Tables::new(site, &base)));
        Names { site, base, by_id, by_file, site_paths, tables, fingerprint }
    }

    /// A hash of everything a body's links can depend on: ids, names, kinds, file paths and
    /// their order, the site's other paths, drafts and failed briefs. Two `Names` with the
    /// same fingerprint render every unchanged body the same way.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// The tables, to keep for the next index with the same fingerprint.
    pub fn tables(&self) -> Arc<Tables> {
        Arc::clone(&self.tables)
    }

    /// The briefs with `name` among their names, short names, aliases or titles, in any case.
    pub fn briefs_named(&self, name: &str) -> &[usize] {
        self.tables.by_name.get(&name.to_lowercase()).map_or(&[], Vec::as_slice)
    }

    pub fn url_of(&self, brief: usize) -> &str {
        &self.tables.urls[brief]
    }

    pub fn base(&self) -> &BaseUrl {
        &self.base
    }

    /// Ids of briefs accepted by `accept`, nearest first, for "did you mean".
    pub fn nearest_id(&self, wrong: &str, accept: impl Fn(&Brief) -> bool) -> Option<&'s str> {
        // A name or alias where an id belongs, as written (`Rapid Support Forces`) or written
        // like an id (`rapid-support-forces`, `the-rsf`): point to the brief's id. Checked
        // first, because a fuzzy match of such a name can land on another party.
        if let Some(brief) = self.named(wrong).into_iter().map(|i| &self.site.briefs[i]).find(|b| accept(b)) {
            return Some(brief.id.as_str());
        }
        let candidates = self.site.briefs.iter().filter(|b| accept(b)).map(|b| b.id.as_str());
        nearest(wrong, candidates)
    }

    /// The briefs `text` names exactly, read as an id or a name, as a name written like an
    /// id, and without a leading article ("the RSF"), in that order.
    fn named(&self, text: &str) -> Vec<usize> {
        let lower = text.to_lowercase();
        let spaced = lower.replace(['-', '_'], " ");
        let mut readings = vec![lower.clone(), spaced.clone()];
        for article in ["the ", "a ", "an "] {
            if let Some(rest) = spaced.strip_prefix(article) {
                readings.push(rest.to_string());
                readings.push(rest.replace(' ', "-"));
            }
        }
        let mut found = Vec::new();
        for reading in &readings {
            found.extend(self.by_id.get(reading.as_str()).copied());
            found.extend(self.tables.by_name.get(reading).into_iter().flatten().copied());
        }
        found
    }
}

fn fingerprint(site: &Site, site_paths: &HashSet<String>, base: &BaseUrl) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    for brief in &site.briefs {
        (&brief.id, brief.kind().noun(), &brief.file.path, brief.short_title(), names_of(brief)).hash(&mut h);
        brief.autolink().hash(&mut h);
        // A seat decides which of a party and a place a shared name links to (`metonym`).
        brief.as_party().and_then(|p| p.seat.as_deref()).hash(&mut h);
    }
    let mut paths: Vec<&String> = site_paths.iter().collect();
    paths.sort_unstable();
    (paths, &base.path, &site.config.autolink, site.config.markdown.raw_html).hash(&mut h);
    site.drafts.keys().for_each(|k| k.hash(&mut h));
    site.failed.keys().for_each(|k| k.hash(&mut h));
    site.left_out.iter().for_each(|k| k.hash(&mut h));
    h.finish()
}

impl LinkContext for Names<'_> {
    fn lookup(&self, text: &str) -> Lookup {
        if let Some(&i) = self.by_id.get(text) {
            return Lookup::Found(i);
        }
        let lower = text.to_lowercase();
        if let Some(&i) = self.by_id.get(lower.as_str()) {
            return Lookup::Found(i);
        }
        match self.tables.by_name.get(&lower).map(Vec::as_slice) {
            Some([one]) => Lookup::Found(*one),
            Some(many) if !many.is_empty() => Lookup::Ambiguous(many.to_vec()),
            _ if self.site.drafts.contains_key(lower.as_str()) => Lookup::Draft,
            _ if self.site.failed.contains_key(lower.as_str()) => Lookup::Failed,
            _ if self.site.left_out.contains(&lower) => Lookup::Failed,
            _ => Lookup::Missing,
        }
    }

    fn is_id(&self, text: &str) -> bool {
        self.by_id.contains_key(text) || self.by_id.contains_key(text.to_lowercase().as_str())
    }

    fn url(&self, brief: usize) -> &str {
        &self.tables.urls[brief]
    }

    fn display(&self, brief: usize) -> &str {
        self.site.briefs[brief].short_title()
    }

    fn kind(&self, brief: usize) -> &'static str {
        self.site.briefs[brief].kind().noun()
    }

    fn suggest(&self, text: &str) -> Option<String> {
        // "the RSF", "rapid-support-forces": a name read another way, before any guess.
        if let [one, ..] = self.named(text)[..] {
            return Some(format!("did you mean `[[{}]]`?", self.site.briefs[one].id));
        }
        let lower = text.to_lowercase();
        let ids = self.site.briefs.iter().map(|b| b.id.as_str());
        let names = self.tables.by_name.keys().map(String::as_str);
        let best = nearest(&lower, ids.chain(names))?;
        let target = match self.tables.by_name.get(best).map(Vec::as_slice) {
            Some([one]) => self.site.briefs[*one].id.as_str(),
            _ => best,
        };
        Some(format!("did you mean `[[{target}]]`?"))
    }

    fn brief_at(&self, path: &str) -> Option<usize> {
        self.tables.by_path.get(path).copied()
    }

    fn is_site_path(&self, path: &str) -> bool {
        self.site_paths.contains(path)
    }

    fn brief_file(&self, path: &str) -> Option<usize> {
        self.by_file.get(path).copied()
    }

    fn base_path(&self) -> &str {
        &self.base.path
    }

    fn autolinker(&self) -> Option<&Autolinker> {
        self.tables.autolinker.as_ref()
    }

    fn keep_raw_html(&self) -> bool {
        self.site.config.markdown.raw_html == RawHtml::Keep
    }
}
