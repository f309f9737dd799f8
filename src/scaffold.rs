//! `briefing new` and `briefing init`: briefs and sites to start from.
//!
//! A new brief lists every field its kind accepts, the optional ones commented out, so a
//! writer never has to look up a key name. Nothing existing is ever overwritten.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::model::{BriefKind, Day, EventKind, PartyKind, PlaceKind, RelationKind, Role, slug};

/// Why scaffolding refused.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    #[error("`{0}` is not a valid id: ids use lowercase letters a-z, digits and hyphens{1}")]
    InvalidId(String, String),
    #[error("`{0}` already exists; briefing never overwrites a brief")]
    Exists(PathBuf),
    #[error("`{0}` is not empty; choose a new or empty folder for the site")]
    NotEmpty(PathBuf),
    #[error("the id `{0}` is already used by `{1}`")]
    IdTaken(String, PathBuf),
    #[error(
        "a page cannot be called `{0}`: /{0}/ is already part of the site ({1}); choose another id, for example `about-{0}`"
    )]
    ReservedId(String, String),
    #[error("the title {0}; a title is one line of text, so give it without line breaks or control characters")]
    InvalidTitle(String),
    #[error("{0}: {1}")]
    Io(PathBuf, io::Error),
}

/// `text` as a YAML double-quoted scalar that reads back as exactly `text`: characters YAML
/// would fold, drop or refuse are written as escapes.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}') => {
                out.push_str(&format!("\\u{:04X}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The title as it will be written, or why it cannot be: the loader refuses line breaks and
/// control characters in a title, so `new` refuses them first rather than write a brief that
/// does not load.
fn check_title(title: &str) -> Result<&str, ScaffoldError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(ScaffoldError::InvalidTitle("is empty".to_string()));
    }
    if title.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}']) {
        return Err(ScaffoldError::InvalidTitle("runs over more than one line".to_string()));
    }
    if let Some(c) = title.chars().find(|&c| crate::load::locate::is_unusual_char(c)) {
        return Err(ScaffoldError::InvalidTitle(format!("holds the invisible character U+{:04X}", u32::from(c))));
    }
    Ok(title)
}

fn words(list: &[&str]) -> String {
    list.join(" | ")
}

/// The summary and text `new` writes into a brief, for the writer to replace; `check` warns
/// of any left unchanged.
#[derive(Debug, Clone, Copy)]
pub struct Placeholder {
    pub summary: &'static str,
    pub body: &'static str,
}

const PARTY: Placeholder = Placeholder {
    summary: "One sentence for cards, tooltips and feeds.",
    body: "Background on the party, in the newsroom's own words. Link other briefs with `[[id]]`.",
};
const EVENT: Placeholder = Placeholder {
    summary: "One sentence for the timeline and feeds.",
    body: "What happened and why it matters, in the newsroom's own words.",
};
const PLACE: Placeholder = Placeholder {
    summary: "One sentence for the gazetteer, search and feeds.",
    body: "What the reader should know about the place, in the newsroom's own words.",
};
const PAGE: Placeholder =
    Placeholder { summary: "One sentence for search results and feeds.", body: "The page's text in Markdown." };

/// What `new` writes as the summary and text of a brief of `kind`.
pub fn placeholder(kind: BriefKind) -> Placeholder {
    match kind {
        BriefKind::Party => PARTY,
        BriefKind::Event => EVENT,
        BriefKind::Place => PLACE,
        BriefKind::Page => PAGE,
    }
}

