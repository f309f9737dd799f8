//! Charts drawn at build time as inline SVG: the timeline of events and the map of how
//! parties stand towards each other. No script is needed to see them; every chart comes with
//! a `<title>`, a `<desc>` and a table of the same facts for readers who cannot see it.
//!
//! Layouts are simple and deterministic (a linear time axis, a ring of parties ordered by kind
//! and name), and large sites are summarised rather than drawn in full, so a chart stays small.

pub mod axis;
mod bundle;
pub mod locator;
pub mod relations;
pub mod series;
pub mod sides;
pub mod timeline;

use std::fmt::Write;

use fluent_bundle::FluentValue;
use serde::Serialize;

/// A chart as the templates lay it out: the SVG, its key and the same facts as a table.
#[derive(Debug, Serialize)]
pub struct Chart {
    /// Unique on its page; SVG ids inside the chart start with it.
    pub id: String,
    /// The caption under which the chart is shown.
    pub caption: String,
    /// Set when the chart shows a summary or a selection ("The 36 most connected of 1,500").
    pub note: Option<String>,
    /// The `<svg>` element, ready to inline.
    pub svg: String,
    /// The same chart drawn for a phone's width, shown instead of `svg` on narrow screens.
    pub svg_narrow: Option<String>,
    pub legend: Vec<LegendEntry>,
    pub table: DataTable,
    /// Whose data the drawing is made from, printed under it (a map's basemap).
    pub credit: Option<String>,
}

/// One entry of a chart's key: a small drawing of the mark and what it means.
#[derive(Debug, Serialize)]
pub struct LegendEntry {
    pub swatch: String,
    pub label: String,
}

/// A chart's facts as a table.
#[derive(Debug, Serialize)]
pub struct DataTable {
    /// The text of the `<summary>` that opens it.
    pub summary: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// A table cell: text, perhaps a link, perhaps a date.
#[derive(Debug, Default, Serialize)]
pub struct Cell {
    pub text: String,
    pub url: Option<String>,
    /// For `<time datetime>`.
    pub datetime: Option<String>,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), ..Cell::default() }
    }

    pub fn link(text: impl Into<String>, url: impl Into<String>) -> Cell {
        Cell { text: text.into(), url: Some(url.into()), datetime: None }
    }

    pub fn date(text: impl Into<String>, datetime: impl Into<String>) -> Cell {
        Cell { text: text.into(), url: None, datetime: Some(datetime.into()) }
    }
}

/// Text for SVG markup: `&`, `<`, `>` and quotes escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    pulldown_cmark_escape::escape_html(&mut out, text).expect("writing to a String cannot fail");
    out
}

/// A coordinate with at most one decimal, without a trailing `.0`: keeps the SVG small.
pub fn num(x: f64) -> String {
    let mut out = String::with_capacity(8);
    push_tenths(&mut out, (x * 10.0).round() as i64);
    out
}

/// Writes a number of tenths as [`num`] does: `-12.3`, `4`, `0.5`. Digit by digit: the
/// drawings write hundreds of thousands of numbers, and float formatting is slow.
pub fn push_tenths(out: &mut String, tenths: i64) {
    if tenths < 0 {
        out.push('-');
    }
    let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = whole;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    digits[at..].iter().for_each(|&d| out.push(char::from(d)));
    if tenth != 0 {
        out.push('.');
        out.push(char::from(b'0' + tenth as u8));
    }
}

/// Shortens a label to `max` characters, with an ellipsis when cut.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out = out.trim_end().to_string();
    out.push('…');
    out
}

/// The rough width of a label in the charts' sans-serif at `size` pixels; enough to keep
/// labels from overlapping and inside the drawing.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * 0.58
}

/// Which screens a drawing is for. A chart comes in two drawings, and the stylesheet shows the
/// one that fits, so that a phone gets a chart redrawn for its width instead of a wide one
/// shrunk until its text cannot be read, and no script is needed for either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Wide,
    Narrow,
}

/// The width of every narrow drawing: a 390 px phone shows it at its own size, so its text is
/// drawn at the size the stylesheet gives it.
pub const NARROW_WIDTH: f64 = 340.0;

impl Fit {
    /// The drawing's own id: the chart's, with `-narrow` for the phone's drawing.
    pub fn id(self, chart: &str) -> String {
        match self {
            Fit::Wide => chart.to_string(),
            Fit::Narrow => format!("{chart}-narrow"),
        }
    }

    fn class(self) -> &'static str {
        match self {
            Fit::Wide => "chart-svg chart-svg-wide",
            Fit::Narrow => "chart-svg chart-svg-narrow",
        }
    }
}

/// Starts an `<svg>` that introduces itself to screen readers with its title and description.
/// `id` is the drawing's own (see [`Fit::id`]); the ids inside it start with it.
pub fn open_svg(id: &str, fit: Fit, width: f64, height: f64, title: &str, desc: &str, links: bool) -> String {
    let mut out = String::with_capacity(4096);
    // A drawing is one image to a screen reader, unless it holds links: an image cannot hold
    // controls, so a chart with links is a group, labelled the same way.
    let role = if links { "group" } else { "img" };
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{class}\" id=\"{id}-svg\" viewBox=\"0 0 {w} {h}\" \
         width=\"{w}\" height=\"{h}\" style=\"max-width: {w}px\" role=\"{role}\" aria-labelledby=\"{id}-title {id}-desc\">\
         <title id=\"{id}-title\">{title}</title><desc id=\"{id}-desc\">{desc}</desc>",
        class = fit.class(),
        w = num(width),
        h = num(height),
        title = escape(title),
        desc = escape(desc),
    );
    out
}

/// A small drawing for a key entry, sized for a line of text.
pub fn swatch(inner: &str) -> String {
    format!(
        "<svg class=\"chart-swatch\" viewBox=\"0 0 32 14\" width=\"32\" height=\"14\" aria-hidden=\"true\" focusable=\"false\">{inner}</svg>"
    )
}

/// The grammatical number of a name, for a string of the catalogue whose words agree with it
/// ("is" or "are", "its" or "their"): its `$number` argument.
pub(super) fn number(plural: bool) -> FluentValue<'static> {
    if plural { "plural".into() } else { "singular".into() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.04), "12");
        assert_eq!(num(12.26), "12.3");
        assert_eq!(num(-0.5), "-0.5");
        assert_eq!(num(-0.04), "0");
    }

    #[test]
    fn numbers_are_written_as_float_formatting_would() {
        let reference = |x: f64| {
            let rounded = (x * 10.0).round() / 10.0;
            let text = if rounded == rounded.trunc() { format!("{}", rounded as i64) } else { format!("{rounded:.1}") };
            if text == "-0" { "0".to_string() } else { text }
        };
        let mut x = -1_234.567_f64;
        while x < 98_765.0 {
            assert_eq!(num(x), reference(x), "{x}");
            x += 0.37;
        }
    }

    #[test]
    fn labels_are_clipped_with_an_ellipsis() {
        assert_eq!(clip("Armenia", 10), "Armenia");
        assert_eq!(clip("Collective Security Treaty Organization", 12), "Collective …".replace(" …", "…"));
    }

    #[test]
    fn counts_have_thousands_separators() {
        use crate::strings::thousands;
        assert_eq!(thousands(36), "36");
        assert_eq!(thousands(1500), "1,500");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn svg_text_is_escaped() {
        let svg = open_svg("c", Fit::Wide, 10.0, 10.0, "A <b> & \"c\"", "d", false);
        assert!(svg.contains("<title id=\"c-title\">A &lt;b&gt; &amp; &quot;c&quot;</title>"), "{svg}");
    }
}
