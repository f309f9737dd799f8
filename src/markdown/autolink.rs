//! Autolink: the first plain mention of each party in a body becomes a link.
//!
//! One Aho-Corasick automaton over every party's name, short name and aliases is built per
//! site and shared by all bodies. Matches must stand as whole words and are never made inside
//! headings, links, images, code or raw HTML. A party the body already links to, and the
//! brief's own party, are left alone.

use std::collections::HashSet;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::{LinkContext, escape};

/// Finds party names in running text.
pub struct Autolinker {
    matcher: AhoCorasick,
    /// For each pattern, the party it names.
    parties: Vec<usize>,
}

impl Autolinker {
    /// `names` pairs a name with the index of its party. Returns `None` when there is nothing
    /// to look for.
    pub fn new(mut names: Vec<(String, usize)>) -> Option<Autolinker> {
        names.retain(|(n, _)| n.chars().count() >= 2);
        names.sort();
        names.dedup_by(|a, b| a.0 == b.0);
        if names.is_empty() {
            return None;
        }
        // Not the DFA the builder picks for a few names: building one walks back along each
        // state's failure links, quadratic in a long, repetitive name (40,000 characters of
        // `ab ab ...` took 3 s). The contiguous NFA builds and searches in linear time.
        let matcher = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::LeftmostLongest)
            .build(names.iter().map(|(n, _)| n.as_str()))
            .ok()?;
        Some(Autolinker { matcher, parties: names.into_iter().map(|(_, p)| p).collect() })
    }

    /// Rewrites `events`, linking first mentions; adds each party linked to `links`.
    pub fn link<'e>(
        &self,
        events: Vec<Event<'e>>,
        already: &HashSet<usize>,
        ctx: &dyn LinkContext,
        links: &mut Vec<usize>,
    ) -> Vec<Event<'e>> {
        let mut linked = already.clone();
        let mut out = Vec::with_capacity(events.len());
        let mut blocked = 0usize;
        let mut pending: Option<String> = None;
        for event in events {
            if let Event::Text(t) = &event
                && blocked == 0
            {
                pending.get_or_insert_with(String::new).push_str(t);
                continue;
            }
            if let Some(text) = pending.take() {
                self.link_text(text, &mut linked, ctx, links, &mut out);
            }
            blocked = match &event {
                Event::Start(
                    Tag::Heading { .. } | Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_) | Tag::HtmlBlock,
                ) => blocked + 1,
                Event::End(
                    TagEnd::Heading(_) | TagEnd::Link | TagEnd::Image | TagEnd::CodeBlock | TagEnd::HtmlBlock,
                ) => blocked.saturating_sub(1),
                Event::InlineHtml(h) | Event::Html(h) if opens_anchor(h) => blocked + 1,
                Event::InlineHtml(h) | Event::Html(h) if h.trim_start().starts_with("</a") => blocked.saturating_sub(1),
                _ => blocked,
            };
            out.push(event);
        }
        if let Some(text) = pending.take() {
            self.link_text(text, &mut linked, ctx, links, &mut out);
        }
        out
    }

    fn link_text<'e>(
        &self,
        text: String,
        linked: &mut HashSet<usize>,
        ctx: &dyn LinkContext,
        links: &mut Vec<usize>,
        out: &mut Vec<Event<'e>>,
    ) {
        let mut last = 0;
        for m in self.matcher.find_iter(&text) {
            let party = self.parties[m.pattern().as_usize()];
            if linked.contains(&party) || !is_whole_word(&text, m.start(), m.end()) {
                continue;
            }
            linked.insert(party);
            links.push(party);
            if m.start() > last {
                out.push(Event::Text(CowStr::from(text[last..m.start()].to_string())));
            }
            out.push(Event::InlineHtml(CowStr::from(format!(
                "<a class=\"ref ref-party autolink\" href=\"{}\">",
                escape(ctx.url(party))
            ))));
            out.push(Event::Text(CowStr::from(text[m.start()..m.end()].to_string())));
            out.push(Event::InlineHtml(CowStr::Borrowed("</a>")));
            last = m.end();
        }
        if last == 0 {
            out.push(Event::Text(CowStr::from(text)));
        } else if last < text.len() {
            out.push(Event::Text(CowStr::from(text[last..].to_string())));
        }
    }
}

fn opens_anchor(html: &str) -> bool {
    let h = html.trim_start().as_bytes();
    h.len() >= 2
        && h[0] == b'<'
        && (h[1] == b'a' || h[1] == b'A')
        && h.get(2).is_none_or(|c| c.is_ascii_whitespace() || *c == b'>')
}

fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        assert!(is_whole_word("the Armenia side", 4, 11));
        assert!(!is_whole_word("Armenian forces", 0, 7));
        assert!(is_whole_word("(Armenia)", 1, 8));
    }

    #[test]
    fn recognises_anchor_html() {
        assert!(opens_anchor("<a href=\"x\">"));
        assert!(!opens_anchor("<abbr>"));
    }
}
