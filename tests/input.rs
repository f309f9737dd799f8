//! Awkward but legitimate input (SPEC section 6, "Bad input"): each either works or gives a
//! clear diagnostic with exit status 1; none panics, and one broken brief does not drown the
//! report in follow-on errors.

mod common;

use common::{Site, stderr};

const PARTY: &str = "---\nname: Republic of Armenia\nshort_name: Armenia\nkind: state\n---\nArmenia.\n";

fn assert_no_panic(out: &std::process::Output) {
    let err = stderr(out);
    assert!(!err.contains("panicked"), "briefing panicked:\n{err}");
    assert!(out.status.code().is_some_and(|c| c <= 2), "unexpected exit {:?}", out.status);
}

#[test]
fn crlf_line_ends_and_a_byte_order_mark_work() {
    let site = Site::empty();
    site.write("content/parties/armenia.md", &format!("\u{feff}{}", PARTY.replace('\n', "\r\n")));
    site.write(
        "content/events/clash.md",
        "---\r\ntitle: A clash\r\ndate: 2020-09-27\r\nparticipants: [armenia]\r\n---\r\nSee [[armenia]].\r\n",
    );
    site.build_ok();
    assert!(site.page("events/clash/").contains("<h1>A clash</h1>"));
    assert!(site.page("parties/armenia/").contains("<h1>Republic of Armenia</h1>"));
}

#[test]
fn crlf_files_report_the_right_line_and_column() {
    let site = Site::empty();
    site.write("content/parties/armenia.md", &PARTY.replace('\n', "\r\n"));
    site.write("content/events/clash.md", "---\r\ntitle: A clash\r\ndate: 2020-13\r\n---\r\n");
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--> content/events/clash.md:3:7"), "{}", stderr(&out));
}

#[test]
fn an_open_end_date_means_still_going() {
    let site = Site::empty();
    site.write("content/parties/armenia.md", "---\nname: Armenia\nkind: state\nfounded: 1991~\nended: ..\n---\n");
    site.build_ok();
    let page = site.page("parties/armenia/");
    assert!(page.contains("c. 1991"));
    assert!(!page.contains("Dissolved"));
}

#[test]
fn one_broken_brief_does_not_cascade_into_its_references() {
    let site = Site::empty();
    site.write("content/parties/armenia.md", "---\nname: Armenia\n  kind: state\n---\n");
    site.write(
        "content/events/clash.md",
        "---\ntitle: A clash\ndate: 2020-09-27\nparticipants: [armenia]\nclaims:\n  - { by: armenia, text: x }\n---\nSee [[armenia]].\n",
    );
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("content/parties/armenia.md:3:3"), "{err}");
    assert_eq!(err.matches("error[").count(), 1, "only the broken file is reported:\n{err}");
}

#[test]
fn an_empty_file_is_a_clear_error() {
    let site = Site::empty();
    site.write("content/parties/armenia.md", "");
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("error[missing-front-matter]: this brief has no front-matter"));
    assert!(stderr(&out).contains("--> content/parties/armenia.md:1:1"));
}

