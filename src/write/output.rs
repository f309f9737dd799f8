//! Which output folders a build may replace: never the site's sources, the folder the reader
//! is in, a mount point, a link or a folder of other files. The path is resolved as the system
//! will resolve it, and the folder returned is the one every later step writes to.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

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
    pub(crate) fn with_help(&self) -> String {
        match self.help() {
            Some(help) => format!("{self}\n  = help: {help}"),
            None => self.to_string(),
        }
    }

    /// What the writer can do about it.
    fn help(&self) -> Option<&'static str> {
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
}
