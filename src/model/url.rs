//! Which URLs a page may link to: the one rule for source URLs in front-matter and for links
//! in Markdown bodies.
//!
//! A browser reads a URL more loosely than it looks: it drops tabs and line breaks anywhere,
//! ignores leading spaces and control characters, and an attribute's character references
//! (`&#58;`, `&colon;`) are decoded before the scheme is read. So the scheme is judged on the
//! URL as a browser would see it, and only `http:`, `https:`, `mailto:` and scheme-less
//! (relative) URLs pass. `javascript:`, `vbscript:`, `data:` and anything else do not, however
//! they are spelt.

/// The schemes a link may use.
pub const SAFE_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// The help line of the `unsafe-url` diagnostic.
pub const HELP: &str = "links must start with https://, http:// or mailto:, or be relative (such as ../events/<id>/)";

/// The scheme of `url` (lowercase) when it is one readers' browsers should not follow;
/// `None` for safe and relative URLs.
pub fn unsafe_scheme(url: &str) -> Option<String> {
    let seen = as_browser_sees(url);
    let end = seen.find([':', '/', '?', '#'])?;
    if !seen[end..].starts_with(':') {
        return None;
    }
    let scheme = seen[..end].to_ascii_lowercase();
    (!SAFE_SCHEMES.contains(&scheme.as_str())).then_some(scheme)
}

/// `url` with character references and percent escapes decoded, tabs and line breaks removed
/// and leading spaces and control characters dropped.
fn as_browser_sees(url: &str) -> String {
    let decoded = percent_decode(&decode_references(url));
    decoded
        .trim_start_matches(|c: char| c <= ' ' || c.is_whitespace() || c == '\u{feff}')
        .chars()
        .filter(|&c| !matches!(c, '\t' | '\n' | '\r') && !c.is_control())
        .collect()
}

/// Decodes `&#58;`, `&#x3A;` and the few named references that can spell a scheme's parts.
fn decode_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i + 1..];
        let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).unwrap_or(rest.len());
        let name = &rest[..end];
        let decoded = if let Some(number) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
            u32::from_str_radix(number, 16).ok().and_then(char::from_u32)
        } else if let Some(number) = name.strip_prefix('#') {
            number.parse::<u32>().ok().and_then(char::from_u32)
        } else {
            match name.to_ascii_lowercase().as_str() {
                "colon" => Some(':'),
                "tab" => Some('\t'),
                "newline" => Some('\n'),
                "sol" => Some('/'),
                "num" => Some('#'),
                "quest" => Some('?'),
                "amp" => Some('&'),
                _ => None,
            }
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
            }
            None => out.push('&'),
        }
    }
    out.push_str(rest);
    out
}

fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    percent_encoding::percent_decode_str(text).decode_utf8_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_mail_and_relative_urls_are_safe() {
        for url in [
            "https://example.org/a:b",
            "http://x",
            "HTTPS://EXAMPLE.ORG",
            "mailto:desk@example.org",
            "../events/x/",
            "/a/b?c=d:e",
            "#top",
            "report.pdf",
            "//example.org/x",
            "",
            "a & b",
        ] {
            assert_eq!(unsafe_scheme(url), None, "{url}");
        }
    }

    #[test]
    fn script_schemes_are_refused_however_spelt() {
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "  javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "javascript&#58;alert(1)",
            "javascript&#x3a;alert(1)",
            "javascript&colon;alert(1)",
            "&#106;avascript:alert(1)",
            "javascript%3Aalert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
        ] {
            assert!(unsafe_scheme(url).is_some(), "{url:?} must be refused");
        }
        assert_eq!(unsafe_scheme("java\tscript:x").as_deref(), Some("javascript"));
    }
}
