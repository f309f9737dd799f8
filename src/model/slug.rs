//! Slugs: the ids writers give briefs, and the anchors and tag URLs made from text.

/// Whether `id` is a valid brief id: `[a-z0-9-]+`, not starting or ending with `-`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A URL- and anchor-safe form of free text: lowercase letters and digits (any script),
/// runs of anything else collapsed to one `-`. "Who's involved?" becomes "whos-involved".
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_dash = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.extend(c.to_lowercase());
        } else if c == '\'' || c == '\u{2019}' {
            // Apostrophes join words rather than split them.
        } else {
            pending_dash = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_only_lowercase_slugs() {
        assert!(is_slug("armenia"));
        assert!(is_slug("war-2020"));
        assert!(!is_slug("Armenia"));
        assert!(!is_slug("war_2020"));
        assert!(!is_slug("-war"));
        assert!(!is_slug(""));
    }

    #[test]
    fn slugifies_headings() {
        assert_eq!(slugify("Background"), "background");
        assert_eq!(slugify("Who's involved?"), "whos-involved");
        assert_eq!(slugify("  The 1994 ceasefire -- and after "), "the-1994-ceasefire-and-after");
        assert_eq!(slugify("Война и мир"), "война-и-мир");
        assert_eq!(slugify("???"), "");
    }
}
