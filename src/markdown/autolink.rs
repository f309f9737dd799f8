//! Autolink: the first plain mention of each party in a body becomes a link.
//!
//! The names are found with Aho-Corasick automata built once per site and shared by all
//! bodies. A match becomes a link only where it stands alone as that name: a whole word, in
//! the case the name is written in, and not part of a longer capitalised phrase ("Western" in
//! "Western Africa", "Washington" in "Washington D.C."). Nothing is linked inside headings,
//! links, images, code or raw HTML, nor inside a phrase the site lists as never linked. A
//! party the body already links to, and the brief's own party, are left alone. Which names are
//! looked for at all (not common words, not names two briefs share) is [`wanted`]'s and the
//! name index's business.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, Match, MatchKind};
use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::{LinkContext, escape};

/// The most names one automaton holds. Building one is linear up to about 20,000 names and
/// grows faster past that (aho-corasick moves every match state to the front of its table,
/// following chains of swaps that lengthen with the name count): 200,000 names in one took
/// 29 s, in automata of 5,000 names 0.6 s, and searching costs one pass per automaton.
const NAMES_PER_AUTOMATON: usize = 5_000;

/// Frequent English words that are also ordinary dictionary words (see
/// `scripts/common-words.py` for the sources): a party named by one alone is not autolinked
/// unless its brief says `autolink: always`.
const COMMON_WORDS: &str = include_str!("common-words.txt");

/// Titles that may stand before a name without making it part of a longer name:
/// "President Aliyev", "Prime Minister Pashinyan".
const TITLES: &[&str] = &[
    "Admiral",
    "Ambassador",
    "Archbishop",
    "Ayatollah",
    "Bishop",
    "Captain",
    "Chairman",
    "Chancellor",
    "Chief",
    "Colonel",
    "Commander",
    "Dr",
    "Emir",
    "Emperor",
    "General",
    "Governor",
    "Imam",
    "King",
    "Lady",
    "Lieutenant",
    "Lord",
    "Major",
    "Marshal",
    "Mayor",
    "Minister",
    "Mr",
    "Mrs",
    "Ms",
    "Patriarch",
    "Pope",
    "Premier",
    "President",
    "Prince",
    "Princess",
    "Queen",
    "Secretary",
    "Senator",
    "Shah",
    "Sheikh",
    "Sir",
    "Speaker",
    "Sultan",
];

/// Whether `word` (any case) is one of the embedded common words.
pub fn is_common_word(word: &str) -> bool {
    static WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| COMMON_WORDS.lines().collect());
    WORDS.binary_search(&word.to_lowercase().as_str()).is_ok()
}

/// Whether a party's `name` is worth looking for in text. `always` is the brief's
/// `autolink: always`, which lets a single common word through.
pub fn wanted(name: &str, always: bool) -> bool {
    if name.chars().count() < 2 {
        return false;
    }
    if name.contains(char::is_whitespace) {
        return true;
    }
    // One word: it must be written capitalised, so it can only match a capitalised word, and
    // must not be an ordinary word ("Western", "Union") unless the brief asks for it.
    name.chars().next().is_some_and(char::is_uppercase) && (always || !is_common_word(name))
}

/// One link the autolinker made: the party, the words linked and where they are in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Autolinked {
    pub party: usize,
    pub text: String,
    /// Byte range of the words in the brief's file.
    pub range: Range<usize>,
}

/// Finds party names in running text.
pub struct Autolinker {
    matchers: Vec<AhoCorasick>,
    /// For each pattern, by its index across all automata: the party it names, or `None` for
    /// a phrase in which nothing is linked.
    targets: Vec<Option<usize>>,
}

