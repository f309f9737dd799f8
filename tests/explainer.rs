//! A second real explainer, the August 2008 war in Georgia (tests/sites/georgia-2008), written
//! from the guide alone: it passes `check --strict`, and its pages say what a reader needs.

mod common;

use common::{Site, hrefs, section, stderr, stdout, text};

/// The site's `updated` dates are from late 2025; check as of a later day.
const TODAY: (&str, &str) = ("BRIEFING_TODAY", "2026-01-15");

#[test]
fn the_georgia_explainer_is_clean_under_strict_and_reads_right() {
    let site = Site::copy("georgia-2008");
    let out = site.run_with(&["check", "--strict"], &[TODAY]);
    assert!(out.status.success(), "check --strict failed:\n{}{}", stdout(&out), stderr(&out));

    site.build_ok();

    // A party page lists the events it took part in, by role, with links to them.
    let russia = site.page("parties/russia/");
    let russia_text = text(&russia);
    for (role, event) in [
        ("On side B", "The battle of Tskhinvali"),
        ("As attacker", "The bombing of Gori"),
        ("As backer", "Abkhaz forces take the upper Kodori gorge"),
        ("As signatory", "The six-point ceasefire plan"),
    ] {
        assert!(russia_text.contains(role), "Russia's page has no {role:?} group");
        assert!(russia_text.contains(event), "Russia's page does not list {event:?}");
    }
    let links = hrefs(&russia);
    for id in ["battle-of-tskhinvali", "gori-bombing", "kodori-gorge", "six-point-plan"] {
        assert!(links.iter().any(|h| h.contains(&format!("events/{id}/"))), "Russia's page does not link to {id}");
    }
    // Its denial is the party's, in reported speech.
    assert!(russia_text.contains("Russia denies that its forces used cluster munitions in Georgia."));

    // Each side's figures stay with it and are never added up.
    let war = text(&site.page("events/war-2008/"));
    let figures = &war[war.find("Casualty figures").expect("the war page has figures")..];
    let georgia = figures.find("According to Georgia").expect("Georgia's figures are grouped");
    let russia_at = figures.find("According to Russia").expect("Russia's figures are grouped");
    let ossetia = figures.find("According to South Ossetian authorities").expect("South Ossetia's figures are grouped");
    assert!(georgia < russia_at && russia_at < ossetia, "claimant groups out of order: {figures}");
    assert!(figures[georgia..russia_at].contains("170") && figures[georgia..russia_at].contains("1,747"));
    assert!(figures[russia_at..ossetia].contains("67") && figures[russia_at..ossetia].contains("283"));
    assert!(figures[ossetia..].contains("365"));
    // The inquiry's own estimate keeps its hedge, and the displaced count its "more than".
    assert!(figures.contains("own count"), "the report's estimate is not shown as its own count");
    assert!(figures.contains("about 850"));
    assert!(figures.contains("more than 100,000"));
    for sum in ["398", "830"] {
        assert!(!figures.contains(sum), "figures were added up: {sum}");
    }

    // A paraphrase reads as reported speech, the inquiry's words in quotation marks.
    let shelling = text(&site.page("events/tskhinvali-shelling/"));
    assert!(shelling.contains("Human Rights Watch says the early Russian casualty figures were exaggerated"));
    assert!(!shelling.contains("“the early Russian"), "a paraphrase is shown as a quotation");
    assert!(shelling.contains("about 2,000"), "Russia's claim lost its 'about'");
    assert!(war.contains("The Fact-Finding Mission says: “The shelling of Tskhinvali by the Georgian armed forces"));

    // Three levels of part_of: the Gori page names both larger events above it.
    let gori = site.page("events/gori-bombing/");
    let crumbs = section(&gori, "main");
    assert!(crumbs.contains("events/war-2008/") && crumbs.contains("events/russian-advance/"));
    // An event after the war is related to it, not within it.
    let within = &war[war.find("Events within it").expect("the war lists its sub-events")..];
    let within = &within[..within.find("Related").unwrap_or(within.len())];
    assert!(!within.contains("Russia recognises South Ossetia and Abkhazia"));
}
