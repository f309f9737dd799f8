//! A date as a reader sees it, worded by its precision: "2 October 2020", "c. 1994",
//! "27 September – 10 November 2020", "since 27 September 2020", in the words of a
//! [`DateWords`] (a page's come from the string catalogue, through its render context).

use super::words::DateWords;
use super::{Date, Point, Precision};

impl DateWords {
    /// The date as a reader sees it: "2 October 2020", "c. 1994",
    /// "27 September – 10 November 2020", "since 27 September 2020".
    pub fn date(&self, date: &Date) -> String {
        match date {
            Date::Point(p) => self.point(p),
            Date::Interval { start: Some(s), end: None } => self.since.fill(&[("date", &self.point(s))]),
            Date::Interval { start: None, end: Some(e) } => self.until.fill(&[("date", &self.point(e))]),
            Date::Interval { start: Some(s), end: Some(e) } => self.range(s, e),
            Date::Interval { start: None, end: None } => String::new(),
        }
    }

    /// Where the date begins, as a reader sees it: "1 January 2007" for "2007-01-01/2009-12-31"
    /// (empty for an open start).
    pub fn start(&self, date: &Date) -> String {
        match date {
            Date::Point(p) | Date::Interval { start: Some(p), .. } => self.point(p),
            Date::Interval { start: None, .. } => String::new(),
        }
    }

    /// Where the date ends, as a reader sees it (empty for an open end).
    pub fn end(&self, date: &Date) -> String {
        match date {
            Date::Point(p) | Date::Interval { end: Some(p), .. } => self.point(p),
            Date::Interval { end: None, .. } => String::new(),
        }
    }

    /// "2 October 2020", "October 2020", "c. 1994", "1991 (uncertain)".
    fn point(&self, p: &Point) -> String {
        let bare = self.unqualified(p, true);
        let out = if p.approximate { self.approximate.fill(&[("date", &bare)]) } else { bare };
        if p.uncertain { self.uncertain.fill(&[("date", &out)]) } else { out }
    }

    fn unqualified(&self, p: &Point, with_year: bool) -> String {
        if let Some(days) = &self.days {
            return match (p.month, p.day, with_year) {
                (Some(m), Some(d), true) => days.day_month_year(p.year, m, d),
                (Some(m), Some(d), false) => days.day_month(m, d),
                (Some(m), None, true) => days.month_year(p.year, m),
                (Some(m), None, false) => days.month(m),
                _ => p.year.to_string(),
            };
        }
        let year = p.year.to_string();
        match (p.month, p.day, with_year) {
            (Some(m), Some(d), true) => {
                self.day_month_year.fill(&[("day", &d.to_string()), ("month", self.month(m)), ("year", &year)])
            }
            (Some(m), Some(d), false) => self.day_month.fill(&[("day", &d.to_string()), ("month", self.month(m))]),
            (Some(m), None, true) => self.month_year.fill(&[("month", self.month(m)), ("year", &year)]),
            (Some(m), None, false) => self.month(m).to_string(),
            _ => year,
        }
    }

    /// Shares the year (and month) between the ends when both are plain and of the same
    /// precision.
    fn range(&self, s: &Point, e: &Point) -> String {
        if s == e {
            return self.point(s);
        }
        let plain = !s.is_qualified() && !e.is_qualified();
        let same_precision = s.precision() == e.precision();
        if plain && same_precision && s.year == e.year {
            match s.precision() {
                // A language that writes the day first ("30 сентября 2020 г.") puts the first
                // day before the last one's date: "27–30 сентября 2020 г.". One that does not
                // ("2020 թ․ սեպտեմբերի 30") gives both dates whole.
                Precision::Day if s.month == e.month && self.days.is_some() => {
                    let days = self.days.as_ref().expect("checked above");
                    let last = days.day_month_year(e.year, e.month.unwrap_or(1), e.day.unwrap_or(1));
                    let first = s.day.unwrap_or(1).to_string();
                    if last.starts_with(&e.day.unwrap_or(1).to_string()) {
                        return format!("{first}–{last}");
                    }
                    return self.range.fill(&[("start", &self.point(s)), ("end", &last)]);
                }
                Precision::Day if s.month == e.month => {
                    let (first, last) = (s.day.unwrap_or(1).to_string(), e.day.unwrap_or(1).to_string());
                    let month = self.month(e.month.unwrap_or(1));
                    let year = e.year.to_string();
                    let args = [("first", first.as_str()), ("last", &last), ("month", month), ("year", &year)];
                    return self.day_range.fill(&args);
                }
                Precision::Day | Precision::Month => {
                    let (start, end) = (self.unqualified(s, false), self.unqualified(e, true));
                    return self.range.fill(&[("start", &start), ("end", &end)]);
                }
                Precision::Year => {}
            }
        }
        if plain && same_precision && s.precision() == Precision::Year {
            return self.year_range.fill(&[("start", &s.year.to_string()), ("end", &e.year.to_string())]);
        }
        self.range.fill(&[("start", &self.point(s)), ("end", &self.point(e))])
    }
}

impl Date {
    /// The date in English, for messages to the writer: pages word it through their render
    /// context, in the catalogue's words.
    pub(crate) fn human(&self) -> String {
        DateWords::english().date(self)
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
