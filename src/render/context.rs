//! What one render job sees: the graph, read only through methods that note which briefs the
//! page showed something of, and the view it is rendered for.
//!
//! The preview renders a page again when a brief it read changes; a read it missed is a page
//! left stale. So no builder holds the graph: each is handed a [`RenderContext`], made afresh
//! for every job, and reaches briefs, their derived links, bodies and URLs through it.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use fluent_bundle::FluentValue;
use rayon::prelude::*;

use crate::config::{BaseUrl, Config};
use crate::markdown::{Body, LinkContext, Lookup};
use crate::model::{Brief, Date, DateWords, Home, Labelled, Role, Source, Stance};
use crate::render::languages::Tongue;
use crate::resolve::{Derived, Graph, Tag};
use crate::strings::Strings;

/// How a page is viewed, the same for every job of one render.
#[derive(Debug, Clone, Copy)]
pub struct View {
    /// Links relative to each page (`build --relative`), for output opened from disk.
    pub relative: bool,
    /// The language of the words briefing itself puts on a page ("Who’s who", "says"):
    /// English is the only one there is.
    pub language: &'static str,
    /// The day the site is shown as of (`build --as-of`), which the banner of every page
    /// names; `None` for the record as it stands. What is dated later is already gone from
    /// the graph (`load::as_of`).
    pub as_of: Option<Date>,
}

impl View {
    /// The view the site's configuration asks for.
    pub fn of(config: &Config) -> View {
        View { relative: config.build.relative, language: "en", as_of: config.build.as_of }
    }
}

/// What the page of a traced job read: the briefs (sorted, each once), those of them whose
/// derived links it read, and whether it looked a name up, which makes it depend on every
/// brief's names.
#[derive(Debug, Default)]
pub struct Reads {
    pub briefs: Vec<usize>,
    /// Briefs whose derived links the page read (each in `briefs` too). Their front-matter
    /// can stay the same while these change: a party's side comes from events naming it.
    pub derived: Vec<usize>,
    pub looked_up_names: bool,
}

/// The reads a traced context has noted so far, in the order made.
#[derive(Default)]
struct Noted {
    briefs: Vec<usize>,
    derived: Vec<usize>,
}

/// Sorted, each index once.
fn sorted(mut indices: Vec<usize>) -> Vec<usize> {
    indices.sort_unstable();
    indices.dedup();
    indices
}

/// One job's way into the graph.
///
/// The notes are kept in a `RefCell` and a `Cell`, so the context is not `Sync`: a builder
/// cannot hand it to rayon, whose threads would note reads where nobody collects them. That
/// does not compile:
///
/// ```compile_fail
/// use rayon::prelude::*;
/// fn names(cx: &briefing::render::context::RenderContext, parties: &[usize]) -> Vec<String> {
///     parties.par_iter().map(|&i| cx.brief(i).id.clone()).collect()
/// }
/// ```
///
/// Work that must run in parallel goes through [`RenderContext::par_map`], which gives each
/// task a context of its own and gathers what they read.
pub struct RenderContext<'g> {
    graph: &'g Graph<'g>,
    view: View,
    /// The words of the view's language, and the site's other languages.
    tongue: Tongue<'g>,
    strings: &'g Strings,
    /// `None` when nobody listens (the build), so that a read notes nothing.
    reads: Option<RefCell<Noted>>,
    looked_up_names: Cell<bool>,
}

