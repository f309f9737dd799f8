//! Injection (issue 7): a site whose every writer-controlled string tries to run a script or
//! break out of its context builds, and no output file holds anything executable that the
//! theme did not put there: no foreign `<script>` element, no `on*` attribute, no
//! `javascript:`/`vbscript:`/`data:` link, no JSON-LD that can close its element. The same
//! strings still reach the reader as text. Unsafe links are errors at their place.

mod common;

use std::path::Path;

use common::{Site, stderr, text};

/// A start tag as a browser would read it: name and attributes, values with character
/// references decoded.
struct StartTag {
    name: String,
    attrs: Vec<(String, String)>,
}

/// Decodes the character references a browser would decode inside an attribute value.
fn decode(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i + 1..];
        let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).unwrap_or(rest.len());
        let name = &rest[..end];
        let c = match name.to_ascii_lowercase().as_str() {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "colon" => Some(':'),
            "tab" => Some('\t'),
            "newline" => Some('\n'),
            n if n.starts_with("#x") => u32::from_str_radix(&n[2..], 16).ok().and_then(char::from_u32),
            n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = rest[end..].strip_prefix(';').unwrap_or(&rest[end..]);
            }
            None => out.push('&'),
        }
    }
    out + rest
}

/// Every start tag of an HTML document, skipping comments and the text of script elements.
fn start_tags(html: &str) -> Vec<(StartTag, String)> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        i += off + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(html.len(), |e| i + e + 3);
            continue;
        }
        let name_len = html[i..].find(|c: char| !c.is_ascii_alphanumeric() && c != '-').unwrap_or(html.len() - i);
        if name_len == 0 || !bytes[i].is_ascii_alphabetic() {
            continue;
        }
        let name = html[i..i + name_len].to_ascii_lowercase();
        i += name_len;
        let mut attrs = Vec::new();
        loop {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] == b'>' {
                i += 1;
                break;
            }
            let end =
                html[i..].find(|c: char| c.is_ascii_whitespace() || "=>/".contains(c)).map_or(html.len(), |e| i + e);
            let attr = html[i..end].to_ascii_lowercase();
            i = end.max(i + 1);
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = String::new();
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                let (v, next) = match bytes.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let close = html[i + 1..].find(q as char).map_or(html.len(), |e| i + 1 + e);
                        (&html[i + 1..close], close + 1)
                    }
                    _ => {
                        let close =
                            html[i..].find(|c: char| c.is_ascii_whitespace() || c == '>').map_or(html.len(), |e| i + e);
                        (&html[i..close], close)
                    }
                };
                value = decode(v);
                i = next;
            }
            attrs.push((attr, value));
        }
        let mut content = String::new();
        if name == "script" || name == "style" {
            let close = html[i..].to_ascii_lowercase().find(&format!("</{name}")).map_or(html.len(), |e| i + e);
            content = html[i..close].to_string();
            i = close;
        }
        out.push((StartTag { name, attrs }, content));
    }
    out
}

/// Why a URL in an attribute could run something, if it could.
fn runs_script(url: &str) -> bool {
    let seen: String = url.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_lowercase();
    ["javascript:", "vbscript:", "data:"].iter().any(|s| seen.starts_with(s))
}

