//! A site in three languages, one of them right to left: what readers of each see, what
//! search engines read, and what writers are told when a translation goes wrong or stale.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{Site, stderr};

/// Every HTML page of the built site, by its path under the output.
fn pages(site: &Site) -> BTreeMap<String, String> {
    let public = site.root().join("public");
    walkdir::WalkDir::new(&public)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            let rel = e.path().strip_prefix(&public).unwrap().to_string_lossy().replace('\\', "/");
            (rel, std::fs::read_to_string(e.path()).unwrap())
        })
        .collect()
}

/// The `hreflang` alternates a page's head lists: language to absolute URL.
fn hreflang(html: &str) -> BTreeMap<String, String> {
    let head = &html[..html.find("</head>").expect("a head")];
    head.match_indices("<link rel=\"alternate\" hreflang=\"")
        .map(|(at, found)| {
            let rest = &head[at + found.len()..];
            let lang = &rest[..rest.find('"').unwrap()];
            let href = &rest[rest.find("href=\"").unwrap() + 6..];
            (lang.to_string(), href[..href.find('"').unwrap()].to_string())
        })
        .collect()
}

fn attribute<'a>(html: &'a str, tag: &str, name: &str) -> &'a str {
    let open = &html[html.find(tag).unwrap_or_else(|| panic!("no {tag}"))..];
    let open = &open[..open.find('>').unwrap()];
    let value =
        &open[open.find(&format!("{name}=\"")).unwrap_or_else(|| panic!("no {name} on {open}")) + name.len() + 2..];
    &value[..value.find('"').unwrap()]
}

const ROOT: &str = "https://example.org/caucasus/";

#[test]
fn each_language_has_every_page_under_its_prefix_with_its_lang_and_direction() {
    let site = Site::copy("languages");
    site.build_ok();
    let all = pages(&site);
    let english: BTreeSet<&str> =
        all.keys().filter(|p| !p.starts_with("fr/") && !p.starts_with("ar/")).map(String::as_str).collect();
    for (prefix, lang, dir) in [("", "en", "ltr"), ("fr/", "fr", "ltr"), ("ar/", "ar", "rtl")] {
        for page in english.iter().filter(|p| **p != "404.html") {
            let html = all.get(&format!("{prefix}{page}")).unwrap_or_else(|| panic!("no {prefix}{page}"));
            assert_eq!(attribute(html, "<html", "lang"), lang, "{prefix}{page}");
            assert_eq!(attribute(html, "<html", "dir"), dir, "{prefix}{page}");
            // The assets are the site's, at its root, in every language.
            assert!(html.contains("href=\"/caucasus/style.css?v="), "{prefix}{page}");
        }
    }
    assert!(!site.exists("fr/404.html") && !site.exists("fr/robots.txt") && !site.exists("fr/style.css"));
    let french = site.page("fr/parties/armenia/");
    assert!(french.contains("<h1>République d’Arménie</h1>"));
    assert!(french.contains("Un long conflit."), "the relation's note, translated");
    // Wikilinks by the translation's names and by the original's lead to the French pages.
    assert!(french.contains("href=\"/caucasus/fr/parties/azerbaijan/\""));
    assert!(site.page("fr/").contains("href=\"/caucasus/fr/parties/azerbaijan/\""), "[[Azerbaïdjan]] links");
    // The words around the facts are French, and so are the dates and numbers.
    let clash = site.page("fr/events/clash/");
    assert!(clash.contains("l’autre camp a attaqué le premier"));
    assert!(clash.contains("27 septembre 2020"), "{clash}");
    assert!(clash.contains("30\u{202f}000"), "French groups digits with a narrow no-break space");
    assert!(site.page("fr/events/talks/").contains("octobre 2020"));
    assert!(site.page("events/clash/").contains("30,000") && site.page("events/clash/").contains("27 September 2020"));
}

