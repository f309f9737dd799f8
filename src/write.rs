//! Write: the site goes to a staging folder beside the output, then replaces it whole.
//!
//! A build that fails, or is interrupted while rendering, leaves the previous output as it
//! was. `build` only ever writes inside the staging folder and the output folder, and refuses
//! an output folder that would swallow the site's own sources.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Where rendered files go: a staging folder for `build`, memory for `serve`.
pub trait Sink: Sync {
    /// Stores `bytes` at the site path `path` (`parties/armenia/index.html`).
    fn put(&self, path: &str, bytes: Vec<u8>) -> io::Result<()>;
}

/// A sink that drops every file: `check` renders every page to find template errors, and
/// writes nothing.
pub struct Discard;

impl Sink for Discard {
    fn put(&self, _path: &str, _bytes: Vec<u8>) -> io::Result<()> {
        Ok(())
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
    #[error("cannot prepare the output folder `{0}`: {1}")]
    Io(PathBuf, io::Error),
}

const SOURCES: &[&str] = &["content", "static", "templates", "themes", "briefing.toml", ".git"];

/// An absolute, `..`-free form of `path`, resolving symbolic links of the parts that exist.
fn absolute(path: &Path) -> PathBuf {
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    let parent =
        path.parent().filter(|p| !p.as_os_str().is_empty()).map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    match (parent.canonicalize(), path.file_name()) {
        (Ok(p), Some(name)) => p.join(name),
        _ => std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.to_path_buf()),
    }
}

/// Refuses output folders that are, contain, or sit inside the site's sources.
pub fn check_output(root: &Path, output: &Path) -> Result<(), OutputError> {
    let root = absolute(root);
    let out = absolute(output);
    if root.starts_with(&out) {
        return Err(OutputError::ContainsSite(output.to_path_buf()));
    }
    for source in SOURCES {
        if out.starts_with(root.join(source)) {
            return Err(OutputError::IsSource(output.to_path_buf(), source.to_string()));
        }
    }
    if out.join("content").is_dir() || out.join("briefing.toml").is_file() {
        return Err(OutputError::LooksLikeASite(output.to_path_buf()));
    }
    Ok(())
}

/// A folder beside the output where a build is written before it replaces the output.
pub struct Staging {
    dir: PathBuf,
    output: PathBuf,
    committed: bool,
}

fn sibling(output: &Path, tag: &str) -> PathBuf {
    let name = output.file_name().map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    let parent = output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    parent.join(format!(".{name}.{tag}-{}", std::process::id()))
}

/// Removes staging and old-output folders that interrupted builds left beside `output`.
fn remove_leftovers(output: &Path) {
    let Some(name) = output.file_name().map(|n| n.to_string_lossy().into_owned()) else { return };
    let parent = output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let Ok(entries) = fs::read_dir(parent) else { return };
    let prefixes = [format!(".{name}.staging-"), format!(".{name}.old-")];
    for entry in entries.flatten() {
        let entry_name = entry.file_name().to_string_lossy().into_owned();
        if prefixes.iter().any(|p| entry_name.starts_with(p)) && entry.file_type().is_ok_and(|t| t.is_dir()) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

impl Staging {
    /// Prepares an empty staging folder for `output`.
    pub fn new(output: &Path) -> Result<Staging, OutputError> {
        remove_leftovers(output);
        let dir = sibling(output, "staging");
        if let Some(parent) = dir.parent() {
            fs::create_dir_all(parent).map_err(|e| OutputError::Io(output.to_path_buf(), e))?;
        }
        fs::create_dir(&dir).map_err(|e| OutputError::Io(output.to_path_buf(), e))?;
        Ok(Staging { dir, output: output.to_path_buf(), committed: false })
    }

    /// Replaces the output with the staged build.
    pub fn commit(mut self) -> io::Result<()> {
        let old = sibling(&self.output, "old");
        let had_output = match fs::symlink_metadata(&self.output) {
            Ok(meta) if meta.is_dir() => {
                fs::rename(&self.output, &old)?;
                true
            }
            Ok(_) => {
                return Err(io::Error::other(format!("`{}` exists and is not a folder", self.output.display())));
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
            let _ = fs::remove_dir_all(&old);
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

impl Sink for Staging {
    fn put(&self, path: &str, bytes: Vec<u8>) -> io::Result<()> {
        let target = self.dir.join(path);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(target, bytes)
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
        staging.put("a/index.html", b"new".to_vec()).unwrap();
        staging.commit().unwrap();
        assert_eq!(fs::read_to_string(output.join("a/index.html")).unwrap(), "new");
        assert!(!output.join("stale.html").exists());
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("public")]);
    }

    #[test]
    fn an_abandoned_build_leaves_the_output_alone() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("public");
        fs::create_dir(&output).unwrap();
        fs::write(output.join("index.html"), "old").unwrap();
        let staging = Staging::new(&output).unwrap();
        staging.put("index.html", b"new".to_vec()).unwrap();
        drop(staging);
        assert_eq!(fs::read_to_string(output.join("index.html")).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