impl Autolinker {
    /// `names` pairs a name with the index of its party; `never` are phrases in which no name
    /// is linked. Returns `None` when there is nothing to look for.
    pub fn new(names: Vec<(String, usize)>, never: &[String]) -> Option<Autolinker> {
        let mut patterns: Vec<(String, Option<usize>)> = names.into_iter().map(|(n, p)| (n, Some(p))).collect();
        if patterns.is_empty() {
            return None;
        }
        // A never phrase sorts before a name spelt the same (`None < Some`) and so wins.
        patterns.extend(never.iter().filter(|n| !n.trim().is_empty()).map(|n| (n.trim().to_string(), None)));
        patterns.sort();
        patterns.dedup_by(|a, b| a.0 == b.0);
        let mut matchers = Vec::with_capacity(patterns.len().div_ceil(NAMES_PER_AUTOMATON));
        for chunk in patterns.chunks(NAMES_PER_AUTOMATON) {
            // Not the DFA the builder picks for a few names: building one walks back along
            // each state's failure links, quadratic in a long, repetitive name (40,000
            // characters of `ab ab ...` took 3 s). The contiguous NFA builds and searches in
            // linear time.
            let matcher = AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .match_kind(MatchKind::LeftmostLongest)
                .build(chunk.iter().map(|(n, _)| n.as_str()))
                .ok()?;
            matchers.push(matcher);
        }
        Some(Autolinker { matchers, targets: patterns.into_iter().map(|(_, p)| p).collect() })
    }

    /// Rewrites `events`, linking first mentions; adds each party linked to `links` and each
    /// link made to `made`. `offset` turns the events' ranges into ranges of the file.
    pub fn link<'e>(
        &self,
        events: Vec<(Event<'e>, Range<usize>)>,
        already: &HashSet<usize>,
        ctx: &dyn LinkContext,
        offset: usize,
        made: &mut Vec<Autolinked>,
    ) -> Vec<Event<'e>> {
        let mut run = Run { linked: already.clone(), offset, made, text: String::new(), pieces: Vec::new() };
        let mut out = Vec::with_capacity(events.len());
        let mut blocked = 0usize;
        for (event, range) in events {
            if blocked == 0 {
                match &event {
                    Event::Text(t) => {
                        run.pieces.push((run.text.len(), range));
                        run.text.push_str(t);
                        continue;
                    }
                    // Kept in the run so that a phrase broken over two lines is still seen
                    // whole ("Western\nAfrica"); given back as a soft break.
                    Event::SoftBreak => {
                        run.text.push('\n');
                        continue;
                    }
                    _ => {}
                }
            }
            if !run.text.is_empty() {
                self.link_run(&mut run, ctx, &mut out);
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
        if !run.text.is_empty() {
            self.link_run(&mut run, ctx, &mut out);
        }
        out
    }

    /// Links the first mentions in one run of text and empties it.
    fn link_run<'e>(&self, run: &mut Run, ctx: &dyn LinkContext, out: &mut Vec<Event<'e>>) {
        let text = std::mem::take(&mut run.text);
        let pieces = std::mem::take(&mut run.pieces);
        // A line break inside a paragraph is a space to a name ("city of\nWashington"); one
        // byte for one, so the offsets are the text's.
        let haystack = text.replace('\n', " ");
        let mut last = 0;
        self.each_match(&haystack, |start, end, target| {
            let Some(party) = target else { return };
            if run.linked.contains(&party) || !stands_alone(&haystack, start, end) {
                return;
            }
            run.linked.insert(party);
            run.made.push(Autolinked {
                party,
                text: text[start..end].to_string(),
                range: run.source_range(&pieces, start, end),
            });
            push_text(&text[last..start], out);
            out.push(Event::InlineHtml(CowStr::from(format!(
                "<a class=\"ref ref-{} autolink\" href=\"{}\">",
                ctx.kind(party),
                escape(ctx.url(party))
            ))));
            push_text(&text[start..end], out);
            out.push(Event::InlineHtml(CowStr::Borrowed("</a>")));
            last = end;
        });
        push_text(&text[last..], out);
    }