#[test]
fn hreflang_is_reciprocal_on_every_page_and_left_off_untranslated_ones() {
    let site = Site::copy("languages");
    site.build_ok();
    let all = pages(&site);
    let by_url: BTreeMap<String, &String> =
        all.iter().map(|(path, html)| (format!("{ROOT}{}", path.trim_end_matches("index.html")), html)).collect();
    let mut checked = 0;
    for (path, html) in &all {
        let alternates = hreflang(html);
        if alternates.is_empty() {
            continue;
        }
        checked += 1;
        let url = format!("{ROOT}{}", path.trim_end_matches("index.html"));
        let canonical = attribute(html, "<link rel=\"canonical\"", "href");
        assert_eq!(canonical, url, "a page with alternates is its own canonical: {path}");
        assert!(alternates.values().any(|u| *u == url), "{path} lists itself");
        assert_eq!(alternates.get("x-default").map(String::as_str), alternates.get("en").map(String::as_str));
        for (lang, other) in alternates.iter().filter(|(l, _)| *l != "x-default") {
            let page = by_url.get(other).unwrap_or_else(|| panic!("{path}: {lang} alternate {other} is no page"));
            assert_eq!(hreflang(page), alternates, "{other} lists the same alternates as {path}");
            assert_eq!(attribute(page, "<html", "lang"), lang);
        }
    }
    assert!(checked >= 20, "{checked} pages");
    // Azerbaijan has no Arabic translation: its Arabic page is the English text in Arabic
    // chrome, says so, points search engines at the original and claims no alternates.
    let page = site.page("ar/parties/azerbaijan/");
    assert!(hreflang(&page).is_empty());
    assert_eq!(attribute(&page, "<link rel=\"canonical\"", "href"), format!("{ROOT}parties/azerbaijan/"));
    assert!(page.contains("class=\"untranslated\""));
    assert_eq!(attribute(&page, "<h1", "lang"), "en");
    assert_eq!(attribute(&page, "<h1", "dir"), "ltr");
    // Where the home page names it, its English name carries its language.
    assert!(
        site.page("ar/").contains("<a href=\"/caucasus/ar/parties/azerbaijan/\" class=\"card-title\" lang=\"en\">")
    );
    // Its English and French pages leave Arabic out of their alternates.
    let english = hreflang(&site.page("parties/azerbaijan/"));
    assert_eq!(english.keys().map(String::as_str).collect::<Vec<_>>(), ["en", "fr", "x-default"]);
}

#[test]
fn the_switcher_leads_to_the_same_page_in_every_language() {
    let site = Site::copy("languages");
    site.build_ok();
    for (path, html) in pages(&site) {
        if path == "404.html" {
            continue;
        }
        let nav = &html[html.find("<nav class=\"languages\"").unwrap_or_else(|| panic!("{path} has no switcher"))..];
        let nav = &nav[..nav.find("</nav>").unwrap()];
        let links = common::hrefs(nav);
        assert_eq!(links.len(), 3, "{path}: {links:?}");
        let bare = path.trim_start_matches("fr/").trim_start_matches("ar/").trim_end_matches("index.html");
        for (link, prefix) in links.iter().zip(["", "fr/", "ar/"]) {
            assert_eq!(link, &format!("/caucasus/{prefix}{bare}"), "{path}");
            assert!(site.exists(&format!("{prefix}{bare}")), "{link} from {path} leads nowhere");
        }
        assert_eq!(nav.matches("aria-current").count(), 1, "{path}");
    }
}

