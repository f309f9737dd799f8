//! Markdown bodies to HTML, with the links between briefs bound and checked.
//!
//! pulldown-cmark parses (tables, footnotes, strikethrough, smart punctuation, wikilinks);
//! this module then rewrites the event stream: `[[wikilinks]]` and relative Markdown links
//! become checked links to briefs, headings get stable anchors, and with `autolink` the first
//! plain mention of each party becomes a link. It records every brief a body links to, which
//! is where "mentioned in" backlinks come from.

pub mod autolink;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use crate::diagnostics::Diagnostic;
use crate::model::{SourceFile, slug, url};
pub use autolink::{Autolinked, Autolinker};

/// Ids the page templates use; a body heading with the same slug gets a suffix instead.
pub const RESERVED_IDS: &[&str] = &[
    "main",
    "top",
    "content",
    "nav",
    "sources",
    "participants",
    "casualties",
    "claims",
    "figures",
    "events",
    "relations",
    "members",
    "memberships",
    "mentioned-in",
    "sub-events",
    "related",
    "timeline",
    "footnotes",
    "infobox",
    "parties",
    "search",
    "body",
    "tags",
    "latest",
    "filters",
    "connections",
    "neighbourhood",
    "relations-map",
    "timeline-chart",
    "overview-chart",
    "link-preview",
    "search-form",
    "search-q",
    "search-status",
    "search-results",
    "site-search-q",
    "filter-party",
    "filter-kind",
    "filter-status",
];

/// Whether the page around a body may already use `id`: one of [`RESERVED_IDS`], their
/// `-title` headings, the charts' parts (`neighbourhood-svg`, `neighbourhood-arrow-2`), the
/// numbered sources (`source-3`), the timeline's groups and the party list's kinds.
pub fn is_reserved(id: &str) -> bool {
    let numbered =
        |prefix: &str| id.strip_prefix(prefix).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    RESERVED_IDS.contains(&id)
        || ["-title", "-caption", "-svg", "-desc"]
            .iter()
            .any(|suffix| id.strip_suffix(suffix).is_some_and(|base| RESERVED_IDS.contains(&base)))
        || RESERVED_IDS.iter().any(|base| id.strip_prefix(base).is_some_and(|rest| rest.starts_with("-arrow-")))
        || numbered("source-")
        || numbered("group-")
        || id
            .strip_prefix("kind-")
            .map(|kind| kind.strip_suffix("-title").unwrap_or(kind))
            .is_some_and(|kind| crate::model::PartyKind::WORDS.contains(&kind))
}

/// A heading of a body, with the anchor other briefs can link to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// A link to a heading of another brief, checked once every body is rendered.
#[derive(Debug, Clone)]
pub struct AnchorRef {
    pub target: usize,
    pub anchor: String,
    /// Byte range in the source file, for the diagnostic.
    pub range: Range<usize>,
}

/// A rendered body and what it links to.
#[derive(Debug, Clone, Default)]
pub struct Body {
    pub html: String,
    pub headings: Vec<Heading>,
    /// Indices of the briefs this body links to (wikilinks, Markdown links, autolinks).
    pub links: Vec<usize>,
    pub anchors: Vec<AnchorRef>,
    /// The links the autolinker made, in the order of the text.
    pub autolinks: Vec<Autolinked>,
    pub diagnostics: Vec<Diagnostic>,
}

/// What a link target names.
pub enum Lookup {
    Found(usize),
    Ambiguous(Vec<usize>),
    Draft,
    /// A brief that exists but failed to load; its own errors say why.
    Failed,
    Missing,
}