impl<'g> RenderContext<'g> {
    /// A context whose reads nobody collects: the build, and what a render decides before
    /// any job (how long lists are split, the menu and asset URLs every page shows).
    pub fn new(graph: &'g Graph<'g>, view: View, tongue: Tongue<'g>) -> RenderContext<'g> {
        RenderContext { graph, view, tongue, strings: tongue.strings, reads: None, looked_up_names: Cell::new(false) }
    }

    /// A context that notes every read, for [`RenderContext::finish`].
    pub fn traced(graph: &'g Graph<'g>, view: View, tongue: Tongue<'g>) -> RenderContext<'g> {
        RenderContext { reads: Some(RefCell::default()), ..RenderContext::new(graph, view, tongue) }
    }

    /// What was read, sorted and each brief once.
    pub fn finish(self) -> Reads {
        let Noted { briefs, derived } = self.reads.map(RefCell::into_inner).unwrap_or_default();
        Reads { briefs: sorted(briefs), derived: sorted(derived), looked_up_names: self.looked_up_names.get() }
    }

    #[inline]
    fn note(&self, index: usize) {
        if let Some(reads) = &self.reads {
            reads.borrow_mut().briefs.push(index);
        }
    }

    #[inline]
    fn note_derived(&self, index: usize) {
        if let Some(reads) = &self.reads {
            let mut reads = reads.borrow_mut();
            reads.briefs.push(index);
            reads.derived.push(index);
        }
    }

    /// Brief `index`, noted as read.
    #[inline]
    pub fn brief(&self, index: usize) -> &'g Brief {
        self.note(index);
        &self.graph.site.briefs[index]
    }

    /// What points at brief `index` (events by role, members, "mentioned in"...), noted as
    /// read of it and of its derived links.
    #[inline]
    pub fn derived(&self, index: usize) -> &'g Derived {
        self.note_derived(index);
        &self.graph.derived[index]
    }

