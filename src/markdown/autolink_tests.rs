//! Each rule of the autolinker on sentences from real reporting.

use super::*;
use crate::markdown::Lookup;

struct Urls;

impl LinkContext for Urls {
    fn lookup(&self, _: &str) -> Lookup {
        Lookup::Missing
    }
    fn is_id(&self, _: &str) -> bool {
        false
    }
    fn url(&self, brief: usize) -> &str {
        ["/parties/0/", "/parties/1/", "/parties/2/", "/parties/3/"][brief]
    }
    fn display(&self, _: usize) -> &str {
        ""
    }
    fn kind(&self, _: usize) -> &'static str {
        "party"
    }
    fn suggest(&self, _: &str) -> Option<String> {
        None
    }
    fn brief_at(&self, _: &str) -> Option<usize> {
        None
    }
    fn is_site_path(&self, _: &str) -> bool {
        false
    }
    fn brief_file(&self, _: &str) -> Option<usize> {
        None
    }
    fn base_path(&self) -> &str {
        "/"
    }
    fn autolinker(&self) -> Option<&Autolinker> {
        None
    }
    fn keep_raw_html(&self) -> bool {
        false
    }
}

/// What the autolinker links in `markdown`, given names for parties 0, 1, 2...: the words
/// linked, with the source text at the range it reports.
fn linked(names: &[&str], never: &[&str], markdown: &str) -> Vec<(String, usize, String)> {
    let names = names.iter().enumerate().map(|(i, n)| (n.to_string(), i)).collect();
    let never: Vec<String> = never.iter().map(|n| n.to_string()).collect();
    let linker = Autolinker::new(names, &never).expect("names to look for");
    let events = pulldown_cmark::Parser::new(markdown).into_offset_iter().collect();
    let mut made = Vec::new();
    linker.link(events, &HashSet::new(), &Urls, 0, &mut made);
    made.into_iter().map(|a| (a.text, a.party, markdown[a.range].to_string())).collect()
}

fn texts(names: &[&str], never: &[&str], markdown: &str) -> Vec<String> {
    linked(names, never, markdown).into_iter().map(|(t, _, _)| t).collect()
}

#[test]
fn whole_words_only() {
    assert!(is_whole_word("the Armenia side", 4, 11));
    assert!(!is_whole_word("Armenian forces", 0, 7));
    assert!(is_whole_word("(Armenia)", 1, 8));
}

#[test]
fn recognises_anchor_html() {
    assert!(opens_anchor("<a href=\"x\">"));
    assert!(!opens_anchor("<abbr>"));
}

#[test]
fn a_name_inside_a_longer_capitalised_phrase_is_not_linked() {
    let names = ["Western", "North", "Central", "Washington", "Hanover", "Paul"];
    let none: Vec<String> = Vec::new();
    for sentence in [
        "The Ebola outbreak in Western Africa killed more than 11,000 people.",
        "Trade between North America and Europe fell by a third.",
        "Refugees crossed into Central Europe through Hungary.",
        "The talks were held in Washington D.C. in March.",
        "The ship reached New Hanover after a week at sea.",
        "The embassy moved from Western\nAfrica to the coast.",
        "He farmed near St. Paul, Minnesota, for ten years.",
    ] {
        assert_eq!(texts(&names, &[], sentence), none, "{sentence}");
    }
    assert_eq!(texts(&["Washington"], &[], "Washington crossed the Delaware on Christmas night."), ["Washington"]);
    assert_eq!(texts(&["Washington"], &[], "Troops loyal to Washington, D.C. officials said."), ["Washington"]);
}

#[test]
fn a_title_or_a_sentence_opener_before_a_name_keeps_it_alone() {
    assert_eq!(texts(&["Aliyev"], &[], "The decree was signed by President Aliyev on 27 September."), ["Aliyev"]);
    assert_eq!(texts(&["Pashinyan"], &[], "Prime Minister Pashinyan declared martial law."), ["Pashinyan"]);
    assert_eq!(texts(&["Georgia"], &[], "In Georgia, the 2008 war lasted five days."), ["Georgia"]);
    assert_eq!(texts(&["Georgia"], &[], "Tbilisi said. When Georgia joined, talks began."), ["Georgia"]);
    assert!(texts(&["Georgia"], &[], "He grew up in South Georgia and studied law.").is_empty());
}

#[test]
fn names_match_in_the_case_they_are_written_in() {
    assert!(texts(&["Georgia"], &[], "the georgia peach harvest").is_empty());
    assert_eq!(texts(&["the RSF"], &[], "Fighters of the RSF entered the city."), ["the RSF"]);
}

#[test]
fn a_never_phrase_links_nothing_inside_it() {
    let never = ["city of Washington", "Washington Post"];
    assert!(texts(&["Washington"], &never, "He returned to the city of Washington in 1790.").is_empty());
    assert!(texts(&["Washington"], &never, "He returned to the city of\nWashington in 1790.").is_empty());
    assert_eq!(texts(&["North Korea"], &[], "Talks with North\nKorea stalled."), ["North\nKorea"]);
    assert_eq!(
        texts(&["Washington", "Hanover"], &never, "The city of Washington grew; Washington himself stayed in Hanover."),
        ["Washington", "Hanover"],
        "a phrase blocks only the mention inside it"
    );
}

#[test]
fn each_party_is_linked_once_and_the_ranges_point_at_the_source() {
    let found = linked(
        &["Armenia", "Azerbaijan"],
        &[],
        "Armenia and *Azerbaijan* fought.\nArmenia said &amp; Azerbaijan denied.",
    );
    assert_eq!(
        found,
        [("Armenia".to_string(), 0, "Armenia".to_string()), ("Azerbaijan".to_string(), 1, "Azerbaijan".to_string())]
    );
}

#[test]
fn single_common_words_are_not_wanted_unless_the_brief_opts_in() {
    for common in ["Western", "North", "Central", "Union", "Front"] {
        assert!(is_common_word(common), "{common}");
        assert!(!wanted(common, false), "{common}");
        assert!(wanted(common, true), "{common} with autolink: always");
    }
    for proper in ["Georgia", "Washington", "Hanover", "Armenia", "Nagorno-Karabakh"] {
        assert!(wanted(proper, false), "{proper}");
    }
    assert!(!wanted("junta", true), "a lower-case single word would match ordinary text");
    assert!(wanted("North Korea", false), "a phrase is not a single word");
    assert!(!wanted("X", true));
}

#[test]
fn many_automata_find_what_one_would() {
    // More names than one automaton holds: leftmost first, longest at one place, across all.
    let mut names: Vec<String> = (0..NAMES_PER_AUTOMATON + 10).map(|i| format!("Alias {i}")).collect();
    names.push("Alias 7 Extra".to_string());
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let linker = Autolinker::new(refs.iter().enumerate().map(|(i, n)| (n.to_string(), i % 4)).collect(), &[]).unwrap();
    assert!(linker.matchers.len() > 1);
    let mut found = Vec::new();
    let text = "Alias 7 Extra met Alias 5004 and Alias 12.";
    linker.each_match(text, |s, e, _| found.push(&text[s..e]));
    assert_eq!(found, ["Alias 7 Extra", "Alias 5004", "Alias 12"]);
}