/// What rendering a body needs to know about the rest of the site.
pub trait LinkContext: Sync {
    /// A brief by id, name, short name or alias (case-insensitive).
    fn lookup(&self, text: &str) -> Lookup;
    /// Whether `text` is exactly a brief's id (so the link shows the brief's name).
    fn is_id(&self, text: &str) -> bool;
    /// The root-relative URL of a brief.
    fn url(&self, brief: usize) -> &str;
    /// The name a link to the brief shows.
    fn display(&self, brief: usize) -> &str;
    /// "party", "event" or "page".
    fn kind(&self, brief: usize) -> &'static str;
    /// Names and ids near `text`, for "did you mean".
    fn suggest(&self, text: &str) -> Option<String>;
    /// The brief whose site path is `path` (`events/x/`), if any.
    fn brief_at(&self, path: &str) -> Option<usize>;
    /// Whether `path` is a page or file of the site other than a brief.
    fn is_site_path(&self, path: &str) -> bool;
    /// The brief stored at `content/...` file path `path`, if any.
    fn brief_file(&self, path: &str) -> Option<usize>;
    /// The prefix of every root-relative link (`/karabakh/`).
    fn base_path(&self) -> &str;
    fn autolinker(&self) -> Option<&Autolinker>;
    /// Whether HTML written in bodies is kept (`[markdown] raw_html = "keep"`) or left out.
    fn keep_raw_html(&self) -> bool;
}

/// The brief being rendered.
pub struct Document<'a> {
    pub file: &'a SourceFile,
    /// Its index among the briefs; `None` for the home page intro.
    pub index: Option<usize>,
    /// Its site path (`parties/armenia/`), for resolving relative links.
    pub path: &'a str,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_WIKILINKS
}

/// Renders one body.
pub fn render(doc: &Document, ctx: &dyn LinkContext) -> Body {
    let body_text = doc.file.body();
    let offset = doc.file.body_start;
    let mut events: Vec<(Event, Range<usize>)> = Parser::new_ext(body_text, options()).into_offset_iter().collect();
    if !ctx.keep_raw_html() {
        strip_raw_html(&mut events);
    }
    let mut body = Body::default();
    let mut state = Rewriter { doc, ctx, offset, body: &mut body };
    state.anchor_headings(&mut events);
    let events = state.bind_links(events);
    let events = match ctx.autolinker() {
        Some(linker) => {
            let linked: HashSet<usize> = state.body.links.iter().copied().chain(doc.index).collect();
            let mut made = Vec::new();
            let events = linker.link(events, &linked, ctx, offset, &mut made);
            state.body.links.extend(made.iter().map(|a| a.party));
            state.body.autolinks = made;
            events
        }
        None => events.into_iter().map(|(e, _)| e).collect(),
    };
    let events = wrap_tables(events);
    let mut html = String::with_capacity(body_text.len() + body_text.len() / 4);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    body.html = html;
    body.links.sort_unstable();
    body.links.dedup();
    body
}

struct Rewriter<'r, 'a> {
    doc: &'r Document<'a>,
    ctx: &'r dyn LinkContext,
    offset: usize,
    body: &'r mut Body,
}

