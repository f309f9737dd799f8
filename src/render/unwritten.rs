//! Files a render could not write, kept apart from the diagnostics: they are a failure of
//! the disk or the folder (exit status 2), not of the content, and a full disk fails every
//! file, so they are grouped by reason and counted.

use crate::diagnostics::Diagnostic;

/// What rendering every job met: problems of the content or templates, and files that could
/// not be written.
#[derive(Debug, Default)]
pub struct RenderReport {
    pub diagnostics: Vec<Diagnostic>,
    pub unwritten: Vec<Unwritten>,
}

/// Files that could not be written for one reason: the first of them in path order, and how
/// many more.
#[derive(Debug)]
pub struct Unwritten {
    pub path: String,
    /// The error as the system words it, which is what tells one reason from another.
    pub reason: String,
    pub kind: std::io::ErrorKind,
    pub more: usize,
}

impl Unwritten {
    /// One entry per reason, each reason worded once per file.
    pub(super) fn group(mut failed: Vec<(String, std::io::Error)>) -> Vec<Unwritten> {
        failed.sort_by(|a, b| a.0.cmp(&b.0));
        let mut grouped: Vec<Unwritten> = Vec::new();
        for (path, e) in failed {
            let reason = e.to_string();
            match grouped.iter_mut().find(|u| u.reason == reason) {
                Some(first) => first.more += 1,
                None => grouped.push(Unwritten { path, reason, kind: e.kind(), more: 0 }),
            }
        }
        grouped
    }

    pub fn help(&self) -> &'static str {
        if self.kind == std::io::ErrorKind::StorageFull {
            "free some space there, then build again; the previous output is unchanged, and this build's unfinished files were removed to give back the space they took"
        } else {
            "check that the output folder is writable and the disk is not full"
        }
    }

    /// The note on how many more files failed, if any did.
    pub fn note(&self) -> Option<String> {
        (self.more > 0).then(|| format!("{} more files could not be written for the same reason", self.more))
    }
}

/// As the command line prints it: the message, then its note and help lines.
impl std::fmt::Display for Unwritten {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot write `{}`: {}", self.path, self.reason)?;
        if let Some(note) = self.note() {
            write!(f, "\n  = note: {note}")?;
        }
        write!(f, "\n  = help: {}", self.help())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Error, ErrorKind};

    #[test]
    fn unwritten_files_are_one_entry_per_reason_named_by_the_first_path() {
        let full = || Error::from(ErrorKind::StorageFull);
        let failed = vec![
            ("b/index.html".to_string(), full()),
            ("a/index.html".to_string(), full()),
            ("c.json".to_string(), Error::from(ErrorKind::PermissionDenied)),
            ("d.xml".to_string(), full()),
        ];
        let grouped = Unwritten::group(failed);
        let shown: Vec<(&str, usize)> = grouped.iter().map(|u| (u.path.as_str(), u.more)).collect();
        assert_eq!(shown, [("a/index.html", 2), ("c.json", 0)]);
        let text = grouped[0].to_string();
        assert!(text.starts_with("cannot write `a/index.html`: "), "{text}");
        assert!(
            text.contains(
                "\n  = note: 2 more files could not be written for the same reason\n  = help: free some space"
            )
        );
        assert!(!grouped[1].to_string().contains("note"));
    }
}
