//! Dates of the day, and months, as each language writes them, through ICU4X (`icu_datetime`,
//! with the CLDR data compiled in): "2 octobre 2020", "2 октября 2020\u{202f}г.", "октябрь 2020\u{202f}г.",
//! "2020 թ․ հոկտեմբերի 2". The grammar a catalogue pattern cannot give (the Russian
//! genitive after a day, the Armenian year first) comes from CLDR. English keeps the
//! catalogue's words ("2 October 2020"), which are the writer's messages' too.

use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{self, YMD};
use icu_datetime::input::Date as IcuDate;
use icu_locale_core::Locale;

use crate::config::DateStyle;
use crate::model::DayFormat;

/// The formatters of one language and length.
pub struct Calendar {
    locale: String,
    ymd: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    ym: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YM>,
    md: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::MD>,
    m: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::M>,
}

impl std::fmt::Debug for Calendar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Calendar").field("locale", &self.locale).finish_non_exhaustive()
    }
}

impl Calendar {
    /// The formatters for the language `tag` at `style`'s length; `None` for a tag ICU4X
    /// cannot read (the catalogue's patterns are used then).
    pub fn new(tag: &str, style: DateStyle) -> Option<Calendar> {
        let locale: Locale = tag.parse().ok()?;
        let prefs = || (&locale).into();
        macro_rules! length {
            ($set:ty) => {
                match style {
                    DateStyle::Long => <$set>::long(),
                    DateStyle::Medium => <$set>::medium(),
                    DateStyle::Short => <$set>::short(),
                }
            };
        }
        let calendar = Calendar {
            locale: tag.to_string(),
            ymd: FixedCalendarDateTimeFormatter::try_new(prefs(), length!(YMD)).ok()?,
            ym: FixedCalendarDateTimeFormatter::try_new(prefs(), length!(fieldsets::YM)).ok()?,
            md: FixedCalendarDateTimeFormatter::try_new(prefs(), length!(fieldsets::MD)).ok()?,
            m: FixedCalendarDateTimeFormatter::try_new(prefs(), length!(fieldsets::M)).ok()?,
        };
        calendar.works().then_some(calendar)
    }

    /// Whether every formatter writes a date. ICU4X 2.4 builds formatters for some locales
    /// (Portuguese) that then lack their digits' data: a release build writes the date all
    /// the same, a debug build stops on an assertion. Such a locale is left to the catalogue's
    /// patterns in a debug build, so tests and development never stop on it.
    fn works(&self) -> bool {
        if !cfg!(debug_assertions) {
            return true;
        }
        let probe = std::panic::AssertUnwindSafe(|| {
            let d = day(2020, 10, 2);
            [self.ymd.format(&d).to_string(), self.ym.format(&d).to_string(), self.md.format(&d).to_string()]
        });
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let written = std::panic::catch_unwind(probe).is_ok();
        std::panic::set_hook(hook);
        written
    }
}

/// A day of the Gregorian calendar, clamped into ICU4X's range: dates here are already
/// checked, so only an extreme year could fail.
fn day(year: i32, month: u8, day: u8) -> IcuDate<Gregorian> {
    IcuDate::try_new_gregorian(year, month, day)
        .or_else(|_| IcuDate::try_new_gregorian(year.clamp(-9999, 9999), month.clamp(1, 12), 1))
        .unwrap_or_else(|_| IcuDate::try_new_gregorian(2000, 1, 1).expect("1 January 2000 is a day"))
}

impl DayFormat for Calendar {
    fn day_month_year(&self, year: i32, month: u8, d: u8) -> String {
        self.ymd.format(&day(year, month, d)).to_string()
    }
    fn month_year(&self, year: i32, month: u8) -> String {
        self.ym.format(&day(year, month, 1)).to_string()
    }
    fn day_month(&self, month: u8, d: u8) -> String {
        // A leap year, so that 29 February is a day.
        self.md.format(&day(2000, month, d)).to_string()
    }
    fn month(&self, month: u8) -> String {
        self.m.format(&day(2000, month, 1)).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_the_day_its_own_way() {
        let long = |tag: &str| Calendar::new(tag, DateStyle::Long).expect("the locale is known");
        assert_eq!(long("fr").day_month_year(2020, 10, 2), "2 octobre 2020");
        assert_eq!(long("ru").day_month_year(2020, 10, 2), "2 октября 2020\u{202f}г.");
        assert_eq!(long("ru").month_year(2020, 10), "октябрь 2020\u{202f}г.");
        assert_eq!(long("fr").month_year(2020, 10), "octobre 2020");
        assert_eq!(long("az").day_month_year(2020, 10, 2), "2 oktyabr 2020");
        assert!(long("hy").day_month_year(2020, 10, 2).starts_with("2020"));
        assert_eq!(long("ru").day_month(9, 27), "27 сентября");
        assert_eq!(Calendar::new("fr", DateStyle::Short).unwrap().day_month_year(2020, 10, 2), "02/10/2020");
    }
}