/// Whether the words just before a link, `last`, end with the article "the".
fn ends_with_the(last: Option<&Event>) -> bool {
    matches!(last, Some(Event::Text(text))
        if text.len() >= 4
            && text.as_bytes()[text.len() - 4..].eq_ignore_ascii_case(b"the ")
            && text[..text.len() - 4].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

fn heading_number(level: HeadingLevel) -> u8 {
    level as u8
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    pulldown_cmark_escape::escape_html(&mut out, text).expect("writing to a String cannot fail");
    out
}

impl Rewriter<'_, '_> {
    fn span(&self, range: &Range<usize>) -> crate::diagnostics::Span {
        self.doc.file.span(range.start + self.offset..range.end + self.offset)
    }

    /// Gives every heading a unique id from its text (or keeps an explicit `{#id}`).
    fn anchor_headings(&mut self, events: &mut [(Event, Range<usize>)]) {
        // Footnotes are `id`s of their own: pulldown-cmark names each after its label.
        let mut used: HashSet<String> = events
            .iter()
            .filter_map(|(e, _)| match e {
                Event::Start(Tag::FootnoteDefinition(label)) => Some(label.to_string()),
                _ => None,
            })
            .collect();
        // The home page's list of free pages; "Background" is too common a heading on other
        // pages to rename it there.
        if self.doc.index.is_none() {
            used.insert("background".to_string());
            used.insert("background-title".to_string());
        }
        let taken = |anchor: &str, used: &mut HashSet<String>| is_reserved(anchor) || !used.insert(anchor.to_string());
        let mut next_suffix: HashMap<String, usize> = HashMap::new();
        for i in 0..events.len() {
            let Event::Start(Tag::Heading { level, id, .. }) = &events[i].0 else { continue };
            let level = heading_number(*level);
            let explicit = id.as_ref().map(|s| s.to_string());
            let mut text = String::new();
            for (event, _) in &events[i + 1..] {
                match event {
                    Event::End(TagEnd::Heading(_)) => break,
                    Event::Text(t) | Event::Code(t) => text.push_str(t),
                    _ => {}
                }
            }
            let base = explicit.clone().unwrap_or_else(|| {
                let s = slug::slugify(&text);
                if s.is_empty() { "section".to_string() } else { s }
            });
            // Each base remembers the next suffix to try, so thirty thousand `## Background`
            // are `background-1` to `background-29999` without trying every smaller one again.
            let mut anchor = base.clone();
            if taken(&anchor, &mut used) {
                let n = next_suffix.entry(base.clone()).or_insert(1);
                loop {
                    anchor = format!("{base}-{n}");
                    *n += 1;
                    if !taken(&anchor, &mut used) {
                        break;
                    }
                }
                if let Some(wanted) = &explicit {
                    let range = events[i].1.clone();
                    self.body.diagnostics.push(
                        Diagnostic::warning(
                            "anchor-taken",
                            format!("the page already has an element with the id `{wanted}`, so this heading's id is `{anchor}`"),
                        )
                        .at(self.span(&range))
                        .help(format!(
                            "choose another id for the heading, such as `{{#{wanted}-section}}`; links to `#{wanted}` lead to the page's own element, links to `#{anchor}` to this heading"
                        )),
                    );
                }
            }
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[i].0 {
                *id = Some(CowStr::from(anchor.clone()));
            }
            self.body.headings.push(Heading { level, id: anchor, text });
        }
    }

    /// Binds wikilinks and checks relative Markdown links.
    /// Binds every link; each event keeps the source range it came from (a link's own for
    /// the events that replace it), for the autolinker to say where its links are.
    fn bind_links<'e>(&mut self, events: Vec<(Event<'e>, Range<usize>)>) -> Vec<(Event<'e>, Range<usize>)> {
        let mut out = Vec::with_capacity(events.len());
        let mut iter = events.into_iter();
        while let Some((event, range)) = iter.next() {
            let event = match event {
                Event::Start(Tag::Link { link_type: LinkType::WikiLink { has_pothole }, dest_url, .. }) => {
                    let mut inner = Vec::new();
                    for (e, r) in iter.by_ref() {
                        if matches!(e, Event::End(TagEnd::Link)) {
                            break;
                        }
                        inner.push((e, r));
                    }
                    // The shown text can hold links of its own (`[[#|<javascript:>]]`): they
                    // are checked like any other.
                    let inner = self.bind_links(inner).into_iter().map(|(e, _)| e).collect();
                    let after_the = ends_with_the(out.last().map(|(e, _)| e));
                    let mut made = Vec::new();
                    self.wikilink(&dest_url, has_pothole, inner, &range, after_the, &mut made);
                    out.extend(made.into_iter().map(|e| (e, range.clone())));
                    continue;
                }
                Event::Start(Tag::Link { link_type: LinkType::Email, dest_url, title, id }) => {
                    Event::Start(Tag::Link { link_type: LinkType::Email, dest_url, title, id })
                }
                Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                    let dest = self.markdown_link(&dest_url, &range);
                    Event::Start(Tag::Link { link_type, dest_url: dest, title, id })
                }
                Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                    let dest = self.markdown_link(&dest_url, &range);
                    Event::Start(Tag::Image { link_type, dest_url: dest, title, id })
                }
                other => other,
            };
            out.push((event, range));
        }
        out
    }

    fn wikilink<'e>(
        &mut self,
        dest: &str,
        has_pothole: bool,
        inner: Vec<Event<'e>>,
        range: &Range<usize>,
        after_the: bool,
        out: &mut Vec<Event<'e>>,
    ) {
        let (target, anchor) = match dest.split_once('#') {
            Some((t, a)) => (t.trim(), Some(a.trim())),
            None => (dest.trim(), None),
        };
        if has_pothole && !shows_something(&inner) {
            // A link with no text is invisible to readers and unreachable by keyboard.
            self.body.diagnostics.push(
                Diagnostic::error("empty-link", format!("`[[{dest}|]]` has no text to show after `|`"))
                    .at(self.span(range))
                    .help(format!(
                        "write the words to show after `|`, or leave out `|` to show the brief's name: [[{dest}]]"
                    )),
            );
            out.push(Event::Text(CowStr::from(target.to_string())));
            return;
        }
        let found = match self.ctx.lookup(target) {
            Lookup::Found(i) => Some(i),
            Lookup::Ambiguous(candidates) => {
                let names: Vec<String> = candidates.iter().map(|&i| format!("`{}`", self.ctx.display(i))).collect();
                let ids: Vec<String> = candidates.iter().map(|&i| format!("[[{}]]", id_of(self.ctx.url(i)))).collect();
                self.body.diagnostics.push(
                    Diagnostic::error("ambiguous-link", format!("`[[{target}]]` could mean {}", names.join(" or ")))
                        .at(self.span(range))
                        .help(format!("link by id instead: {}", ids.join(" or "))),
                );
                None
            }
            Lookup::Draft => {
                self.body.diagnostics.push(
                    Diagnostic::error("draft-reference", format!("`[[{target}]]` links to a draft"))
                        .at(self.span(range))
                        .help("publish the draft (draft: false), build with --drafts, or remove the link"),
                );
                None
            }
            Lookup::Failed => None,
            Lookup::Missing => {
                let help = self.ctx.suggest(target).unwrap_or_else(|| {
                    "link to a brief by its id (its file name), its name, short name or an alias".into()
                });
                self.body.diagnostics.push(
                    Diagnostic::error("unknown-link", format!("`[[{dest}]]` does not name any brief"))
                        .at(self.span(range))
                        .help(help),
                );
                None
            }
        };
        let Some(index) = found else {
            // Keep the words readable; the build fails on the diagnostic anyway.
            if has_pothole {
                out.extend(inner);
            } else {
                out.push(Event::Text(CowStr::from(target.to_string())));
            }
            return;
        };
        if Some(index) != self.doc.index {
            self.body.links.push(index);
        }
        let mut href = self.ctx.url(index).to_string();
        if let Some(anchor) = anchor.filter(|a| !a.is_empty()) {
            href.push('#');
            href.push_str(anchor);
            self.body.anchors.push(AnchorRef {
                target: index,
                anchor: anchor.to_string(),
                range: range.start + self.offset..range.end + self.offset,
            });
        }
        out.push(Event::InlineHtml(CowStr::from(format!(
            "<a class=\"ref ref-{}\" href=\"{}\">",
            self.ctx.kind(index),
            escape(&href)
        ))));
        if has_pothole {
            out.extend(inner);
        } else if self.ctx.is_id(target) {
            let shown = self.ctx.display(index);
            // "the [[war-2020]]" would read "the The 2020 fighting": the title's own article
            // goes where the writer already gave one.
            let shown = match shown.strip_prefix("The ") {
                Some(rest) if after_the && !rest.is_empty() => rest,
                _ => shown,
            };
            out.push(Event::Text(CowStr::from(shown.to_string())));
        } else {
            out.push(Event::Text(CowStr::from(target.to_string())));
        }
        out.push(Event::InlineHtml(CowStr::Borrowed("</a>")));
    }

    /// What a link path names when read from the site folder `base`: a brief's page, or
    /// another page or file of the site.
    fn site_target(&self, base: &str, path: &str) -> Option<Target> {
        let site_path = normalize(base.trim_end_matches('/'), path.trim_start_matches('/'));
        let with_slash = if site_path.is_empty() || site_path.ends_with('/') || site_path.contains('.') {
            site_path.clone()
        } else {
            format!("{site_path}/")
        };
        match self.ctx.brief_at(&with_slash) {
            Some(i) => Some(Target::Brief(i)),
            None if self.ctx.is_site_path(&with_slash) => Some(Target::Path(with_slash)),
            None if self.ctx.is_site_path(&site_path) => Some(Target::Path(site_path)),
            None => None,
        }
    }

    /// Checks a Markdown link that stays inside the site and rewrites it to its final URL.
    fn markdown_link<'e>(&mut self, dest: &CowStr<'e>, range: &Range<usize>) -> CowStr<'e> {
        let url = dest.as_ref();
        if let Some(scheme) = url::unsafe_scheme(url) {
            self.body.diagnostics.push(
                Diagnostic::error(
                    "unsafe-url",
                    format!(
                        "the link `{}` uses the scheme `{scheme}:`, which readers' browsers should not follow",
                        url.escape_debug()
                    ),
                )
                .at(self.span(range))
                .help(url::HELP),
            );
            return CowStr::Borrowed("#");
        }
        if url.is_empty() || url.starts_with('#') || url.starts_with("//") || has_scheme(url) {
            return dest.clone();
        }
        let (path_part, anchor) = match url.split_once('#') {
            Some((p, a)) => (p, Some(a)),
            None => (url, None),
        };
        let (path_part, query) = match path_part.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (path_part, None),
        };
        let target = if path_part.ends_with(".md") {
            let dir = self.doc.file.path.rsplit_once('/').map_or("", |(d, _)| d);
            let file = normalize(dir, path_part);
            self.ctx.brief_file(&file).map(Target::Brief)
        } else if path_part.starts_with('/') {
            self.site_target("", path_part)
        } else {
            // Relative to the page, as a browser reads it (`../../events/x/` from
            // `/parties/armenia/`), or to the file's folder under content/, as the `.md` form
            // is (`../events/x/` from `content/parties/armenia.md`).
            let file_dir = self.doc.file.path.rsplit_once('/').map_or("", |(d, _)| d);
            let file_dir = file_dir.strip_prefix("content").unwrap_or(file_dir).trim_start_matches('/');
            self.site_target(self.doc.path, path_part).or_else(|| self.site_target(file_dir, path_part))
        };
        let Some(target) = target else {
            self.body.diagnostics.push(
                Diagnostic::error("broken-link", format!("the link `{url}` leads to no page or file of this site"))
                    .at(self.span(range))
                    .help("link to briefs with [[id]], or give the path of a brief's page such as ../events/<id>/ or the file such as ../events/<id>.md"),
            );
            return dest.clone();
        };
        let mut href = match target {
            Target::Brief(i) => {
                if Some(i) != self.doc.index {
                    self.body.links.push(i);
                }
                if let Some(anchor) = anchor.filter(|a| !a.is_empty()) {
                    self.body.anchors.push(AnchorRef {
                        target: i,
                        anchor: anchor.to_string(),
                        range: range.start + self.offset..range.end + self.offset,
                    });
                }
                self.ctx.url(i).to_string()
            }
            Target::Path(p) => format!("{}{p}", self.ctx.base_path()),
        };
        if let Some(q) = query {
            href.push('?');
            href.push_str(q);
        }
        if let Some(a) = anchor {
            href.push('#');
            href.push_str(a);
        }
        CowStr::from(href)
    }
}