#[test]
fn non_utf8_bytes_point_at_their_line() {
    let site = Site::empty();
    std::fs::create_dir_all(site.root().join("content/parties")).unwrap();
    std::fs::write(site.root().join("content/parties/cafe.md"), b"---\nname: Caf\xe9\n---\n").unwrap();
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--> content/parties/cafe.md:2:10"), "{}", stderr(&out));
    assert!(stderr(&out).contains("UTF-8"));
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported_not_followed_forever() {
    let site = Site::empty();
    site.write("content/parties/armenia.md", PARTY);
    std::os::unix::fs::symlink(site.root().join("content"), site.root().join("content/parties/loop")).unwrap();
    let out = site.build(&[]);
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("loops back"), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn symbolic_links_out_of_the_site_are_refused_and_never_read() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.md"), "root:x:0:0:SECRET-LINE\n").unwrap();
    std::fs::create_dir(outside.path().join("more")).unwrap();
    std::fs::write(outside.path().join("more/clash.md"), "---\ntitle: SECRET-TITLE\ndate: 2020\n---\n").unwrap();
    let site = Site::empty();
    site.write("content/parties/armenia.md", PARTY);
    site.write("content/.shared/azerbaijan.md", "---\nname: Azerbaijan\n---\n");
    std::fs::create_dir_all(site.root().join("content/events")).unwrap();
    symlink(outside.path().join("secret.md"), site.root().join("content/parties/passwd.md")).unwrap();
    symlink(outside.path().join("more"), site.root().join("content/events/elsewhere")).unwrap();
    // A link that stays inside content/ is followed.
    symlink(site.root().join("content/.shared/azerbaijan.md"), site.root().join("content/parties/azerbaijan.md"))
        .unwrap();
    let out = site.build(&[]);
    let err = stderr(&out);
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(!err.contains("SECRET"), "the target's contents are printed:\n{err}");
    assert!(err.contains("--> content/parties/passwd.md:1:1"), "{err}");
    assert!(err.contains("--> content/events/elsewhere:1:1"), "{err}");
    assert_eq!(err.matches("error[outside-site]").count(), 2, "{err}");
    assert!(!err.contains("azerbaijan"), "{err}");
    assert!(!site.root().join("public").exists());
    for link in ["content/parties/passwd.md", "content/events/elsewhere"] {
        std::fs::remove_file(site.root().join(link)).unwrap();
    }
    site.build_ok();
    assert!(site.page("parties/azerbaijan/").contains("<h1>Azerbaijan</h1>"));
}

#[cfg(unix)]
#[test]
fn links_to_files_of_the_site_outside_content_or_static_are_refused_and_never_read() {
    use std::os::unix::fs::symlink;
    let site = Site::empty();
    site.write("content/parties/armenia.md", PARTY);
    site.write(".env", "---\nname: SECRET-ENV\n---\n");
    site.write(".git/config", "---\ntitle: SECRET-GIT\n---\n");
    site.write("notes/more.md", "---\nname: SECRET-NOTES\n---\n");
    std::fs::create_dir_all(site.root().join("content/events")).unwrap();
    symlink(site.root().join(".env"), site.root().join("content/parties/env.md")).unwrap();
    std::fs::create_dir_all(site.root().join("content/pages")).unwrap();
    symlink(site.root().join(".git/config"), site.root().join("content/pages/config.md")).unwrap();
    symlink(site.root().join("notes"), site.root().join("content/events/notes")).unwrap();
    let out = site.build(&[]);
    let err = stderr(&out);
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(!err.contains("SECRET"), "a target's contents are printed:\n{err}");
    assert_eq!(err.matches("error[outside-content]").count(), 3, "{err}");
    for (link, target) in [
        ("content/parties/env.md", ".env"),
        ("content/pages/config.md", ".git/config"),
        ("content/events/notes", "notes"),
    ] {
        assert!(err.contains(&format!("--> {link}:1:1")), "{err}");
        assert!(err.contains(&format!("a symbolic link to `{target}`, which is outside content/")), "{err}");
    }
    for link in ["content/parties/env.md", "content/pages/config.md", "content/events/notes"] {
        std::fs::remove_file(site.root().join(link)).unwrap();
    }
    // static/ links stay inside static/: the configuration is not published.
    site.write("briefing.toml", "title = \"SECRET-TOML\"\n");
    site.write("static/logo.txt", "logo");
    std::fs::create_dir_all(site.root().join("static/img")).unwrap();
    symlink(site.root().join("briefing.toml"), site.root().join("static/config.txt")).unwrap();
    symlink(site.root().join("static/logo.txt"), site.root().join("static/img/logo.txt")).unwrap();
    let out = site.build(&[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("warning[static-outside-site]"), "{err}");
    assert!(err.contains("`static/config.txt` links to a file outside its static/ folder"), "{err}");
    assert!(!site.root().join("public/config.txt").exists(), "briefing.toml is published");
    assert_eq!(std::fs::read_to_string(site.root().join("public/img/logo.txt")).unwrap(), "logo");
}

#[test]
fn hidden_swap_and_backup_files_are_ignored() {
    let site = Site::empty();
    site.write("content/parties/armenia.md", PARTY);
    for junk in [".armenia.md.swp", ".#armenia.md", "armenia.md~", "#armenia.md#", ".hidden.md", "armenia.md.bak"] {
        site.write(&format!("content/parties/{junk}"), "not a brief");
    }
    site.write("content/.drafts/ghost.md", "not a brief");
    site.build_ok();
}

#[test]
fn a_large_body_builds() {
    let site = Site::empty();
    let paragraph = "Armenia and its neighbours, with *emphasis*, `code` and a [[armenia]] link.\n\n";
    let body = paragraph.repeat(8 * 1024 * 1024 / paragraph.len());
    site.write("content/parties/armenia.md", PARTY);
    site.write("content/pages/long.md", &format!("---\ntitle: Long\n---\n{body}"));
    site.build_ok();
    assert!(site.page("long/").len() > 8 * 1024 * 1024);
}

#[test]
fn yaml_that_is_not_a_map_is_explained() {
    let site = Site::empty();
    site.write("content/parties/armenia.md", "---\n- name: Armenia\n---\n");
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("must be a list of `key: value` lines"), "{}", stderr(&out));
}

#[test]
fn a_page_cannot_take_a_section_name() {
    let site = Site::empty();
    site.write("content/pages/events.md", "---\ntitle: Events\n---\n");
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("error[reserved-id]: a page cannot be called `events`"), "{}", stderr(&out));
}

#[test]
fn a_50_mb_file_builds() {
    let site = Site::empty();
    site.write("content/parties/armenia.md", PARTY);
    let line = "A long wire report pasted whole, with Armenia named in it and *some* emphasis.";
    let mut text = String::from("---\ntitle: Dump\n---\n");
    while text.len() < 50 * 1024 * 1024 {
        text.push_str(line);
        text.push_str(if text.len() % 7 == 0 { "\n\n" } else { " " });
    }
    site.write("content/pages/dump.md", &text);
    site.build_ok();
    assert!(site.page("dump/").len() > 50 * 1024 * 1024);
}

