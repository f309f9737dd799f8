//! `.public.lock`: one build at a time writes an output. Two at once would each clear away the
//! other's staging folder; the second waits for the first instead.

use std::fs;
use std::path::{Path, PathBuf};

use super::{OutputError, beside, shown};

/// `.public.lock` beside the output, held by the build writing it. The lock is the kernel's
/// (`flock`), so a killed build never leaves it taken; on Unix, letting go removes the file.
pub(super) struct OutputLock {
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
pub(super) fn lock(output: &Path) -> Result<Option<OutputLock>, OutputError> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
