//! The staging folder: a build is written beside the output, then swapped in for it whole.
//!
//! The staging folder is the output the last swap replaced, when it was kept: `put` leaves
//! alone what is unchanged, and `commit` removes what no job rendered. Dropped uncommitted, it
//! is kept for the next build, so a failed or killed build never touches the previous site.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::files::{holds, write_file};
use super::lock::{OutputLock, lock};
use super::{Contents, OutputError, Sink, parent_and_name, previous, shown, sibling};

/// What a build did to the output, beyond writing the files it changed.
#[derive(Debug, Default, Clone, Copy)]
pub struct Written {
    /// Files left alone: the build made them again, byte for byte.
    pub unchanged: usize,
    /// Files of the earlier output no longer made, removed.
    pub removed: usize,
}

/// A folder beside the output where a build is written before it replaces the output.
pub(crate) struct Staging {
    dir: PathBuf,
    output: PathBuf,
    committed: bool,
    /// Files an earlier build left in `dir` that this one has not rendered (yet): site paths
    /// relative to `dir`. Whatever is still here at commit is removed.
    stale: Mutex<HashSet<PathBuf>>,
    /// Set by the first write that found the disk full (with what the system said): later
    /// writes fail at once, and the folder is removed instead of kept, to give the space back.
    full: std::sync::OnceLock<String>,
    /// Files the build rendered to the same bytes the earlier output had: left alone.
    unchanged: std::sync::atomic::AtomicUsize,
    /// Held until the staging folder is swapped in or put aside (fields drop after
    /// `Drop::drop` has run); `None` where the file system cannot lock.
    _lock: Option<OutputLock>,
}

/// Takes over the kept earlier output as the staging folder `dir`, and lists its files.
/// Anything in it that is neither a plain file nor a folder (a symbolic link planted there)
/// is removed first, so that writing into the folder can never reach outside it. `None` when
/// there is no earlier output to reuse, or it cannot be read whole.
fn adopt(previous: &Path, dir: &Path) -> Option<HashSet<PathBuf>> {
    let meta = fs::symlink_metadata(previous).ok()?;
    if !meta.is_dir() {
        let _ = fs::remove_file(previous);
        return None;
    }
    fs::rename(previous, dir).ok()?;
    let mut files = HashSet::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let Ok(entry) = entry else {
            let _ = fs::remove_dir_all(dir);
            return None;
        };
        let kind = entry.file_type();
        if kind.is_file() {
            files.insert(entry.path().strip_prefix(dir).ok()?.to_path_buf());
        } else if !kind.is_dir() && fs::remove_file(entry.path()).is_err() {
            let _ = fs::remove_dir_all(dir);
            return None;
        }
    }
    Some(files)
}

/// Cleans up after builds that were killed: an old output moved aside but never replaced
/// (the fallback swap was cut between its two renames) is put back first, then the staging
/// and old-output folders left beside `output` are removed.
fn remove_leftovers(output: &Path) {
    let (parent, name) = parent_and_name(output);
    let Ok(entries) = fs::read_dir(parent) else { return };
    let (staging, old) = (format!(".{name}.staging-"), format!(".{name}.old-"));
    let mut leftovers: Vec<(String, PathBuf)> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .filter(|(n, _)| n.starts_with(&staging) || n.starts_with(&old))
        .collect();
    leftovers.sort();
    if fs::symlink_metadata(output).is_err()
        && let Some(i) = leftovers.iter().position(|(n, _)| n.starts_with(&old))
        && fs::rename(&leftovers[i].1, output).is_ok()
    {
        leftovers.remove(i);
    }
    for (_, path) in leftovers {
        let _ = fs::remove_dir_all(path);
    }
}

