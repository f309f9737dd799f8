//! Every stage stays near-linear in its input (issue 14, item 7): each test times the
//! library's `check` (load, resolve, render into nothing) on an input and on one ten times
//! its size, and fails when the larger takes more than 25 times as long (linear is 10,
//! quadratic 100). Ratios, not absolute times, so a slow or busy machine cannot fail them.

mod common;

use std::time::{Duration, Instant};

use briefing::CheckOptions;
use briefing::model::Day;
use common::Site;

/// The largest ratio of the two times that still counts as linear.
const BUDGET: f64 = 25.0;

/// Seconds `check` takes on a site made by `make(n)`, the best of `runs`.
fn time_check(site: &Site, runs: usize) -> Duration {
    let options = CheckOptions { root: site.root().to_path_buf(), strict: false, today: Day::today() };
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            let report = briefing::check(&options).expect("the site can be read");
            let took = started.elapsed();
            std::hint::black_box(report);
            took
        })
        .min()
        .expect("at least one run")
}

/// Times `check` on `make(n)` and `make(10 n)` and asserts the ratio stays in the budget.
fn assert_linear(what: &str, n: usize, make: impl Fn(&Site, usize)) {
    let small = Site::empty();
    make(&small, n);
    let large = Site::empty();
    make(&large, 10 * n);
    let t_small = time_check(&small, 3);
    let t_large = time_check(&large, 1);
    let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-6);
    eprintln!("{what}: n={n}: {t_small:?}, 10n: {t_large:?}, ratio {ratio:.1}");
    assert!(ratio < BUDGET, "{what}: ten times the input took {ratio:.1} times as long ({t_small:?} -> {t_large:?})");
}

#[test]
fn a_long_repetitive_party_name() {
    assert_linear("party name", 20_000, |site, n| {
        let name = "ab ".repeat(n / 3);
        site.write("content/parties/long.md", &format!("---\nname: \"{name}\"\n---\n{name}\n"));
        site.write("content/events/e.md", &format!("---\ntitle: E\ndate: 2020-01-01\n---\n{name} {name}\n"));
    });
}

#[test]
fn many_repeated_headings() {
    assert_linear("headings", 3_000, |site, n| {
        site.write("content/pages/p.md", &format!("---\ntitle: P\n---\n{}", "## Background\n\n".repeat(n)));
    });
}

/// A party with `n` aliases, two of them mentioned in its body.
fn aliases(site: &Site, n: usize) {
    let aliases: Vec<String> = (0..n).map(|i| format!("Alias {i}")).collect();
    site.write(
        "content/parties/many.md",
        &format!("---\nname: Many\naliases: [{}]\n---\nAlias 7 and Alias 70.\n", aliases.join(", ")),
    );
}

#[test]
fn many_aliases() {
    assert_linear("aliases", 2_000, aliases);
}

#[test]
fn aliases_past_the_size_one_automaton_handles() {
    // One automaton of 200,000 names took 29 s to build, 100 times 20,000's: aho-corasick
    // moves every match state to the front one swap at a time, and the chains of swaps it
    // follows lengthen with the count. Automata of bounded size keep it linear.
    assert_linear("aliases", 20_000, aliases);
}
