//! The commonest ways writers break YAML, recognised where libyaml gave up: curly quotes
//! pasted from a word processor, an apostrophe inside single quotes, a `: ` inside `{ }` or in a
//! plain value, and a line indented a space too far or too little; dates written day-first,
//! with slashes or in words, and intervals with a shortened end. A comma that splits a `{ }`
//! value is recognised from the unknown key it leaves.
//! Each is named with its fix in plain words.
//!
//! Only a file that failed to parse is looked at, so valid YAML never gets one of these hints;
//! only a date that is not valid gets a date hint.

use crate::model::Date;
use crate::model::date::MONTHS;

/// A likely mistake on the line where parsing stopped: the columns to point at (1-based,
/// in characters, end exclusive) and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mistake {
    pub column: usize,
    pub end_column: usize,
    pub help: String,
}

/// The line libyaml stopped at, with the front-matter lines before it.
pub struct Stop<'a> {
    /// libyaml's message, without positions.
    pub message: &'a str,
    pub line: &'a str,
    /// 1-based character column libyaml points at.
    pub column: usize,
    pub before: &'a [&'a str],
}

/// The mistake `stop` most likely shows, if it is one of the common ones.
pub fn spot(stop: &Stop) -> Option<Mistake> {
    let line = stop.line.trim_end_matches('\r');
    let chars: Vec<char> = line.chars().collect();
    let message = stop.message;
    let structural = message.contains("mapping values are not allowed")
        || message.contains("did not find expected")
        || message.contains("expected <block end>");
    if !structural {
        return None;
    }
    curly_quotes(&chars)
        .or_else(|| apostrophe_in_single_quotes(&chars, stop.column))
        .or_else(|| indentation(message, &chars, stop.before))
        .or_else(|| colon_in_braces(message, &chars, stop.column))
        .or_else(|| colon_in_value(message, &chars))
}

const OPENING: &[(char, char, char)] =
    &[('“', '”', '"'), ('„', '”', '"'), ('”', '”', '"'), ('‘', '’', '\''), ('’', '’', '\'')];

/// A curly quote that opens a value: YAML reads it as text, so a `:` or `,` inside it splits
/// the value.
fn curly_quotes(chars: &[char]) -> Option<Mistake> {
    let opens_value = |i: usize| {
        let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
        before.is_none_or(|c| matches!(c, ':' | '-' | '[' | '{' | ','))
    };
    let (at, close, straight) = chars.iter().enumerate().find_map(|(i, c)| {
        let &(_, close, straight) = OPENING.iter().find(|(open, ..)| open == c)?;
        opens_value(i).then_some((i, close, straight))
    })?;
    let ends_value =
        |j: usize| chars.get(j + 1).is_none_or(|c| c.is_whitespace() || matches!(c, ',' | '}' | ']' | '#'));
    let closing = (at + 1..chars.len()).find(|&j| chars[j] == close && ends_value(j));
    let mut fixed = chars.to_vec();
    fixed[at] = straight;
    if let Some(j) = closing {
        fixed[j] = straight;
    }
    let fixed: String = fixed.into_iter().collect();
    let (pair, name) = if straight == '"' { ("“ ”", "\"") } else { ("‘ ’", "'") };
    Some(Mistake {
        column: at + 1,
        end_column: closing.map_or(at + 2, |j| j + 2),
        help: format!(
            "replace the curly quotes {pair} with straight ones {name}: `{}`; word processors curl quotes, and YAML reads only straight ones as quotes",
            fixed.trim()
        ),
    })
}

/// Leading spaces, and the column (0-based) where a line's key starts, after any `- `.
fn key_column(line: &[char]) -> (usize, usize) {
    let indent = line.iter().take_while(|&&c| c == ' ').count();
    let mut at = indent;
    while line.get(at) == Some(&'-') && line.get(at + 1) == Some(&' ') {
        at += 2;
        at += line[at..].iter().take_while(|&&c| c == ' ').count();
    }
    (indent, at)
}

/// Whether a line is `key: value` (after its indentation and any `- `), with a value.
fn has_key_and_value(line: &[char]) -> bool {
    let (_, at) = key_column(line);
    let rest: String = line[at..].iter().collect();
    let Some((key, value)) = rest.split_once(": ") else { return false };
    let value = value.trim();
    is_plain_key(key) && !value.is_empty() && !value.starts_with('#') && !matches!(value, "|" | ">" | "|-" | ">-")
}