/// Swaps two folders in one step, where the system can: the output is never missing, even
/// for a moment. `Ok(false)` when the file system or kernel cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    const RENAME_EXCHANGE: libc::c_uint = 1 << 1;
    let a = CString::new(a.as_os_str().as_bytes()).map_err(io::Error::other)?;
    let b = CString::new(b.as_os_str().as_bytes()).map_err(io::Error::other)?;
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    let done = unsafe {
        libc::syscall(libc::SYS_renameat2, libc::AT_FDCWD, a.as_ptr(), libc::AT_FDCWD, b.as_ptr(), RENAME_EXCHANGE)
    };
    if done == 0 {
        return Ok(true);
    }
    let error = io::Error::last_os_error();
    match error.raw_os_error() {
        Some(libc::ENOSYS | libc::EINVAL | libc::ENOTSUP) => Ok(false),
        _ => Err(error),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

impl Staging {
    /// Prepares the staging folder for `output`: the output an earlier build replaced, when
    /// it was kept, else an empty folder.
    pub(crate) fn new(output: &Path) -> Result<Staging, OutputError> {
        let lock = lock(output)?;
        remove_leftovers(output);
        let dir = sibling(output, "staging");
        let stale = match adopt(&previous(output), &dir) {
            Some(files) => files,
            None => {
                // The lock's parent folder exists, and it is the staging folder's too.
                fs::create_dir(&dir).map_err(|e| OutputError::Io(output.to_path_buf(), e))?;
                HashSet::new()
            }
        };
        Ok(Staging {
            dir,
            output: output.to_path_buf(),
            committed: false,
            stale: Mutex::new(stale),
            full: std::sync::OnceLock::new(),
            unchanged: std::sync::atomic::AtomicUsize::new(0),
            _lock: lock,
        })
    }

    /// Removes the files an earlier build left that this one did not render, and the folders
    /// that leaves empty; says how many files.
    fn remove_stale(&self) -> io::Result<usize> {
        let stale = std::mem::take(&mut *self.stale.lock().unwrap_or_else(|e| e.into_inner()));
        let removed = stale.len();
        for path in stale {
            match fs::remove_file(self.dir.join(&path)) {
                // Gone already: under a folder a page of this build replaced.
                Err(e) if !matches!(e.kind(), io::ErrorKind::NotFound | io::ErrorKind::NotADirectory) => {
                    return Err(e);
                }
                _ => {}
            }
            for folder in path.ancestors().skip(1).filter(|p| !p.as_os_str().is_empty()) {
                if fs::remove_dir(self.dir.join(folder)).is_err() {
                    break;
                }
            }
        }
        Ok(removed)
    }

    /// Removes the files an earlier build left where the folders of `path` go.
    fn clear_way(&self, path: &Path) {
        for folder in path.ancestors().skip(1).filter(|p| !p.as_os_str().is_empty()) {
            let on_disk = self.dir.join(folder);
            if fs::symlink_metadata(&on_disk).is_ok_and(|m| !m.is_dir()) {
                let _ = fs::remove_file(&on_disk);
                self.stale.lock().unwrap_or_else(|e| e.into_inner()).remove(folder);
            }
        }
    }

    /// Keeps the output a swap replaced, now at `replaced`, for the next build.
    fn keep(&self, replaced: &Path) {
        // An empty folder saves nothing (removing it fails unless it is empty); it would
        // only be clutter beside the output.
        if fs::remove_dir(replaced).is_err() && fs::rename(replaced, previous(&self.output)).is_err() {
            let _ = fs::remove_dir_all(replaced);
        }
    }

    /// Replaces the output with the staged build: in one atomic exchange on Linux, else with
    /// two renames (a build killed between them is mended by the next one).
    pub(crate) fn commit(mut self) -> io::Result<Written> {
        let written = Written {
            unchanged: self.unchanged.load(std::sync::atomic::Ordering::Relaxed),
            removed: self.remove_stale()?,
        };
        let old = sibling(&self.output, "old");
        let had_output = match fs::symlink_metadata(&self.output) {
            Ok(meta) if meta.is_dir() && exchange(&self.dir, &self.output)? => {
                // The staging folder now holds the previous output.
                self.committed = true;
                self.keep(&self.dir);
                return Ok(written);
            }
            Ok(meta) if meta.is_dir() => {
                fs::rename(&self.output, &old)?;
                true
            }
            Ok(_) => {
                return Err(io::Error::other(format!(
                    "`{}` exists and is not a folder",
                    shown(&self.output).display()
                )));
            }
            Err(_) => false,
        };
        if let Err(e) = fs::rename(&self.dir, &self.output) {
            if had_output {
                let _ = fs::rename(&old, &self.output);
            }
            return Err(e);
        }
        self.committed = true;
        if had_output {
            self.keep(&old);
        }
        Ok(written)
    }
}

impl Drop for Staging {
    /// A build that did not finish leaves its staging folder for the next one to reuse, unless
    /// it filled the disk: kept, that folder would hold the space every later build needs.
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        if self.full.get().is_some() {
            let _ = fs::remove_dir_all(&self.dir);
        } else {
            self.keep(&self.dir);
        }
    }
}

