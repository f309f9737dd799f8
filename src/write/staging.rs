//! Write: the site goes to a staging folder beside the output, then replaces it whole.
//!
//! A build that fails, or is interrupted while rendering, leaves the previous output as it
//! was. `build` only ever writes inside the staging folder and the output folder, and refuses
//! an output folder that would swallow the site's own sources.
//!
//! The output a swap replaces is not deleted: it stays beside the output as `.public.prev`
//! and becomes the next build's staging folder. Pages whose bytes did not change are then
//! left as they are, changed ones are written as new files (never truncated in place: other
//! names of the old file, such as a hard-linked snapshot, keep its bytes), and only files no
//! longer rendered are removed. Deleting and re-creating ten thousand folders and files on every build cost
//! more than rendering them (ext4 searches longer for free inodes after mass deletions).

use std::borrow::Cow;
use std::collections::HashSet;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

/// Where rendered files go: a staging folder for `build`, memory for `serve`.
pub trait Sink: Sync {
    /// Stores `contents` at the site path `path` (`parties/armenia/index.html`).
    fn put(&self, path: &str, contents: Contents) -> io::Result<()>;
}

/// A sink that drops every file: `check` renders every page to find template errors, and
/// writes nothing.
pub struct Discard;

impl Sink for Discard {
    fn put(&self, _path: &str, _contents: Contents) -> io::Result<()> {
        Ok(())
    }
}

/// What a file holds: one buffer (a page), or pieces that follow one another (an export).
///
/// The exports of a large site run to hundreds of megabytes (`site.json` of 100,000 briefs
/// is about 250 MB) and are made of one serialized line per brief. Kept as pieces, they are
/// never joined into a second buffer, and comparing them with the last build's file reads
/// that file a window at a time instead of whole.
#[derive(Debug)]
pub enum Contents {
    Whole(Vec<u8>),
    Pieces(Vec<Cow<'static, str>>),
}

impl Contents {
    /// The size of the file, in bytes.
    pub fn len(&self) -> usize {
        match self {
            Contents::Whole(bytes) => bytes.len(),
            Contents::Pieces(pieces) => pieces.iter().map(|p| p.len()).sum(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The bytes in order, in as many slices as there are pieces.
    pub fn slices(&self) -> impl Iterator<Item = &[u8]> {
        let (whole, pieces) = match self {
            Contents::Whole(bytes) => (Some(bytes.as_slice()), &[][..]),
            Contents::Pieces(pieces) => (None, pieces.as_slice()),
        };
        whole.into_iter().chain(pieces.iter().map(|p| p.as_bytes()))
    }

    /// One buffer, for sinks that keep files in memory.
    pub fn into_bytes(self) -> Vec<u8> {
        match self {
            Contents::Whole(bytes) => bytes,
            Contents::Pieces(pieces) => pieces.concat().into_bytes(),
        }
    }
}

impl From<Vec<u8>> for Contents {
    fn from(bytes: Vec<u8>) -> Contents {
        Contents::Whole(bytes)
    }
}

/// Reads and writes of files go through buffers of this size.
const WINDOW: usize = 64 * 1024;

thread_local! {
    /// The window [`holds`] reads into: one per rendering thread, kept between files, since
    /// allocating 64 KiB for each of ten thousand pages cost more than comparing them.
    static WINDOW_BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether the file at `path` holds exactly `contents`; read a window at a time.
fn holds(path: &Path, contents: &Contents) -> bool {
    let Ok(mut file) = fs::File::open(path) else { return false };
    let len = contents.len();
    if !file.metadata().is_ok_and(|m| m.is_file() && m.len() == len as u64) {
        // Most changed pages differ in length, and reading is skipped.
        return false;
    }
    WINDOW_BUFFER.with_borrow_mut(|buffer| {
        buffer.resize(WINDOW.min(len.max(1)).max(buffer.len()), 0);
        let mut slices = contents.slices();
        let mut expected: &[u8] = &[];
        loop {
            let read = match io::Read::read(&mut file, buffer) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => return false,
            };
            let mut window = &buffer[..read];
            while !window.is_empty() {
                while expected.is_empty() {
                    match slices.next() {
                        Some(slice) => expected = slice,
                        // The file is longer than it said.
                        None => return false,
                    }
                }
                let n = expected.len().min(window.len());
                if window[..n] != expected[..n] {
                    return false;
                }
                window = &window[n..];
                expected = &expected[n..];
            }
        }
        // Shorter than it said, if anything is left to compare.
        expected.is_empty() && slices.all(<[u8]>::is_empty)
    })
}

/// Writes `contents` to a new file at `path`: always a new file, never an old one truncated
/// and rewritten, since the old one may have other names (a snapshot made with `cp -al`, a
/// deploy tool's hard links) that must keep what they hold.
fn write_file(path: &Path, contents: &Contents) -> io::Result<()> {
    let file = fs::OpenOptions::new().write(true).create_new(true).open(path)?;
    match contents {
        Contents::Whole(bytes) => (&file).write_all(bytes),
        Contents::Pieces(pieces) => {
            let mut writer = BufWriter::with_capacity(WINDOW, file);
            for piece in pieces {
                writer.write_all(piece.as_bytes())?;
            }
            writer.flush()
        }
    }
}

/// Why an output folder cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error(
        "the output folder `{0}` is the site itself or contains it; building there would replace the site's sources"
    )]
    ContainsSite(PathBuf),
    #[error("the output folder `{0}` holds the site's own `{1}`; building there would replace it")]
    IsSource(PathBuf, String),
    #[error(
        "the output folder `{0}` contains a `content/` folder or a briefing.toml: it looks like another site, not build output"
    )]
    LooksLikeASite(PathBuf),
    #[error(
        "the output folder `{0}` is a symbolic link; briefing replaces its output folder whole and will not follow a link to do it"
    )]
    Symlink(PathBuf),
    #[error(
        "the output folder `{0}` is the folder you are in, or holds it; briefing replaces its output folder whole, which would leave you in the old one"
    )]
    HoldsCurrentFolder(PathBuf),
    #[error(
        "the output folder `{0}` is where another file system is mounted; briefing replaces its output folder whole by renaming it, and a mount point cannot be renamed"
    )]
    MountPoint(PathBuf),
    #[error("the output `{0}` exists and is not a folder")]
    NotAFolder(PathBuf),
    #[error(
        "the output folder `{0}` holds files that are not a built site (such as `{1}`); briefing replaces its output folder whole, so it will not build there"
    )]
    NotOutput(PathBuf, String),
    #[error("cannot prepare the output folder `{0}`: {1}")]
    Io(PathBuf, io::Error),
}

