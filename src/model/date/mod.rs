//! Dates as writers give them: the EDTF subset of SPEC section 3.
//!
//! A date may be reduced in precision (`2020`, `2020-10`), qualified (`?` uncertain, `~`
//! approximate, `%` both) or an interval (`2020-09-27/2020-11-10`, open with `..`). Every date
//! has an earliest and a latest day, which is all sorting needs, and renders by its precision.

use std::cmp::Ordering;
use std::fmt;

/// A calendar day; ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// The first day a reader could count as "open start".
    pub const MIN: Day = Day { year: i32::MIN, month: 1, day: 1 };
    /// The last day a reader could count as "open end".
    pub const MAX: Day = Day { year: i32::MAX, month: 12, day: 31 };

    /// The civil day `days` after 1970-01-01 (Howard Hinnant's algorithm).
    pub fn from_unix_days(days: i64) -> Day {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Day { year, month, day }
    }

    /// Days since 1970-01-01 (negative before it): the inverse of [`Day::from_unix_days`],
    /// for drawing dates along a linear axis.
    pub fn to_unix_days(&self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Today, from `SOURCE_DATE_EPOCH` when set (reproducible builds) or the clock.
    pub fn today() -> Day {
        let secs =
            std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse::<i64>().ok()).unwrap_or_else(|| {
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
            });
        Day::from_unix_days(secs.div_euclid(86_400))
    }

    /// `YYYY-MM-DD`, the form feeds, sitemaps and `<time datetime>` want.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

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
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// `?`: the writer is not sure of it.
    pub uncertain: bool,
    /// `~`: the writer gives it as "circa".
    pub approximate: bool,
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

/// Why a date string is not a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    Empty,
    Malformed(String),
    MonthOutOfRange(u32),
    DayOutOfRange { year: i32, month: u8, day: u32 },
    Backwards,
    BothEndsOpen,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Empty => write!(f, "the date is empty"),
            DateError::Malformed(part) => write!(f, "`{part}` is not a date"),
            DateError::MonthOutOfRange(m) => write!(f, "there is no month {m}"),
            DateError::DayOutOfRange { year, month, day } => write!(
                f,
                "{} {year} has {} days, not {day}",
                MONTHS[usize::from(*month) - 1],
                days_in_month(*year, *month)
            ),
            DateError::Backwards => write!(f, "the interval ends before it starts"),
            DateError::BothEndsOpen => write!(f, "an interval needs at least one known end"),
        }
    }
}

/// The hint shown under every date error.
pub const DATE_HELP: &str = "dates look like 2020, 2020-10 or 2020-10-02, with ? (uncertain), ~ (approximate) or % (both) after them; intervals are 2020-09-27/2020-11-10 or 2020-09-27/..";