#[test]
fn ids_that_differ_only_in_case_are_refused() {
    // On macOS and Windows `Armenia.md` and `armenia.md` are one file, and their pages would be
    // one folder: ids are lowercase, so the capitalised one is reported with the fix.
    let site = Site::empty();
    site.write("content/parties/armenia.md", PARTY);
    site.write("content/parties/Armenia.md", PARTY);
    let out = site.build(&[]);
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("error[invalid-id]: `Armenia` is not a valid id"), "{err}");
    assert!(err.contains("--> content/parties/Armenia.md"), "{err}");
    assert!(err.contains("= help: rename the file to `armenia.md`"), "{err}");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_reported_with_its_path() {
    use std::os::unix::fs::PermissionsExt;
    let site = Site::empty();
    site.write("content/parties/armenia.md", PARTY);
    site.write("content/parties/secret.md", PARTY);
    let path = site.root().join("content/parties/secret.md");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        eprintln!("skipped: this process reads files whatever their permissions (running as root)");
        return;
    }
    let out = site.build(&[]);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("error[unreadable-file]: cannot read `content/parties/secret.md`"), "{err}");
    assert!(err.contains("= help: "), "{err}");
}

#[test]
fn odd_bytes_and_shapes_never_panic() {
    let site = Site::empty();
    site.write("content/parties/armenia.md", PARTY);
    let cases: &[(&str, &[u8])] = &[
        ("content/parties/nul.md", b"---\nname: A\0B\n---\n\0\0"),
        ("content/parties/bom-only.md", b"\xef\xbb\xbf"),
        ("content/parties/fence-only.md", b"---"),
        ("content/parties/cr-only.md", b"---\rname: X\r---\r"),
        ("content/parties/deep.md", &[b'['; 100_000]),
        ("content/parties/anchors.md", b"---\na: &a [*a, *a]\nname: *a\n---\n"),
        ("content/parties/tabs.md", b"---\n\tname: X\n---\n"),
        ("content/parties/surrogate.md", b"---\nname: \"\\ud800\"\n---\n"),
        ("content/events/huge-number.md", b"---\ntitle: X\ndate: 99999999999-01-01\ncasualties:\n  - { of: civilians, count: 99999999999999999999999 }\n---\n"),
    ];
    for (path, bytes) in cases {
        let full = site.root().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(&full, bytes).unwrap();
    }
    let out = site.build(&[]);
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for (path, _) in cases {
        assert!(err.contains(&format!("--> {path}")), "{path} is reported:\n{err}");
    }
}

#[test]
fn a_base_url_on_the_command_line_is_checked_too() {
    let site = Site::empty();
    site.write("content/parties/armenia.md", PARTY);
    let out = site.build(&["--base-url", "example.org"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("--base-url `example.org`") && err.contains("https://example.org/"), "{err}");
    assert!(!site.root().join("public").exists());
}

#[test]
fn new_refuses_a_title_with_a_line_break_and_writes_nothing() {
    let site = Site::empty();
    let out = site.run(&["new", "event", "clash", "--title", "A clash\non the border"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("the title runs over more than one line"), "{err}");
    assert!(!site.root().join("content/events/clash.md").exists());
    let out = site.run(&["new", "event", "clash", "--title", "A \"clash\" \\ on: the # border"]);
    assert!(out.status.success(), "{}", stderr(&out));
    site.build_ok();
    assert!(site.page("events/clash/").contains("<h1>A &quot;clash&quot; \\ on: the # border</h1>"));
}

#[test]
fn the_link_forms_the_guide_and_the_help_suggest_work() {
    let site = Site::empty();
    site.write(
        "content/parties/armenia.md",
        "---\nname: Armenia\n---\n[a](../events/war/) [b](../../events/war/) [c](/events/war/) [d](../events/war.md) [e](../events/war/#why)\n",
    );
    site.write(
        "content/events/war.md",
        "---\ntitle: War\ndate: 2020\n---\n## Why\n\n[f](../parties/armenia/) [g](../about/)\n",
    );
    site.write("content/pages/about.md", "---\ntitle: About\n---\n[h](../events/war/) [i](../parties/armenia.md)\n");
    let out = site.build(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let armenia = common::hrefs(&site.page("parties/armenia/"));
    for text in ["a", "b", "c", "d"] {
        assert!(
            site.page("parties/armenia/").contains(&format!("<a href=\"/events/war/\">{text}</a>")),
            "{text}: {armenia:?}"
        );
    }
    assert!(site.page("parties/armenia/").contains("<a href=\"/events/war/#why\">e</a>"));
    assert!(site.page("events/war/").contains("<a href=\"/parties/armenia/\">f</a>"));
    assert!(site.page("events/war/").contains("<a href=\"/about/\">g</a>"));
    assert!(site.page("about/").contains("<a href=\"/events/war/\">h</a>"));
}
