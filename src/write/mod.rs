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

mod files;
mod lock;
mod output;
mod sink;
mod staging;

use std::path::{Path, PathBuf};

pub use output::{OutputError, check_output};
pub use sink::{Contents, Sink};

pub(crate) use sink::Discard;
pub(crate) use staging::Staging;
pub use staging::Written;

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
