//! Calendar days: the day a date starts or ends on, counted from the Unix epoch for axes and
//! `SOURCE_DATE_EPOCH`, and the lengths and names of months.

/// A calendar day; ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// The first day a reader could count as "open start".
    pub(crate) const MIN: Day = Day { year: i32::MIN, month: 1, day: 1 };
    /// The last day a reader could count as "open end".
    pub(crate) const MAX: Day = Day { year: i32::MAX, month: 12, day: 31 };

    /// The civil day `days` after 1970-01-01 (Howard Hinnant's algorithm).
    pub(crate) fn from_unix_days(days: i64) -> Day {
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
    pub(crate) fn to_unix_days(self) -> i64 {
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
    pub(crate) fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Month names in English, January first.
pub(crate) const MONTHS: [&str; 12] = [
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

pub(super) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
