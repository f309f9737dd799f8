use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast::Entry;

use super::*;
use crate::render::theme::Theme;

fn strings() -> Strings {
    Strings::embedded().expect("the built-in catalogue parses")
}

fn count(n: u64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("count", n);
    args
}

/// The keys the embedded templates use: `text.key` (plain) and `t(key="key"` (with arguments).
fn template_keys() -> (BTreeSet<String>, BTreeSet<String>) {
    let (mut plain, mut with_args) = (BTreeSet::new(), BTreeSet::new());
    for (_, text) in Theme::embedded().templates {
        for (at, _) in text.match_indices("text.") {
            let word = text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '_' && c != '.');
            let key: String = text[at + 5..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if word && !key.is_empty() {
                plain.insert(key);
            }
        }
        for call in ["t(key=\"", "plural_forms(key=\""] {
            for (at, _) in text.match_indices(call) {
                let key: String = text[at + call.len()..].chars().take_while(|c| *c != '"').collect();
                with_args.insert(key);
            }
        }
    }
    (plain, with_args)
}

/// A key, and the file and line that asks for it.
type KeyUse = (String, String);

/// The keys the page builders ask the context for, as `.text("key")` and `.t("key", ...)`
/// in `src/`: plain and with arguments, with the file and line of each use.
fn code_keys() -> (Vec<KeyUse>, Vec<KeyUse>) {
    let (mut plain, mut with_args) = (Vec::new(), Vec::new());
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in walkdir::WalkDir::new(&src).sort_by_file_name().into_iter().map(|e| e.expect("src is readable")) {
        if entry.path().extension().is_none_or(|x| x != "rs") || entry.path().ends_with("strings/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("a source file is UTF-8");
        for (n, line) in text.lines().enumerate() {
            let at = format!("{}:{}", entry.path().display(), n + 1);
            for (call, found) in [(".text(\"", &mut plain), (".t(\"", &mut with_args)] {
                for (i, _) in line.match_indices(call) {
                    let key: String = line[i + call.len()..].chars().take_while(|c| *c != '"').collect();
                    found.push((key, at.clone()));
                }
            }
        }
    }
    (plain, with_args)
}

#[test]
fn every_key_the_code_uses_is_in_the_catalogue() {
    let strings = strings();
    let (plain, with_args) = code_keys();
    for (key, at) in &plain {
        assert!(strings.plain().contains_key(key), "{at} asks for `{key}`, which is no plain string of en.ftl");
    }
    for (key, at) in &with_args {
        assert!(strings.bundle.has_message(key), "{at} asks for `{key}`, which is not in en.ftl");
    }
}

#[test]
fn every_key_the_templates_use_is_in_the_catalogue() {
    let strings = strings();
    let (plain, with_args) = template_keys();
    assert!(plain.len() > 40 && with_args.len() > 10, "the scan found too few keys: {plain:?} {with_args:?}");
    for key in &plain {
        assert!(strings.plain().contains_key(key), "templates read `text.{key}`, a string without arguments");
    }
    for key in &with_args {
        assert!(strings.bundle.has_message(key), "templates call `t(key=\"{key}\")`, which is not in en.ftl");
    }
}

/// Every key the vocabularies give (labels, roles' phrases, stances' plural verbs), which the
/// code asks for through `cx.label(kind)` and the like, not by a literal key.
fn vocabulary_keys() -> Vec<&'static str> {
    let (labels, others) = crate::model::catalogue_keys();
    labels.into_iter().flatten().chain(others).collect()
}

#[test]
fn every_word_of_every_vocabulary_is_in_the_catalogue() {
    let strings = strings();
    for key in vocabulary_keys() {
        assert!(strings.plain().contains_key(key), "`{key}` of a vocabulary is no plain string of en.ftl");
    }
}

/// `catalogue_keys` lists the labelled vocabularies by hand: one declared with a key prefix
/// (`PartyKind ("party kind", "party_kind") {`) but left out of the list would go untested.
#[test]
fn every_labelled_vocabulary_is_listed() {
    let model = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let mut declared = 0;
    for entry in walkdir::WalkDir::new(&model).into_iter().map(|e| e.expect("src/model is readable")) {
        if entry.path().extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("a source file is UTF-8");
        declared += text.lines().filter(|line| line.contains("\", \"") && line.trim_end().ends_with("\") {")).count();
    }
    let (labels, _) = crate::model::catalogue_keys();
    assert_eq!(declared, labels.len(), "add the new labelled vocabulary to `model::vocabulary::catalogue_keys`");
}

