//! Strings for the scripts: the browser counts search results and filtered events itself, so
//! it is given each plural form of a string, with holes where its numbers go, and picks the
//! form with `Intl.PluralRules`, which follows the same CLDR rules as Fluent.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

use super::{StringError, Strings};

/// How far to look for a number of each plural category: every category of every CLDR
/// language has a whole number below this one.
const SEARCH: u64 = 1_000;

impl Strings {
    /// Each plural form of the string `key` as its language counts `on`: a map from the
    /// category's CLDR name ("one", "few", "other"...) to the string with `{on}` where the
    /// count goes. Every other argument is put in as `{name}`, to be filled in by the script.
    pub fn plural_forms(
        &self,
        key: &str,
        on: &str,
        others: &[&str],
    ) -> Result<BTreeMap<&'static str, String>, StringError> {
        // The rules of the tag as written (`pt-PT`), else of its language (`en` for `en-GB`,
        // which CLDR's plural rules do not list apart), else English's.
        let language = self.bundle.locales[0].clone();
        let mut base = language.clone();
        base.region = None;
        base.script = None;
        base.clear_variants();
        let mut english = base.clone();
        english.language = "en".parse().expect("`en` is a well-formed language subtag");
        let rules = PluralRules::create(language, PluralRuleType::CARDINAL)
            .or_else(|_| PluralRules::create(base, PluralRuleType::CARDINAL))
            .or_else(|_| PluralRules::create(english, PluralRuleType::CARDINAL))
            .map_err(|problem| StringError::Format {
                key: key.to_string(),
                origin: self.origin.clone(),
                problems: problem.to_string(),
            })?;
        let mut forms = BTreeMap::new();
        for n in 0..SEARCH {
            let category = category_name(rules.select(n).map_err(|problem| StringError::Format {
                key: key.to_string(),
                origin: self.origin.clone(),
                problems: problem.to_string(),
            })?);
            if forms.contains_key(category) {
                continue;
            }
            let mut args = FluentArgs::new();
            for name in others {
                args.set(*name, FluentValue::from(format!("{{{name}}}")));
            }
            args.set(on, n);
            let made = self.format(key, &args)?;
            forms.insert(category, made.replace(&n.to_string(), &format!("{{{on}}}")));
        }
        Ok(forms)
    }
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_has_a_singular_and_a_plural_with_a_hole_for_each_number() {
        let strings = Strings::parse(
            "test.ftl",
            "shown = { $shown } of { $total } { $total ->\n [one] event\n *[other] events\n} shown.\n",
        )
        .unwrap();
        let forms = strings.plural_forms("shown", "total", &["shown"]).unwrap();
        assert_eq!(forms.len(), 2, "{forms:?}");
        assert_eq!(forms["one"], "{shown} of {total} event shown.");
        assert_eq!(forms["other"], "{shown} of {total} events shown.");
    }

    #[test]
    fn a_missing_string_is_an_error() {
        let strings = Strings::parse("test.ftl", "a = b\n").unwrap();
        assert!(strings.plural_forms("nope", "count", &[]).is_err());
    }
}