impl OutputError {
    /// The message with its help line, as the command line prints it.
    pub fn with_help(&self) -> String {
        match self.help() {
            Some(help) => format!("{self}\n  = help: {help}"),
            None => self.to_string(),
        }
    }

    /// What the writer can do about it.
    pub fn help(&self) -> Option<&'static str> {
        match self {
            OutputError::Symlink(_) => Some("give the folder the link points to with --output, or remove the link"),
            OutputError::NotOutput(..) | OutputError::NotAFolder(_) => {
                Some("choose a new or empty folder with --output (or [build] output), or empty this one yourself")
            }
            OutputError::ContainsSite(_) | OutputError::IsSource(..) | OutputError::LooksLikeASite(_) => {
                Some("build into a folder of its own inside the site, such as `public`")
            }
            OutputError::HoldsCurrentFolder(_) => {
                Some("build into a folder of its own, such as `public`, or run briefing from another folder")
            }
            OutputError::MountPoint(_) => Some(
                "build into a folder inside it (`--output <mount>/site`), or build elsewhere and copy the files in",
            ),
            OutputError::Io(..) => None,
        }
    }
}

const SOURCES: &[&str] = &["content", "static", "templates", "themes", "briefing.toml", ".git"];

/// Where `path` leads, as the system will find it once its missing folders are made: an
/// absolute path with no `.` or `..`, every symbolic link on the way resolved. A `..` after
/// a link goes up from where the link leads, as the kernel does; a `..` after a folder that
/// does not exist yet undoes that folder, as `create_dir_all` then does. `Err` with the path
/// when its last step is itself a link (the output must be a real folder).
fn resolve(path: &Path) -> Result<PathBuf, OutputError> {
    let io_error = |e| OutputError::Io(path.to_path_buf(), e);
    let start = if path.is_absolute() { PathBuf::new() } else { std::env::current_dir().map_err(io_error)? };
    let steps: Vec<Component> = path.components().collect();
    let mut here = start.canonicalize().unwrap_or(start);
    for (i, step) in steps.iter().enumerate() {
        match step {
            Component::Prefix(_) | Component::RootDir => here.push(step.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                here.pop();
            }
            Component::Normal(name) => {
                here.push(name);
                let Ok(meta) = fs::symlink_metadata(&here) else { continue };
                if meta.file_type().is_symlink() {
                    if steps[i + 1..].iter().all(|s| matches!(s, Component::CurDir)) {
                        return Err(OutputError::Symlink(path.to_path_buf()));
                    }
                    here = here.canonicalize().map_err(io_error)?;
                }
            }
        }
    }
    Ok(here)
}

