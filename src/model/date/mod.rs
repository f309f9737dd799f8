//! Dates as writers give them: the EDTF subset of SPEC section 3.
//!
//! A date may be reduced in precision (`2020`, `2020-10`), qualified (`?` uncertain, `~`
//! approximate, `%` both) or an interval (`2020-09-27/2020-11-10`, open with `..`). Every date
//! has an earliest and a latest day, which is all sorting needs, and renders by its precision.

mod day;
mod human;
mod parse;
mod words;

use std::cmp::Ordering;
use std::fmt;

use day::days_in_month;

pub use day::Day;
pub use parse::DateError;
pub use words::{DateWords, DayFormat, Pattern};

pub(crate) use day::MONTHS;
pub(crate) use parse::DATE_HELP;

/// How much of a date the writer gave, coarsest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// One end of a date: a year, month or day with its qualifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Point {
    pub(crate) year: i32,
    pub(crate) month: Option<u8>,
    pub(crate) day: Option<u8>,
    /// `?`: the writer is not sure of it.
    pub(crate) uncertain: bool,
    /// `~`: the writer gives it as "circa".
    pub(crate) approximate: bool,
}

impl Day {
    /// The day as a date given to the day: for wording it as the pages word dates.
    pub(crate) fn date(self) -> Date {
        Date::Point(Point {
            year: self.year,
            month: Some(self.month),
            day: Some(self.day),
            uncertain: false,
            approximate: false,
        })
    }
}

/// A parsed date: one point, or an interval whose ends may be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Date {
    Point(Point),
    /// `start/end`; `None` is an open end (`..`).
    Interval {
        start: Option<Point>,
        end: Option<Point>,
    },
}

impl Point {
    fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first day the point can mean.
    pub(crate) fn earliest(&self) -> Day {
        Day { year: self.year, month: self.month.unwrap_or(1), day: self.day.unwrap_or(1) }
    }

    /// The last day the point can mean.
    fn latest(&self) -> Day {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        Day { year: self.year, month, day }
    }

    fn write_edtf(&self, out: &mut String) {
        use fmt::Write;
        let _ = write!(out, "{:04}", self.year);
        if let Some(m) = self.month {
            let _ = write!(out, "-{m:02}");
        }
        if let Some(d) = self.day {
            let _ = write!(out, "-{d:02}");
        }
        out.push_str(match (self.uncertain, self.approximate) {
            (true, true) => "%",
            (true, false) => "?",
            (false, true) => "~",
            (false, false) => "",
        });
    }

    fn is_qualified(&self) -> bool {
        self.uncertain || self.approximate
    }
}

impl Date {
    /// Stands in for a date that was missing or invalid (and reported), so that the rest of
    /// a brief can still be checked. Never rendered: a build with errors writes nothing.
    pub(crate) const UNKNOWN: Date =
        Date::Point(Point { year: 0, month: None, day: None, uncertain: true, approximate: false });

    /// The first day the date can mean (`Day::MIN` for an open start).
    pub fn earliest(&self) -> Day {
        match self {
            Date::Point(p) => p.earliest(),
            Date::Interval { start: Some(s), .. } => s.earliest(),
            Date::Interval { start: None, .. } => Day::MIN,
        }
    }

    /// The last day the date can mean (`Day::MAX` for an open end).
    pub(crate) fn latest(&self) -> Day {
        match self {
            Date::Point(p) => p.latest(),
            Date::Interval { end: Some(e), .. } => e.latest(),
            Date::Interval { end: None, .. } => Day::MAX,
        }
    }

    /// The finest precision the date is given in.
    pub fn precision(&self) -> Precision {
        match self {
            Date::Point(p) => p.precision(),
            Date::Interval { start, end } => start.or(*end).map_or(Precision::Year, |p| p.precision()),
        }
    }

    /// True when the writer marked either end uncertain (`?`) or approximate (`~`).
    pub(crate) fn is_qualified(&self) -> bool {
        match self {
            Date::Point(p) => p.is_qualified(),
            Date::Interval { start, end } => start.iter().chain(end).any(Point::is_qualified),
        }
    }

    /// Whether `other` lies wholly inside this date's span: the strict form that the property
    /// tests hold [`Date::can_lie_within`] to. The date checks themselves use the latter.
    #[cfg(test)]
    fn covers(&self, other: &Date) -> bool {
        self.earliest() <= other.earliest() && other.latest() <= self.latest()
    }

    /// Whether this date can lie within `outer`, given what the writer does not know: it
    /// cannot when it certainly starts before `outer` starts or certainly ends after `outer`
    /// ends. Unlike lying wholly inside it, "November 2015" can lie within "2 September – 22
    /// November 2015" (it may be the 10th). An open end may come right after the start.
    pub(crate) fn can_lie_within(&self, outer: &Date) -> bool {
        let (latest_start, earliest_end) = match self {
            Date::Point(p) => (p.latest(), p.earliest()),
            Date::Interval { start, end } => {
                let (first, last) = (start.or(*end), end.or(*start));
                (first.map_or(Day::MIN, |p| p.latest()), last.map_or(Day::MAX, |p| p.earliest()))
            }
        };
        latest_start >= outer.earliest() && earliest_end <= outer.latest()
    }