#[test]
fn every_string_of_the_catalogue_is_used() {
    let (mut plain, mut with_args) = template_keys();
    let (code_plain, code_with_args) = code_keys();
    plain.extend(code_plain.into_iter().map(|(key, _)| key));
    plain.extend(vocabulary_keys().into_iter().map(String::from));
    with_args.extend(code_with_args.into_iter().map(|(key, _)| key));
    let resource = FluentResource::try_new(EMBEDDED.to_string()).expect("the built-in catalogue parses");
    for entry in resource.entries() {
        if let Entry::Message(message) = entry {
            let key = message.id.name;
            assert!(
                plain.contains(key) || with_args.contains(key),
                "`{key}` of en.ftl is used by no template nor code"
            );
        }
    }
}

#[test]
fn the_catalogue_words_dates_as_the_english_default_does() {
    assert_eq!(format!("{:?}", strings().date_words()), format!("{:?}", crate::model::DateWords::default()));
}

#[test]
fn dates_are_worded_in_the_catalogue_s_words() {
    let date = |text: &str| crate::model::Date::parse(text).expect("a valid date");
    let source = EMBEDDED
        .replace("month_9 = September", "month_9 = septembre")
        .replace("month_10 = October", "month_10 = octobre")
        .replace("date_approximate = c. { $date }", "date_approximate = vers { $date }")
        .replace("date_since = since { $date }", "date_since = depuis le { $date }")
        .replace(
            "date_day_range = { $first }–{ $last } { $month } { $year }",
            "date_day_range = du { $first } au { $last } { $month } { $year }",
        );
    let words = Strings::parse("fr.ftl", &source).expect("the changed catalogue parses").date_words().clone();
    assert_eq!(words.date(&date("2020-10-02")), "2 octobre 2020");
    assert_eq!(words.date(&date("1994~")), "vers 1994");
    assert_eq!(words.date(&date("2020-09-27/..")), "depuis le 27 septembre 2020");
    assert_eq!(words.date(&date("2020-09-27/2020-09-30")), "du 27 au 30 septembre 2020");
}

#[test]
fn plurals_select_one_and_other() {
    let strings = strings();
    assert_eq!(strings.format("event_count", &count(1)).unwrap(), "1 event");
    assert_eq!(strings.format("event_count", &count(0)).unwrap(), "0 events");
    assert_eq!(strings.format("event_count", &count(2)).unwrap(), "2 events");
    assert_eq!(strings.format("parties_dek", &count(1)).unwrap(), "1 party in this explainer, grouped by kind.");
    assert_eq!(strings.format("parties_dek", &count(21)).unwrap(), "21 parties in this explainer, grouped by kind.");
}

#[test]
fn arguments_are_put_in_without_isolation_marks() {
    let mut args = FluentArgs::new();
    args.set("name", "the Ministry of Health");
    let text = strings().format("pager_within", &args).unwrap();
    assert_eq!(text, "Within the Ministry of Health");
    assert!(!text.contains(['\u{2068}', '\u{2069}']));
}

#[test]
fn text_selects_a_variant_by_its_word() {
    let strings = strings();
    let mut args = count(45);
    args.set("what", "claims");
    assert_eq!(strings.format("more_all", &args).unwrap(), "All 45 claims ›");
    args.set("what", "figures");
    assert_eq!(strings.format("more_all", &args).unwrap(), "All 45 figures ›");
}

#[test]
fn the_home_page_counts_one_event_and_one_party_in_the_singular() {
    let strings = strings();
    let one = |key: &str| strings.format(key, &count(1)).unwrap();
    assert_eq!(one("home_all_events"), "The full timeline: one event");
    assert_eq!(one("home_all_parties"), "Who’s who: one party");
    assert_eq!(strings.format("home_all_events", &count(12)).unwrap(), "The full timeline: all 12 events");
}