#[test]
fn the_sitemap_lists_each_language_with_its_alternates() {
    let site = Site::copy("languages");
    site.build_ok();
    let sitemap = std::fs::read_to_string(site.root().join("public/sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&sitemap).expect("the sitemap is XML");
    let locs: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("loc")).filter_map(|n| n.text()).collect();
    assert!(locs.contains(&"https://example.org/caucasus/ar/parties/armenia/"));
    assert!(!locs.contains(&"https://example.org/caucasus/ar/parties/azerbaijan/"), "untranslated: not listed");
    assert!(locs.contains(&"https://example.org/caucasus/fr/parties/azerbaijan/"));
    for url in doc.descendants().filter(|n| n.has_tag_name("url")) {
        let links: Vec<_> = url.children().filter(|n| n.has_tag_name("link")).collect();
        assert!(links.iter().any(|l| l.attribute("hreflang") == Some("x-default")));
    }
    // With a base URL that is only a path there are no absolute addresses to give.
    let out = site.build(&["--base-url", "/caucasus/"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(hreflang(&site.page("fr/parties/armenia/")).is_empty());
}

#[test]
fn search_finds_a_brief_by_its_name_in_another_language() {
    let site = Site::copy("languages");
    site.build_ok();
    for (index, prefix) in [("search/index.js", ""), ("fr/search/index.js", "fr/"), ("ar/search/index.js", "ar/")] {
        let text = std::fs::read_to_string(site.root().join("public").join(index)).unwrap();
        let row = &text[text.find(&format!("[\"{prefix}parties/armenia/\"")).unwrap()..];
        let row = &row[..row.find("]").unwrap()];
        for name in ["Republic of Armenia", "Arménie", "Erevan", "أرمينيا", "Yerevan"] {
            assert!(row.contains(name), "{index} finds Armenia by {name}: {row}");
        }
    }
}

#[test]
fn a_translation_that_restates_a_fact_is_an_error_at_the_key() {
    let site = Site::copy("languages");
    site.write(
        "content/events/clash.fr.md",
        "---\ntitle: Combats\ndate: 2020-09-28\ncasualties:\n  - { count: 31000 }\nclaims:\n  - text: \"un\"\n  - text: \"deux\"\n---\nTexte.\n",
    );
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("error[translation-restates]: a translation cannot give `date`: it is the original's"),
        "{err}"
    );
    assert!(err.contains("content/events/clash.fr.md:3:1"), "{err}");
    // A figure's caveat is text a translation gives; its number is not.
    assert!(err.contains("a translation cannot give `casualties.0.count`"), "{err}");
    assert!(err.contains("content/events/clash.fr.md:5:7"), "{err}");
    assert!(err.contains("the translation gives 2 `claims` but the original has 1"), "{err}");
    assert!(!site.root().join("public").exists(), "nothing is written");
}

#[test]
fn a_translation_link_that_leads_nowhere_is_reported_in_its_file() {
    let site = Site::copy("languages");
    site.write("content/parties/azerbaijan.fr.md", "---\nname: Azerbaïdjan\n---\nVoir [[nulle-part]].\n");
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("content/parties/azerbaijan.fr.md:4"), "{err}");
    assert_eq!(err.matches("error[").count(), 1, "reported once, from the French site alone: {err}");
}

#[test]
fn a_stale_translation_is_reported_with_what_changed_until_it_is_recorded() {
    let site = Site::copy("languages");
    let check = |site: &Site| {
        let out = site.run(&["check"]);
        stderr(&out)
    };
    assert!(check(&site).starts_with("no problems"), "{}", check(&site));
    let original = std::fs::read_to_string(site.root().join("content/parties/armenia.md")).unwrap();
    site.write(
        "content/parties/armenia.md",
        &original.replace("A state of the South Caucasus.", "A landlocked state of the South Caucasus."),
    );
    let err = check(&site);
    for lang in ["fr", "ar"] {
        assert!(
            err.contains(&format!(
                "warning[translation-stale]: `content/parties/armenia.{lang}.md` translates an earlier version of `content/parties/armenia.md`: `summary` changed since"
            )),
            "{err}"
        );
    }
    let out = site.run(&["translate", "armenia", "fr", "--update"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = check(&site);
    assert!(!err.contains("armenia.fr.md") && err.contains("armenia.ar.md"), "{err}");
}

#[test]
fn translate_starts_a_file_with_the_text_to_translate() {
    let site = Site::copy("languages");
    let out = site.run(&["translate", "talks", "ar"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(site.root().join("content/events/talks.ar.md")).unwrap();
    assert!(text.contains("# title: \"Talks in October\""), "{text}");
    assert!(text.contains("Talks were held some time in October."), "{text}");
    assert!(text.starts_with("---\n") && text.contains("translates: { title: \""));
    // Begun but not translated: it checks clean, and the page keeps the original's body.
    let err = stderr(&site.run(&["check"]));
    assert!(err.starts_with("no problems"), "{err}");
    site.build_ok();
    assert!(site.page("ar/events/talks/").contains("Talks were held some time in October."));
    // A second time would overwrite the writer's work: refused.
    let again = site.run(&["translate", "talks", "ar"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("--update"));
    let wrong = site.run(&["translate", "talks", "de"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(stderr(&wrong).contains("languages = [\"en\", \"fr\", \"ar\", \"de\"]"), "{}", stderr(&wrong));
}

#[test]
fn a_translation_into_a_language_the_site_does_not_list_is_an_error() {
    let site = Site::copy("languages");
    site.write("content/parties/armenia.de.md", "---\nname: Armenien\n---\n");
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("which briefing.toml does not list"), "{}", stderr(&out));
}

#[test]
fn any_language_tag_builds_and_the_default_need_not_be_english() {
    let site = Site::copy("languages");
    for path in [
        "content/parties/armenia.ar.md",
        "content/events/clash.ar.md",
        "content/_index.fr.md",
        "content/parties/armenia.fr.md",
        "content/parties/azerbaijan.fr.md",
        "content/events/clash.fr.md",
    ] {
        site.remove(path);
    }
    // Portuguese (whose ICU4X date data is uneven), a tag with a region and one with a script.
    site.write("briefing.toml", "base_url = \"https://example.org/caucasus/\"\nlanguages = [\"fr\", \"en\", \"pt-BR\", \"en-GB\", \"sr-Latn\"]\n");
    for (path, text) in [
        ("content/parties/armenia.pt-BR.md", "---\nname: Armênia\n---\nTexto.\n"),
        ("content/parties/armenia.en-GB.md", "---\nname: Armenia (UK)\n---\nText.\n"),
    ] {
        site.write(path, text);
    }
    let out = site.build(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let root = site.page("");
    assert_eq!(attribute(&root, "<html", "lang"), "fr", "the first language is the default");
    assert!(site.page("pt-BR/events/clash/").contains("2020"));
    assert!(site.exists("en-GB/parties/armenia/") && site.exists("sr-Latn/parties/armenia/"));
    let feed = std::fs::read_to_string(site.root().join("public/atom.xml")).unwrap();
    assert!(feed.contains("xml:lang=\"fr\""));
}

#[test]
fn each_language_searches_into_its_own_pages() {
    let site = Site::copy("languages");
    site.build_ok();
    let index = std::fs::read_to_string(site.root().join("public/fr/search/index.js")).unwrap();
    // Read from the folder of search.js, the site's root.
    assert!(index.contains("[\"fr/parties/armenia/\""), "{}", &index[..400.min(index.len())]);
    let english = std::fs::read_to_string(site.root().join("public/search/index.js")).unwrap();
    assert!(english.contains("[\"parties/armenia/\""));
}

#[test]
fn figures_are_counted_in_the_page_language_and_no_page_takes_a_language_path() {
    let site = Site::copy("languages");
    site.build_ok();
    let french = site.page("fr/events/clash/");
    let english = site.page("events/clash/");
    assert!(english.contains(">Killed</td>"), "the casualty kind, as the catalogue names it");
    assert!(!french.contains(">Killed</td>") && !french.contains(">killed</td>"), "the French page names it in French");
    site.write("content/pages/fr.md", "---\ntitle: France\nsources: [wire]\n---\nA page.\n");
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("would be published at `/fr/`"), "{}", stderr(&out));
}

#[test]
fn a_started_translation_uncommented_as_it_is_checks_clean() {
    let site = Site::copy("languages");
    site.write(
        "content/events/talks.md",
        "---\ntitle: Talks in October\ndate: 2020-10\nkind: summit\nparticipants: [armenia, azerbaijan]\nsources: [wire]\nclaims:\n  - { by: armenia, text: \"talks went well\", quote: \"We talked.\", source: wire }\n  - { by: azerbaijan, stance: denies, quote: \"No.\", source: wire }\n  - { by: azerbaijan, text: \"nothing changed: \\\"none\\\"\", source: wire }\n---\nTalks were held.\n",
    );
    site.remove("content/parties/azerbaijan.fr.md");
    // Without its French translation Azerbaijan has no French name to be linked by.
    site.write("content/_index.fr.md", "---\ntitle: Le Caucase\n---\nVoir l’[[azerbaijan|Azerbaïdjan]].\n");
    site.write(
        "content/parties/azerbaijan.md",
        "---\nname: Republic of Azerbaijan\nkind: state\naliases: [\"Baku, the capital\", \"AZ: state\", \"#x\"]\nsources: [wire]\nrelations:\n  - { party: armenia, kind: adversary, source: wire }\n  - { party: armenia, kind: rival, note: \"An old rivalry.\", source: wire }\n---\nText.\n",
    );
    for (id, file) in [("talks", "content/events/talks.fr.md"), ("azerbaijan", "content/parties/azerbaijan.fr.md")] {
        let out = site.run(&["translate", id, "fr"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = std::fs::read_to_string(site.root().join(file)).unwrap();
        // The writer removes the `#` of every field line, and translates nothing yet.
        let uncommented: String = text
            .lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(rest) if rest.starts_with("  - ") || rest.split(':').next().is_some_and(|k| !k.contains(' ')) => {
                    rest.to_string()
                }
                _ => line.to_string(),
            })
            .map(|line| line + "\n")
            .collect();
        site.write(file, &uncommented);
    }
    let out = site.run(&["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("error"), "{}", stderr(&out));
    site.build_ok();
    assert!(site.page("fr/parties/azerbaijan/").contains("Baku, the capital"));
    let started = std::fs::read_to_string(site.root().join("content/parties/azerbaijan.fr.md")).unwrap();
    assert!(started.contains("  - {}   # relations 0\n  - { note: \"An old rivalry.\" }   # relations 1"), "{started}");
}

#[test]
fn a_home_translation_needs_a_home_and_a_language_title_needs_words() {
    let site = Site::copy("languages");
    site.remove("content/_index.md");
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out)
            .contains("`content/_index.fr.md` translates the home page's text, but there is no `content/_index.md`"),
        "{}",
        stderr(&out)
    );

    let site = Site::copy("languages");
    let config = std::fs::read_to_string(site.root().join("briefing.toml")).unwrap();
    site.write("briefing.toml", &config.replace("title = \"Le Caucase expliqué\"", "title = \"\""));
    let out = site.build(&[]);
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("`[lang.fr] title` is empty"), "{}", stderr(&out));
}
