//! The output folder as an attacker or a careless writer gives it: `..` through folders that
//! do not exist yet, symbolic links, the current folder, hard-linked snapshots of the output,
//! a disk that fills up. Whatever the path, a build writes only where a built site belongs and
//! never moves, empties or rewrites anything else (issue 14, items 1 to 4).

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::{Site, stderr};
use proptest::prelude::*;

/// Every entry under `dir` (files with their bytes, folders and links marked), for exact
/// comparison before and after a refused build.
fn tree(dir: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            let bytes = e.file_type().is_file().then(|| fs::read(e.path()).unwrap());
            (rel, bytes)
        })
        .collect()
}

/// The crosslinks fixture with the folders a site may have beside `content/`.
fn full_site() -> Site {
    let site = Site::copy("crosslinks");
    site.write("static/logo.txt", "logo");
    site.write("templates/.keep", "");
    site.write(".git/HEAD", "ref: refs/heads/main\n");
    site.write("briefing.toml", "title = \"T\"\nbase_url = \"/\"\n");
    site
}

fn build_in(cwd: &Path, root: &Path, output: &str) -> std::process::Output {
    Command::cargo_bin("briefing")
        .unwrap()
        .current_dir(cwd)
        .args(["build", "--root"])
        .arg(root)
        .args(["--output", output])
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

#[test]
fn dot_dot_through_a_missing_folder_reaches_no_source() {
    let site = full_site();
    let root = site.root();
    let before = tree(root);
    let targets = ["content", "static", "templates", ".git", ".", "content/parties"];
    for target in targets {
        for output in [format!("x/../{target}"), format!("x/y/../../{target}/"), format!("./x/.././{target}")] {
            // Given from inside the site, and as an absolute path from elsewhere.
            let absolute = root.join(&output).to_string_lossy().into_owned();
            for (cwd, given) in [(root, output.as_str()), (Path::new("/"), absolute.as_str())] {
                let out = build_in(cwd, root, given);
                assert_eq!(out.status.code(), Some(2), "--output {given} must be refused: {}", stderr(&out));
                assert!(stderr(&out).starts_with("error: the output folder"), "{given}: {}", stderr(&out));
                assert!(tree(root) == before, "--output {given} changed the site");
            }
        }
    }
}

#[test]
fn dot_dot_cannot_reach_a_folder_of_other_files() {
    let site = Site::copy("crosslinks");
    let home = tempfile::tempdir().unwrap();
    fs::create_dir(home.path().join("Documents")).unwrap();
    fs::write(home.path().join("Documents/thesis.txt"), "years of work").unwrap();
    let before = tree(home.path());
    let output = home.path().join("nope/../Documents");
    let out = build_in(site.root(), site.root(), &output.to_string_lossy());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("such as `thesis.txt`"), "{}", stderr(&out));
    assert!(tree(home.path()) == before, "nothing moved aside, created or emptied");
}

#[test]
fn the_current_folder_is_refused_before_any_work() {
    let site = Site::copy("crosslinks");
    let here = tempfile::tempdir().unwrap();
    let work = here.path().join("work");
    fs::create_dir(&work).unwrap();
    for output in [".", "./", "sub/.."] {
        let out = build_in(&work, site.root(), output);
        assert_eq!(out.status.code(), Some(2), "--output {output}: {}", stderr(&out));
        assert!(stderr(&out).contains("the folder you are in"), "--output {output}: {}", stderr(&out));
        assert!(!stderr(&out).contains("os error"), "a sentence, not a system error: {}", stderr(&out));
        assert_eq!(fs::read_dir(here.path()).unwrap().count(), 1, "nothing written beside it");
        assert_eq!(fs::read_dir(&work).unwrap().count(), 0, "nothing written in it");
    }
}

#[cfg(unix)]
#[test]
fn a_linked_output_is_refused_however_it_is_spelt() {
    let site = Site::copy("crosslinks");
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), site.root().join("public")).unwrap();
    for output in ["public", "public/", "public/.", "./public//"] {
        let out = build_in(site.root(), site.root(), output);
        assert_eq!(out.status.code(), Some(2), "--output {output}: {}", stderr(&out));
        assert!(stderr(&out).contains("is a symbolic link"), "--output {output}: {}", stderr(&out));
        assert_eq!(fs::read_dir(elsewhere.path()).unwrap().count(), 0, "nothing written through the link");
    }
    // A link on the way to the output is followed, and what it leads to is judged.
    std::os::unix::fs::symlink(site.root().join("content"), elsewhere.path().join("c")).unwrap();
    let out = build_in(site.root(), site.root(), &elsewhere.path().join("c/parties").to_string_lossy());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("holds the site's own `content`"), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn a_hard_linked_snapshot_of_the_output_is_never_changed() {
    let site = Site::copy("crosslinks");
    site.build_ok();
    // What `cp -al public snap` does: the same files under a second name.
    let public = site.root().join("public");
    let snap = site.root().join("snap");
    for entry in walkdir::WalkDir::new(&public).into_iter().flatten() {
        let target = snap.join(entry.path().strip_prefix(&public).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::hard_link(entry.path(), &target).unwrap();
        }
    }
    let before = tree(&snap);
    // Two builds with changes: the second reuses the folder the snapshot shares files with.
    let brief = fs::read_to_string(site.root().join("content/parties/alpha.md")).unwrap();
    for change in ["First change.", "Second change."] {
        site.write("content/parties/alpha.md", &brief.replace("Alpha is the northern state.", change));
        site.build_ok();
    }
    assert!(site.page("parties/alpha/").contains("Second change."));
    assert!(tree(&snap) == before, "the snapshot still holds the site as it was");
}

