//! Translations: `content/parties/armenia.fr.md` gives the French text of `armenia`.
//!
//! A translation holds text only (names, titles, summary, body, claim texts and quotes,
//! relation notes, source titles, a free-text place). Everything else (dates, figures,
//! participants, relations, sources, tags) is the original's, so a number can never differ
//! between languages: a translation that restates one is an error at the key, here, where
//! the file is read. [`in_language`] lays the translations of one language over the
//! original site, which resolve and render then read as any other site.
//!
//! Each translation records which text of the original it translates (`translates:`, a short
//! hash of each text field, written by `briefing translate`), so `check` can say which
//! translations are stale and which of their fields changed.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;

use super::Site;
use super::frontmatter::{self, Schema};
use super::locate::Locator;
use super::raw::{List, OneOrMany, Text, keys};
use crate::diagnostics::{Diagnostic, Span};
use crate::model::{BriefKind, Disputed, Facts, SourceEntry, SourceFile};

/// The translation of one brief, or of the home page (`kind` is `None`), into one language.
#[derive(Debug, Clone)]
pub struct Translation {
    /// The original's id (`armenia` of `armenia.fr.md`); empty for the home page.
    pub id: String,
    pub lang: String,
    pub kind: Option<BriefKind>,
    pub file: SourceFile,
    pub text: TranslatedText,
    /// What `translates:` records: a hash of each text field of the original as translated.
    pub recorded: BTreeMap<String, String>,
}

/// The text a translation gives; `None` (or an empty list) keeps the original's.
#[derive(Debug, Clone, Default)]
pub struct TranslatedText {
    pub name: Option<String>,
    pub short_name: Option<String>,
    /// A party's role in words ("President of France").
    pub role: Option<String>,
    pub aliases: Option<Vec<String>>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub place: Option<String>,
    pub disputed: Option<String>,
    /// By position in the original's `claims`: its text and quote.
    pub claims: Vec<(Option<String>, Option<String>)>,
    /// By position in the original's `relations`: its note.
    pub relations: Vec<Option<String>>,
    /// By position in the original's `member_of`: the role in words ("leading member").
    pub member_of: Vec<Option<String>>,
    /// Titles of sources the original defines, by source id.
    pub sources: Vec<(String, String)>,
    /// By position in the original's `corrections`: its text.
    pub corrections: Vec<Option<String>>,
    /// By position in the original's `casualties`: the figure's caveat.
    pub casualties: Vec<Option<String>>,
}

