//! The site's git repository, read with gix (pure Rust): each brief's commits, for the
//! "History" list of its page and its `dateModified`, and the briefs as the last tag had
//! them, for `check`'s silent-edit warning.
//!
//! A site that is no git repository (or one git cannot read) has no history and no error. A
//! shallow clone is detected and said: its commits stop where the clone was cut, so a brief's
//! first commit there is not when it was written, and no history is shown rather than a
//! wrong one.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use gix::ObjectId;

use crate::model::Day;

/// How many commits back a build reads, newest first: enough for years of a newsroom's work,
/// and a bound on the time a very long history can take.
pub const MAX_COMMITS: usize = 5000;

/// One commit that changed a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The committer's day, in the committer's time zone.
    pub day: Day,
    /// The first line of the commit message.
    pub subject: String,
    /// The commit's id, shortened to 7 hex digits.
    pub commit: String,
}

/// The commits of each file under `content/`, as the repository holding the site has them.
#[derive(Debug, Default)]
pub struct History {
    /// By the file's path from the site root (`content/events/war.md`), newest first.
    files: HashMap<String, Vec<Change>>,
    /// The repository is a shallow clone: no file has a history to show.
    pub shallow: bool,
}

impl History {
    /// The commits that changed the file at `path` (from the site root), newest first.
    pub fn of(&self, path: &str) -> &[Change] {
        self.files.get(path).map_or(&[], Vec::as_slice)
    }

    /// Reads the history of the site at `root`: `None` when it is not in a git repository, or
    /// the repository has no commit yet or cannot be read.
    pub fn read(root: &Path) -> Option<History> {
        let (repo, content) = open(root)?;
        if repo.is_shallow().unwrap_or(false) {
            return Some(History { files: HashMap::new(), shallow: true });
        }
        let head = repo.head_commit().ok()?;
        let mut files: HashMap<String, Vec<Change>> = HashMap::new();
        let walk = head.id().ancestors().first_parent_only().all().ok()?;
        // Walking first parents, each commit's parent is the next one walked: its `content/`
        // tree, found once, serves both.
        let mut found: Option<(ObjectId, Option<ObjectId>)> = None;
        let mut content_of = |commit: &gix::Commit| match found {
            Some((id, tree)) if id == commit.id => Some(tree),
            _ => {
                let tree = commit.tree_id().ok().map(|t| subtree(&repo, t.detach(), &content))?;
                found = Some((commit.id, tree));
                Some(tree)
            }
        };
        for info in walk.take(MAX_COMMITS) {
            let Ok(info) = info else { break };
            let Ok(commit) = info.object() else { break };
            // A commit that cannot be read ends the history there, as a shallow clone would.
            let Some(tree) = content_of(&commit) else { break };
            let parent_commit = info.parent_ids().next().and_then(|p| p.object().ok()?.try_into_commit().ok());
            let parent = parent_commit.as_ref().and_then(&mut content_of).flatten();
            if tree == parent {
                continue;
            }
            let mut changed = Vec::new();
            compare(&repo, parent, tree, "content/", &mut changed);
            if changed.is_empty() {
                continue;
            }
            let short = info.id().to_hex_with_len(7).to_string();
            let summary = commit.message().map(|m| m.summary().to_string()).unwrap_or_default();
            // A message is the committer's, not checked as front-matter is: no control
            // characters reach a page, and a commit without one is named by its id.
            let subject: String = summary.chars().filter(|c| !c.is_control()).collect();
            let subject = if subject.trim().is_empty() { short.clone() } else { subject.trim().to_string() };
            let change = Change { day: commit_day(&commit), subject, commit: short };
            for (path, _) in changed {
                files.entry(path).or_default().push(change.clone());
            }
        }
        Some(History { files, shallow: false })
    }
}

/// The repository holding the site at `root`, with the path of the site's `content/` inside
/// it (`content`, or `sites/karabakh/content` for a site in a subfolder).
fn open(root: &Path) -> Option<(gix::Repository, PathBuf)> {
    let repo = gix::discover(root).ok()?;
    let workdir = repo.workdir()?.canonicalize().ok()?;
    let root = root.canonicalize().ok()?;
    let inside = root.strip_prefix(&workdir).ok()?.to_path_buf();
    Some((repo, inside.join(crate::load::CONTENT_DIR)))
}

/// The committer's day of `commit`, in the committer's own time zone.
fn commit_day(commit: &gix::Commit) -> Day {
    let time = commit.time().map(|t| t.seconds + i64::from(t.offset)).unwrap_or(0);
    Day::from_unix_days(time.div_euclid(86_400))
}