    /// The rendered body of brief `index`, noted as read.
    #[inline]
    pub fn body(&self, index: usize) -> &'g Body {
        self.note(index);
        &self.graph.bodies[index]
    }

    /// The root-relative URL of brief `index`, noted as read: it follows the brief's id.
    #[inline]
    pub fn url(&self, index: usize) -> &'g str {
        self.note(index);
        self.graph.names.url_of(index)
    }

    /// Every brief with its index, each noted as read as it is taken.
    pub fn briefs(&self) -> impl Iterator<Item = (usize, &'g Brief)> + '_ {
        (0..self.brief_count()).map(|i| (i, self.brief(i)))
    }

    /// The commits that changed brief `index`'s file, newest first; none when the site is in
    /// no git repository. The history is read once per build, so this is no read to trace.
    /// On a site shown as of a day, the commits after it are left out, as the rest is.
    pub fn history(&self, index: usize) -> Vec<&'g crate::history::Change> {
        let site = self.graph.site;
        let changes = site.history.as_deref().map_or(&[][..], |h| h.of(&site.briefs[index].file.path));
        let until = self.view.as_of.map(|d| d.latest());
        changes.iter().filter(|c| until.is_none_or(|day| c.day <= day)).collect()
    }

    /// Whether a brief has corrections, and so the site a corrections page. Not a read, as
    /// [`Self::has_places`] is not.
    pub fn has_corrections(&self) -> bool {
        self.graph.site.briefs.iter().any(|b| !b.corrections.is_empty())
    }

    /// Whether the site has places, and so a gazetteer in its menu. Not a read: which files a
    /// site has is decided before any page (see `plan.rs`), and a change renders everything.
    pub fn has_places(&self) -> bool {
        self.graph.site.briefs.iter().any(|b| b.as_place().is_some())
    }

    /// How many briefs the site has.
    #[inline]
    pub fn brief_count(&self) -> usize {
        self.graph.site.briefs.len()
    }

    /// The brief a front-matter id names. Not a read: resolve checks every id against the
    /// kind of brief it must name, so a site with an id that names nothing (or another kind)
    /// is never rendered, and the page shows what it finds only through the reads above.
    #[inline]
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.graph.index_of(id)
    }

    /// The party a front-matter id names (see [`RenderContext::index_of`]).
    #[inline]
    pub fn party(&self, id: &str) -> Option<usize> {
        self.graph.party(id)
    }

    /// A name looked up as a link's text is: what the page shows then depends on every
    /// brief's names, even when nothing has this one yet (a party added later may take it).
    pub(crate) fn lookup_name(&self, name: &str) -> Lookup {
        self.looked_up_names.set(true);
        self.graph.names.lookup(name)
    }

    /// A source by id, with the brief that defines it, noted as read.
    pub fn source(&self, id: &str) -> Option<&'g Source> {
        let &(owner, source) = self.graph.sources.get(id)?;
        self.note(owner);
        Some(source)
    }

    /// Every source with an id: the brief that defines it, and the source. Site-wide, for the
    /// exports.
    pub fn sources(&self) -> impl Iterator<Item = (&'g str, usize, &'g Source)> + 'g {
        self.graph.sources.iter().map(|(&id, &(owner, source))| (id, owner, source))
    }

    /// Event indices in chronological order.
    #[inline]
    pub fn timeline(&self) -> &'g [usize] {
        &self.graph.timeline
    }

    /// The pages in the navigation, in menu order, as resolve decided them from front-matter.
    #[inline]
    pub fn menu(&self) -> &'g [usize] {
        &self.graph.menu
    }

    /// Tags by slug, each with the briefs that carry it.
    #[inline]
    pub fn tags(&self) -> &'g BTreeMap<String, Tag> {
        &self.graph.tags
    }

    #[inline]
    pub fn config(&self) -> &'g Config {
        &self.graph.site.config
    }

    /// The base URL every link is built on.
    #[inline]
    pub fn base(&self) -> &'g BaseUrl {
        self.graph.names.base()
    }

    /// The front-matter of `content/_index.md`, and its body.
    pub fn home(&self) -> (Option<&'g Home>, Option<&'g Body>) {
        (self.graph.site.home.as_ref(), self.graph.home_body.as_ref())
    }

    #[inline]
    pub fn view(&self) -> View {
        self.view
    }

    /// The string `key` of the view's language, one without arguments: "Who’s who".
    #[inline]
    pub fn text(&self, key: &'g str) -> &'g str {
        self.strings.text(key)
    }

    /// The string `key` made with `args`: `cx.t("in_all", [("count", n.into())])`. A number
    /// given as a number selects the plural; one the page prints with separators ("1,024")
    /// goes in as text beside it.
    pub fn t<'a>(&self, key: &str, args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>) -> String {
        self.strings.t(key, args)
    }

    /// How the site names a vocabulary's word to readers: `cx.label(event.kind)` is "Clash".
    #[inline]
    pub fn label<V: Labelled>(&self, word: V) -> &'g str {
        self.strings.label(word)
    }

    /// How a party page introduces its events in `role`: "On side A", "As mediator".
    #[inline]
    pub fn role_phrase(&self, role: Role) -> &'g str {
        self.strings.role_phrase(role)
    }

    /// The verb after a claimant's name, agreeing with it: "says", or "say" for a plural one.
    #[inline]
    pub fn verb(&self, stance: Stance, plural: bool) -> &'g str {
        self.strings.verb(stance, plural)
    }

    /// The date as a reader sees it: "2 October 2020", "since 1994".
    pub fn date(&self, date: &Date) -> String {
        self.date_words().date(date)
    }

    /// Where the date begins, as a reader sees it (empty for an open start).
    pub fn date_start(&self, date: &Date) -> String {
        self.date_words().start(date)
    }

    /// Where the date ends, as a reader sees it (empty for an open end).
    pub fn date_end(&self, date: &Date) -> String {
        self.date_words().end(date)
    }

    /// The name of month `month`, 1 for January.
    #[inline]
    pub fn month(&self, month: u8) -> &'g str {
        self.date_words().month(month)
    }

    /// The words dates are told in, read from the catalogue once.
    #[inline]
    pub fn date_words(&self) -> &'g DateWords {
        self.strings.date_words()
    }

    /// A whole number as the page's language writes it: "30,000", "30 000".
    pub fn number(&self, n: u64) -> String {
        self.strings.number(n)
    }

    /// The words of the view's language.
    #[inline]
    pub fn strings(&self) -> &'g Strings {
        self.strings
    }

    /// The language of this render among the site's languages.
    #[inline]
    pub fn tongue(&self) -> Tongue<'g> {
        self.tongue
    }

    /// The language brief `index` is shown in when it has no translation into the page's
    /// language (the default language's code); `None` when the page's language is its own.
    pub fn untranslated(&self, index: usize) -> Option<&'g str> {
        let Tongue { languages, index: lang, .. } = self.tongue;
        let id = &self.graph.site.briefs[index].id;
        (!languages.has(lang, Some(id))).then(|| languages.codes()[0].as_str())
    }

    /// `f` over `items` in parallel, in order, each task with a context of its own whose
    /// reads are added to this one's: the exports serialize every brief this way.
    pub fn par_map<I, T>(
        &self,
        items: impl IntoParallelIterator<Item = I>,
        f: impl Fn(&RenderContext<'g>, I) -> T + Sync + Send,
    ) -> Vec<T>
    where
        I: Send,
        T: Send,
    {
        let (graph, view, tongue, traced) = (self.graph, self.view, self.tongue, self.reads.is_some());
        let results: Vec<(T, Reads)> = items
            .into_par_iter()
            .map(|item| {
                let cx = if traced {
                    RenderContext::traced(graph, view, tongue)
                } else {
                    RenderContext::new(graph, view, tongue)
                };
                let value = f(&cx, item);
                (value, cx.finish())
            })
            .collect();
        results
            .into_iter()
            .map(|(value, reads)| {
                if let Some(mine) = &self.reads {
                    let mut mine = mine.borrow_mut();
                    mine.briefs.extend(reads.briefs);
                    mine.derived.extend(reads.derived);
                }
                self.looked_up_names.set(self.looked_up_names.get() || reads.looked_up_names);
                value
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Every way around the context there has been: the graph's briefs, derived links and
    /// bodies indexed directly, a thread-local note of what was read, and a date worded in
    /// the English of writers' messages (`Date::human`) instead of the view's words.
    const AROUND: [&str; 5] = ["graph.site.briefs", ".derived[", ".bodies[", "thread_local!", ".human()"];

    /// The files of `src/render` that hold the graph itself: this one, the builders' way in,
    /// and `plan.rs`, where the `Renderer` lists the jobs before any page is built. Every
    /// other file is a builder's, and reaches the graph through a context.
    const HOLDERS: [&str; 2] = ["context.rs", "plan.rs"];

    #[test]
    fn builders_reach_the_graph_only_through_the_context() {
        let render = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/render");
        let holders = HOLDERS.map(|name| render.join(name));
        let mut found = Vec::new();
        for entry in walkdir::WalkDir::new(&render).into_iter().map(|e| e.expect("src/render is readable")) {
            let path = entry.path();
            if holders.iter().any(|h| h == path) || path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(path).expect("a source file is UTF-8");
            for (n, line) in text.lines().enumerate() {
                for pattern in AROUND.iter().filter(|p| line.contains(*p)) {
                    found.push(format!("{}:{}: {pattern}", path.display(), n + 1));
                }
            }
        }
        assert!(found.is_empty(), "read these through the render context instead:\n{}", found.join("\n"));
    }

    /// No state hides in threads anywhere: what a page read is the context's, and a buffer
    /// kept per thread is one a work-stealing task can find half used.
    #[test]
    fn nothing_in_src_is_thread_local() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let this = src.join("render/context.rs");
        let found: Vec<String> = walkdir::WalkDir::new(&src)
            .into_iter()
            .map(|e| e.expect("src is readable"))
            .filter(|e| e.path() != this && e.path().extension().is_some_and(|x| x == "rs"))
            .filter(|e| std::fs::read_to_string(e.path()).expect("a source file is UTF-8").contains("thread_local!"))
            .map(|e| e.path().display().to_string())
            .collect();
        assert!(found.is_empty(), "thread_local! in {found:?}");
    }
}