/// The text of a new brief of `kind`.
pub fn brief_text(kind: BriefKind, id: &str, title: Option<&str>, today: Day) -> String {
    let today = today.iso();
    match kind {
        BriefKind::Party => {
            let name = title.map_or_else(|| quote(&id.replace('-', " ")), quote);
            format!(
                "---\n\
name: {name}                  # required: the full name\n\
# short_name: Armenia           # used in tables, cards and running text\n\
kind: organisation              # {kinds}\n\
# aliases: [Hayastan]           # other names of this party (not its capital): [[links]] and autolinks find it by them\n\
summary: {summary}\n\
# role: Prime Minister of Armenia   # persons: their position\n\
# founded: 1991-09-21           # persons: born (dates: 2020, 2020-10, 2020-10-02, 1994~, 1991?, 2020-09-27/..)\n\
# ended: 2023                   # dissolved / died\n\
# seat: Yerevan                 # capital, headquarters\n\
# plural: true                  # the name takes a plural verb: \"the rebels say\", not \"says\"\n\
# autolink: always              # link mentions even if the name is a common word (\"Turkey\"); false: never\n\
# article: the                  # the short name takes \"the\" in a sentence: \"according to the rebels\"\n\
member_of:                      # lists: uncomment an example line below its key, copy it for more\n\
#   - {{ party: other-party-id, role: member, since: 1994, until: 2002 }}\n\
relations:                      # reads \"this party is <kind> of <party>\"; kinds: {relations}\n\
#   - {{ party: other-party-id, kind: ally, since: 1993, note: \"...\", claimed_by: some-party-id, source: source-id }}\n\
sources:\n\
#   - {{ id: source-id, publisher: AFP, title: \"Headline\", date: {today}, url: \"https://example.org/story\" }}\n\
corrections:                    # what was set right or added since it was published; kind: correction | clarification | update\n\
#   - {{ date: {today}, kind: correction, text: \"What was wrong, and what is right.\" }}\n\
tags: []\n\
updated: {today}\n\
# draft: true                   # left out of the site unless built with --drafts\n\
---\n\
{body}\n",
                kinds = words(PartyKind::WORDS),
                relations = words(RelationKind::WORDS),
                summary = PARTY.summary,
                body = PARTY.body,
            )
        }
        BriefKind::Event => {
            let title = title.map_or_else(|| quote(&id.replace('-', " ")), quote);
            format!(
                "---\n\
title: {title}                  # required\n\
date: {today}                   # required: 2020, 2020-10, 2020-10-02, 1994~, 1991?, or an interval 2020-09-27/2020-11-10\n\
# end: {today}                  # optional end date (or give an interval in date)\n\
kind: other                     # {kinds}\n\
# part_of: larger-event-id      # the war or campaign this belongs to\n\
# place: Where it happened\n\
participants:                   # lists: uncomment an example line below its key, copy it for more\n\
#   - party-id                  # an id, or {{ party, role, claimed_by }}; roles: {roles}\n\
#   - {{ party: other-party-id, role: side_b }}\n\
casualties:                     # always attributed; of: a party id or civilians | military | unknown (with party: whose)\n\
#   - {{ of: civilians, party: party-id, kind: killed, count: 12, as_of: {today}, claimed_by: party-id, source: source-id }}\n\
#   - {{ of: military, party: party-id, count: 171, as_of: {today}, claimed_by: party-id, status: claimed, caveat: \"excludes the missing\", source: source-id, history: [{{ as_of: 2020-10-02, count: 158, source: source-id }}] }}\n\
claims:                         # text reads on from \"X says\", unquoted; quote: their exact words, in quotation marks; stance: asserts | denies | disputes | admits\n\
#   - {{ by: party-id, stance: asserts, text: \"what they say, in your words\", date: {today}, source: source-id }}\n\
sources:\n\
#   - {{ id: source-id, publisher: AFP, title: \"Headline\", date: {today}, url: \"https://example.org/story\" }}\n\
corrections:                    # what was set right or added since it was published; kind: correction | clarification | update\n\
#   - {{ date: {today}, kind: correction, text: \"What was wrong, and what is right.\" }}\n\
# related: [other-event-id]\n\
summary: {summary}\n\
tags: []\n\
updated: {today}\n\
# draft: true\n\
---\n\
{body}\n",
                kinds = words(EventKind::WORDS),
                roles = words(Role::WORDS),
                summary = EVENT.summary,
                body = EVENT.body,
            )
        }
        BriefKind::Place => {
            let name = title.map_or_else(|| quote(&id.replace('-', " ")), quote);
            format!(
                "---\n\
name: {name}                  # required\n\
kind: city                      # {kinds}\n\
# aliases: [Khankendi]          # other names and spellings: [[links]], autolinks and search find it by them\n\
lat:                            # required: latitude in decimal degrees, north positive (39.8153)\n\
lon:                            # required: longitude in decimal degrees, east positive (46.7520)\n\
# within: larger-place-id       # the region or country it lies in\n\
# disputed: true                # or a note on who claims it: \"claimed by A and B\"\n\
summary: {summary}\n\
sources:\n\
#   - {{ id: source-id, publisher: AFP, title: \"Headline\", date: {today}, url: \"https://example.org/story\" }}\n\
corrections:                    # what was set right or added since it was published; kind: correction | clarification | update\n\
#   - {{ date: {today}, kind: correction, text: \"What was wrong, and what is right.\" }}\n\
tags: []\n\
updated: {today}\n\
# draft: true\n\
---\n\
{body}\n",
                kinds = words(PlaceKind::WORDS),
                summary = PLACE.summary,
                body = PLACE.body,
            )
        }
        BriefKind::Page => {
            let title = title.map_or_else(|| quote(&id.replace('-', " ")), quote);
            format!(
                "---\n\
title: {title}                  # required\n\
summary: {summary}\n\
menu: true                      # list it in the site navigation\n\
weight: 10                      # menu order: lower comes first\n\
updated: {today}\n\
corrections:                    # what was set right or added since it was published; kind: correction | clarification | update\n\
#   - {{ date: {today}, kind: correction, text: \"What was wrong, and what is right.\" }}\n\
# tags: []\n\
# draft: true\n\
---\n\
{body}\n",
                summary = PAGE.summary,
                body = PAGE.body,
            )
        }
    }
}

