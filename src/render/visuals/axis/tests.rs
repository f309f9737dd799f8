use super::*;

fn strings() -> Strings {
    Strings::embedded().expect("the built-in catalogue parses")
}

fn day(y: i32, m: u8, d: u8) -> i64 {
    Day { year: y, month: m, day: d }.to_unix_days()
}

#[test]
fn distant_clusters_are_cut_apart() {
    let ranges =
        [(day(1990, 1, 1), day(1995, 1, 1)), (day(2020, 9, 27), day(2020, 10, 3)), (day(1994, 1, 1), day(1995, 1, 1))];
    let c = clusters(&ranges, 365 * 5);
    assert_eq!(c, vec![(day(1990, 1, 1), day(1995, 1, 1)), (day(2020, 9, 27), day(2020, 10, 3))]);
}

#[test]
fn a_busy_week_gets_room_beside_a_long_war() {
    let segments = lay_out(&[(0, 1800), (18_000, 18_006)], &[2, 10], 0.0, 1000.0, 20.0);
    assert!(segments[1].x1 - segments[1].x0 > 300.0, "{segments:?}");
    assert_eq!(segments[1].x1, 1000.0);
}

#[test]
fn ticks_follow_the_calendar() {
    let strings = strings();
    let months = Months::of(&strings);
    let (s, e) = (day(1990, 1, 1), day(1995, 1, 1));
    assert_eq!(step_for(s, e, 4), Step::Years(2));
    let ticks: Vec<String> =
        marks(Step::Years(2), s, e, 4).iter().map(|&d| tick_label(&months, Step::Years(2), d, false)).collect();
    assert_eq!(ticks, ["1990", "1992", "1994"]);
    let (s, e) = (day(2020, 9, 27), day(2020, 10, 3));
    let step = step_for(s, e, 3);
    assert_eq!(step, Step::Days(2));
    assert_eq!(tick_label(&months, step, s, true), "27 Sep 2020");
    let months = marks(Step::Months(3), day(2020, 2, 10), day(2021, 2, 1), 10);
    assert_eq!(months, vec![day(2020, 4, 1), day(2020, 7, 1), day(2020, 10, 1), day(2021, 1, 1)]);
}

#[test]
fn the_axis_names_the_day_it_starts_on() {
    let strings = strings();
    let s = Segment { start: day(1990, 3, 15), end: day(1995, 1, 1), x0: 0.0, x1: 700.0 };
    let svg = draw(&Months::of(&strings), &[s], 100.0, 0.0, 700.0);
    let first = svg.split("class=\"tick-label\"").nth(1).expect("a tick label");
    assert!(first.contains(">15 Mar 1990<"), "{svg}");
}

/// A short stretch after a break says where it starts, even when the stretch before it
/// ends so close that both end labels cannot be drawn: the earlier stretch's last tick
/// gives way.
#[test]
fn a_stretch_after_a_break_names_its_first_day() {
    let before = Segment { start: day(2008, 8, 7), end: day(2008, 8, 27), x0: 0.0, x1: 300.0 };
    let after = Segment { start: day(2009, 9, 30), end: day(2009, 10, 1), x0: 324.0, x1: 380.0 };
    let strings = strings();
    let months = Months::of(&strings);
    let svg = draw(&months, &[before, after], 100.0, 0.0, 400.0);
    assert!(svg.contains(">30 Sep 2009<"), "{svg}");
    assert!(svg.contains(">7 Aug 2008<") && svg.contains(">21 Aug<"), "{svg}");
    let vertical = draw_vertical(&months, &[before, after], 92.0, 336.0);
    assert!(vertical.contains(">30 Sep 2009<") && vertical.contains("text-anchor=\"end\""), "{vertical}");
}

#[test]
fn periods_read_naturally() {
    let strings = strings();
    let months = Months::of(&strings);
    assert_eq!(period_label(&months, Step::Years(1), day(2019, 1, 1), day(2020, 1, 1)), "2019");
    assert_eq!(period_label(&months, Step::Years(5), day(1990, 1, 1), day(1995, 1, 1)), "1990–1994");
    assert_eq!(period_label(&months, Step::Months(1), day(2020, 10, 1), day(2020, 11, 1)), "Oct 2020");
}
