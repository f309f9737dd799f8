//! Every stage stays near-linear in its input (issue 14, item 7): each test times the
//! library's `check` (load, resolve, render into nothing) on an input and on one ten times
//! its size, and fails when the larger takes more than 25 times as long (linear is 10,
//! quadratic 100). Ratios, not absolute times, so a slow machine cannot fail them; and the
//! process's CPU time rather than the clock, one test at a time, so neither other programs on
//! a busy machine nor the other tests of this file inflate one side of a ratio.

mod common;

use std::sync::Mutex;
use std::time::Duration;

use briefing::CheckOptions;
use briefing::model::Day;
use common::Site;

/// The largest ratio of the two times that still counts as linear.
const BUDGET: f64 = 25.0;

/// Held by each test for the whole of its work, so no other test of this file spends CPU
/// time in the process while it measures.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// CPU time this process has used so far, user and system, on every thread.
fn cpu_time() -> Duration {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::uninit();
    // SAFETY: getrusage fills the struct it is given; RUSAGE_SELF is always valid.
    let usage = unsafe {
        assert_eq!(libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr()), 0, "getrusage");
        usage.assume_init()
    };
    let micros = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    Duration::from_micros(micros(usage.ru_utime) + micros(usage.ru_stime))
}

/// CPU time `check` takes on a site made by `make(n)`, the best of `runs`.
fn time_check(site: &Site, runs: usize) -> Duration {
    let options =
        CheckOptions { root: site.root().to_path_buf(), strict: false, today: Day::today(), autolinks: false };
    (0..runs)
        .map(|_| {
            let started = cpu_time();
            let report = briefing::check(&options).expect("the site can be read");
            let took = cpu_time().saturating_sub(started);
            std::hint::black_box(report);
            took
        })
        .min()
        .expect("at least one run")
}

/// Times `check` on `make(n)` and `make(10 n)` and asserts the ratio stays in the budget.
fn assert_linear(what: &str, n: usize, make: impl Fn(&Site, usize)) {
    let _alone = ONE_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let small = Site::empty();
    make(&small, n);
    let large = Site::empty();
    make(&large, 10 * n);
    let t_small = time_check(&small, 3);
    let t_large = time_check(&large, 2);
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
