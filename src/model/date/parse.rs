//! Reading a date as a writer gives it, and saying what is wrong with one that is not: the
//! EDTF subset, an interval joined from `date` and `end`, and the errors with their hint.

use std::fmt;

use super::day::{MONTHS, days_in_month};
use super::{Date, Point};

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
pub(crate) const DATE_HELP: &str = "dates look like 2020, 2020-10 or 2020-10-02, with ? (uncertain), ~ (approximate) or % (both) after them; intervals are 2020-09-27/2020-11-10 or 2020-09-27/..";

impl Point {
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
}

impl Date {
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
    pub(crate) fn until(self, end: Date) -> Result<Date, DateError> {
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
}

#[cfg(test)]
mod tests {
    use super::super::tests::d;
    use super::*;

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
    fn joins_date_and_end() {
        let joined = d("2020-09-27").until(d("2020-11-10")).unwrap();
        assert_eq!(joined, d("2020-09-27/2020-11-10"));
        assert_eq!(d("2020-09-27").until(d("2020-01-01")), Err(DateError::Backwards));
    }
}
