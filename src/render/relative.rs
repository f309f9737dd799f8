//! `build --relative`: every internal link of a page rewritten relative to that page, and
//! pointing at `index.html` rather than a folder, so the output works opened from disk
//! (`file://`) or from any folder of any host.
//!
//! Pages are laid out with root-relative links (`/karabakh/parties/armenia/`) as usual;
//! this pass rewrites the `href`, `src` and `action` attributes that start with the base
//! path, and leaves everything else (external links, fragments, text) alone.

use crate::routes;

/// The attributes that hold links a browser follows or loads.
const ATTRIBUTES: [&str; 3] = ["href", "src", "action"];

/// The prefix that leads from the folder of `site_path` back to the site's root:
/// `../../` for `parties/armenia/`, nothing for the home page or `404.html`.
pub fn to_root(site_path: &str) -> String {
    "../".repeat(site_path.matches('/').count())
}

/// `link` (root-relative, under `base`) as seen from the page at `site_path`; `None` when
/// it is not a link into the site.
pub fn relative_link(link: &str, base: &str, site_path: &str) -> Option<String> {
    if link.starts_with("//") {
        return None;
    }
    let rest = link.strip_prefix(base).or_else(|| (link == base.trim_end_matches('/')).then_some(""))?;
    let split = rest.find(['?', '#']).unwrap_or(rest.len());
    let (path, tail) = rest.split_at(split);
    Some(format!("{}{}{tail}", to_root(site_path), routes::output_file(path)))
}

/// Rewrites the internal links of an HTML page at `site_path`.
pub fn relativize(html: &str, base: &str, site_path: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(at) = rest.find("=\"") {
        let value_start = at + 2;
        let name = &rest[..at];
        let is_link = ATTRIBUTES
            .iter()
            .any(|a| name.strip_suffix(a).is_some_and(|before| before.ends_with(|c: char| c.is_ascii_whitespace())));
        out.push_str(&rest[..value_start]);
        rest = &rest[value_start..];
        let end = rest.find('"').unwrap_or(rest.len());
        match relative_link(&rest[..end], base, site_path).filter(|_| is_link) {
            Some(link) => out.push_str(&link),
            None => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_lead_from_the_page_to_the_file() {
        assert_eq!(relative_link("/k/parties/a/", "/k/", "events/x/").as_deref(), Some("../../parties/a/index.html"));
        assert_eq!(relative_link("/k/", "/k/", "events/x/").as_deref(), Some("../../index.html"));
        assert_eq!(relative_link("/k", "/k/", "").as_deref(), Some("index.html"));
        assert_eq!(relative_link("/k/style.css?v=1", "/k/", "404.html").as_deref(), Some("style.css?v=1"));
        assert_eq!(relative_link("/k/events/x/#claims", "/k/", "").as_deref(), Some("events/x/index.html#claims"));
        assert_eq!(relative_link("/other/", "/k/", ""), None);
        assert_eq!(relative_link("//cdn.example/x.js", "/", ""), None);
        assert_eq!(relative_link("https://example.org/k/", "/k/", ""), None);
    }

    #[test]
    fn only_link_attributes_change() {
        let html = r##"<a href="/parties/a/">/parties/a/</a><img src="/i.png" alt="/x/"><form action="/search/"><a href="#top">"##;
        assert_eq!(
            relativize(html, "/", "tags/t/"),
            r##"<a href="../../parties/a/index.html">/parties/a/</a><img src="../../i.png" alt="/x/"><form action="../../search/index.html"><a href="#top">"##
        );
    }
}