/// Everything executable in one HTML file that the theme did not put there.
fn injections(path: &str, html: &str, site: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for (tag, content) in start_tags(html) {
        for (attr, value) in &tag.attrs {
            if attr.starts_with("on") {
                found.push(format!("{path}: <{} {attr}=...>", tag.name));
            }
            if ["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "poster"]
                .contains(&attr.as_str())
                && runs_script(value)
            {
                found.push(format!("{path}: <{} {attr}=\"{value}\">", tag.name));
            }
        }
        let attr = |name: &str| tag.attrs.iter().find(|(a, _)| a == name).map(|(_, v)| v.as_str());
        match tag.name.as_str() {
            "script" if attr("type") == Some("application/ld+json") => {
                let lower = content.to_lowercase();
                if lower.contains("</script") || lower.contains("<!--") || lower.contains('<') {
                    found.push(format!("{path}: JSON-LD that could close its element: {content}"));
                }
                if let Err(e) = serde_json::from_str::<serde_json::Value>(&content) {
                    found.push(format!("{path}: JSON-LD is not JSON ({e}): {content}"));
                }
            }
            "script" => {
                // The theme's own scripts are files of the site, loaded by URL.
                let file = attr("src").and_then(|s| s.strip_prefix("/hostile/")).and_then(|s| s.split('?').next());
                let ours = file.is_some_and(|rel| rel.ends_with(".js") && site.join("public").join(rel).is_file());
                if !ours || !content.trim().is_empty() {
                    found.push(format!("{path}: a script element the theme did not write: {:?} {content}", tag.attrs));
                }
            }
            "iframe" | "object" | "embed" | "base" => found.push(format!("{path}: <{}> from a brief", tag.name)),
            _ => {}
        }
    }
    found
}

fn built_hostile() -> Site {
    let site = Site::copy("hostile");
    let out = site.build(&[]);
    assert!(out.status.success(), "the hostile site builds:\n{}", stderr(&out));
    site
}

#[test]
fn no_output_file_holds_anything_executable() {
    let site = built_hostile();
    let public = site.root().join("public");
    let mut found = Vec::new();
    let mut files = 0;
    for entry in walkdir::WalkDir::new(&public) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        files += 1;
        let rel = entry.path().strip_prefix(&public).unwrap().to_string_lossy().replace('\\', "/");
        let bytes = std::fs::read(entry.path()).unwrap();
        let Ok(content) = String::from_utf8(bytes) else { continue };
        match rel.rsplit('.').next() {
            Some("html") => found.extend(injections(&rel, &content, site.root())),
            // Strings stay strings: the export parses, whole or one record a line.
            Some("json") if serde_json::from_str::<serde_json::Value>(&content).is_err() => {
                for line in content.lines().filter(|l| !l.trim().is_empty()) {
                    let line = line.trim().trim_end_matches(',');
                    if !["[", "]", "{", "}"].contains(&line) && serde_json::from_str::<serde_json::Value>(line).is_err()
                    {
                        found.push(format!("{rel}: a line that is not JSON: {line}"));
                    }
                }
            }
            Some("xml") | Some("txt") => {
                let lower = content.to_lowercase();
                if lower.contains("<script") || lower.contains("<img") || lower.contains("<svg") {
                    found.push(format!("{rel}: markup from a brief in a feed or list"));
                }
            }
            _ => {}
        }
    }
    assert!(files > 10, "the site was written");
    assert!(found.is_empty(), "executable injection found:\n{}", found.join("\n"));
}

#[test]
fn hostile_strings_reach_the_reader_as_text() {
    let site = built_hostile();
    let party = text(&site.page("parties/mallory/"));
    assert!(party.contains("Mallory \"><script>alert('name')</script>"), "{party}");
    assert!(party.contains("<svg onload=alert('seat')>"), "{party}");
    assert!(party.contains("Wire & Co <script>alert('publisher')</script>"), "{party}");
    let event = text(&site.page("events/breakout/"));
    assert!(event.contains("]]></summary><script>alert('claim')</script>"), "{event}");
    let trudy = site.page("parties/trudy/");
    assert!(
        trudy.contains("&amp;lt;script&amp;gt;alert(&#39;entity&#39;)&amp;lt;/script&amp;gt;"),
        "entities are shown, not decoded"
    );
    assert!(text(&trudy).contains("Trudy & Sons {{ config }} {% raw %}"), "front-matter is never a template");
}

#[test]
fn raw_html_is_left_out_by_default_and_kept_on_request() {
    let site = built_hostile();
    let page = site.page("parties/mallory/");
    assert!(text(&page).contains("Mallory’s brief."));
    assert!(!page.contains("A raw block that stays out"), "HTML blocks are left out");
    assert!(page.contains("<code>&lt;script&gt;alert('code')&lt;/script&gt;</code>"), "code is shown as code");
    assert!(page.contains("id=\"evil\""), "heading ids are kept: {page}");
    assert!(!page.contains("onclick"), "heading attributes are not");

    let kept = Site::copy("hostile");
    let toml = std::fs::read_to_string(kept.root().join("briefing.toml")).unwrap();
    kept.write("briefing.toml", &format!("{toml}\n[markdown]\nraw_html = \"keep\"\n"));
    kept.build_ok();
    let page = kept.page("parties/mallory/");
    assert!(page.contains("<div onmouseover=\"alert('div')\">"), "raw_html = \"keep\" trusts the writer");
    // And the detector above sees what keeping lets in, so its silence on the default means something.
    let found = injections("parties/mallory/index.html", &page, kept.root()).join("\n");
    for what in ["onmouseover", "onclick", "a script element", "javascript:alert('raw link')"] {
        assert!(found.contains(what), "the detector finds {what}:\n{found}");
    }
    assert!(kept.page("parties/trudy/").contains("&amp;lt;script&amp;gt;"), "front-matter is escaped either way");
}