fn is_plain_key(key: &str) -> bool {
    !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

/// Lines holding YAML, nearest first: blank and comment lines say nothing about indentation.
fn content_lines<'a>(before: &'a [&'a str]) -> impl Iterator<Item = Vec<char>> + 'a {
    before.iter().rev().map(|l| l.trim_end_matches('\r').chars().collect::<Vec<char>>()).filter(|l| {
        let t: String = l.iter().collect();
        !t.trim().is_empty() && !t.trim_start().starts_with('#')
    })
}

fn spaces(n: usize) -> String {
    match n {
        1 => "one space".to_string(),
        2 => "two spaces".to_string(),
        3 => "three spaces".to_string(),
        n => format!("{n} spaces"),
    }
}

/// A key indented deeper than the `key: value` line above it (which cannot hold it), or
/// shallower than that line's key but in line with no key above it.
fn indentation(message: &str, chars: &[char], before: &[&str]) -> Option<Mistake> {
    let (indent, at) = key_column(chars);
    let rest: String = chars[at..].iter().collect();
    let key = rest.split_once(':').map(|(k, _)| k)?;
    if indent != at || !is_plain_key(key) {
        return None;
    }
    let mut lines = content_lines(before);
    let above = lines.next()?;
    let (_, above_key) = key_column(&above);
    let point = |help: String| Mistake { column: indent + 1, end_column: indent + key.chars().count() + 2, help };
    if message.contains("mapping values are not allowed") && indent > above_key && has_key_and_value(&above) {
        return Some(point(format!(
            "this line is indented {} more than the line above; line up keys under each other",
            spaces(indent - above_key)
        )));
    }
    let shallower = message.contains("did not find expected") || message.contains("expected <block end>");
    if shallower && indent < above_key {
        // In line with some key further up (the end of a nested map), it is not this mistake.
        for line in std::iter::once(above.clone()).chain(lines) {
            let (_, column) = key_column(&line);
            if column == indent {
                return None;
            }
            if column < indent {
                break;
            }
        }
        return Some(point(format!(
            "this line is indented {} less than the line above; line up keys under each other",
            spaces(above_key - indent)
        )));
    }
    None
}

/// `'Georgia's troops'`: inside single quotes an apostrophe ends the text, and libyaml stops
/// just after it. The text goes in double quotes (or its apostrophes are doubled).
fn apostrophe_in_single_quotes(chars: &[char], column: usize) -> Option<Mistake> {
    let early = column.checked_sub(2).filter(|&i| chars.get(i) == Some(&'\''))?;
    let open = chars[..early].iter().position(|&c| c == '\'')?;
    let before = chars[..open].iter().rev().find(|c| !c.is_whitespace());
    if !matches!(before, Some(':' | '-' | '[' | '{' | ','))
        || !chars.get(early + 1).is_some_and(|c| c.is_alphanumeric())
    {
        return None;
    }
    let close = chars.iter().rposition(|&c| c == '\'').filter(|&i| i > early)?;
    let text: String = chars[open + 1..close].iter().collect();
    let fixed = if text.contains('"') { format!("'{}'", text.replace('\'', "''")) } else { format!("\"{text}\"") };
    Some(Mistake {
        column: open + 1,
        end_column: close + 2,
        help: format!(
            "inside '...' an apostrophe ends the text: write {fixed} (double quotes), or double the apostrophe"
        ),
    })
}

/// `text` as a YAML quoted scalar: double quotes unless it holds one.
fn quoted(text: &str) -> String {
    if text.contains('"') { format!("'{}'", text.replace('\'', "''")) } else { format!("\"{text}\"") }
}

/// A `: ` inside a `{ }` entry's value, which YAML reads as a second key: libyaml stops at
/// that colon.
fn colon_in_braces(message: &str, chars: &[char], column: usize) -> Option<Mistake> {
    if !message.contains("did not find expected ',' or '}'") {
        return None;
    }
    let colon = column.checked_sub(1).filter(|&i| chars.get(i) == Some(&':'))?;
    let start = (0..colon).rev().find(|&i| matches!(chars[i], '{' | ','))? + 1;
    let end = (colon..chars.len()).find(|&i| matches!(chars[i], ',' | '}')).unwrap_or(chars.len());
    let entry: String = chars[start..end].iter().collect();
    let (key, value) = entry.split_once(": ")?;
    let (key, value) = (key.trim(), value.trim());
    if !is_plain_key(key) || value.is_empty() {
        return None;
    }
    let value_start = start + entry.find(value).map_or(0, |b| entry[..b].chars().count());
    Some(Mistake {
        column: value_start + 1,
        end_column: value_start + value.chars().count() + 1,
        help: format!(
            "put the text in quotes: `{{ {key}: {} }}`; inside `{{ }}` a `: ` starts another key unless the text is quoted",
            quoted(value)
        ),
    })
}

/// What a key with no value inside `{ }` says of the entry before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommaSplit {
    /// `{ text: Russia attacked, killing civilians }`: the first piece a comma cut off the
    /// value of `key`; `fixed` is the whole value, to be written in quotes.
    First { key: String, fixed: String },
    /// A later piece of the same value (`..., killing civilians, and more`): the first one
    /// is reported, with all of the value.
    Later,
}

/// A comma inside an unquoted `{ }` value, which YAML reads as the end of the entry, so the
/// rest becomes a key with no value: `key` is that rest, at 1-based character `column` of
/// `line`. Valid YAML, so libyaml says nothing; only the unknown key shows it.
pub fn comma_in_braces(line: &str, column: usize, key: &str) -> Option<CommaSplit> {
    let chars: Vec<char> = line.trim_end_matches('\r').chars().collect();
    let at = column.checked_sub(1)?;
    let end = at + key.chars().count();
    if chars.get(at..end)?.iter().copied().ne(key.chars()) {
        return None;
    }
    let next = chars[end..].iter().find(|c| !c.is_whitespace());
    let previous = chars[..at].iter().rev().find(|c| !c.is_whitespace());
    if !matches!(next, None | Some(',' | '}')) || previous != Some(&',') {
        return None;
    }
    let open = (0..at).rev().find(|&i| chars[i] == '{')?;
    let close = (at..chars.len()).find(|&i| chars[i] == '}').unwrap_or(chars.len());
    let inner: String = chars[open + 1..close].iter().collect();
    let pieces: Vec<&str> = inner.split(',').map(str::trim).collect();
    // The piece `key` is, counted by the commas before it.
    let index = chars[open + 1..at].iter().filter(|&&c| c == ',').count();
    let before = pieces.get(index.checked_sub(1)?)?;
    let Some((entry_key, value)) = before.split_once(':') else {
        // Keyless too: a later piece, if a keyed one comes first.
        return pieces[..index].iter().any(|p| p.contains(':')).then_some(CommaSplit::Later);
    };
    let (entry_key, value) = (entry_key.trim(), value.trim());
    if !is_plain_key(entry_key) || value.is_empty() {
        return None;
    }
    let rest = pieces[index..].iter().take_while(|p| !p.is_empty() && !p.contains(':'));
    let fixed = std::iter::once(value).chain(rest.copied()).collect::<Vec<_>>().join(", ");
    let fixed = fixed.trim_matches(|c| OPENING.iter().any(|&(open, close, _)| c == open || c == close)).to_string();
    Some(CommaSplit::First { key: entry_key.to_string(), fixed: quoted(&fixed) })
}

/// `key: text: more`, where YAML reads the second `: ` as a map inside a value.
fn colon_in_value(message: &str, chars: &[char]) -> Option<Mistake> {
    if !message.contains("mapping values are not allowed") {
        return None;
    }
    let (_, at) = key_column(chars);
    let rest: String = chars[at..].iter().collect();
    let (key, value) = rest.split_once(": ")?;
    let value = value.trim();
    if !is_plain_key(key) || !value.contains(": ") || value.starts_with(['"', '\'', '{', '[']) {
        return None;
    }
    let after = &rest[key.len() + 2..];
    let lead = after.len() - after.trim_start().len();
    let value_start = at + key.chars().count() + 2 + after[..lead].chars().count();
    Some(Mistake {
        column: value_start + 1,
        end_column: value_start + value.chars().count() + 1,
        help: format!(
            "put the text in quotes: `{key}: {}`; a `: ` inside a value starts another key unless the text is quoted",
            quoted(value)
        ),
    })
}

/// A year, month and day written in another order or spelling, as `2023-04-15`.
fn iso(year: u32, month: u32, day: u32) -> Option<String> {
    let text = format!("{year:04}-{month:02}-{day:02}");
    (year >= 1000 && Date::parse(&text).is_ok()).then_some(text)
}

/// The month a word names: `April`, `apr`, `Sept.`.
fn month_named(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    if word.len() < 3 {
        return None;
    }
    let n = MONTHS.iter().position(|m| m.to_lowercase().starts_with(&word) || (word == "sept" && *m == "September"))?;
    u32::try_from(n + 1).ok()
}

fn number(text: &str) -> Option<u32> {
    (!text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok())?
}

/// An interval written almost right: spaces around the `/` (`2008-08-07 / 2008-08-12`), or
/// its end shortened to what changes (`2008-08-07/08`, `2008-08/09`): what is wrong, and the
/// interval as it must be written.
pub fn interval(text: &str) -> Option<(&'static str, String)> {
    let (start, end) = text.split_once('/')?;
    let (start_trimmed, end_trimmed) = (start.trim(), end.trim());
    if (start_trimmed != start || end_trimmed != end) && Date::parse(&format!("{start_trimmed}/{end_trimmed}")).is_ok()
    {
        return Some((
            "an interval has no spaces around `/`",
            format!("write it with no spaces around /: {start_trimmed}/{end_trimmed}"),
        ));
    }
    // The end given as its last parts only: the start's first parts complete it.
    let cut = start.len().checked_sub(end.len()).filter(|&cut| cut > 0 && start.is_char_boundary(cut))?;
    let whole = format!("{}{end}", &start[..cut]);
    (start[cut..].bytes().all(|b| b.is_ascii_digit() || b == b'-')
        && start.as_bytes().get(cut - 1) == Some(&b'-')
        && Date::parse(&format!("{start}/{whole}")).is_ok())
    .then(|| ("the end of an interval is a whole date", format!("write the full end date: {start}/{whole}")))
}

/// The help for a date that is not valid but reads as one written another way (`15/04/2023`,
/// `15.04.2023`, `April 15, 2023`, `2023/04/15`), naming the date as it must be written.
pub fn foreign_date(text: &str) -> Option<String> {
    let same = |date: String| format!("write dates as {date} (year-month-day)");
    let words: Vec<&str> = text.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    if let [a, b, c] = words.as_slice() {
        let (month, day) = match (month_named(a), month_named(b)) {
            (Some(m), None) => (m, number(b.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']))?),
            (None, Some(m)) => (m, number(a.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h', '.']))?),
            _ => return None,
        };
        return iso(number(c)?, month, day).map(same);
    }
    if let [a, b] = words.as_slice() {
        return month_named(a).and_then(|m| Some(format!("write dates as {:04}-{m:02} (year-month)", number(b)?)));
    }
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    let (a, b, c) = (number(a)?, number(b)?, number(c)?);
    if a >= 1000 {
        return iso(a, b, c).map(same);
    }
    match (iso(c, b, a), iso(c, a, b)) {
        (Some(day_first), Some(month_first)) if day_first != month_first => {
            let on = |day: u32, month: u32| format!("{day} {}", MONTHS[month as usize - 1]);
            Some(format!("write dates as year-month-day: {day_first} for {}, {month_first} for {}", on(a, b), on(b, a)))
        }
        (Some(date), _) | (None, Some(date)) => Some(same(date)),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spot_in(message: &str, lines: &[&str], column: usize) -> Option<Mistake> {
        let (line, before) = lines.split_last().expect("a line");
        spot(&Stop { message, line, column, before })
    }

    const MAPPING: &str = "mapping values are not allowed in this context";
    const FLOW: &str = "did not find expected ',' or '}', while parsing a flow mapping";

    #[test]
    fn curly_quotes_are_found_at_the_opening_one() {
        let m = spot_in(MAPPING, &["title: “Ceasefire: the terms”"], 17).unwrap();
        assert_eq!((m.column, m.end_column), (8, 30));
        assert!(m.help.contains("`title: \"Ceasefire: the terms\"`"), "{}", m.help);
        let m = spot_in(FLOW, &["  - { by: a, text: ‘It’s: over’ }"], 25).unwrap();
        assert!(m.help.contains("`- { by: a, text: 'It’s: over' }`"), "{}", m.help);
        // An apostrophe inside a value is not a quote.
        let m = spot_in(MAPPING, &["summary: It’s over: done"], 19).unwrap();
        assert!(m.help.starts_with("put the text in quotes: `summary: \"It’s over: done\"`"), "{}", m.help);
    }

    #[test]
    fn indentation_is_measured_against_the_line_above() {
        let m = spot_in(MAPPING, &["date: 2020", " place: x"], 7).unwrap();
        assert!(m.help.starts_with("this line is indented one space more"), "{}", m.help);
        assert_eq!((m.column, m.end_column), (2, 8));
        let m = spot_in(MAPPING, &["sources:", "  - id: x", "     title: X"], 11).unwrap();
        assert!(m.help.starts_with("this line is indented one space more"), "{}", m.help);
        let lines = ["sources:", "  - id: x", "    title: X", "   url: y"];
        let m = spot_in("did not find expected '-' indicator", &lines, 4).unwrap();
        assert!(m.help.starts_with("this line is indented one space less"), "{}", m.help);
        // Back in line with a key further up: another mistake.
        let lines = ["a:", "  b:", "    c: 1", "  d: 2", "x"];
        assert_eq!(spot_in("did not find expected key", &lines[..4], 3), None);
    }

    #[test]
    fn a_colon_in_braces_or_a_value_is_quoted() {
        let line = "  - { party: armenia, kind: adversary, note: Ankara says: no }";
        let m = spot_in(FLOW, &[line], 57).unwrap();
        assert_eq!(m.help.split(';').next().unwrap(), "put the text in quotes: `{ note: \"Ankara says: no\" }`");
        assert_eq!((m.column, m.end_column), (46, 61));
        let m = spot_in(MAPPING, &["summary:  he said: no"], 18).unwrap();
        assert_eq!((m.column, m.end_column), (11, 22));
        assert!(m.help.starts_with("put the text in quotes: `summary: \"he said: no\"`"));
    }

    #[test]
    fn a_comma_in_an_unquoted_value_in_braces_is_named_once() {
        let line = "claims: [{by: x, text: Russia attacked, killing civilians, and left}]";
        let column = |key: &str| line.find(key).unwrap() + 1;
        assert_eq!(
            comma_in_braces(line, column("killing"), "killing civilians"),
            Some(CommaSplit::First {
                key: "text".into(),
                fixed: "\"Russia attacked, killing civilians, and left\"".into()
            })
        );
        assert_eq!(comma_in_braces(line, column("and left"), "and left"), Some(CommaSplit::Later));
        let curly = "  - { by: x, text: “Russia attacked, killing civilians” }";
        assert!(matches!(
            comma_in_braces(curly, curly[..curly.find("killing").unwrap()].chars().count() + 1, "killing civilians”"),
            Some(CommaSplit::First { fixed, .. }) if fixed == "\"Russia attacked, killing civilians\""
        ));
        // A misspelt key with a value is not a split value.
        let typo = "  - { by: x, txt: words }";
        assert_eq!(comma_in_braces(typo, 14, "txt"), None);
    }

    #[test]
    fn intervals_written_almost_right_are_given_whole() {
        let help = |text: &str| interval(text).map(|(_, help)| help);
        assert_eq!(help("2008-08-07/08").as_deref(), Some("write the full end date: 2008-08-07/2008-08-08"));
        assert_eq!(help("2008-08/09").as_deref(), Some("write the full end date: 2008-08/2008-09"));
        assert_eq!(help("2008-08-07/09-02").as_deref(), Some("write the full end date: 2008-08-07/2008-09-02"));
        assert_eq!(
            help("2008-08-07 / 2008-08-12").as_deref(),
            Some("write it with no spaces around /: 2008-08-07/2008-08-12")
        );
        // An end before the start, a day that does not exist, or a plain bad date: no guess.
        assert_eq!(help("2008-08-07/02"), None);
        assert_eq!(help("2008-08-07/32"), None);
        assert_eq!(help("2008-13-07/08"), None);
        assert_eq!(help("2008/9"), None);
    }

    #[test]
    fn an_apostrophe_inside_single_quotes_is_named() {
        let chars: Vec<char> = "summary: 'Georgia's troops'".chars().collect();
        let found = apostrophe_in_single_quotes(&chars, 19).expect("found");
        assert_eq!((found.column, found.end_column), (10, 28));
        assert!(found.help.contains("write \"Georgia's troops\" (double quotes)"), "{}", found.help);
        let chars: Vec<char> = "summary: 'fine' x".chars().collect();
        assert_eq!(apostrophe_in_single_quotes(&chars, 17), None);
    }

    #[test]
    fn other_errors_get_no_guess() {
        assert_eq!(spot_in("found a tab character", &["title: “x: y”"], 1), None);
        assert_eq!(spot_in(MAPPING, &["title: x"], 6), None);
    }

    #[test]
    fn dates_written_another_way_are_named_as_they_must_be() {
        let help = "write dates as 2023-04-15 (year-month-day)";
        for text in [
            "15/04/2023",
            "15.04.2023",
            "April 15, 2023",
            "2023/04/15",
            "15 April 2023",
            "Apr. 15th, 2023",
            "04/15/2023",
            "2023-4-15",
            "15-04-2023",
        ] {
            assert_eq!(foreign_date(text).as_deref(), Some(help), "{text}");
        }
        assert_eq!(foreign_date("April 2023").as_deref(), Some("write dates as 2023-04 (year-month)"));
        assert_eq!(
            foreign_date("05/04/2023").as_deref(),
            Some("write dates as year-month-day: 2023-04-05 for 5 April, 2023-05-04 for 4 May")
        );
        for text in ["31/02/2023", "2020-13", "x", "15/04/23", "Monday", "2023/2024", "1/2/3", "Maybe 5, 2023"] {
            assert_eq!(foreign_date(text), None, "{text}");
        }
    }
}
