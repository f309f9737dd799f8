//! The languages a site is read in, as every render of it sees them: where each language's
//! pages live (the default at the root, the others under `/<code>/`), which briefs are
//! translated into which, and so which pages have alternates in which languages.
//!
//! A site path (`parties/armenia/`) is the same in every language; only the prefix differs,
//! so the language switcher and `hreflang` are made from the page's path alone.

use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use crate::config::BaseUrl;
use crate::load::Site;
use crate::strings::{Strings, is_right_to_left};

/// The site's languages.
#[derive(Debug)]
pub struct Languages {
    /// The codes, the default first.
    codes: Vec<String>,
    /// The default language's base URL: assets and the root files live there.
    root: BaseUrl,
    /// For each language after the default, the ids of the briefs translated into it.
    translated: Vec<FxHashSet<String>>,
    /// Every name of a translated brief in every language (the original's too), by id: the
    /// search of each language finds a brief by the names it has in the others.
    names: FxHashMap<String, Vec<String>>,
}

/// One language of a render: its words, and where it stands among the site's languages.
#[derive(Debug, Clone, Copy)]
pub struct Tongue<'g> {
    pub strings: &'g Arc<Strings>,
    pub languages: &'g Languages,
    /// Its position in [`Languages::codes`]: 0 for the default language.
    pub index: usize,
}

/// A link to the same page in another language, for the switcher and `hreflang`.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    pub code: String,
    /// The language's own name for itself ("Français"), or its code.
    pub name: String,
    /// Root-relative, for the switcher.
    pub url: String,
    /// Absolute, for `hreflang` and the sitemap; empty when `base_url` is only a path.
    pub absolute: String,
    pub current: bool,
    /// Whether the page is written in that language (not the original's text shown there).
    pub translated: bool,
    pub dir: &'static str,
}

impl Languages {
    /// A site of one language: `code`, at `root`.
    pub fn single(code: &str, root: BaseUrl) -> Languages {
        Languages { codes: vec![code.to_string()], root, translated: Vec::new(), names: FxHashMap::default() }
    }

    /// The site's languages, from its configuration and the translations it read.
    pub fn of(site: &Site) -> Languages {
        let codes: Vec<String> = site.config.language_codes().map(str::to_string).collect();
        let translated = codes[1..]
            .iter()
            .map(|code| {
                site.translations.iter().filter(|t| &t.lang == code && t.kind.is_some()).map(|t| t.id.clone()).collect()
            })
            .collect();
        let mut names: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for translation in site.translations.iter().filter(|t| t.kind.is_some()) {
            let text = &translation.text;
            let given = [&text.name, &text.short_name, &text.title].into_iter().flatten();
            let list = names.entry(translation.id.clone()).or_default();
            list.extend(given.chain(text.aliases.iter().flatten()).cloned());
        }
        for brief in &site.briefs {
            if let Some(list) = names.get_mut(&brief.id) {
                list.extend(crate::resolve::names::names_of(brief).into_iter().map(str::to_string));
                list.sort();
                list.dedup();
            }
        }
        Languages { codes, root: site.config.base(), translated, names }
    }

    /// The names brief `id` has in any of the site's languages (empty for a brief with no
    /// translation), sorted.
    pub fn names_of(&self, id: &str) -> &[String] {
        self.names.get(id).map_or(&[], Vec::as_slice)
    }

    pub fn codes(&self) -> &[String] {
        &self.codes
    }

    pub fn is_multilingual(&self) -> bool {
        self.codes.len() > 1
    }

    /// The default language's base URL, where the assets are.
    pub fn root(&self) -> &BaseUrl {
        &self.root
    }

    /// Where the language's pages start, below the root: `""` or `fr/`.
    pub fn prefix(&self, index: usize) -> String {
        if index == 0 { String::new() } else { format!("{}/", self.codes[index]) }
    }

    /// Whether the brief `id` is written in the language `index` (every brief is in the
    /// default language; a page that is no brief's, such as the timeline, is in every one).
    pub fn has(&self, index: usize, id: Option<&str>) -> bool {
        match (index, id) {
            (0, _) | (_, None) => true,
            (i, Some(id)) => self.translated.get(i - 1).is_some_and(|set| set.contains(id)),
        }
    }

    /// The page at `site_path` in every language, in the site's order. `id` is the brief the
    /// page is about, if any.
    pub fn alternates(&self, current: usize, site_path: &str, id: Option<&str>) -> Vec<Alternate> {
        (0..self.codes.len())
            .map(|i| {
                let path = format!("{}{}", self.prefix(i), site_path.trim_start_matches('/'));
                let absolute = if self.root.origin.is_empty() { String::new() } else { self.root.absolute(&path) };
                Alternate {
                    code: self.codes[i].clone(),
                    name: Some(endonym(&self.codes[i])).filter(|n| !n.is_empty()).unwrap_or(&self.codes[i]).to_string(),
                    url: self.root.link(&path),
                    absolute,
                    current: i == current,
                    translated: self.has(i, id),
                    dir: direction(&self.codes[i]),
                }
            })
            .collect()
    }
}

/// `rtl` for a language written right to left, else `ltr`.
pub fn direction(code: &str) -> &'static str {
    if is_right_to_left(code) { "rtl" } else { "ltr" }
}

/// A language's name in itself, for the switcher; the code for a language not listed.
pub fn endonym(code: &str) -> &'static str {
    match code.split('-').next().unwrap_or(code) {
        "en" => "English",
        "fr" => "Français",
        "ru" => "Русский",
        "hy" => "Հայերեն",
        "az" => "Azərbaycanca",
        "ar" => "العربية",
        "de" => "Deutsch",
        "es" => "Español",
        "tr" => "Türkçe",
        "uk" => "Українська",
        "ka" => "ქართული",
        "fa" => "فارسی",
        "he" => "עברית",
        "pt" => "Português",
        "it" => "Italiano",
        "zh" => "中文",
        _ => "",
    }
}