/// A small file system of its own, so that a build can fill it; removed when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    /// `None` (and the reason printed) where this process may not mount one.
    fn new(size: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output();
        match mounted {
            Ok(out) if out.status.success() => Some(SmallDisk { dir }),
            _ => {
                eprintln!("skipped: cannot mount a small tmpfs here (needs root and mount permission)");
                None
            }
        }
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(self.dir.path()).output();
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_fails_once_keeps_the_old_output_and_frees_what_it_took() {
    let Some(disk) = SmallDisk::new("3m") else { return };
    let site = Site::copy("crosslinks");
    let output = disk.dir.path().join("public");
    let build = || build_in(site.root(), site.root(), &output.to_string_lossy());
    let out = build();
    assert!(out.status.success(), "{}", stderr(&out));
    let good = tree(&output);
    // Pages far larger than the disk: every one of them fails to be written.
    let body = "A paragraph long enough to fill the disk. ".repeat(25_000);
    for i in 0..8 {
        site.write(
            &format!("content/events/big-{i}.md"),
            &format!("---\ntitle: Big {i}\ndate: 2020-01-0{}\n---\n{body}\n", i + 1),
        );
    }
    let out = build();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.matches("disk").count(), 1, "said once:\n{err}");
    assert!(err.contains("is full"), "{err}");
    assert!(err.contains(&output.parent().unwrap().display().to_string()), "says where: {err}");
    assert!(tree(&output) == good, "the old output is whole");
    let beside: Vec<String> = fs::read_dir(disk.dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(beside, ["public"], "the failed build's folder is removed, freeing the disk");
    // Once the big pages go, the next build works on the same disk.
    for i in 0..8 {
        site.remove(&format!("content/events/big-{i}.md"));
    }
    let out = build();
    assert!(out.status.success(), "{}", stderr(&out));
}

/// The folders of a generated site that no output may be, hold or sit in: each canonical.
fn refused(root: &Path) -> Vec<PathBuf> {
    ["content", "static", "templates", "themes", ".git"]
        .iter()
        .filter_map(|s| root.join(s).canonicalize().ok())
        .collect()
}

/// One step of a generated output path.
fn step() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        ".",
        "..",
        "x",
        "y",
        "public",
        "content",
        "static",
        ".git",
        "parties",
        "to-root",
        "to-content",
        "to-outside",
        "",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    /// Whatever output path is given (from inside the site or outside it, through links,
    /// missing folders, `.` and `..`, with trailing slashes), an output that is accepted
    /// resolves, once its folders exist, to a folder that is not a source, holds none and is
    /// not the site or above it; and is the folder the build then uses.
    #[cfg(unix)]
    #[test]
    fn no_refused_folder_is_reachable(steps in prop::collection::vec(step(), 1..7), from_root in any::<bool>(), slash in any::<bool>()) {
        // The site sits six folders down in a folder of the test's own, with a folder outside
        // it beside: however many `..` a path has, it stays in there.
        let base = tempfile::tempdir().unwrap();
        let base = base.path().canonicalize().unwrap();
        let root = base.join("1/2/3/4/5/6/site");
        common::copy_tree(&common::fixture("crosslinks"), &root);
        for dir in ["static", "templates", ".git", "content/parties/x"] {
            fs::create_dir_all(root.join(dir)).unwrap();
        }
        // As deep as the site, so that `to-outside` and six `..` stay in the test's folder too.
        let outside = base.join("1/2/3/4/5/6/7/outside");
        fs::create_dir_all(&outside).unwrap();
        std::os::unix::fs::symlink(&root, root.join("to-root")).unwrap();
        std::os::unix::fs::symlink(root.join("content"), root.join("to-content")).unwrap();
        std::os::unix::fs::symlink(&outside, root.join("to-outside")).unwrap();
        let mut given = if from_root { root.clone() } else { PathBuf::new() };
        for s in &steps {
            given.push(s);
        }
        let mut given = given.to_string_lossy().into_owned();
        if slash { given.push('/'); }
        if given.is_empty() { given.push('.'); }
        let cwd = std::env::current_dir().unwrap();
        std::env::set_current_dir(&root).unwrap();
        let checked = briefing::write::check_output(&root, Path::new(&given));
        std::env::set_current_dir(cwd).unwrap();
        if let Ok(out) = checked {
            // Made as the system makes it from the path as given (coreutils' `mkdir -p`).
            let made = std::process::Command::new("mkdir").arg("-p").arg(&given).current_dir(&root).status().unwrap();
            prop_assert!(made.success(), "mkdir -p {}", given);
            let real = root.join(&given).canonicalize().unwrap();
            prop_assert_eq!(&real, &out, "the checked path is the one the system reaches");
            prop_assert!(real.starts_with(&base), "{} left the test's folder", given);
            prop_assert!(!root.starts_with(&real), "{} holds the site", given);
            for source in refused(&root) {
                prop_assert!(!real.starts_with(&source) && !source.starts_with(&real), "{} reaches {}", given, source.display());
            }
        }
    }
}