    /// Calls `found` with every match in `text`, leftmost first and longest at each place,
    /// across all the automata as if they were one.
    fn each_match(&self, text: &str, mut found: impl FnMut(usize, usize, Option<usize>)) {
        let mut next: Vec<Option<Match>> = self.matchers.iter().map(|m| m.find(text)).collect();
        let mut firsts = Vec::with_capacity(self.matchers.len());
        let mut first = 0;
        for m in &self.matchers {
            firsts.push(first);
            first += m.patterns_len();
        }
        let mut at = 0;
        loop {
            for (k, matcher) in self.matchers.iter().enumerate() {
                if next[k].is_some_and(|m| m.start() < at) {
                    next[k] = matcher.find(Input::new(text).range(at..));
                }
            }
            let best = next
                .iter()
                .enumerate()
                .filter_map(|(k, m)| m.map(|m| (k, m)))
                .min_by_key(|(_, m)| (m.start(), std::cmp::Reverse(m.end())));
            let Some((k, m)) = best else { break };
            found(m.start(), m.end(), self.targets[firsts[k] + m.pattern().as_usize()]);
            at = m.end();
        }
    }
}

/// What linking one body keeps between runs of text.
struct Run<'m> {
    linked: HashSet<usize>,
    offset: usize,
    made: &'m mut Vec<Autolinked>,
    /// The run's text, and where each of its pieces starts in it and lies in the body.
    text: String,
    pieces: Vec<(usize, Range<usize>)>,
}

impl Run<'_> {
    /// Where `text[start..end]` lies in the file: in the piece of source it starts in (so on
    /// the right line), at the same distance from the piece's start, which is exact unless
    /// the piece spells something another way before it (an entity, a backslash).
    fn source_range(&self, pieces: &[(usize, Range<usize>)], start: usize, end: usize) -> Range<usize> {
        let i = pieces.partition_point(|(at, _)| *at <= start).saturating_sub(1);
        let Some((at, range)) = pieces.get(i) else { return self.offset..self.offset };
        let from = (range.start + (start - at)).min(range.end);
        let to = (from + (end - start)).min(range.end);
        from + self.offset..to + self.offset
    }
}

/// Pushes `text` as text events, its line ends as the soft breaks they were.
fn push_text<'e>(text: &str, out: &mut Vec<Event<'e>>) {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push(Event::SoftBreak);
        }
        if !line.is_empty() {
            out.push(Event::Text(CowStr::from(line.to_string())));
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

/// Whether `text[start..end]` is a whole word that stands alone as a name: not the start,
/// end or middle of a longer capitalised phrase.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    is_whole_word(text, start, end) && !capitalised_word_after(&text[end..]) && !capitalised_word_before(&text[..start])
}

fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Whether `rest` goes on, after spaces alone, with a capitalised word: "Africa" after
/// "Western", "D.C." after "Washington".
fn capitalised_word_after(rest: &str) -> bool {
    let word = rest.trim_start_matches(is_space);
    word.len() < rest.len() && word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the words before a name, `before`, end with a capitalised word joined to it by
/// spaces alone ("New" before "Hanover"), other than a title ("President") or an ordinary
/// word that is capitalised only because it begins the sentence ("In", "When").
fn capitalised_word_before(before: &str) -> bool {
    let trimmed = before.trim_end_matches(is_space);
    if trimmed.len() == before.len() {
        return false;
    }
    let word_start = trimmed.rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + 1);
    let word = &trimmed[word_start..];
    // "St. Paul", "Mt. Vernon", "Ft. Worth": the abbreviation is part of the place's name.
    if matches!(word, "St." | "Ste." | "Mt." | "Ft." | "Pt.") {
        return true;
    }
    if !word.chars().next().is_some_and(char::is_uppercase) || !word.chars().all(|c| c.is_alphanumeric() || c == '-') {
        return false;
    }
    if TITLES.contains(&word) {
        return false;
    }
    let opens_sentence =
        trimmed[..word_start].trim_end().chars().next_back().is_none_or(|c| matches!(c, '.' | '!' | '?' | ':'));
    !(opens_sentence && is_common_word(word))
}

/// The spaces that join the words of one phrase.
fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{a0}' || c == '\t'
}

#[cfg(test)]
#[path = "autolink_tests.rs"]
mod tests;
