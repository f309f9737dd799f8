//! How a brief's name reads inside a sentence the site builds: its article, a capital
//! "The" lowered, the capital at a sentence start, and the verb's number.
//!
//! These are the only places that decide it, so that a claim, a heading, a relation and a
//! chart caption word one party the same way.

use super::{Brief, Facts, Party, Vocabulary};

vocabulary! {
    /// The article a party's name takes inside a sentence: `article: the` gives "the
    /// Karabakh authorities say", "according to the Karabakh authorities".
    Article ("article") {
        The => "the";
    }
}

impl Brief {
    /// The short title as it reads inside a sentence: with its article ("the Karabakh
    /// authorities" for a party with `article: the`), and a leading capital "The" of any
    /// name or title lowered ("according to the Fact-Finding Mission", "within the
    /// Russo-Georgian war"). Links the writer types in a text are never reworded.
    pub fn in_sentence(&self) -> String {
        let name = self.short_title();
        if let Some(rest) = name.strip_prefix("The ") {
            return format!("the {rest}");
        }
        match &self.facts {
            Facts::Party(Party { article: Some(Article::The), .. }) => format!("the {name}"),
            _ => name.to_string(),
        }
    }

    /// [`Brief::in_sentence`] at the start of a sentence, its first letter a capital:
    /// "The Karabakh authorities say".
    pub fn sentence_start(&self) -> String {
        upper_first(&self.in_sentence())
    }

    /// Whether the name takes a plural verb: only a party marked `plural: true`.
    pub fn plural(&self) -> bool {
        matches!(&self.facts, Facts::Party(Party { plural: true, .. }))
    }
}

/// The text with its first letter lowered, for a phrase that goes on a sentence ("as
/// speaker" from "As speaker"); any first character, not only ASCII.
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_lowercase().chain(chars).collect())
}

/// The text with its first letter a capital.
pub fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AutolinkMode, Page, PartyKind, SourceFile};

    fn brief(facts: Facts) -> Brief {
        let file = SourceFile { path: String::new(), text: String::new(), front_matter: 0..0, body_start: 0 };
        Brief {
            id: "b".to_string(),
            file,
            facts,
            summary: None,
            sources: Vec::new(),
            tags: Vec::new(),
            updated: None,
            draft: false,
            corrections: Vec::new(),
            front_hash: 0,
            link_names: Vec::new(),
        }
    }

    fn party(name: &str, short_name: Option<&str>, article: Option<Article>, plural: bool) -> Brief {
        brief(Facts::Party(Party {
            name: name.to_string(),
            short_name: short_name.map(str::to_string),
            kind: PartyKind::ArmedGroup,
            aliases: Vec::new(),
            role: None,
            founded: None,
            ended: None,
            seat: None,
            plural,
            article,
            autolink: AutolinkMode::On,
            member_of: Vec::new(),
            relations: Vec::new(),
        }))
    }

    #[test]
    fn names_read_right_inside_and_at_the_start_of_a_sentence() {
        let the = Some(Article::The);
        // (name, short name, article, inside a sentence, at its start)
        let cases = [
            ("Republic of Armenia", Some("Armenia"), None, "Armenia", "Armenia"),
            (
                "Artsakh authorities",
                Some("Karabakh authorities"),
                the,
                "the Karabakh authorities",
                "The Karabakh authorities",
            ),
            ("The Fact-Finding Mission", None, None, "the Fact-Finding Mission", "The Fact-Finding Mission"),
            ("The rebels", None, the, "the rebels", "The rebels"),
            ("the rebels", None, None, "the rebels", "The rebels"),
            ("rebels of the north", None, None, "rebels of the north", "Rebels of the north"),
            ("État islamique", Some("état islamique"), None, "état islamique", "État islamique"),
            ("Theodore Roosevelt", None, None, "Theodore Roosevelt", "Theodore Roosevelt"),
        ];
        for (name, short, article, inside, start) in cases {
            let brief = party(name, short, article, false);
            assert_eq!(brief.in_sentence(), inside, "{name:?} inside a sentence");
            assert_eq!(brief.sentence_start(), start, "{name:?} at a sentence start");
        }
    }

    #[test]
    fn only_a_party_marked_plural_takes_a_plural_verb() {
        assert!(party("Karabakh authorities", None, None, true).plural());
        assert!(!party("Philippines", None, None, false).plural());
        let page = Page { title: "The Background".to_string(), weight: None, menu: false };
        assert!(!brief(Facts::Page(page)).plural());
    }

    #[test]
    fn the_first_letter_is_lowered_whatever_it_is() {
        assert_eq!(lower_first("As speaker"), "as speaker");
        assert_eq!(lower_first("Éd"), "éd");
        assert_eq!(lower_first(""), "");
    }
}
