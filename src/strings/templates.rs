//! How templates get their strings: the plain ones as the map `text` in tera's global
//! context (`{{ text.whos_who }}`, resolved once per build, read for nothing per page), and
//! those with arguments through the function `t` (`{{ t(key="event_count", count=n) }}`), and
//! those the scripts finish as JSON through `plural_forms` (`{{ plural_forms(key="search_found",
//! on="count") }}`: each plural form, with holes for the numbers; see `plurals.rs`).

use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Kwargs, State, Tera, TeraResult, Value};

use super::Strings;

impl Strings {
    /// Gives `tera` the map `text` and the function `t`. A component sees `text` only when it
    /// asks for it, as `@text` in its arguments: tera gives components no global context.
    pub fn install(self: &Arc<Self>, tera: &mut Tera) {
        tera.global_context().insert("text", self.plain());
        let strings = Arc::clone(self);
        tera.register_function("t", move |kwargs: Kwargs, _: &State| -> TeraResult<String> {
            let key = kwargs.must_get::<&str>("key")?;
            let args = fluent_args(&kwargs)?;
            strings.format(key, &args).map_err(|e| tera::Error::message(e.to_string()))
        });
        let strings = Arc::clone(self);
        tera.register_function("plural_forms", move |kwargs: Kwargs, _: &State| -> TeraResult<String> {
            let key = kwargs.must_get::<&str>("key")?;
            let on = kwargs.must_get::<&str>("on")?;
            let holes = kwargs.get::<&str>("holes")?.unwrap_or_default();
            let holes: Vec<&str> = holes.split(',').map(str::trim).filter(|h| !h.is_empty()).collect();
            let forms = strings.plural_forms(key, on, &holes).map_err(|e| tera::Error::message(e.to_string()))?;
            serde_json::to_string(&forms).map_err(|e| tera::Error::message(e.to_string()))
        });
    }
}

/// The arguments of a `t` call but its key: text as text, whole numbers as numbers (so that
/// plurals select on them; Fluent prints them as tera does, digits only).
fn fluent_args(kwargs: &Kwargs) -> TeraResult<FluentArgs<'_>> {
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str().filter(|n| *n != "key") else {
            continue;
        };
        args.set(name, fluent_value(name, value)?);
    }
    Ok(args)
}

fn fluent_value<'v>(name: &str, value: &'v Value) -> TeraResult<FluentValue<'v>> {
    if let Some(text) = value.as_str() {
        Ok(FluentValue::from(text))
    } else if let Some(n) = value.as_u64() {
        Ok(FluentValue::from(n))
    } else if let Some(n) = value.as_i64() {
        Ok(FluentValue::from(n))
    } else {
        Err(tera::Error::message(format!(
            "`t` was given `{name}` = {value} ({}); its arguments are text or whole numbers",
            value.name()
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tera_with(source: &str) -> Tera {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html"]);
        let strings = Arc::new(
            Strings::parse("test.ftl", "hello = Hello & welcome\nparties = { $count } { $count ->\n [one] party\n *[other] parties\n}\nnamed = Within { $name }\n")
                .expect("the test catalogue parses"),
        );
        strings.install(&mut tera);
        tera.add_raw_template("page.html", source).expect("the test template parses");
        tera
    }

    fn render(source: &str) -> Result<String, String> {
        tera_with(source).render("page.html", &tera::Context::new()).map_err(|e| format!("{e:?}"))
    }

    #[test]
    fn plain_strings_are_a_map_and_escaped_like_any_value() {
        assert_eq!(render("{{ text.hello }}").unwrap(), "Hello &amp; welcome");
    }

    #[test]
    fn arguments_select_plurals_and_are_escaped() {
        assert_eq!(
            render(r#"{{ t(key="parties", count=1) }}, {{ t(key="parties", count=0) }}"#).unwrap(),
            "1 party, 0 parties"
        );
        assert_eq!(render(r#"{{ t(key="named", name="<b>") }}"#).unwrap(), "Within &lt;b&gt;");
    }

    #[test]
    fn numbers_print_as_tera_prints_them() {
        for n in [0u64, 7, 999, 1000, 12_345, 1_234_567, 4_294_967_296, 9_007_199_254_740_992] {
            let source = format!(r#"{{{{ t(key="parties", count={n}) }}}}|{{{{ {n} }}}} parties"#);
            let out = render(&source).unwrap();
            let (fluent, tera) = out.split_once('|').unwrap();
            assert_eq!(fluent, tera, "{n}");
        }
    }

    #[test]
    fn a_missing_key_or_argument_is_an_error_naming_it() {
        let missing = render(r#"{{ t(key="nope") }}"#).unwrap_err();
        assert!(missing.contains("there is no string `nope` in test.ftl"), "{missing}");
        let argument = render(r#"{{ t(key="named") }}"#).unwrap_err();
        assert!(argument.contains("`named`") && argument.contains("$name"), "{argument}");
        let field = render("{{ text.nope }}").unwrap_err();
        assert!(field.contains("nope"), "{field}");
    }

    #[test]
    fn plural_forms_are_json_in_an_attribute() {
        assert_eq!(
            render(r#"<p data-n="{{ plural_forms(key='parties', on='count') }}">"#).unwrap(),
            r#"<p data-n="{&quot;one&quot;:&quot;{count} party&quot;,&quot;other&quot;:&quot;{count} parties&quot;}">"#
        );
    }

    #[test]
    fn arguments_other_than_text_and_whole_numbers_are_refused() {
        let error = render(r#"{{ t(key="named", name=1.5) }}"#).unwrap_err();
        assert!(error.contains("text or whole numbers"), "{error}");
    }
}