enum Target {
    Brief(usize),
    Path(String),
}

fn id_of(url: &str) -> &str {
    url.trim_end_matches('/').rsplit('/').next().unwrap_or(url)
}

/// Whether a URL starts with a scheme such as `https:` or `mailto:`.
pub fn has_scheme(url: &str) -> bool {
    match url.find(':') {
        Some(i) => {
            let scheme = &url[..i];
            !scheme.is_empty()
                && scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

/// Joins `rel` onto the folder `base` and removes `.` and `..` segments.
fn normalize(base: &str, rel: &str) -> String {
    let mut parts: Vec<&str> =
        if rel.starts_with('/') { Vec::new() } else { base.split('/').filter(|s| !s.is_empty()).collect() };
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let mut out = parts.join("/");
    if rel.ends_with('/') && !out.is_empty() {
        out.push('/');
    }
    out
}

/// Whether the shown text of a link has anything a reader sees: words, code or an image.
fn shows_something(inner: &[Event]) -> bool {
    inner.iter().any(|e| match e {
        Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::InlineHtml(t) | Event::Html(t) => {
            !t.trim().is_empty()
        }
        Event::Start(Tag::Image { .. }) => true,
        _ => false,
    })
}

/// Leaves out HTML written in the body, and the free-form attributes a heading may carry
/// (`## Title {onclick=...}`): both would let a brief put markup of its own into the page.
/// Heading ids and classes stay; they are escaped like any text.
fn strip_raw_html(events: &mut Vec<(Event, Range<usize>)>) {
    events.retain(|(e, _)| !matches!(e, Event::Html(_) | Event::InlineHtml(_)));
    for (event, _) in events.iter_mut() {
        if let Event::Start(Tag::Heading { attrs, .. }) = event {
            attrs.clear();
        }
    }
}

/// Puts each table in a scrolling wrapper so wide tables do not break phone layouts.
fn wrap_tables(events: Vec<Event>) -> Vec<Event> {
    if !events.iter().any(|e| matches!(e, Event::Start(Tag::Table(_)))) {
        return events;
    }
    let mut out = Vec::with_capacity(events.len() + 4);
    for event in events {
        match event {
            Event::Start(Tag::Table(_)) => {
                out.push(Event::Html(CowStr::Borrowed("<div class=\"table-scroll\">")));
                out.push(event);
            }
            Event::End(TagEnd::Table) => {
                out.push(event);
                out.push(Event::Html(CowStr::Borrowed("</div>")));
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_relative_paths() {
        assert_eq!(normalize("parties/armenia", "../../events/x/"), "events/x/");
        assert_eq!(normalize("content/events", "../parties/armenia.md"), "content/parties/armenia.md");
        assert_eq!(normalize("a/b", "/c"), "c");
    }

    /// Two briefs, `armenia` (a party also called Yerevan) and `war` (an event).
    struct Fake {
        linker: Option<Autolinker>,
        keep_html: bool,
    }

    impl LinkContext for Fake {
        fn lookup(&self, text: &str) -> Lookup {
            match text.to_lowercase().as_str() {
                "armenia" | "yerevan" => Lookup::Found(0),
                "war" => Lookup::Found(1),
                "twin" => Lookup::Ambiguous(vec![0, 1]),
                _ => Lookup::Missing,
            }
        }
        fn is_id(&self, text: &str) -> bool {
            text == "armenia" || text == "war"
        }
        fn url(&self, brief: usize) -> &str {
            ["/parties/armenia/", "/events/war/"][brief]
        }
        fn display(&self, brief: usize) -> &str {
            ["Armenia", "The war"][brief]
        }
        fn kind(&self, brief: usize) -> &'static str {
            ["party", "event"][brief]
        }
        fn suggest(&self, _: &str) -> Option<String> {
            None
        }
        fn brief_at(&self, path: &str) -> Option<usize> {
            ["parties/armenia/", "events/war/"].iter().position(|p| *p == path)
        }
        fn is_site_path(&self, path: &str) -> bool {
            path == "events/" || path == "images/map.png"
        }
        fn brief_file(&self, path: &str) -> Option<usize> {
            ["content/parties/armenia.md", "content/events/war.md"].iter().position(|p| *p == path)
        }
        fn base_path(&self) -> &str {
            "/"
        }
        fn autolinker(&self) -> Option<&Autolinker> {
            self.linker.as_ref()
        }
        fn keep_raw_html(&self) -> bool {
            self.keep_html
        }
    }

    fn render_body(body: &str) -> Body {
        render_with(body, false)
    }

    fn render_with(body: &str, keep_html: bool) -> Body {
        let text = format!("---\n---\n{body}");
        let file = SourceFile { path: "content/events/x.md".into(), text, front_matter: 4..4, body_start: 8 };
        let ctx = Fake { linker: Autolinker::new(vec![("Armenia".into(), 0), ("Yerevan".into(), 0)], &[]), keep_html };
        render(&Document { file: &file, index: Some(9), path: "events/x/" }, &ctx)
    }

    #[test]
    fn raw_html_is_left_out_unless_kept() {
        let body = "<script>alert(1)</script>\n\nA <b onclick=\"x()\">bold</b> word.\n\n<div onmouseover=\"x()\">\nblock\n</div>\n\n## H {#h .c onclick=x()}\n";
        let stripped = render_with(body, false);
        assert_eq!(stripped.html, "<p>A bold word.</p>\n<h2 id=\"h\" class=\"c\">H</h2>\n", "{}", stripped.html);
        let kept = render_with(body, true);
        assert!(kept.html.contains("<script>alert(1)</script>"));
        assert!(kept.html.contains("<b onclick=\"x()\">bold</b>"));
    }

    #[test]
    fn script_links_in_bodies_are_errors() {
        let body = render_body(
            "[a](javascript:alert(1)) [b](JaVaScRiPt&#58;alert(1)) <javascript:alert(1)> ![c](data:text/html,x) [d](https://x.org) <desk@example.org>",
        );
        let codes: Vec<&str> = body.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["unsafe-url"; 4], "{:?}", body.diagnostics);
        assert_eq!(body.diagnostics[0].span.as_ref().map(|s| (s.line, s.column)), Some((3, 1)));
        assert_eq!(body.html.matches("href=\"#\"").count(), 3, "{}", body.html);
        assert!(body.html.contains("<img src=\"#\""), "{}", body.html);
        assert!(body.html.contains("href=\"mailto:desk@example.org\""), "{}", body.html);
    }

    #[test]
    fn a_title_with_an_article_reads_well_after_the() {
        let body = render_body("Before the [[war]]. [[war]] began. Soon the\n[[war]] ended. Breathe [[war]].");
        let shown: Vec<&str> = body.html.split("\">").skip(1).map(|s| &s[..s.find("</a>").unwrap()]).collect();
        assert_eq!(shown, ["war", "The war", "The war", "The war"], "{}", body.html);
    }

    #[test]
    fn a_wikilink_with_nothing_after_the_bar_is_an_error() {
        let body = render_body("[[armenia|]], [[war| ]] and [[armenia|*A*]].");
        let codes: Vec<&str> = body.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["empty-link", "empty-link"], "{:?}", body.diagnostics);
        let places: Vec<_> =
            body.diagnostics.iter().filter_map(|d| d.span.as_ref().map(|s| (s.line, s.column))).collect();
        assert_eq!(places, [(3, 1), (3, 15)]);
        assert!(
            body.diagnostics[0].help.as_deref().is_some_and(|h| h.contains("[[armenia]]")),
            "{:?}",
            body.diagnostics
        );
        assert!(!body.html.contains("\"></a>"), "no empty link is written: {}", body.html);
        assert!(body.html.contains("><em>A</em></a>"), "{}", body.html);
    }

    #[test]
    fn binds_every_wikilink_form() {
        let body = render_body("[[armenia]], [[Yerevan]], [[armenia|the side]] and [[war#h]].");
        assert!(body.html.contains("<a class=\"ref ref-party\" href=\"/parties/armenia/\">Armenia</a>"));
        assert!(body.html.contains(">Yerevan</a>"));
        assert!(body.html.contains(">the side</a>"));
        assert!(body.html.contains("<a class=\"ref ref-event\" href=\"/events/war/#h\">The war</a>"));
        assert_eq!(body.links, vec![0, 1]);
        assert_eq!(body.anchors.len(), 1);
        assert!(body.diagnostics.is_empty());
    }

    #[test]
    fn reports_unknown_and_ambiguous_links_with_their_place() {
        let body = render_body("Line one.\n\nSee [[nowhere]] and [[twin]].");
        let codes: Vec<&str> = body.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["unknown-link", "ambiguous-link"]);
        let span = body.diagnostics[0].span.as_ref().unwrap();
        assert_eq!((span.line, span.column, span.end_column), (5, 5, 16));
    }

    #[test]
    fn rewrites_markdown_links_to_briefs_and_rejects_broken_ones() {
        let body = render_body(
            "[a](../../parties/armenia/) [b](../parties/armenia.md) [c](/events/) [d](../nope/) [e](https://x.org)",
        );
        assert!(body.html.contains("<a href=\"/parties/armenia/\">a</a>"));
        assert!(body.html.contains("<a href=\"/parties/armenia/\">b</a>"));
        assert!(body.html.contains("<a href=\"/events/\">c</a>"));
        assert!(body.html.contains("<a href=\"https://x.org\">e</a>"));
        assert_eq!(body.diagnostics.len(), 1, "{:?}", body.diagnostics);
        assert_eq!(body.diagnostics[0].code, "broken-link");
    }

    #[test]
    fn image_paths_are_checked_and_follow_the_base_path() {
        let body = render_body("![map](/images/map.png) ![gone](/images/gone.png)");
        assert!(body.html.contains("<img src=\"/images/map.png\" alt=\"map\" />"), "{}", body.html);
        assert_eq!(body.diagnostics.len(), 1);
        assert!(body.diagnostics[0].message.contains("/images/gone.png"));
    }

    #[test]
    fn autolinks_once_and_never_in_headings_or_code() {
        let body = render_body("## Armenia\n\n`Armenia` then Armenia and Armenia again.");
        assert_eq!(body.html.matches("href=\"/parties/armenia/\"").count(), 1, "{}", body.html);
        assert!(body.html.contains("<h2 id=\"armenia\">Armenia</h2>"));
        assert!(body.html.contains("<code>Armenia</code> then <a class=\"ref ref-party autolink\""));
    }

    #[test]
    fn headings_get_unique_anchors_that_avoid_the_templates_ids() {
        let body = render_body("## Sources\n\n## Background\n\n## Background\n\n## Own {#mine}\n");
        let ids: Vec<&str> = body.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["sources-1", "background", "background-1", "mine"]);
    }

    #[test]
    fn headings_avoid_every_id_the_theme_and_footnotes_use() {
        let body = render_body(
            "## Connections\n\n## Neighbourhood\n\n## Background\n\n## Source 2\n\n## Mine {#link-preview}\n\n## Note {#n1}\n\nA[^n1].\n\n[^n1]: The note.\n",
        );
        let ids: Vec<&str> = body.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["connections-1", "neighbourhood-1", "background", "source-2-1", "link-preview-1", "n1-1"]);
        let codes: Vec<&str> = body.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["anchor-taken", "anchor-taken"], "an explicit id the page already uses is told");
        assert!(body.diagnostics.iter().all(|d| d.severity == crate::diagnostics::Severity::Warning));
    }

    #[test]
    fn links_inside_a_wikilinks_text_are_checked_too() {
        let body = render_body("[[armenia|<javascript:alert(1)>]] [[#|<javascript:>]]");
        assert!(!body.html.to_lowercase().contains("href=\"javascript"), "{}", body.html);
        let codes: Vec<&str> = body.diagnostics.iter().map(|d| d.code).collect();
        assert!(codes.iter().filter(|&&c| c == "unsafe-url").count() == 2, "{codes:?}");
    }

    proptest::proptest! {
        #[test]
        fn any_body_renders_or_reports_without_panic(body in "(\\PC|\\[\\[|\\]\\]|\\||#|`|\\n|Armenia|Yerevan|\\(|\\)|\\[|\\]|<script>|</script>|<b onclick=x>|javascript:|&#58;|<|>|:|\\t){0,80}") {
            let rendered = render_body(&body);
            for d in &rendered.diagnostics {
                proptest::prop_assert!(d.span.is_some(), "{d:?}");
            }
            proptest::prop_assert!(rendered.links.iter().all(|&l| l < 2));
            let html = rendered.html.to_lowercase();
            proptest::prop_assert!(!html.contains("<script") && !html.contains("<b onclick"), "{}", rendered.html);
            proptest::prop_assert!(!html.contains("href=\"javascript") && !html.contains("src=\"javascript"), "{}", rendered.html);
        }
    }

    #[test]
    fn recognises_schemes() {
        assert!(has_scheme("https://x"));
        assert!(has_scheme("mailto:a@b"));
        assert!(!has_scheme("../x/"));
        assert!(!has_scheme("a/b:c"));
    }
}