/// The front-matter of a translation as written.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RawTranslation {
    translates: Option<BTreeMap<String, Text>>,
    name: Option<Text>,
    short_name: Option<Text>,
    role: Option<Text>,
    aliases: Option<OneOrMany>,
    title: Option<Text>,
    summary: Option<Text>,
    place: Option<Text>,
    disputed: Option<Text>,
    claims: List<RawClaimText>,
    relations: List<RawNote>,
    member_of: List<RawRole>,
    sources: List<RawSourceTitle>,
    corrections: List<RawCorrectionText>,
    casualties: List<RawCaveat>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RawCorrectionText {
    text: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RawCaveat {
    caveat: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RawRole {
    role: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RawClaimText {
    text: Option<Text>,
    quote: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RawNote {
    note: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RawSourceTitle {
    id: Option<Text>,
    title: Option<Text>,
}

/// The keys a translation of each kind may give.
pub mod translated_keys {
    pub const PARTY: &[&str] = &[
        "translates",
        "name",
        "short_name",
        "role",
        "aliases",
        "summary",
        "member_of",
        "relations",
        "sources",
        "corrections",
    ];
    pub const EVENT: &[&str] =
        &["translates", "title", "summary", "place", "claims", "casualties", "sources", "corrections"];
    pub const PLACE: &[&str] = &["translates", "name", "aliases", "disputed", "summary", "sources", "corrections"];
    pub const PAGE: &[&str] = &["translates", "title", "summary", "sources", "corrections"];
    pub const HOME: &[&str] = &["translates", "title", "summary"];
    pub const CLAIM: &[&str] = &["text", "quote"];
    pub const RELATION: &[&str] = &["note"];
    pub const MEMBERSHIP: &[&str] = &["role"];
    pub const SOURCE: &[&str] = &["id", "title"];
    pub const CORRECTION: &[&str] = &["text"];
    pub const CASUALTY: &[&str] = &["caveat"];

    /// The keys accepted by the map at `parent` of a translation.
    pub fn for_parent(top: &'static [&'static str], parent: &str) -> &'static [&'static str] {
        match parent {
            "" => top,
            "claims" => CLAIM,
            "relations" => RELATION,
            "member_of" => MEMBERSHIP,
            "sources" => SOURCE,
            "corrections" => CORRECTION,
            "casualties" => CASUALTY,
            _ => &[],
        }
    }
}

/// The translated keys and the original's keys of a kind (`None`: the home page).
fn schema(kind: Option<BriefKind>) -> (&'static str, &'static [&'static str], &'static [&'static str]) {
    match kind {
        Some(BriefKind::Party) => ("party translation", translated_keys::PARTY, keys::PARTY),
        Some(BriefKind::Event) => ("event translation", translated_keys::EVENT, keys::EVENT),
        Some(BriefKind::Place) => ("place translation", translated_keys::PLACE, keys::PLACE),
        Some(BriefKind::Page) => ("page translation", translated_keys::PAGE, keys::PAGE),
        None => ("home page translation", translated_keys::HOME, keys::HOME),
    }
}

/// The original's id and the language of a file name such as `armenia.fr.md`, when the part
/// before `.md` has a second extension that is a language tag.
pub fn split_name(file_name: &str) -> Option<(&str, &str)> {
    let stem = file_name.strip_suffix(".md")?;
    let (id, lang) = stem.rsplit_once('.')?;
    crate::config::is_language_tag(lang).then_some((id, lang))
}

fn clean(value: Option<Text>) -> Option<String> {
    value.map(|Text(t)| t.trim().to_string()).filter(|t| !t.is_empty())
}

/// Reads a translation's front-matter: every key it may not give is an error at the key
/// (the original's own keys with what to do instead).
pub fn read(
    id: String,
    lang: String,
    kind: Option<BriefKind>,
    file: SourceFile,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Translation> {
    let (noun, translated, original) = schema(kind);
    let locator = Locator::new(&file);
    let schema = Schema { noun, keys: translated, original: Some(original) };
    let raw: RawTranslation = frontmatter::parse(&file, &locator, schema, diagnostics)?;
    // Keys the struct reads but this kind may not give (`title` for a party).
    let given = [
        ("name", raw.name.is_some()),
        ("short_name", raw.short_name.is_some()),
        ("role", raw.role.is_some()),
        ("member_of", !raw.member_of.0.is_empty()),
        ("aliases", raw.aliases.is_some()),
        ("title", raw.title.is_some()),
        ("place", raw.place.is_some()),
        ("disputed", raw.disputed.is_some()),
        ("claims", !raw.claims.0.is_empty()),
        ("relations", !raw.relations.0.is_empty()),
        ("sources", !raw.sources.0.is_empty()),
        ("corrections", !raw.corrections.0.is_empty()),
        ("casualties", !raw.casualties.0.is_empty()),
    ];
    for (key, _) in given.iter().filter(|(key, given)| *given && !translated.contains(key)) {
        diagnostics.push(
            Diagnostic::error("unknown-key", format!("a {noun} has no `{key}`"))
                .at(locator.key(key))
                .help(format!("a {noun} gives: {}", translated[1..].join(", "))),
        );
    }
    let mut sources = Vec::new();
    for (i, source) in raw.sources.0.into_iter().enumerate() {
        match (clean(source.id), clean(source.title)) {
            (Some(id), Some(title)) => sources.push((id, title)),
            _ => diagnostics.push(
                Diagnostic::error("translation", "a translated source needs its `id` and its `title`")
                    .at(locator.key(&format!("sources.{i}")))
                    .help("write `- { id: afp-2020-10-02, title: \"...\" }`: the id of a source the original defines, and its title in this language"),
            ),
        }
    }
    let recorded = raw
        .translates
        .unwrap_or_default()
        .into_iter()
        .map(|(field, Text(hash))| (field, hash.trim().to_string()))
        .collect();
    let text = TranslatedText {
        name: clean(raw.name),
        short_name: clean(raw.short_name),
        role: clean(raw.role),
        aliases: raw.aliases.map(|a| a.0.into_iter().map(|n| n.trim().to_string()).filter(|n| !n.is_empty()).collect()),
        title: clean(raw.title),
        summary: clean(raw.summary),
        place: clean(raw.place),
        disputed: clean(raw.disputed),
        claims: raw.claims.0.into_iter().map(|c| (clean(c.text), clean(c.quote))).collect(),
        relations: raw.relations.0.into_iter().map(|r| clean(r.note)).collect(),
        member_of: raw.member_of.0.into_iter().map(|m| clean(m.role)).collect(),
        sources,
        corrections: raw.corrections.0.into_iter().map(|c| clean(c.text)).collect(),
        casualties: raw.casualties.0.into_iter().map(|c| clean(c.caveat)).collect(),
    };
    drop(locator);
    Some(Translation { id, lang, kind, file, text, recorded })
}

/// A stable hash of a text, as `translates:` records it: FNV-1a, 32 bits, in hex. Stable
/// across versions and platforms (it is written into content files), and short, since it only
/// tells whether a field changed.
pub fn text_hash(text: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in text.trim().bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("{hash:08x}")
}

/// The briefs of a site by id, made once, so that each translation finds its original (and
/// whether an event's `place` is a place) by a lookup rather than a walk of every brief.
pub struct Originals<'s> {
    site: &'s Site,
    by_id: rustc_hash::FxHashMap<&'s str, usize>,
}

impl<'s> Originals<'s> {
    pub fn of(site: &'s Site) -> Originals<'s> {
        Originals { site, by_id: site.briefs.iter().enumerate().map(|(i, b)| (b.id.as_str(), i)).collect() }
    }

    /// Whether an event's `place` is the id of a place (then it is not text to translate).
    fn is_place(&self, place: Option<&str>) -> bool {
        place.and_then(|p| self.by_id.get(p)).is_some_and(|&i| matches!(self.site.briefs[i].facts, Facts::Place(_)))
    }

    /// The text fields of an original brief (or of the home page), by the path `translates:`
    /// names them with, in the order the file gives them: what a translation translates.
    pub fn text(&self, kind: Option<BriefKind>, id: &str) -> Option<Vec<(String, String)>> {
        original_text(self, kind, id)
    }
}

fn original_text(originals: &Originals, kind: Option<BriefKind>, id: &str) -> Option<Vec<(String, String)>> {
    let site = originals.site;
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut put = |key: String, value: Option<&str>| {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            fields.push((key, value.to_string()));
        }
    };
    let body = match kind {
        None => {
            let home = site.home.as_ref()?;
            put("title".into(), home.title.as_deref());
            put("summary".into(), home.summary.as_deref());
            home.file.body()
        }
        Some(_) => {
            let brief = &site.briefs[*originals.by_id.get(id)?];
            match &brief.facts {
                Facts::Party(p) => {
                    put("name".into(), Some(&p.name));
                    put("short_name".into(), p.short_name.as_deref());
                    put("role".into(), p.role.as_deref());
                    put("aliases".into(), Some(&p.aliases.join(", ")));
                    for (i, m) in p.member_of.iter().enumerate() {
                        put(format!("member_of.{i}.role"), m.role.as_deref());
                    }
                    for (i, r) in p.relations.iter().enumerate() {
                        put(format!("relations.{i}.note"), r.note.as_deref());
                    }
                }
                Facts::Event(e) => {
                    put("title".into(), Some(&e.title));
                    if !originals.is_place(e.place.as_deref()) {
                        put("place".into(), e.place.as_deref());
                    }
                    for (i, c) in e.claims.iter().enumerate() {
                        put(format!("claims.{i}.text"), c.text.as_deref());
                        put(format!("claims.{i}.quote"), c.quote.as_deref());
                    }
                    for (i, c) in e.casualties.iter().enumerate() {
                        put(format!("casualties.{i}.caveat"), c.caveat.as_deref());
                    }
                }
                Facts::Place(p) => {
                    put("name".into(), Some(&p.name));
                    put("aliases".into(), Some(&p.aliases.join(", ")));
                    if let Some(Disputed::Note(note)) = &p.disputed {
                        put("disputed".into(), Some(note));
                    }
                }
                Facts::Page(p) => put("title".into(), Some(&p.title)),
            }
            put("summary".into(), brief.summary.as_deref());
            for (i, c) in brief.corrections.iter().enumerate() {
                put(format!("corrections.{i}.text"), Some(&c.text));
            }
            brief.file.body()
        }
    };
    put("body".into(), Some(body));
    Some(fields)
}

/// The site as read in `lang`: each brief with a translation into `lang` has its text
/// replaced, keeping every fact; the names of the original stay names it links by. Returns
/// the site and what does not fit (a translation of a brief that is not there, more claims
/// than the original has...), at the translation's lines.
pub fn in_language(site: &Site, lang: &str) -> (Site, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut config = site.config.clone();
    let settings = config.language_settings(lang);
    config.language = lang.to_string();
    if let Some(title) = settings.title {
        config.title = title;
    }
    if let Some(description) = settings.description {
        config.description = description;
    }
    config.base_url = format!("{}/{lang}/", config.base_url.trim_end_matches('/'));
    let originals = Originals::of(site);
    let mut briefs = site.briefs.clone();
    let mut home = site.home.clone();
    for translation in site.translations.iter().filter(|t| t.lang == lang) {
        let Some(kind) = translation.kind else {
            match home.as_mut() {
                Some(home) => {
                    home.title = translation.text.title.clone().or(home.title.take());
                    home.summary = translation.text.summary.clone().or(home.summary.take());
                    if has_text(translation.file.body()) {
                        home.file = translation.file.clone();
                    }
                }
                // Its text would be lost without a word: there is no home page text to lay it over.
                None => diagnostics.push(
                    Diagnostic::error(
                        "translation",
                        format!(
                            "`{}` translates the home page's text, but there is no `content/_index.md`",
                            translation.file.path
                        ),
                    )
                    .at(Span::file_only(&translation.file.path))
                    .help("write the home page's text in content/_index.md first, then translate it here"),
                ),
            }
            continue;
        };
        let Some(&at) = originals.by_id.get(translation.id.as_str()) else {
            let absent = site.failed.contains_key(&translation.id) || site.left_out.contains(&translation.id);
            if !absent && !site.drafts.contains_key(&translation.id) {
                diagnostics.push(no_original(translation));
            }
            continue;
        };
        let original = &site.briefs[at];
        if original.kind() != kind {
            diagnostics.push(no_original(translation));
            continue;
        }
        let mut brief = (**original).clone();
        overlay(&originals, &mut brief, translation, &mut diagnostics);
        briefs[at] = Arc::new(brief);
    }
    let translated = Site {
        root: site.root.clone(),
        config,
        briefs,
        home,
        drafts: site.drafts.clone(),
        failed: site.failed.clone(),
        left_out: site.left_out.clone(),
        translations: Vec::new(),
        history: site.history.clone(),
        translated_into: Some(lang.to_string()),
    };
    (translated, diagnostics)
}

fn no_original(translation: &Translation) -> Diagnostic {
    let folder = translation.kind.map_or("", |k| k.dir());
    Diagnostic::error(
        "translation",
        format!(
            "`{}` translates `{}`, but there is no {folder} brief `{}`",
            translation.file.path, translation.id, translation.id
        ),
    )
    .at(Span::file_only(&translation.file.path))
    .help(format!(
        "a translation is named after its original: `content/{folder}/{}.md` and `content/{folder}/{}.{}.md`",
        translation.id, translation.id, translation.lang
    ))
}

/// Lays `translation`'s text over `brief`, a copy of its original.
fn overlay(
    originals: &Originals,
    brief: &mut crate::model::Brief,
    translation: &Translation,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let text = &translation.text;
    let locator = Locator::new(&translation.file);
    let too_many = |diagnostics: &mut Vec<Diagnostic>, key: &str, given: usize, has: usize| {
        if given > has {
            diagnostics.push(
                Diagnostic::error(
                    "translation",
                    format!("the translation gives {given} `{key}` but the original has {has}"),
                )
                .at(locator.key(&format!("{key}.{has}")))
                .help(format!(
                    "a translation gives the text of the original's `{key}`, one entry for each, in the same order"
                )),
            );
        }
    };
    let mut original_names = Vec::new();
    match &mut brief.facts {
        Facts::Party(p) => {
            if let Some(name) = &text.name {
                original_names.push(std::mem::replace(&mut p.name, name.clone()));
            }
            if let Some(short) = &text.short_name {
                original_names.extend(p.short_name.replace(short.clone()));
            }
            if let Some(aliases) = &text.aliases {
                original_names.extend(std::mem::replace(&mut p.aliases, aliases.clone()));
            }
            give(&mut p.role, &text.role);
            too_many(diagnostics, "member_of", text.member_of.len(), p.member_of.len());
            for (membership, role) in p.member_of.iter_mut().zip(&text.member_of) {
                give(&mut membership.role, role);
            }
            too_many(diagnostics, "relations", text.relations.len(), p.relations.len());
            for (relation, note) in p.relations.iter_mut().zip(&text.relations) {
                give(&mut relation.note, note);
            }
        }
        Facts::Event(e) => {
            if let Some(title) = &text.title {
                original_names.push(std::mem::replace(&mut e.title, title.clone()));
            }
            if let Some(place) = &text.place {
                if originals.is_place(e.place.as_deref()) {
                    diagnostics.push(
                        Diagnostic::error(
                            "translation-restates",
                            "`place` is a place's id in the original: a translation cannot change where an event was",
                        )
                        .at(locator.key("place"))
                        .help("remove `place`: the place's own translation gives its name in this language"),
                    );
                } else {
                    e.place = Some(place.clone());
                }
            }
            too_many(diagnostics, "claims", text.claims.len(), e.claims.len());
            for (claim, (said, quote)) in e.claims.iter_mut().zip(&text.claims) {
                give(&mut claim.text, said);
                give(&mut claim.quote, quote);
            }
            too_many(diagnostics, "casualties", text.casualties.len(), e.casualties.len());
            for (n, (figure, caveat)) in e.casualties.iter_mut().zip(&text.casualties).enumerate() {
                if caveat.is_some() && figure.caveat.is_none() {
                    // A caveat only the translation gives would tell its readers more than the
                    // original's.
                    diagnostics.push(
                        Diagnostic::error("translation", "the original's figure has no `caveat` to translate")
                            .at(locator.key(&format!("casualties.{n}.caveat")))
                            .help("give the caveat in the original first (every language shows the same figures), or leave it out here"),
                    );
                    continue;
                }
                give(&mut figure.caveat, caveat);
            }
        }
        Facts::Place(p) => {
            if let Some(name) = &text.name {
                original_names.push(std::mem::replace(&mut p.name, name.clone()));
            }
            if let Some(aliases) = &text.aliases {
                original_names.extend(std::mem::replace(&mut p.aliases, aliases.clone()));
            }
            if let Some(note) = &text.disputed {
                match p.disputed {
                    Some(Disputed::Note(_)) => p.disputed = Some(Disputed::Note(note.clone())),
                    _ => diagnostics.push(
                        Diagnostic::error("translation-restates", "the original's `disputed` is not a note: a translation cannot say whether a place is disputed")
                            .at(locator.key("disputed"))
                            .help("remove `disputed`; a translation gives it only where the original's is a note, to translate the note"),
                    ),
                }
            }
        }
        Facts::Page(p) => {
            if let Some(title) = &text.title {
                original_names.push(std::mem::replace(&mut p.title, title.clone()));
            }
        }
    }
    for (i, (id, title)) in text.sources.iter().enumerate() {
        let defined = brief.sources.iter_mut().find_map(|s| match s {
            SourceEntry::Defined(source) if source.id.as_deref() == Some(id.as_str()) => Some(source),
            _ => None,
        });
        match defined {
            Some(source) => source.title = Some(title.clone()),
            None => diagnostics.push(
                Diagnostic::error("translation", format!("the original defines no source `{id}`"))
                    .at(locator.key(&format!("sources.{i}.id")))
                    .help("a translation gives the titles of the sources its original defines, by their ids"),
            ),
        }
    }
    give(&mut brief.summary, &text.summary);
    too_many(diagnostics, "corrections", text.corrections.len(), brief.corrections.len());
    for (correction, translated) in brief.corrections.iter_mut().zip(&text.corrections) {
        if let Some(translated) = translated {
            correction.text = translated.clone();
        }
    }
    // The original's names keep linking in this language ("[[Armenia]]" in a French body).
    original_names.retain(|name| !name.is_empty());
    brief.link_names = original_names;
    // A translation begun with `briefing translate` holds the original's body in a comment
    // until it is translated: until then the original's body stands.
    if has_text(translation.file.body()) {
        brief.file = translation.file.clone();
    }
}

/// The translation's text in place of the original's, where it gives one.
fn give(original: &mut Option<String>, translated: &Option<String>) {
    if translated.is_some() {
        original.clone_from(translated);
    }
}

/// Whether a body holds anything but blank lines and HTML comments.
fn has_text(body: &str) -> bool {
    let mut rest = body;
    while let Some(start) = rest.find("<!--") {
        if !rest[..start].trim().is_empty() {
            return true;
        }
        match rest[start..].find("-->") {
            Some(end) => rest = &rest[start + end + 3..],
            None => return false,
        }
    }
    !rest.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_a_language_are_translations() {
        assert_eq!(split_name("armenia.fr.md"), Some(("armenia", "fr")));
        assert_eq!(split_name("armenia.pt-BR.md"), Some(("armenia", "pt-BR")));
        assert_eq!(split_name("_index.ru.md"), Some(("_index", "ru")));
        assert_eq!(split_name("armenia.md"), None);
        assert_eq!(split_name("v1.2.md"), None);
        assert_eq!(split_name("a.French.md"), None);
    }

    #[test]
    fn a_body_of_comments_is_no_text() {
        assert!(!has_text("\n<!-- The original:\n\nArmenia -->\n"));
        assert!(!has_text("  \n"));
        assert!(has_text("<!-- note --> Arménie"));
        assert!(has_text("Arménie <!-- unclosed"));
    }

    #[test]
    fn the_text_hash_is_stable() {
        // Written into content files: it must never change between versions.
        assert_eq!(text_hash(""), "811c9dc5");
        assert_eq!(text_hash("a"), "e40c292c");
        assert_eq!(text_hash(" Armenia \n"), text_hash("Armenia"));
    }
}
