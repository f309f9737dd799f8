//! Reading a file only when it lies inside a given folder (`content/`, a `static/`).
//!
//! A symbolic link may point anywhere, and a file may be swapped for a link at any moment.
//! So the file is opened first, and then where its path really leads is checked *and* compared
//! with the opened file (device and inode): the bytes read are those of the file that was
//! judged, never of one put in its place between the check and the read.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why a file was not read.
#[derive(Debug)]
pub enum Refused {
    /// Its path leads here, outside the folder (the real path, links resolved).
    Outside(PathBuf),
    /// The file opened is not the one its path leads to now: it was replaced while it was read.
    Changed,
    /// It could not be opened or read.
    Io(std::io::Error),
}

/// The bytes of the file `rel` of the site at `root`, when it lies inside the site's folder;
/// else why not, in words that complete "cannot read `...`: ". For the files briefing.toml
/// names and the site's own catalogues.
pub fn read_in_site(root: &Path, rel: &str) -> Result<Vec<u8>, String> {
    let folder = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    read_within(&root.join(rel), &folder).map_err(|refused| match refused {
        Refused::Io(e) => e.to_string(),
        Refused::Outside(_) => "it lies outside the site's folder".to_string(),
        Refused::Changed => "it was replaced while it was read".to_string(),
    })
}

/// The bytes of `path` when it lies inside `folder`, which must be a canonical path.
pub fn read_within(path: &Path, folder: &Path) -> Result<Vec<u8>, Refused> {
    let mut file = open(path).map_err(Refused::Io)?;
    // A pipe or a device put in a file's place is never read (it could block for ever).
    if !file.metadata().map_err(Refused::Io)?.is_file() {
        return Err(Refused::Io(std::io::Error::other("not a regular file")));
    }
    let real = path.canonicalize().map_err(Refused::Io)?;
    if !real.starts_with(folder) {
        return Err(Refused::Outside(real));
    }
    if !same_file(&file, &real)? {
        return Err(Refused::Changed);
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(Refused::Io)?;
    Ok(bytes)
}

/// Opens for reading without waiting: opening a named pipe put in a file's place would block
/// until someone writes to it (a regular file reads the same either way).
#[cfg(target_os = "linux")]
fn open(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)
}

#[cfg(not(target_os = "linux"))]
fn open(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

/// Whether the open `file` is the one at `real` (not following a link found there now).
#[cfg(unix)]
fn same_file(file: &File, real: &Path) -> Result<bool, Refused> {
    use std::os::unix::fs::MetadataExt;
    let opened = file.metadata().map_err(Refused::Io)?;
    let checked = real.symlink_metadata().map_err(Refused::Io)?;
    Ok(opened.dev() == checked.dev() && opened.ino() == checked.ino())
}

/// Without inode numbers to compare, the check of the path is all there is.
#[cfg(not(unix))]
fn same_file(_file: &File, _real: &Path) -> Result<bool, Refused> {
    Ok(true)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn a_named_pipe_in_a_files_place_is_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().canonicalize().unwrap();
        let fifo = folder.join("brief.md");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid, NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(matches!(read_within(&fifo, &folder), Err(Refused::Io(_))));
    }

    #[test]
    fn a_file_replaced_after_it_was_opened_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().canonicalize().unwrap();
        std::fs::write(folder.join("a.md"), "checked").unwrap();
        std::fs::write(folder.join("b.md"), "put in its place").unwrap();
        let opened = File::open(folder.join("a.md")).unwrap();
        std::fs::rename(folder.join("b.md"), folder.join("a.md")).unwrap();
        assert!(matches!(same_file(&opened, &folder.join("a.md")), Ok(false)));
        assert!(matches!(same_file(&File::open(folder.join("a.md")).unwrap(), &folder.join("a.md")), Ok(true)));
    }

    #[test]
    fn a_hard_link_is_read_as_the_file_it_is() {
        // Documented in RELIABILITY.md (24): a second name of a file is that file, wherever
        // its first name is; the kernel decides who may make one.
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir(root.join("content")).unwrap();
        std::fs::write(root.join("notes.md"), "outside").unwrap();
        std::fs::hard_link(root.join("notes.md"), root.join("content/notes.md")).unwrap();
        let content = root.join("content");
        assert_eq!(read_within(&content.join("notes.md"), &content).unwrap(), b"outside");
    }

    #[test]
    fn a_link_out_of_the_folder_is_refused_before_any_byte_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir(root.join("content")).unwrap();
        std::fs::write(root.join(".env"), "SECRET=1").unwrap();
        std::os::unix::fs::symlink(root.join(".env"), root.join("content/env.md")).unwrap();
        std::fs::write(root.join("content/ok.md"), "fine").unwrap();
        let content = root.join("content");
        assert!(
            matches!(read_within(&content.join("env.md"), &content), Err(Refused::Outside(p)) if p == root.join(".env"))
        );
        assert_eq!(read_within(&content.join("ok.md"), &content).unwrap(), b"fine");
    }
}
