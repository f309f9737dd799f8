//! The catalogue's words for dates, read into a [`DateWords`] the first time a render asks,
//! and kept with the strings: the model words dates with them and never sees Fluent.
//!
//! A pattern is read by giving Fluent each argument as its own name in braces (`{date}`),
//! which [`Pattern`] then takes apart. So a date string's arguments are text to it: a
//! selector on `$day` or `$year` would always pick its default variant.

use fluent_bundle::FluentValue;

use super::Strings;
use crate::model::{DateWords, Pattern};

/// The arguments the `date_*` strings may use.
const ARGUMENTS: [&str; 8] = ["date", "day", "month", "year", "start", "end", "first", "last"];

impl Strings {
    /// The words dates are told in, read from the catalogue once.
    pub fn date_words(&self) -> &DateWords {
        self.date_words.get_or_init(|| self.read_date_words())
    }

    fn read_date_words(&self) -> DateWords {
        let pattern = |text: String| Pattern::new(&text);
        let markers = || ARGUMENTS.map(|name| (name, FluentValue::from(format!("{{{name}}}"))));
        // English is written with the catalogue's own words at its usual length (they are the
        // writer's messages' too); every other language, or another length, through ICU4X.
        let english = self.lang.split('-').next() == Some("en");
        let days = if english && self.date_style == crate::config::DateStyle::Long {
            None
        } else {
            let tag = if self.lang == "en" { "en-GB" } else { &self.lang };
            super::calendar::Calendar::new(tag, self.date_style)
                .map(|c| std::sync::Arc::new(c) as std::sync::Arc<dyn crate::model::DayFormat>)
        };
        DateWords {
            days,
            months: [
                self.text("month_1"),
                self.text("month_2"),
                self.text("month_3"),
                self.text("month_4"),
                self.text("month_5"),
                self.text("month_6"),
                self.text("month_7"),
                self.text("month_8"),
                self.text("month_9"),
                self.text("month_10"),
                self.text("month_11"),
                self.text("month_12"),
            ]
            .map(String::from),
            approximate: pattern(self.t("date_approximate", markers())),
            uncertain: pattern(self.t("date_uncertain", markers())),
            since: pattern(self.t("date_since", markers())),
            until: pattern(self.t("date_until", markers())),
            day_month_year: pattern(self.t("date_day_month_year", markers())),
            day_month: pattern(self.t("date_day_month", markers())),
            month_year: pattern(self.t("date_month_year", markers())),
            range: pattern(self.t("date_range", markers())),
            day_range: pattern(self.t("date_day_range", markers())),
            year_range: pattern(self.t("date_year_range", markers())),
        }
    }
}