/// Pages live at `/<id>/`, so `new` refuses the ids the build would refuse: the site's own
/// sections and what `static/` puts at the top of the site.
fn check_page_id(root: &Path, id: &str) -> Result<(), ScaffoldError> {
    let sections = crate::routes::RESERVED_PAGE_IDS;
    let why = if sections.contains(&id) {
        format!("pages live at /<id>/ beside the site's own sections {}", sections.join(", "))
    } else if root.join("static").join(id).exists() {
        format!("`static/{id}` is copied there")
    } else {
        return Ok(());
    };
    Err(ScaffoldError::ReservedId(id.to_string(), why))
}

/// Writes a new brief into `root`'s content folder, refusing to overwrite anything.
pub fn new_brief(root: &Path, kind: BriefKind, id: &str, title: Option<&str>) -> Result<PathBuf, ScaffoldError> {
    if !slug::is_slug(id) {
        let s = slug::slugify(id);
        let hint = if s.is_empty() || s == id { String::new() } else { format!("; try `{s}`") };
        return Err(ScaffoldError::InvalidId(id.to_string(), hint));
    }
    let title = title.map(check_title).transpose()?;
    if kind == BriefKind::Page {
        check_page_id(root, id)?;
    }
    let content = root.join(crate::load::CONTENT_DIR);
    for other in [BriefKind::Party, BriefKind::Event, BriefKind::Page] {
        let existing = content.join(other.dir()).join(format!("{id}.md"));
        if existing.exists() {
            return Err(if other == kind {
                ScaffoldError::Exists(existing)
            } else {
                ScaffoldError::IdTaken(id.to_string(), existing)
            });
        }
    }
    let dir = content.join(kind.dir());
    fs::create_dir_all(&dir).map_err(|e| ScaffoldError::Io(dir.clone(), e))?;
    let path = dir.join(format!("{id}.md"));
    let text = brief_text(kind, id, title, Day::today());
    let mut file = fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(|e| match e.kind() {
        io::ErrorKind::AlreadyExists => ScaffoldError::Exists(path.clone()),
        _ => ScaffoldError::Io(path.clone(), e),
    })?;
    io::Write::write_all(&mut file, text.as_bytes()).map_err(|e| ScaffoldError::Io(path.clone(), e))?;
    Ok(path)
}

