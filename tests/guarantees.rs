//! The promises of SPEC section 6 and the CLI contract of section 5: deterministic output,
//! nothing lost on a failed build, output folders that would swallow the site refused, exit
//! codes, and scaffolding that builds.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use assert_cmd::Command;
use common::{Site, stderr, stdout};

/// Every file of a tree with its bytes, for exact comparison.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.expect("output tree is readable"))
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

#[test]
fn the_same_input_gives_byte_identical_output() {
    let site = Site::copy("crosslinks");
    site.build_ok();
    let first = snapshot(&site.root().join("public"));
    let mut cmd = Command::cargo_bin("briefing").unwrap();
    let out = cmd.args(["build", "--root"]).arg(site.root()).env("RAYON_NUM_THREADS", "1").output().unwrap();
    assert!(out.status.success());
    let second = snapshot(&site.root().join("public"));
    assert_eq!(first.keys().collect::<Vec<_>>(), second.keys().collect::<Vec<_>>());
    for (path, bytes) in &first {
        assert!(bytes == &second[path], "{path} differs between runs");
    }
}

#[test]
fn file_order_on_disk_does_not_change_the_output() {
    // The same content written in reverse order gets different directory order and mtimes.
    let a = Site::copy("crosslinks");
    let b = Site::empty();
    let mut files: Vec<_> = walkdir::WalkDir::new(a.root())
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(a.root()).unwrap().to_path_buf())
        .collect();
    files.reverse();
    for rel in &files {
        b.write(&rel.to_string_lossy(), &std::fs::read_to_string(a.root().join(rel)).unwrap());
    }
    a.build_ok();
    b.build_ok();
    assert_eq!(snapshot(&a.root().join("public")), snapshot(&b.root().join("public")));
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = Site::copy("crosslinks");
    site.build_ok();
    let before = snapshot(&site.root().join("public"));
    site.write("content/parties/alpha.md", "---\nname: Alpha\nkind: stat\n---\n");
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("the previous output is unchanged"));
    assert_eq!(before, snapshot(&site.root().join("public")));
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "no staging folder is left behind: {leftovers:?}");
}

#[test]
fn a_rebuild_removes_pages_of_deleted_briefs() {
    let site = Site::copy("crosslinks");
    site.build_ok();
    assert!(site.exists("events/talks/index.html"));
    site.remove("content/events/talks.md");
    site.write(
        "content/events/first-clash.md",
        &std::fs::read_to_string(site.root().join("content/events/first-clash.md"))
            .unwrap()
            .replace("related: [talks]\n", ""),
    );
    site.write("content/parties/gamma.md", "---\nname: Gamma\nkind: person\n---\nA person.\n");
    site.build_ok();
    assert!(!site.exists("events/talks/index.html"));
}

#[test]
fn output_folders_that_hold_the_site_are_refused() {
    let site = Site::copy("crosslinks");
    for output in [".", "content", "content/public", ".."] {
        let out = site.build(&["--output", &site.root().join(output).to_string_lossy()]);
        assert_eq!(out.status.code(), Some(2), "--output {output} must be refused: {}", stderr(&out));
        assert!(stderr(&out).starts_with("error: the output folder"), "{}", stderr(&out));
    }
    assert!(site.root().join("content/parties/alpha.md").exists(), "nothing was deleted");
    let other = Site::copy("crosslinks");
    let out = site.build(&["--output", &other.root().to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2), "another site's folder is refused");
    assert!(other.root().join("content/parties/alpha.md").exists());
}