/// Refuses output folders that are, contain, or sit inside the site's sources, and those
/// that cannot be swapped whole; returns the folder to build into, as the system finds it.
/// Every later step writes there, so what was checked is what is written.
pub fn check_output(root: &Path, output: &Path) -> Result<PathBuf, OutputError> {
    let given = || output.to_path_buf();
    let out = resolve(output)?;
    let root = root.canonicalize().map_err(|e| OutputError::Io(root.to_path_buf(), e))?;
    if root.starts_with(&out) {
        return Err(OutputError::ContainsSite(given()));
    }
    for source in SOURCES {
        // A source may itself be a link elsewhere: judged where it leads too.
        let at = root.join(source);
        let real = at.canonicalize().ok();
        for place in [Some(at), real].into_iter().flatten() {
            if out.starts_with(&place) || place.starts_with(&out) {
                return Err(OutputError::IsSource(given(), source.to_string()));
            }
        }
    }
    if std::env::current_dir().is_ok_and(|cwd| cwd.canonicalize().unwrap_or(cwd).starts_with(&out)) {
        return Err(OutputError::HoldsCurrentFolder(given()));
    }
    if out.join("content").is_dir() || out.join("briefing.toml").is_file() {
        return Err(OutputError::LooksLikeASite(given()));
    }
    match fs::symlink_metadata(&out) {
        Ok(meta) if !meta.is_dir() => Err(OutputError::NotAFolder(given())),
        Ok(meta) if is_mount_point(&out, &meta) => Err(OutputError::MountPoint(given())),
        Ok(_) => match foreign_entry(&out) {
            Some(name) => Err(OutputError::NotOutput(given(), name)),
            None => Ok(out),
        },
        Err(_) => Ok(out),
    }
}

/// Whether another file system is mounted at `dir`: it cannot be renamed, so it cannot be
/// swapped for the new build.
#[cfg(unix)]
fn is_mount_point(dir: &Path, meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    dir.parent().and_then(|p| fs::metadata(p).ok()).is_some_and(|parent| parent.dev() != meta.dev())
}

#[cfg(not(unix))]
fn is_mount_point(_: &Path, _: &fs::Metadata) -> bool {
    false
}

/// A file of an existing output folder that shows it is not a built site: none when the
/// folder is empty or holds a site's `index.html` and `sitemap.xml` (an earlier build, or
/// another generator's output, meant to be replaced).
fn foreign_entry(output: &Path) -> Option<String> {
    let mut names: Vec<String> =
        fs::read_dir(output).ok()?.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    let home = crate::routes::output_file(crate::routes::HOME);
    if names.is_empty() || (output.join(home).is_file() && output.join(crate::routes::SITEMAP).is_file()) {
        return None;
    }
    names.sort();
    names.into_iter().next()
}

/// A folder beside the output where a build is written before it replaces the output.
pub struct Staging {
    dir: PathBuf,
    output: PathBuf,
    committed: bool,
    /// Files an earlier build left in `dir` that this one has not rendered (yet): site paths
    /// relative to `dir`. Whatever is still here at commit is removed.
    stale: Mutex<HashSet<PathBuf>>,
    /// Set by the first write that found the disk full (with what the system said): later
    /// writes fail at once, and the folder is removed instead of kept, to give the space back.
    full: std::sync::OnceLock<String>,
    /// Held until the staging folder is swapped in or put aside (fields drop after
    /// `Drop::drop` has run); `None` where the file system cannot lock.
    _lock: Option<OutputLock>,
}

/// `path` as a reader would write it: relative to the current folder when it is inside it.
pub fn shown(path: &Path) -> &Path {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok())
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(path)
}

/// The folder that holds `output`, and the output's own name.
fn parent_and_name(output: &Path) -> (&Path, String) {
    let name = output.file_name().map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    (output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")), name)
}

/// A hidden folder beside `output`: `.public.<suffix>`.
fn beside(output: &Path, suffix: &str) -> PathBuf {
    let (parent, name) = parent_and_name(output);
    parent.join(format!(".{name}.{suffix}"))
}

/// This build's own folder beside `output`: `.public.staging-<pid>`.
fn sibling(output: &Path, tag: &str) -> PathBuf {
    beside(output, &format!("{tag}-{}", std::process::id()))
}

/// The earlier output kept beside `output` for the next build to reuse.
fn previous(output: &Path) -> PathBuf {
    beside(output, "prev")
}

/// `.public.lock` beside the output, held by the build writing it. The lock is the kernel's
/// (`flock`), so a killed build never leaves it taken; on Unix, letting go removes the file.
struct OutputLock {
    /// Open for as long as the lock is held.
    _file: fs::File,
    path: PathBuf,
}

impl Drop for OutputLock {
    /// Removed while still held, so that a build waiting on it sees it gone and locks the next
    /// file instead; the lock itself goes with the file handle. Elsewhere the file stays
    /// (Windows cannot remove an open file, and would give its name to a new one).
    fn drop(&mut self) {
        #[cfg(unix)]
        let _ = fs::remove_file(&self.path);
    }
}

/// Takes `.public.lock` beside `output`, waiting while another build holds it. Two builds of
/// one output at once would otherwise each clear away the other's staging folder.
fn lock(output: &Path) -> Result<Option<OutputLock>, OutputError> {
    let path = beside(output, "lock");
    let io_error = |e| OutputError::Io(output.to_path_buf(), e);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(io_error)?;
    }
    let mut said = false;
    loop {
        let file = fs::OpenOptions::new().create(true).truncate(false).write(true).open(&path).map_err(io_error)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                if !said {
                    eprintln!("note: another build is writing `{}`; waiting for it to finish", shown(output).display());
                    said = true;
                }
                file.lock().map_err(io_error)?;
            }
            // A file system without locks: build as before, unguarded.
            Err(fs::TryLockError::Error(_)) => {
                drop(file);
                let _ = fs::remove_file(&path);
                return Ok(None);
            }
        }
        // The build we waited for removes the file as it finishes; a lock on the removed file
        // guards nothing, so take the lock again on the file now at `path`.
        if is_same_file(&file, &path) {
            return Ok(Some(OutputLock { _file: file, path }));
        }
    }
}

