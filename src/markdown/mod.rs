//! Markdown bodies to HTML, with the links between briefs bound and checked.
//!
//! pulldown-cmark parses (tables, footnotes, strikethrough, smart punctuation, wikilinks);
//! this module then rewrites the event stream: `[[wikilinks]]` and relative Markdown links
//! become checked links to briefs, headings get stable anchors, and with `autolink` the first
//! plain mention of each party becomes a link. It records every brief a body links to, which
//! is where "mentioned in" backlinks come from.

pub(crate) mod autolink;

mod anchors;
mod links;

use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::diagnostics::Diagnostic;
use crate::model::SourceFile;
pub(crate) use autolink::{Autolinked, Autolinker};

/// A heading of a body, with the anchor other briefs can link to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Heading {
    level: u8,
    pub(crate) id: String,
    text: String,
}

/// A link to a heading of another brief, checked once every body is rendered.
#[derive(Debug, Clone)]
pub(crate) struct AnchorRef {
    pub(crate) target: usize,
    pub(crate) anchor: String,
    /// Byte range in the source file, for the diagnostic.
    pub(crate) range: Range<usize>,
}

/// A rendered body and what it links to.
#[derive(Debug, Clone, Default)]
pub struct Body {
    pub(crate) html: String,
    pub(crate) headings: Vec<Heading>,
    /// Indices of the briefs this body links to (wikilinks, Markdown links, autolinks).
    pub(crate) links: Vec<usize>,
    pub(crate) anchors: Vec<AnchorRef>,
    /// The links the autolinker made, in the order of the text.
    pub(crate) autolinks: Vec<Autolinked>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// What a link target names.
pub(crate) enum Lookup {
    Found(usize),
    Ambiguous(Vec<usize>),
    Draft,
    /// A brief that exists but failed to load; its own errors say why.
    Failed,
    Missing,
}

/// What rendering a body needs to know about the rest of the site.
pub(crate) trait LinkContext: Sync {
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
pub(crate) struct Document<'a> {
    pub(crate) file: &'a SourceFile,
    /// Its index among the briefs; `None` for the home page intro.
    pub(crate) index: Option<usize>,
    /// Its site path (`parties/armenia/`), for resolving relative links.
    pub(crate) path: &'a str,
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
pub(crate) fn render(doc: &Document, ctx: &dyn LinkContext) -> Body {
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

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    pulldown_cmark_escape::escape_html(&mut out, text).expect("writing to a String cannot fail");
    out
}

impl Rewriter<'_, '_> {
    fn span(&self, range: &Range<usize>) -> crate::diagnostics::Span {
        self.doc.file.span(range.start + self.offset..range.end + self.offset)
    }
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

    pub(super) fn render_body(body: &str) -> Body {
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
    fn autolinks_once_and_never_in_headings_or_code() {
        let body = render_body("## Armenia\n\n`Armenia` then Armenia and Armenia again.");
        assert_eq!(body.html.matches("href=\"/parties/armenia/\"").count(), 1, "{}", body.html);
        assert!(body.html.contains("<h2 id=\"armenia\">Armenia</h2>"));
        assert!(body.html.contains("<code>Armenia</code> then <a class=\"ref ref-party autolink\""));
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
}