#[test]
fn a_missing_key_or_argument_is_an_error_naming_it() {
    let strings = strings();
    let missing = strings.format("no_such_string", &FluentArgs::new()).unwrap_err().to_string();
    assert_eq!(missing, "there is no string `no_such_string` in built-in theme: strings/en.ftl");
    let argument = strings.format("event_count", &FluentArgs::new()).unwrap_err().to_string();
    assert!(argument.contains("`event_count`") && argument.contains("$count"), "{argument}");
}

#[test]
fn a_malformed_catalogue_is_a_diagnostic_at_its_line() {
    let errors =
        Strings::parse("themes/x/strings/en.ftl", "home = Home\nbroken = { $count\nnext = Next\n").err().unwrap();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let span = errors[0].span.as_deref().unwrap();
    assert_eq!((span.file.as_str(), span.line), ("themes/x/strings/en.ftl", 2), "{:?}", errors[0]);
    assert!(errors[0].message.starts_with("the string catalogue cannot be read: "), "{}", errors[0].message);
    assert_eq!(errors[0].notes[0].span.as_ref().unwrap().line, 3, "where the parser stopped");
}

#[test]
fn a_key_given_twice_is_reported_where_it_is_repeated() {
    let errors = Strings::parse("en.ftl", "home = Home\nnext = Next\nhome = Start\n").err().unwrap();
    assert_eq!(errors[0].message, "the string `home` is given twice");
    assert_eq!(errors[0].span.as_deref().unwrap().line, 3);
}

#[test]
fn a_plain_string_naming_a_missing_one_is_reported() {
    let errors = Strings::parse("en.ftl", "home = Home\nback = Back to { gone }\n").err().unwrap();
    assert_eq!(errors[0].message, "the string `back` cannot be made: Resolver error: Unknown message: gone");
    assert_eq!(errors[0].span.as_deref().unwrap().line, 2);
}

#[test]
fn strings_with_arguments_are_left_out_of_the_plain_map() {
    let strings = Strings::parse("en.ftl", "home = Home\nall = All { $count }\n").unwrap();
    assert_eq!(strings.plain().keys().collect::<Vec<_>>(), ["home"]);
}

/// Every built-in catalogue parses, and has exactly the keys of English: none missing (a
/// reader would meet English words), none that English lacks (a key renamed in one file).
#[test]
fn every_built_in_catalogue_has_the_keys_of_english() {
    let english = super::message_keys(EMBEDDED);
    for (code, text) in super::BUILT_IN {
        let (strings, lacking) = Strings::for_language(code, None).unwrap_or_else(|e| panic!("{code}: {e:#?}"));
        assert!(lacking.is_empty(), "{code}: {lacking:#?}");
        let keys = super::message_keys(text);
        let extra: Vec<&String> = keys.iter().filter(|k| !english.contains(k)).collect();
        assert!(extra.is_empty(), "strings/{code}.ftl has keys en.ftl does not: {extra:?}");
        // Every plural a page can ask for is made without an error in every language (Arabic
        // words some counts without their digits: "لا أحداث", none).
        for n in [0, 1, 2, 3, 5, 11, 21, 100, 101] {
            let made = strings.format("event_count", &fluent_bundle::FluentArgs::from_iter([("count", n)]));
            assert!(made.as_ref().is_ok_and(|t| !t.trim().is_empty()), "{code} {n}: {made:?}");
        }
    }
}

#[test]
fn a_site_catalogue_overrides_some_strings_and_the_rest_fall_back() {
    let (strings, lacking) = Strings::for_language("de", Some(("strings/de.ftl", "home = Startseite\n"))).unwrap();
    assert_eq!(strings.text("home"), "Startseite");
    assert_eq!(strings.text("timeline"), "Timeline", "a string the site lacks is English");
    assert_eq!(lacking.len(), 1);
    assert_eq!(lacking[0].code, "missing-string");
    let (french, _) = Strings::for_language("fr", Some(("strings/fr.ftl", "home = Début\n"))).unwrap();
    assert_eq!(french.text("home"), "Début");
    assert_eq!(french.text("timeline"), Strings::for_language("fr", None).unwrap().0.text("timeline"));
    let broken = Strings::for_language("fr", Some(("strings/fr.ftl", "home = {\n"))).unwrap_err();
    assert_eq!(broken[0].span.as_ref().map(|s| s.file.as_str()), Some("strings/fr.ftl"));
}
