//! Binding the links of a body: `[[wikilinks]]` to the brief they name, relative Markdown links
//! and images to the page or file of the site they lead to, each checked, and script URLs
//! refused. Every brief a body links to is recorded, for backlinks.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, LinkType, Tag, TagEnd};

use super::{AnchorRef, Lookup, Rewriter, escape};
use crate::diagnostics::Diagnostic;
use crate::model::url;

/// Whether the words just before a link, `last`, end with the article "the".
fn ends_with_the(last: Option<&Event>) -> bool {
    matches!(last, Some(Event::Text(text))
        if text.len() >= 4
            && text.as_bytes()[text.len() - 4..].eq_ignore_ascii_case(b"the ")
            && text[..text.len() - 4].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

impl Rewriter<'_, '_> {
    /// Binds wikilinks and checks relative Markdown links.
    /// Binds every link; each event keeps the source range it came from (a link's own for
    /// the events that replace it), for the autolinker to say where its links are.
    pub(super) fn bind_links<'e>(&mut self, events: Vec<(Event<'e>, Range<usize>)>) -> Vec<(Event<'e>, Range<usize>)> {
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
fn has_scheme(url: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::super::tests::render_body;
    use super::*;

    #[test]
    fn normalizes_relative_paths() {
        assert_eq!(normalize("parties/armenia", "../../events/x/"), "events/x/");
        assert_eq!(normalize("content/events", "../parties/armenia.md"), "content/parties/armenia.md");
        assert_eq!(normalize("a/b", "/c"), "c");
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
    fn links_inside_a_wikilinks_text_are_checked_too() {
        let body = render_body("[[armenia|<javascript:alert(1)>]] [[#|<javascript:>]]");
        assert!(!body.html.to_lowercase().contains("href=\"javascript"), "{}", body.html);
        let codes: Vec<&str> = body.diagnostics.iter().map(|d| d.code).collect();
        assert!(codes.iter().filter(|&&c| c == "unsafe-url").count() == 2, "{codes:?}");
    }

    #[test]
    fn recognises_schemes() {
        assert!(has_scheme("https://x"));
        assert!(has_scheme("mailto:a@b"));
        assert!(!has_scheme("../x/"));
        assert!(!has_scheme("a/b:c"));
    }
}