#[cfg(unix)]
fn is_same_file(file: &fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Elsewhere the file is never removed, so the lock taken is always on the file at `path`.
#[cfg(not(unix))]
fn is_same_file(_: &fs::File, _: &Path) -> bool {
    true
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
    pub fn new(output: &Path) -> Result<Staging, OutputError> {
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
            _lock: lock,
        })
    }

    /// Removes the files an earlier build left that this one did not render, and the folders
    /// that leaves empty.
    fn remove_stale(&self) -> io::Result<()> {
        let stale = std::mem::take(&mut *self.stale.lock().unwrap_or_else(|e| e.into_inner()));
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
        Ok(())
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
    pub fn commit(mut self) -> io::Result<()> {
        self.remove_stale()?;
        let old = sibling(&self.output, "old");
        let had_output = match fs::symlink_metadata(&self.output) {
            Ok(meta) if meta.is_dir() && exchange(&self.dir, &self.output)? => {
                // The staging folder now holds the previous output.
                self.committed = true;
                self.keep(&self.dir);
                return Ok(());
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
        Ok(())
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
    use super::*;

    #[test]
    fn refuses_outputs_that_hold_sources() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        fs::create_dir(root.join("content")).unwrap();
        assert!(matches!(check_output(root, root), Err(OutputError::ContainsSite(_))));
        assert!(matches!(check_output(root, root.parent().unwrap()), Err(OutputError::ContainsSite(_))));
        assert!(matches!(check_output(root, &root.join("content")), Err(OutputError::IsSource(..))));
        assert!(matches!(check_output(root, &root.join("content/x")), Err(OutputError::IsSource(..))));
        assert!(check_output(root, &root.join("public")).is_ok());
    }

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

    #[cfg(unix)]
    #[test]
    fn a_build_that_waited_locks_the_file_now_in_place_not_the_removed_one() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("public");
        let path = dir.path().join(".public.lock");
        let holder = fs::File::create(&path).unwrap();
        holder.lock().unwrap();
        let waiter = std::thread::spawn({
            let output = output.clone();
            move || lock(&output).unwrap().expect("this file system locks")
        });
        std::thread::sleep(std::time::Duration::from_millis(200));
        // What a finishing build does: remove the file, then let go of the lock.
        fs::remove_file(&path).unwrap();
        drop(holder);
        let held = waiter.join().unwrap();
        assert_eq!(held.path, path);
        assert_eq!(held._file.metadata().unwrap().ino(), fs::metadata(&path).unwrap().ino());
        // And it holds that lock: nobody else gets it.
        let other = fs::File::open(&path).unwrap();
        assert!(matches!(other.try_lock(), Err(fs::TryLockError::WouldBlock)));
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
    fn outputs_that_are_links_files_or_other_folders_are_refused() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        let elsewhere = tempfile::tempdir().unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(elsewhere.path(), root.join("public")).unwrap();
            assert!(matches!(check_output(root, &root.join("public")), Err(OutputError::Symlink(_))));
        }
        fs::write(root.join("out"), "a file").unwrap();
        assert!(matches!(check_output(root, &root.join("out")), Err(OutputError::NotAFolder(_))));
        fs::write(elsewhere.path().join("notes.txt"), "mine").unwrap();
        assert!(matches!(check_output(root, elsewhere.path()), Err(OutputError::NotOutput(..))));
        fs::write(elsewhere.path().join("index.html"), "").unwrap();
        fs::write(elsewhere.path().join("sitemap.xml"), "").unwrap();
        assert!(check_output(root, elsewhere.path()).is_ok(), "a built site may be replaced");
        fs::create_dir(root.join("empty")).unwrap();
        assert!(check_output(root, &root.join("empty")).is_ok());
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