#[cfg(unix)]
#[test]
fn an_output_that_is_a_link_or_an_unrelated_folder_is_refused() {
    let site = Site::copy("crosslinks");
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::write(elsewhere.path().join("notes.txt"), "mine").unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), site.root().join("public")).unwrap();
    let out = site.build(&[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("is a symbolic link"), "{}", stderr(&out));
    assert!(stderr(&out).contains("= help: "), "{}", stderr(&out));
    let out = site.build(&["--output", &elsewhere.path().to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("such as `notes.txt`"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(elsewhere.path().join("notes.txt")).unwrap(), "mine");
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 1, "nothing was written there");
    let parent_entries = |p: &Path| std::fs::read_dir(p.parent().unwrap()).unwrap().count();
    let before = parent_entries(elsewhere.path());
    std::fs::remove_file(elsewhere.path().join("notes.txt")).unwrap();
    site.remove("public");
    let out = site.build(&["--output", &elsewhere.path().to_string_lossy()]);
    assert!(out.status.success(), "an empty folder is fine: {}", stderr(&out));
    assert!(elsewhere.path().join("index.html").is_file());
    assert_eq!(parent_entries(elsewhere.path()), before, "no staging folder is left beside it");
}

const BIG: usize = 120;

/// A site big enough that a debug build takes a noticeable time to render and write.
fn big_site(summary: &str) -> Site {
    let site = Site::empty();
    let body = "A paragraph about the parties and the places where they met. ".repeat(20);
    for i in 0..BIG {
        site.write(
            &format!("content/parties/p{i}.md"),
            &format!("---\nname: Party {i}\nsummary: {summary} {i}\n---\n{body}\n"),
        );
        site.write(
            &format!("content/events/e{i}.md"),
            &format!("---\ntitle: Event {i}\ndate: 2020-01-{:02}\nparticipants: [p{i}]\n---\n{body}\n", i % 28 + 1),
        );
    }
    site
}

#[cfg(unix)]
#[test]
fn a_build_killed_at_any_moment_leaves_a_whole_site() {
    let site = big_site("First");
    site.build_ok();
    let first = snapshot(&site.root().join("public"));
    for rel in (0..BIG).map(|i| format!("content/parties/p{i}.md")) {
        let text = std::fs::read_to_string(site.root().join(&rel)).unwrap();
        site.write(&rel, &text.replace("summary: First", "summary: Second"));
    }
    let started = std::time::Instant::now();
    let bin = assert_cmd::cargo::cargo_bin("briefing");
    let timed =
        std::process::Command::new(&bin).args(["build", "--quiet", "--root"]).arg(site.root()).output().unwrap();
    assert!(timed.status.success());
    let full = started.elapsed();
    // Put the first build back, then kill rebuilds at moments spread over a whole build.
    let mut after_kills = Vec::new();
    for step in 0..8u32 {
        let public = site.root().join("public");
        std::fs::remove_dir_all(&public).unwrap();
        std::fs::create_dir(&public).unwrap();
        for (rel, bytes) in &first {
            let path = public.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        let mut child = std::process::Command::new(&bin)
            .args(["build", "--quiet", "--root"])
            .arg(site.root())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(full * step / 7);
        let _ = child.kill();
        let _ = child.wait();
        after_kills.push((full * step / 7, snapshot(&public)));
    }
    site.build_ok();
    let second = snapshot(&site.root().join("public"));
    assert_ne!(first, second);
    let old = after_kills.iter().filter(|(_, s)| *s == first).count();
    for (when, now) in &after_kills {
        assert!(*now == first || *now == second, "a build killed after {when:?} left a mixed output");
    }
    assert!(old > 0, "some kills landed before the swap ({old} of {})", after_kills.len());
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') && n != ".public.prev")
        .collect();
    assert!(leftovers.is_empty(), "the next build cleans up after killed ones: {leftovers:?}");
}

#[test]
fn a_second_build_of_the_same_output_waits_for_the_first() {
    let site = Site::copy("crosslinks");
    site.build_ok();
    assert!(!site.root().join(".public.lock").exists(), "a finished build removes its lock file");
    // Stand in for a build that is still writing: hold its lock.
    let lock = std::fs::File::create(site.root().join(".public.lock")).unwrap();
    lock.lock().unwrap();
    let brief = std::fs::read_to_string(site.root().join("content/parties/alpha.md")).unwrap();
    site.write("content/parties/alpha.md", &brief.replace("sits north of Beta", "lies north of Beta"));
    let mut second = std::process::Command::new(assert_cmd::cargo::cargo_bin("briefing"))
        .args(["build", "--quiet"])
        .current_dir(site.root())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait for it to say it is waiting (it gets there after loading and resolving the site).
    let mut stderr = std::io::BufReader::new(second.stderr.take().unwrap());
    let mut said = String::new();
    std::io::BufRead::read_line(&mut stderr, &mut said).unwrap();
    assert!(said.starts_with("note: another build is writing `public`; waiting"), "{said}");
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(second.try_wait().unwrap().is_none(), "it waits while the lock is held");
    assert!(!site.page("parties/alpha/").contains("lies north of Beta"), "and has not touched the output");
    drop(lock);
    let status = second.wait().unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    assert!(status.success(), "{rest}");
    assert!(site.page("parties/alpha/").contains("lies north of Beta"), "then builds as usual");
    assert!(!site.root().join(".public.lock").exists());
}

/// A digest of a whole output tree: every path and every byte.
fn tree_hash(dir: &Path) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    snapshot(dir).hash(&mut h);
    h.finish()
}

#[test]
fn output_is_the_same_whatever_the_threads_mtimes_and_creation_order() {
    let reference = Site::copy("crosslinks");
    let out = reference.run_with(&["build"], &[("RAYON_NUM_THREADS", "1")]);
    assert!(out.status.success());
    let expected = tree_hash(&reference.root().join("public"));
    let files: Vec<_> = walkdir::WalkDir::new(reference.root().join("content"))
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(reference.root()).unwrap().to_path_buf())
        .collect();
    for (round, threads) in ["4", "2", "8"].into_iter().enumerate() {
        let site = Site::empty();
        std::fs::copy(reference.root().join("briefing.toml"), site.root().join("briefing.toml")).unwrap();
        // Another creation order and other modification times each round.
        let mut order = files.clone();
        order.rotate_left(round * 3 % files.len());
        if round % 2 == 1 {
            order.reverse();
        }
        for (i, rel) in order.iter().enumerate() {
            site.write(&rel.to_string_lossy(), &std::fs::read_to_string(reference.root().join(rel)).unwrap());
            let when =
                std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000 * (i as u64 * 7 % 13 + 1));
            std::fs::File::options().write(true).open(site.root().join(rel)).unwrap().set_modified(when).unwrap();
        }
        let out = site.run_with(&["build"], &[("RAYON_NUM_THREADS", threads)]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(tree_hash(&site.root().join("public")), expected, "round {round} with {threads} threads differs");
    }
}