#[test]
fn script_urls_are_errors_however_they_are_spelt() {
    let urls = [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " \\tjavascript:alert(1)",
        "java\\tscript:alert(1)",
        "\\u0001javascript:alert(1)",
        "javascript&#58;alert(1)",
        "&#x6A;avascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    ];
    let site = Site::empty();
    let mut sources = String::from("sources:\n");
    for (i, url) in urls.iter().enumerate() {
        sources.push_str(&format!("  - {{ id: s{i}, title: T, url: \"{url}\" }}\n"));
    }
    site.write("content/parties/x.md", &format!("---\nname: X\n{sources}---\n"));
    site.write(
        "content/pages/links.md",
        "---\ntitle: Links\n---\n[one](javascript:alert(1)) and [two](JAVASCRIPT&colon;alert(1)).\n\n<vbscript:msgbox(1)>\n",
    );
    let out = site.build(&[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for i in 0..urls.len() {
        assert!(err.contains(&format!("--> content/parties/x.md:{}:", 4 + i)), "source {i} is reported:\n{err}");
    }
    assert!(err.contains("--> content/pages/links.md:4:1"), "{err}");
    assert!(err.contains("--> content/pages/links.md:4:32"), "{err}");
    assert!(err.contains("--> content/pages/links.md:6:1"), "{err}");
    assert_eq!(err.matches("error[unsafe-url]").count(), urls.len() + 3, "{err}");
    assert!(!site.root().join("public").exists());
}

#[test]
fn control_characters_in_front_matter_are_errors_at_their_place() {
    let site = Site::empty();
    // YAML refuses raw control characters, but its escapes write any of them.
    site.write(
        "content/parties/x.md",
        concat!(
            "---\n",
            "name: \"X\\x01Y\"\n",
            "seat: \"\\x0b\"\n",
            "summary: \"tab\\tand line\\nbreaks are fine \\0 but not NUL\"\n",
            "sources:\n",
            "  - { id: s, title: \"T\\uFFFE\", url: \"https://example.org/\" }\n",
            "short_name: \"Two\\nlines\"\n",
            "---\n",
        ),
    );
    site.write(
        "content/events/e.md",
        "---\ntitle: \"Del\\x7f\"\ndate: 2020-01-01\nclaims:\n  - { by: x, text: \"C1 \\u0090\" }\n---\n",
    );
    let out = site.build(&[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for place in ["x.md:2:7", "x.md:3:7", "x.md:4:10", "x.md:6:21", "x.md:7:13", "e.md:2:8", "e.md:5:20"] {
        assert!(err.contains(&format!("{place}\n")), "{place} is reported:\n{err}");
    }
    assert_eq!(err.matches("error[invalid-character]").count(), 7, "{err}");
    assert!(err.contains("U+0001") && err.contains("U+FFFE") && err.contains("U+007F"), "{err}");
    assert!(!site.root().join("public").exists());
}

#[test]
fn the_feed_and_sitemap_stay_well_formed_whatever_the_configuration_holds() {
    let site = Site::empty();
    site.write(
        "briefing.toml",
        "title = \"T\\u0001\\u000b\\uFFFE\"\ndescription = \"D\\u0000\\u0085\"\nbase_url = \"https://example.org/\"\n",
    );
    site.write("content/events/e.md", "---\ntitle: E\ndate: 2020-01-01\n---\n");
    let out = site.build(&[]);
    // Either the configuration is refused, or what is written parses.
    if out.status.success() {
        for file in ["atom.xml", "sitemap.xml"] {
            let xml = site.page(file);
            roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{file} is not well-formed: {e}\n{xml:?}"));
        }
    } else {
        assert!(stderr(&out).contains("briefing.toml:1:"), "{}", stderr(&out));
    }
}

#[test]
fn the_search_index_can_be_inlined_in_a_script_element() {
    let site = Site::empty();
    let name = "Line\u{2028}sep\u{2029}para <!-- <script> </script> </SCRIPT";
    site.write(
        "content/parties/x.md",
        &format!("---\nname: \"{name}\"\nsummary: \"<!--\u{2028}x\"\naliases: [\"</scr\", \"ipt>\"]\n---\n"),
    );
    site.build_ok();
    let js = std::fs::read_to_string(site.root().join("public/search/index.js")).unwrap();
    for raw in ["\u{2028}", "\u{2029}", "<!--", "<script", "</script", "</SCRIPT", "<"] {
        assert!(!js.contains(raw), "search/index.js holds {raw:?} raw:\n{js}");
    }
    let json = js.strip_prefix("window.BRIEFING_SEARCH = ").and_then(|j| j.trim_end().strip_suffix(';')).unwrap();
    let index: serde_json::Value = serde_json::from_str(json).expect("the index is a JSON value");
    let row = &index["briefs"][0];
    assert_eq!(row[3], name, "{row}");
    assert_eq!(row[5], "<!--\u{2028}x", "{row}");
    assert_eq!(row[6], "</scr · ipt>", "{row}");
}
