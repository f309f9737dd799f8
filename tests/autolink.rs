//! Automatic links as a reader meets them (issue 16): a party's name is linked only where it
//! stands alone as that name, and `check --autolinks` lists every link made for review.

mod common;

use common::{Site, stderr, stdout};

/// A site whose parties have names that also occur inside other names and phrases.
fn site() -> Site {
    let site = Site::empty();
    site.write("briefing.toml", "title = \"T\"\n\n[autolink]\nnever = [\"city of Washington\"]\n");
    let party = |id: &str, front: &str| {
        site.write(&format!("content/parties/{id}.md"), &format!("---\n{front}\nkind: state\n---\nA party.\n"))
    };
    party("western", "name: Western Province\nshort_name: Western");
    party("north", "name: North\nautolink: always");
    party("washington", "name: George Washington\nshort_name: Washington");
    party("georgia", "name: Georgia");
    party("georgia-us", "name: Georgia (US state)\naliases: [Georgia]");
    party("hanover", "name: Hanover\nautolink: false");
    party("armenia", "name: Armenia");
    site.write(
        "content/events/e.md",
        "---\ntitle: E\ndate: 2020-01-01\n---\n\
         The Ebola outbreak in Western Africa spread fast. The talks moved to the city of\n\
         Washington and then to Washington D.C. Troops crossed from Hanover into Georgia.\n\n\
         North said it would not mediate. Western diplomats left. Later, Washington wrote to\n\
         the envoy of Armenia.\n",
    );
    site
}

fn autolinked(page: &str) -> Vec<String> {
    page.split("<a class=\"ref ref-party autolink\" href=\"")
        .skip(1)
        .map(|rest| {
            let (href, after) = rest.split_once("\">").expect("a link has an end");
            format!("{} -> {href}", &after[..after.find("</a>").expect("closed")])
        })
        .collect()
}

#[test]
fn names_are_linked_only_where_they_stand_alone() {
    let site = site();
    let out = site.build(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = std::fs::read_to_string(site.root().join("public/events/e/index.html")).unwrap();
    // "Western Africa" and "Washington D.C." are longer names; "city of Washington" is a
    // never phrase; Hanover opted out; Georgia is shared by two briefs; "Western" alone is a
    // common word its party did not opt in for, while North did.
    assert_eq!(
        autolinked(&page),
        ["North -> /parties/north/", "Washington -> /parties/washington/", "Armenia -> /parties/armenia/"],
        "{page}"
    );
}

#[test]
fn check_lists_every_automatic_link_and_warns_of_shared_names() {
    let site = site();
    let out = site.run(&["check", "--autolinks"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with(
            "content/events/e.md:8:1: `North` -> north\n\
             content/events/e.md:8:65: `Washington` -> washington\n\
             content/events/e.md:9:14: `Armenia` -> armenia\n"
        ),
        "{}",
        stdout(&out)
    );
    let err = stderr(&out);
    assert!(
        stdout(&out).contains("content/parties/western.md:3:13: `Western` is a common word, never linked automatically; `autolink: always` in western links it"),
        "names left alone as common words are listed too: {}",
        stdout(&out)
    );
    assert!(err.contains("warning[shared-name]: `Georgia` is also a name of Georgia (US state)"), "{err}");
    assert!(err.contains("content/parties/georgia-us.md:3:11"), "the note points at the other brief: {err}");
    assert!(err.contains("3 automatic links"), "{err}");

    let out = site.run(&["check", "--autolinks", "--format", "json"]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).expect("one JSON array");
    let links: Vec<String> = items
        .iter()
        .filter(|i| i["code"] == "autolink")
        .map(|i| format!("{}:{} {} -> {}", i["line"], i["column"], i["text"], i["target"]))
        .collect();
    assert_eq!(
        links,
        ["8:1 \"North\" -> \"north\"", "8:65 \"Washington\" -> \"washington\"", "9:14 \"Armenia\" -> \"armenia\""]
    );
    assert!(items.iter().any(|i| i["code"] == "autolink-common-word" && i["text"] == "Western"));
    let out = site.run(&["check", "--format", "json"]);
    assert!(!stdout(&out).contains("\"autolink\""), "listed only when asked for");
}