/// The id of the tree at `path` inside the tree `tree`, when there is one.
fn subtree(repo: &gix::Repository, tree: ObjectId, path: &Path) -> Option<ObjectId> {
    let tree = repo.find_tree(tree).ok()?;
    if path.as_os_str().is_empty() {
        return Some(tree.id);
    }
    let entry = tree.lookup_entry_by_path(path).ok()??;
    entry.mode().is_tree().then(|| entry.oid().to_owned())
}

/// The Markdown files added or changed from tree `old` to tree `new` (either may be absent),
/// as paths that start with `prefix`, with the id of each one's new content. Both trees list
/// their entries in git's order, so they are walked side by side; subtrees with the same id
/// are skipped unread.
fn compare(
    repo: &gix::Repository,
    old: Option<ObjectId>,
    new: Option<ObjectId>,
    prefix: &str,
    out: &mut Vec<(String, ObjectId)>,
) {
    let read = |id: Option<ObjectId>| id.and_then(|t| repo.find_tree(t).ok());
    let (old_tree, new_tree) = (read(old), read(new));
    let before = old_tree.as_ref().and_then(|t| t.decode().ok()).map(|d| d.entries).unwrap_or_default();
    let after = new_tree.as_ref().and_then(|t| t.decode().ok()).map(|d| d.entries).unwrap_or_default();
    let mut i = 0;
    for entry in &after {
        // Entries only the old tree has were removed: nothing to record.
        while i < before.len() && before[i] < *entry {
            i += 1;
        }
        let previous = before.get(i).filter(|b| *b == entry || (b.filename == entry.filename && b.mode == entry.mode));
        if previous.is_some_and(|b| b.oid == entry.oid) {
            continue;
        }
        let name = entry.filename.to_string();
        if entry.mode.is_tree() {
            let old_tree = previous.map(|b| b.oid.to_owned());
            compare(repo, old_tree, Some(entry.oid.to_owned()), &format!("{prefix}{name}/"), out);
        } else if name.ends_with(".md") {
            out.push((format!("{prefix}{name}"), entry.oid.to_owned()));
        }
    }
}

/// The briefs as the most recent tag has them.
pub struct Tagged {
    /// The tag's name (`v1.2`).
    pub tag: String,
    /// The day of the tagged commit.
    pub day: Day,
    /// Each Markdown file under `content/` at the tag: its path from the site root, and text.
    pub files: Vec<(String, String)>,
}

/// The site's files at its last tag, the nearest tagged commit walking back from `HEAD`:
/// `None` when there is no repository, no tag on that history, or the clone is shallow.
pub fn last_tag(root: &Path) -> Option<Tagged> {
    let (repo, content) = open(root)?;
    if repo.is_shallow().unwrap_or(false) {
        return None;
    }
    // The tags by the commit each names; the last tag is the first of them met walking back
    // from `HEAD`, whatever the dates of the commits say.
    let references = repo.references().ok()?;
    let mut tagged: HashMap<ObjectId, String> = HashMap::new();
    for reference in references.tags().ok()?.flatten() {
        let mut reference = reference;
        let name = reference.name().shorten().to_string();
        let Ok(commit) = reference.peel_to_commit() else { continue };
        let entry = tagged.entry(commit.id).or_insert_with(|| name.clone());
        // Two tags on one commit: the same one every time.
        if name > *entry {
            *entry = name;
        }
    }
    if tagged.is_empty() {
        return None;
    }
    let head = repo.head_commit().ok()?;
    let walk = head.id().ancestors().first_parent_only().all().ok()?;
    let (tag, commit) = walk.take(MAX_COMMITS).map_while(Result::ok).find_map(|info| {
        let tag = tagged.get(&info.id)?.clone();
        Some((tag, info.object().ok()?))
    })?;
    let tree = subtree(&repo, commit.tree_id().ok()?.detach(), &content)?;
    let mut found = Vec::new();
    compare(&repo, None, Some(tree), "content/", &mut found);
    // Each file by the id the walk found it with: no second walk down the tree per file.
    let files = found
        .into_iter()
        .filter_map(|(path, id)| {
            let blob = repo.find_blob(id).ok()?;
            Some((path, String::from_utf8(blob.data.clone()).ok()?))
        })
        .collect();
    Some(Tagged { tag, day: commit_day(&commit), files })
}