    /// The EDTF form, normalised (what `parse` accepts back).
    pub(crate) fn edtf(&self) -> String {
        let mut out = String::new();
        match self {
            Date::Point(p) => p.write_edtf(&mut out),
            Date::Interval { start, end } => {
                match start {
                    Some(s) => s.write_edtf(&mut out),
                    None => out.push_str(".."),
                }
                out.push('/');
                match end {
                    Some(e) => e.write_edtf(&mut out),
                    None => out.push_str(".."),
                }
            }
        }
        out
    }

    /// A value for `<time datetime>`: the start, at its own precision.
    pub(crate) fn machine(&self) -> String {
        let point = match self {
            Date::Point(p) => Some(*p),
            Date::Interval { start, end } => start.or(*end),
        };
        point.map_or_else(String::new, |p| {
            let bare = Point { uncertain: false, approximate: false, ..p };
            let mut out = String::new();
            bare.write_edtf(&mut out);
            out
        })
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Chronological: by earliest day, then by latest day, then by the EDTF text so that the
/// order is total and stable.
impl Ord for Date {
    fn cmp(&self, other: &Self) -> Ordering {
        self.earliest()
            .cmp(&other.earliest())
            .then_with(|| self.latest().cmp(&other.latest()))
            .then_with(|| self.edtf().cmp(&other.edtf()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    pub(super) fn d(s: &str) -> Date {
        Date::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn bounds_follow_precision() {
        assert_eq!(d("2020-02").latest(), Day { year: 2020, month: 2, day: 29 });
        assert_eq!(d("2021-02").latest(), Day { year: 2021, month: 2, day: 28 });
        assert_eq!(d("2020").earliest(), Day { year: 2020, month: 1, day: 1 });
        assert_eq!(d("2020").latest(), Day { year: 2020, month: 12, day: 31 });
        assert_eq!(d("2020-09-27/..").latest(), Day::MAX);
    }

    #[test]
    fn orders_partial_dates_before_the_days_inside_them() {
        let mut dates = [d("2020-10-02"), d("2020-10"), d("2020"), d("2019-12-31"), d("2020-09-27/..")];
        dates.sort();
        let order: Vec<String> = dates.iter().map(Date::edtf).collect();
        assert_eq!(order, ["2019-12-31", "2020", "2020-09-27/..", "2020-10", "2020-10-02"]);
    }

    #[test]
    fn lies_within_unless_certainly_outside() {
        let campaign = d("2015-09-02/2015-11-22");
        assert!(d("2015-11").can_lie_within(&campaign), "it may be 1-22 November");
        assert!(!d("2015-11").can_lie_within(&d("2015-09-02/2015-10-31")));
        assert!(!d("2024-04-28").can_lie_within(&d("2024-05/2024-06")));
        assert!(d("1994").can_lie_within(&d("1990~/1994")));
        assert!(d("2020-10-02").can_lie_within(&d("2020-09-27/..")));
        assert!(!d("2020-09-01/2020-12-31").can_lie_within(&d("2020-09-27/2020-11-10")));
        assert!(d("2020-10-01/..").can_lie_within(&d("2020-09-27/2020-11-10")), "its end is not known");
        assert!(!d("2020-12-01/..").can_lie_within(&d("2020-09-27/2020-11-10")));
    }

    fn point() -> impl Strategy<Value = Point> {
        (1000i32..2100, proptest::option::of(1u8..=12), 1u8..=31, any::<bool>(), any::<bool>(), any::<bool>()).prop_map(
            |(year, month, day, with_day, uncertain, approximate)| {
                let day = month.filter(|_| with_day).map(|m| day.min(days_in_month(year, m)));
                Point { year, month, day, uncertain, approximate }
            },
        )
    }

    fn date() -> impl Strategy<Value = Date> {
        prop_oneof![
            point().prop_map(Date::Point),
            (point(), point()).prop_map(|(a, b)| {
                let (s, e) = if b.latest() < a.earliest() { (b, a) } else { (a, b) };
                Date::Interval { start: Some(s), end: Some(e) }
            }),
            point().prop_map(|p| Date::Interval { start: Some(p), end: None }),
        ]
    }

    proptest! {
        #[test]
        fn edtf_round_trips(date in date()) {
            prop_assert_eq!(Date::parse(&date.edtf()), Ok(date));
        }

        #[test]
        fn earliest_never_after_latest(date in date()) {
            prop_assert!(date.earliest() <= date.latest());
            prop_assert!(date.covers(&date));
            prop_assert!(date.can_lie_within(&date));
        }

        #[test]
        fn what_is_covered_can_lie_within(a in date(), b in date()) {
            if b.covers(&a) {
                prop_assert!(a.can_lie_within(&b));
            }
        }

        #[test]
        fn any_text_parses_or_errs_without_panic(text in "\\PC{0,24}") {
            let _ = Date::parse(&text);
        }

        #[test]
        fn date_shaped_text_never_panics(text in "[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?[?~%]?(/(\\.\\.|[0-9]{4}(-[0-9]{2})?))?") {
            if let Ok(date) = Date::parse(&text) {
                prop_assert!(!date.human().is_empty());
                prop_assert_eq!(Date::parse(&date.edtf()), Ok(date));
            }
        }

        #[test]
        fn ordering_is_consistent_with_bounds(a in date(), b in date()) {
            if a.earliest() < b.earliest() {
                prop_assert!(a < b);
            }
            prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
        }
    }
}