const STARTER: &[(&str, &str)] = &[
    ("briefing.toml", include_str!("../scaffold/briefing.toml")),
    ("content/_index.md", include_str!("../scaffold/content/_index.md")),
    ("content/parties/northland.md", include_str!("../scaffold/content/parties/northland.md")),
    ("content/parties/southland.md", include_str!("../scaffold/content/parties/southland.md")),
    ("content/events/border-clash.md", include_str!("../scaffold/content/events/border-clash.md")),
    ("content/events/ceasefire-talks.md", include_str!("../scaffold/content/events/ceasefire-talks.md")),
    ("content/pages/about.md", include_str!("../scaffold/content/pages/about.md")),
];

/// Creates a small working site in `dir`, which must be new or empty.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, ScaffoldError> {
    if dir.exists() {
        let mut entries = fs::read_dir(dir).map_err(|e| ScaffoldError::Io(dir.to_path_buf(), e))?;
        if entries.next().is_some() {
            return Err(ScaffoldError::NotEmpty(dir.to_path_buf()));
        }
    }
    let mut written = Vec::new();
    for (rel, text) in STARTER {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| ScaffoldError::Io(parent.to_path_buf(), e))?;
        }
        fs::write(&path, text).map_err(|e| ScaffoldError::Io(path.clone(), e))?;
        written.push(path);
    }
    fs::write(dir.join(".gitignore"), "/public\n/.public.*\n")
        .map_err(|e| ScaffoldError::Io(dir.join(".gitignore"), e))?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{self, Loaded};

    /// The brief `new` writes for `title`, as the loader reads it back.
    fn written_title(kind: BriefKind, title: &str) -> Result<String, ScaffoldError> {
        let dir = tempfile::tempdir().expect("a temporary folder");
        new_brief(dir.path(), kind, "x", Some(title))?;
        let (found, _) = load::walk_content(dir.path()).expect("content/ was created");
        let (loaded, diagnostics) = load::load_file(&found[0]);
        let errors: Vec<_> = diagnostics.iter().filter(|d| d.severity == crate::diagnostics::Severity::Error).collect();
        assert!(errors.is_empty(), "{title:?} gives a brief that does not load: {errors:?}");
        match loaded {
            Loaded::Brief(brief) => Ok(brief.title().to_string()),
            _ => panic!("{title:?} gives a brief that does not load"),
        }
    }

    #[test]
    fn a_title_over_two_lines_is_refused_up_front() {
        for title in ["a\nb", "a\r\nb", "a\u{1}b", "  ", "x\u{2028}y"] {
            let dir = tempfile::tempdir().unwrap();
            let result = new_brief(dir.path(), BriefKind::Event, "x", Some(title));
            assert!(matches!(result, Err(ScaffoldError::InvalidTitle(..))), "{title:?}: {result:?}");
            assert!(!dir.path().join("content/events/x.md").exists());
        }
    }

    proptest::proptest! {
        #[test]
        fn any_title_gives_a_brief_that_loads_with_that_name(
            title in r#"(\PC|[\t\n\r\x01\x7f\u{85}\u{a0}\u{2028}\u{2029}\u{feff}"'\\#:{}\[\],&*!|>%@`-])*"#,
            kind in proptest::sample::select(vec![BriefKind::Party, BriefKind::Event, BriefKind::Page]),
        ) {
            match written_title(kind, &title) {
                Ok(name) => proptest::prop_assert_eq!(name, title.trim()),
                Err(ScaffoldError::InvalidTitle(..)) => {}
                Err(e) => proptest::prop_assert!(false, "{e}"),
            }
        }
    }
}