impl Sink for Staging {
    fn put(&self, path: &str, contents: Contents) -> io::Result<()> {
        let target = self.dir.join(path);
        if let Some(full) = self.full.get() {
            // Every later write would fail the same way.
            return Err(io::Error::new(io::ErrorKind::StorageFull, full.clone()));
        }
        let earlier = self.stale.lock().unwrap_or_else(|e| e.into_inner()).remove(Path::new(path));
        if earlier {
            if holds(&target, &contents) {
                self.unchanged.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                return Ok(());
            }
            // Unlinked, not rewritten: other names of the old file keep the old bytes.
            fs::remove_file(&target)?;
        } else if let Some(parent) = target.parent()
            && fs::create_dir_all(parent).is_err()
        {
            // An earlier build had a file where this one needs a folder.
            self.clear_way(Path::new(path));
            fs::create_dir_all(parent)?;
        }
        let written = match write_file(&target, &contents) {
            Err(_) if target.is_dir() => {
                // An earlier build had a folder where this one writes a file.
                fs::remove_dir_all(&target)?;
                write_file(&target, &contents)
            }
            written => written,
        };
        match written {
            Err(e) if e.kind() == io::ErrorKind::StorageFull => {
                let _ = fs::remove_file(&target);
                let (parent, _) = parent_and_name(&self.output);
                let full = self
                    .full
                    .get_or_init(|| format!("the disk that holds `{}` is full ({e})", shown(parent).display()));
                Err(io::Error::new(io::ErrorKind::StorageFull, full.clone()))
            }
            written => written,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::super::files::WINDOW;
    use super::*;

    #[test]
    fn commit_replaces_the_output_whole() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("public");
        fs::create_dir(&output).unwrap();
        fs::write(output.join("stale.html"), "old").unwrap();
        let staging = Staging::new(&output).unwrap();
        staging.put("a/index.html", b"new".to_vec().into()).unwrap();
        staging.commit().unwrap();
        assert_eq!(fs::read_to_string(output.join("a/index.html")).unwrap(), "new");
        assert!(!output.join("stale.html").exists());
        assert_eq!(names(dir.path()), ["public", ".public.prev"], "the replaced output is kept for reuse");
        assert_eq!(fs::read_to_string(dir.path().join(".public.prev/stale.html")).unwrap(), "old");
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            fs::read_dir(dir).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        names.sort_by_key(|n| (n.starts_with('.'), n.clone()));
        names
    }

    /// When a file was last written: an untouched file keeps its time, a rewritten one (a new
    /// file, whose inode number the file system may hand out again) gets a later one; the
    /// pause makes sure of that.
    fn written_at(path: &Path) -> std::time::SystemTime {
        std::thread::sleep(std::time::Duration::from_millis(5));
        fs::metadata(path).unwrap().modified().unwrap()
    }

    fn build(output: &Path, files: &[(&str, &str)]) {
        let staging = Staging::new(output).unwrap();
        for (path, text) in files {
            staging.put(path, text.as_bytes().to_vec().into()).unwrap();
        }
        staging.commit().unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn the_output_before_last_is_reused_and_brought_up_to_date() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("public");
        let first = [("index.html", "home"), ("a/index.html", "a"), ("gone/index.html", "gone"), ("b", "file")];
        build(&output, &first);
        build(&output, &first);
        let kept = written_at(&dir.path().join(".public.prev/index.html"));
        // The third build writes into the first one's folder: what is unchanged stays the
        // same file, a file becomes a folder, a folder a file, a page goes away.
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join(".public.prev/planted")).unwrap();
        build(&output, &[("index.html", "home"), ("a", "now a file"), ("b/index.html", "now a folder")]);
        assert_eq!(written_at(&output.join("index.html")), kept, "an unchanged page is not written again");
        assert_eq!(fs::read_to_string(output.join("a")).unwrap(), "now a file");
        assert_eq!(fs::read_to_string(output.join("b/index.html")).unwrap(), "now a folder");
        assert!(!output.join("gone").exists(), "pages no longer rendered go, with their folders");
        assert!(!output.join("planted").exists(), "a link planted in the kept folder is removed");
        assert_eq!(fs::read_dir(outside.path()).unwrap().count(), 0, "nothing was written through it");
        let mut files: Vec<String> = walkdir::WalkDir::new(&output)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| e.path().strip_prefix(&output).unwrap().to_string_lossy().into_owned())
            .collect();
        files.sort();
        assert_eq!(files, ["a", "b/index.html", "index.html"]);
    }

    #[test]
    fn files_in_pieces_are_compared_and_written_as_one() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("public");
        let pieces = |parts: &[&'static str]| Contents::Pieces(parts.iter().map(|&p| Cow::Borrowed(p)).collect());
        // Larger than one read window, so the comparison crosses windows and pieces.
        let long: &'static str = "x".repeat(WINDOW + 17).leak();
        let put = |contents: Contents| {
            let staging = Staging::new(&output).unwrap();
            staging.put("data/site.json", contents).unwrap();
            staging.commit().unwrap();
        };
        put(pieces(&["{", long, ",\n", "1}"]));
        put(pieces(&["{", long, ",\n", "1}"]));
        let kept = written_at(&dir.path().join(".public.prev/data/site.json"));
        // The same bytes cut differently are the same file: not written again.
        put(Contents::Whole(format!("{{{long},\n1}}").into_bytes()));
        assert_eq!(written_at(&output.join("data/site.json")), kept);
        // One byte changed in the last piece, same length: written.
        put(pieces(&["{", long, ",\n", "2}"]));
        assert_eq!(fs::read_to_string(output.join("data/site.json")).unwrap(), format!("{{{long},\n2}}"));
        // An empty file is the same as an empty file.
        put(Contents::Pieces(Vec::new()));
        let empty = written_at(&output.join("data/site.json"));
        put(Contents::Whole(Vec::new()));
        put(Contents::Whole(Vec::new()));
        assert_eq!(written_at(&output.join("data/site.json")), empty);
        assert_eq!(fs::read(output.join("data/site.json")).unwrap(), b"");
        assert_eq!(pieces(&["a", "", "bc"]).into_bytes(), b"abc");
        assert_eq!(pieces(&["a", "", "bc"]).len(), 3);
    }

    #[test]
    fn a_swap_cut_in_half_is_mended_by_the_next_build() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("public");
        // What a build killed between the fallback's two renames leaves: the old output moved
        // aside, the new one still staged.
        fs::create_dir(dir.path().join(".public.old-1")).unwrap();
        fs::write(dir.path().join(".public.old-1/index.html"), "old").unwrap();
        fs::create_dir(dir.path().join(".public.staging-1")).unwrap();
        fs::write(dir.path().join(".public.staging-1/index.html"), "half").unwrap();
        let staging = Staging::new(&output).unwrap();
        assert_eq!(fs::read_to_string(output.join("index.html")).unwrap(), "old", "the old output is back");
        drop(staging);
        assert_eq!(names(dir.path()), ["public"], "leftovers gone; an empty staging folder is not kept");
    }

    #[test]
    fn an_abandoned_build_leaves_the_output_alone() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("public");
        fs::create_dir(&output).unwrap();
        fs::write(output.join("index.html"), "old").unwrap();
        let staging = Staging::new(&output).unwrap();
        staging.put("index.html", b"new".to_vec().into()).unwrap();
        drop(staging);
        assert_eq!(fs::read_to_string(output.join("index.html")).unwrap(), "old");
        assert_eq!(names(dir.path()), ["public", ".public.prev"]);
    }
}