#[test]
fn a_folder_without_content_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("briefing").unwrap().args(["build", "--root"]).arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("has no `content/` folder"), "{}", stderr(&out));
}

#[test]
fn bad_arguments_exit_with_status_2() {
    let out = Command::cargo_bin("briefing").unwrap().args(["build", "--no-such-flag"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::cargo_bin("briefing").unwrap().args(["new", "villain", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn every_command_has_help_and_the_binary_a_version() {
    for command in [vec!["--help"], vec!["build", "--help"], vec!["new", "--help"], vec!["init", "--help"]] {
        let out = Command::cargo_bin("briefing").unwrap().args(&command).output().unwrap();
        assert!(out.status.success(), "{command:?}");
        assert!(stdout(&out).contains("Usage: briefing"), "{command:?}");
    }
    let out = Command::cargo_bin("briefing").unwrap().arg("--version").output().unwrap();
    assert!(stdout(&out).starts_with("briefing "));
}

#[test]
fn init_makes_a_site_that_builds_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let out = Command::cargo_bin("briefing").unwrap().arg("init").arg(&root).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = Command::cargo_bin("briefing").unwrap().args(["build", "--root"]).arg(&root).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "no warnings: {}", stderr(&out));
    assert!(root.join("public/events/border-clash/index.html").exists());
    let again = Command::cargo_bin("briefing").unwrap().arg("init").arg(&root).output().unwrap();
    assert_eq!(again.status.code(), Some(2), "init refuses a folder that is not empty");
}

#[test]
fn new_briefs_of_every_kind_build() {
    let site = Site::copy("crosslinks");
    for (kind, id) in [("party", "epsilon"), ("event", "new-clash"), ("page", "method")] {
        let out = site.run(&["new", kind, id, "--title", "A \"quoted\" title"]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    site.build_ok();
    assert!(site.page("parties/epsilon/").contains("<h1>A &quot;quoted&quot; title</h1>"));
    assert!(site.exists("events/new-clash/index.html"));
    assert!(site.exists("method/index.html"));
    let again = site.run(&["new", "party", "epsilon"]);
    assert_eq!(again.status.code(), Some(2), "new never overwrites");
    assert!(stderr(&again).contains("already exists"));
    let taken = site.run(&["new", "page", "alpha"]);
    assert_eq!(taken.status.code(), Some(2), "ids are one namespace");
    let bad = site.run(&["new", "party", "Bad Name"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("try `bad-name`"), "{}", stderr(&bad));
}

/// Every command that reads a site, pointed at a folder that is not one or does not exist,
/// says which it is and names `briefing init`; after `init`, the way on is `serve`.
#[test]
fn no_site_here_says_so_and_names_init() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing");
    for command in ["build", "check", "serve"] {
        for (root, says) in [(dir.path(), "has no `content/` folder"), (missing.as_path(), "does not exist")] {
            let out = Command::cargo_bin("briefing").unwrap().args([command, "--root"]).arg(root).output().unwrap();
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{command}: {err}");
            assert!(err.contains(says) && err.contains("briefing init"), "{command} --root {}: {err}", root.display());
        }
    }
    let out =
        Command::cargo_bin("briefing").unwrap().args(["new", "party", "x", "--root"]).arg(dir.path()).output().unwrap();
    assert!(stderr(&out).contains("briefing init"), "{}", stderr(&out));
    let out = Command::cargo_bin("briefing").unwrap().arg("init").arg(dir.path().join("site")).output().unwrap();
    assert!(stdout(&out).contains("briefing serve") && stdout(&out).contains("start from empty"), "{}", stdout(&out));
}
