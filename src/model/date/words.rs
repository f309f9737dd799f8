//! The words a date is told in: month names and the patterns around a date's parts ("c.
//! {date}", "{day} {month} {year}"). Pages get them from the string catalogue, read once into
//! [`DateWords`], so this module knows nothing of Fluent; the English default is for what
//! briefing tells the writer (`briefing check`).

use std::sync::{Arc, LazyLock};

use super::day::MONTHS;

/// Words around named arguments, each written `{name}`: "since {date}".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern(Vec<Piece>);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Argument(String),
}

impl Pattern {
    /// The pattern `text` writes, its arguments as `{name}`; a `{` not closed is text.
    pub fn new(text: &str) -> Pattern {
        let mut pieces = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
            if open > 0 {
                pieces.push(Piece::Text(rest[..open].to_string()));
            }
            pieces.push(Piece::Argument(rest[open + 1..close].to_string()));
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest.to_string()));
        }
        Pattern(pieces)
    }

    /// The pattern with each argument put in; one `args` does not give stays `{name}`.
    pub fn fill(&self, args: &[(&str, &str)]) -> String {
        let mut out = String::new();
        for piece in &self.0 {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Argument(name) => match args.iter().find(|(n, _)| n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                },
            }
        }
        out
    }
}

/// How a language writes a day, a month of a year, a day of a month and a month, with the
/// grammar of the language (the genitive after a day in Russian): a page's come from ICU4X
/// (`strings/calendar.rs`), so the model needs no locale data.
pub trait DayFormat: std::fmt::Debug + Send + Sync {
    fn day_month_year(&self, year: i32, month: u8, day: u8) -> String;
    fn month_year(&self, year: i32, month: u8) -> String;
    fn day_month(&self, month: u8, day: u8) -> String;
    fn month(&self, month: u8) -> String;
}

/// Every word a date can be told in. The argument names are those of the catalogue's
/// `date_*` strings.
#[derive(Debug, Clone)]
pub struct DateWords {
    /// How the language writes days and months, when not with the patterns below (every
    /// language but English): the patterns then only wrap them (approximate, ranges).
    pub days: Option<Arc<dyn DayFormat>>,
    /// The months' names, January first.
    pub months: [String; 12],
    /// A date given as "circa": "c. {date}".
    pub approximate: Pattern,
    /// A date the writer is not sure of: "{date} (uncertain)".
    pub uncertain: Pattern,
    /// An interval with an open end: "since {date}".
    pub since: Pattern,
    /// An interval with an open start: "until {date}".
    pub until: Pattern,
    /// "{day} {month} {year}".
    pub day_month_year: Pattern,
    /// A day whose year the other end of a range gives: "{day} {month}".
    pub day_month: Pattern,
    /// "{month} {year}".
    pub month_year: Pattern,
    /// From one date to another: "{start} – {end}".
    pub range: Pattern,
    /// Days of one month: "{first}–{last} {month} {year}".
    pub day_range: Pattern,
    /// Whole years: "{start}–{end}".
    pub year_range: Pattern,
}

impl Default for DateWords {
    /// English, as `en.ftl` has it (a strings test holds the two together).
    fn default() -> DateWords {
        DateWords {
            days: None,
            months: MONTHS.map(String::from),
            approximate: Pattern::new("c. {date}"),
            uncertain: Pattern::new("{date} (uncertain)"),
            since: Pattern::new("since {date}"),
            until: Pattern::new("until {date}"),
            day_month_year: Pattern::new("{day} {month} {year}"),
            day_month: Pattern::new("{day} {month}"),
            month_year: Pattern::new("{month} {year}"),
            range: Pattern::new("{start} – {end}"),
            day_range: Pattern::new("{first}–{last} {month} {year}"),
            year_range: Pattern::new("{start}–{end}"),
        }
    }
}

impl DateWords {
    /// The English words, made once: writer-facing messages word every date with them.
    pub(crate) fn english() -> &'static DateWords {
        static ENGLISH: LazyLock<DateWords> = LazyLock::new(DateWords::default);
        &ENGLISH
    }

    /// The name of month `month`, 1 for January.
    pub fn month(&self, month: u8) -> &str {
        &self.months[usize::from(month.clamp(1, 12)) - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_puts_in_its_arguments_wherever_they_stand() {
        let pattern = Pattern::new("{year}年{month}月");
        assert_eq!(pattern.fill(&[("month", "10"), ("year", "2020")]), "2020年10月");
        assert_eq!(Pattern::new("c. {date}").fill(&[]), "c. {date}");
        assert_eq!(Pattern::new("a { b").fill(&[]), "a { b");
    }
}
