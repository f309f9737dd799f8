//! A date as a reader sees it, worded by its precision: "2 October 2020", "c. 1994",
//! "27 September – 10 November 2020", "since 27 September 2020".

use std::fmt;

use super::day::MONTHS;
use super::{Date, Point, Precision};

impl Point {
    /// "2 October 2020", "October 2020", "c. 1994", "1991 (uncertain)".
    fn human(&self) -> String {
        let bare = self.human_unqualified(true);
        self.qualify(bare)
    }

    fn qualify(&self, bare: String) -> String {
        let mut out = if self.approximate { format!("c. {bare}") } else { bare };
        if self.uncertain {
            out.push_str(" (uncertain)");
        }
        out
    }

    fn human_unqualified(&self, with_year: bool) -> String {
        let year = if with_year { format!(" {}", self.year) } else { String::new() };
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {}{year}", MONTHS[usize::from(m) - 1]),
            (Some(m), None) => format!("{}{year}", MONTHS[usize::from(m) - 1]),
            _ => self.year.to_string(),
        }
    }
}

impl Date {
    /// The date as a reader sees it: "2 October 2020", "c. 1994",
    /// "27 September – 10 November 2020", "since 27 September 2020".
    pub(crate) fn human(&self) -> String {
        match self {
            Date::Point(p) => p.human(),
            Date::Interval { start: Some(s), end: None } => format!("since {}", s.human()),
            Date::Interval { start: None, end: Some(e) } => format!("until {}", e.human()),
            Date::Interval { start: Some(s), end: Some(e) } => human_range(s, e),
            Date::Interval { start: None, end: None } => String::new(),
        }
    }
    /// Where the date begins, as a reader sees it: "1 January 2007" for "2007-01-01/2009-12-31"
    /// (empty for an open start).
    pub(crate) fn human_start(&self) -> String {
        match self {
            Date::Point(p) | Date::Interval { start: Some(p), .. } => p.human(),
            Date::Interval { start: None, .. } => String::new(),
        }
    }

    /// Where the date ends, as a reader sees it (empty for an open end).
    pub(crate) fn human_end(&self) -> String {
        match self {
            Date::Point(p) | Date::Interval { end: Some(p), .. } => p.human(),
            Date::Interval { end: None, .. } => String::new(),
        }
    }
}

/// Shares the year (and month) between the ends when both are plain and of the same precision.
fn human_range(s: &Point, e: &Point) -> String {
    if s == e {
        return s.human();
    }
    let plain = !s.is_qualified() && !e.is_qualified();
    let same_precision = s.precision() == e.precision();
    if plain && same_precision && s.year == e.year {
        match s.precision() {
            Precision::Day if s.month == e.month => {
                let d1 = s.day.unwrap_or(1);
                return format!("{d1}–{}", e.human_unqualified(true));
            }
            Precision::Day | Precision::Month => {
                return format!("{} – {}", s.human_unqualified(false), e.human_unqualified(true));
            }
            Precision::Year => {}
        }
    }
    if plain && same_precision && s.precision() == Precision::Year {
        return format!("{}–{}", s.year, e.year);
    }
    format!("{} – {}", s.human(), e.human())
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.human())
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::d;

    #[test]
    fn renders_by_precision() {
        assert_eq!(d("2020-10-02").human(), "2 October 2020");
        assert_eq!(d("2020-10").human(), "October 2020");
        assert_eq!(d("2020").human(), "2020");
        assert_eq!(d("1994~").human(), "c. 1994");
        assert_eq!(d("1991?").human(), "1991 (uncertain)");
        assert_eq!(d("1991%").human(), "c. 1991 (uncertain)");
    }

    #[test]
    fn renders_intervals_compactly() {
        assert_eq!(d("2020-09-27/2020-11-10").human(), "27 September – 10 November 2020");
        assert_eq!(d("2020-09-27/2020-09-30").human(), "27–30 September 2020");
        assert_eq!(d("2020-09/2020-11").human(), "September – November 2020");
        assert_eq!(d("1991/1994").human(), "1991–1994");
        assert_eq!(d("2020-09-27/2021-01-10").human(), "27 September 2020 – 10 January 2021");
        assert_eq!(d("1991~/1994").human(), "c. 1991 – 1994");
        assert_eq!(d("2020-09-27/..").human(), "since 27 September 2020");
        assert_eq!(d("../1994").human(), "until 1994");
    }
}