/// Month names in English, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
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
    pub fn earliest(&self) -> Day {
        Day { year: self.year, month: self.month.unwrap_or(1), day: self.day.unwrap_or(1) }
    }

    /// The last day the point can mean.
    pub fn latest(&self) -> Day {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        Day { year: self.year, month, day }
    }

    fn parse(text: &str) -> Result<Point, DateError> {
        let malformed = || DateError::Malformed(text.to_string());
        let (body, uncertain, approximate) = match text.as_bytes().last() {
            Some(b'?') => (&text[..text.len() - 1], true, false),
            Some(b'~') => (&text[..text.len() - 1], false, true),
            Some(b'%') => (&text[..text.len() - 1], true, true),
            _ => (text, false, false),
        };
        let mut parts = body.split('-');
        let year_text = parts.next().ok_or_else(malformed)?;
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(malformed());
        }
        let year: i32 = year_text.parse().map_err(|_| malformed())?;
        let two_digits = |part: Option<&str>| -> Result<Option<u32>, DateError> {
            match part {
                None => Ok(None),
                Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(Some(p.parse().map_err(|_| malformed())?))
                }
                Some(_) => Err(malformed()),
            }
        };
        let month = two_digits(parts.next())?;
        let day = two_digits(parts.next())?;
        if parts.next().is_some() {
            return Err(malformed());
        }
        let month = match month {
            Some(m) if (1..=12).contains(&m) => Some(m as u8),
            Some(m) => return Err(DateError::MonthOutOfRange(m)),
            None => None,
        };
        let day = match (month, day) {
            (Some(m), Some(d)) if d >= 1 && d <= u32::from(days_in_month(year, m)) => Some(d as u8),
            (Some(m), Some(d)) => {
                return Err(DateError::DayOutOfRange { year, month: m, day: d });
            }
            _ => None,
        };
        Ok(Point { year, month, day, uncertain, approximate })
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
    /// Stands in for a date that was missing or invalid (and reported), so that the rest of
    /// a brief can still be checked. Never rendered: a build with errors writes nothing.
    pub const UNKNOWN: Date =
        Date::Point(Point { year: 0, month: None, day: None, uncertain: true, approximate: false });

    /// Parses the EDTF subset; surrounding whitespace is ignored.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DateError::Empty);
        }
        let Some((a, b)) = text.split_once('/') else {
            return Point::parse(text).map(Date::Point);
        };
        let end_of = |t: &str| if t == ".." { Ok(None) } else { Point::parse(t).map(Some) };
        let (start, end) = (end_of(a)?, end_of(b)?);
        match (start, end) {
            (None, None) => Err(DateError::BothEndsOpen),
            (Some(s), Some(e)) if e.latest() < s.earliest() => Err(DateError::Backwards),
            _ => Ok(Date::Interval { start, end }),
        }
    }

    /// Joins `date` and a separate `end` into one interval.
    pub fn until(self, end: Date) -> Result<Date, DateError> {
        let start = match self {
            Date::Point(p) => p,
            Date::Interval { .. } => return Err(DateError::Malformed("date/end".into())),
        };
        let end = match end {
            Date::Point(p) => p,
            Date::Interval { .. } => return Err(DateError::Malformed("end".into())),
        };
        if end.latest() < start.earliest() {
            return Err(DateError::Backwards);
        }
        Ok(Date::Interval { start: Some(start), end: Some(end) })
    }

    /// The first day the date can mean (`Day::MIN` for an open start).
    pub fn earliest(&self) -> Day {
        match self {
            Date::Point(p) => p.earliest(),
            Date::Interval { start: Some(s), .. } => s.earliest(),
            Date::Interval { start: None, .. } => Day::MIN,
        }
    }

    /// The last day the date can mean (`Day::MAX` for an open end).
    pub fn latest(&self) -> Day {
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
    pub fn is_qualified(&self) -> bool {
        match self {
            Date::Point(p) => p.is_qualified(),
            Date::Interval { start, end } => start.iter().chain(end).any(Point::is_qualified),
        }
    }

    /// True for an interval with an open end, such as a war still going on.
    pub fn is_open(&self) -> bool {
        matches!(self, Date::Interval { end: None, .. } | Date::Interval { start: None, .. })
    }

    /// Whether `other` lies wholly inside this date's span.
    pub fn covers(&self, other: &Date) -> bool {
        self.earliest() <= other.earliest() && other.latest() <= self.latest()
    }

    /// Whether this date can lie within `outer`, given what the writer does not know: it
    /// cannot when it certainly starts before `outer` starts or certainly ends after `outer`
    /// ends. Unlike [`Date::covers`], "November 2015" can lie within "2 September – 22
    /// November 2015" (it may be the 10th). An open end may come right after the start.
    pub fn can_lie_within(&self, outer: &Date) -> bool {
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
    pub fn edtf(&self) -> String {
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
    pub fn machine(&self) -> String {
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

    /// The date as a reader sees it: "2 October 2020", "c. 1994",
    /// "27 September – 10 November 2020", "since 27 September 2020".
    pub fn human(&self) -> String {
        match self {
            Date::Point(p) => p.human(),
            Date::Interval { start: Some(s), end: None } => format!("since {}", s.human()),
            Date::Interval { start: None, end: Some(e) } => format!("until {}", e.human()),
            Date::Interval { start: Some(s), end: Some(e) } => human_range(s, e),
            Date::Interval { start: None, end: None } => String::new(),
        }
    }
}

impl Date {
    /// Where the date begins, as a reader sees it: "1 January 2007" for "2007-01-01/2009-12-31"
    /// (empty for an open start).
    pub fn human_start(&self) -> String {
        match self {
            Date::Point(p) | Date::Interval { start: Some(p), .. } => p.human(),
            Date::Interval { start: None, .. } => String::new(),
        }
    }

    /// Where the date ends, as a reader sees it (empty for an open end).
    pub fn human_end(&self) -> String {
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

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.human())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

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

    #[test]
    fn bounds_follow_precision() {
        assert_eq!(d("2020-02").latest(), Day { year: 2020, month: 2, day: 29 });
        assert_eq!(d("2021-02").latest(), Day { year: 2021, month: 2, day: 28 });
        assert_eq!(d("2020").earliest(), Day { year: 2020, month: 1, day: 1 });
        assert_eq!(d("2020").latest(), Day { year: 2020, month: 12, day: 31 });
        assert_eq!(d("2020-09-27/..").latest(), Day::MAX);
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(Date::parse("2020-02-30"), Err(DateError::DayOutOfRange { year: 2020, month: 2, day: 30 }));
        assert_eq!(Date::parse("2020-13"), Err(DateError::MonthOutOfRange(13)));
        assert_eq!(Date::parse("2021-02-29").unwrap_err().to_string(), "February 2021 has 28 days, not 29");
        assert!(matches!(Date::parse("20-10-02"), Err(DateError::Malformed(_))));
        assert!(matches!(Date::parse("2020/10/02"), Err(DateError::Malformed(_))));
        assert_eq!(Date::parse("2020-10-02/2020-10-01"), Err(DateError::Backwards));
        assert_eq!(Date::parse("../.."), Err(DateError::BothEndsOpen));
        assert_eq!(Date::parse(" "), Err(DateError::Empty));
        assert!(Date::parse("2020-1-2").is_err());
        assert!(Date::parse("2020-10-02??").is_err());
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

    #[test]
    fn counts_days_from_the_epoch() {
        assert_eq!(Day::from_unix_days(0).iso(), "1970-01-01");
        assert_eq!(Day::from_unix_days(18_537).iso(), "2020-10-02");
        assert_eq!(Day::from_unix_days(-1).iso(), "1969-12-31");
        assert_eq!(Day::from_unix_days(11_016).iso(), "2000-02-29");
    }

    #[test]
    fn counts_days_back_to_the_epoch() {
        for days in [-800_000, -1, 0, 11_016, 18_537, 60_000] {
            assert_eq!(Day::from_unix_days(days).to_unix_days(), days);
        }
    }

    #[test]
    fn joins_date_and_end() {
        let joined = d("2020-09-27").until(d("2020-11-10")).unwrap();
        assert_eq!(joined, d("2020-09-27/2020-11-10"));
        assert_eq!(d("2020-09-27").until(d("2020-01-01")), Err(DateError::Backwards));
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
