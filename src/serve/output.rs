//! The preview's files, in memory, and the news of each rebuild for the browsers watching.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::Duration;

use serde::Serialize;

use crate::diagnostics::{self, Diagnostic, HumanRenderer, NotShown};

/// One file of the preview.
pub struct File {
    /// Shared by every response that sends the file, however slowly it is read: a response
    /// holds a reference, never a copy.
    pub bytes: Arc<[u8]>,
    /// A validator for conditional requests: changes whenever the bytes do.
    pub etag: String,
}

fn etag(bytes: &[u8]) -> String {
    format!("\"{:016x}-{}\"", crate::render::content_hash(bytes), bytes.len())
}

/// What the browsers are told after a rebuild.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    /// Counts rebuilds; a browser reloads when it sees a new one.
    pub version: u64,
    /// Tells pages served by an earlier run of the server to reload when they reconnect.
    pub instance: String,
    /// `reload`, `css` (only stylesheets changed) or `errors`.
    pub kind: &'static str,
    pub stylesheet: String,
    /// The errors shown: at most `SHOWN_PER_FILE` of each file, then one saying how many more.
    pub errors: Vec<Problem>,
    /// How many errors stopped the rebuild, shown or not.
    pub total: usize,
}

/// A diagnostic as the browser overlay shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
    /// The terminal's rendering, without colour: the source line with the span underlined.
    pub text: String,
}

/// The preview's files and the latest status, shared by the rebuild loop and the server.
pub struct Output {
    files: RwLock<HashMap<String, Arc<File>>>,
    status: Mutex<Status>,
    changed: Condvar,
    /// Files still being rendered after the browsers were told to reload: a request for one
    /// waits for it rather than get the old page.
    pending: Mutex<HashSet<String>>,
    settled: Condvar,
}

/// How long a request waits for a pending file before it is given the old one.
const PENDING_WAIT: Duration = Duration::from_secs(30);

impl Default for Output {
    fn default() -> Output {
        let instance = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| format!("{:x}-{:x}", d.as_nanos(), std::process::id()))
            .unwrap_or_default();
        Output {
            files: RwLock::new(HashMap::new()),
            status: Mutex::new(Status {
                version: 0,
                instance,
                kind: "reload",
                stylesheet: String::new(),
                errors: Vec::new(),
                total: 0,
            }),
            changed: Condvar::new(),
            pending: Mutex::new(HashSet::new()),
            settled: Condvar::new(),
        }
    }
}

impl Output {
    /// The file at a site path (`events/x/index.html`), once it is no longer pending.
    pub fn get(&self, path: &str) -> Option<Arc<File>> {
        let pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        if pending.contains(path) {
            let waited = self.settled.wait_timeout_while(pending, PENDING_WAIT, |p| p.contains(path));
            drop(waited.unwrap_or_else(|e| e.into_inner()));
        } else {
            drop(pending);
        }
        self.files.read().unwrap_or_else(|e| e.into_inner()).get(path).cloned()
    }

    /// Marks files as being rendered: requests for them wait until `release`.
    pub fn hold(&self, paths: impl Iterator<Item = String>) {
        self.pending.lock().unwrap_or_else(|e| e.into_inner()).extend(paths);
    }

    /// Lets the requests waiting for pending files go on.
    pub fn release(&self) {
        self.pending.lock().unwrap_or_else(|e| e.into_inner()).clear();
        self.settled.notify_all();
    }

    /// Every file, by site path: what `build` would have written.
    pub fn snapshot(&self) -> std::collections::BTreeMap<String, Vec<u8>> {
        let files = self.files.read().unwrap_or_else(|e| e.into_inner());
        files.iter().map(|(path, file)| (path.clone(), file.bytes.to_vec())).collect()
    }

    pub fn len(&self) -> usize {
        self.files.read().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Puts new files in place; with `replace`, they are the whole site and every other
    /// file goes.
    pub fn put(&self, files: impl Iterator<Item = (String, Vec<u8>)>, replace: bool) {
        let prepared: Vec<(String, Arc<File>)> =
            files.map(|(path, bytes)| (path, Arc::new(File { etag: etag(&bytes), bytes: bytes.into() }))).collect();
        let mut map = self.files.write().unwrap_or_else(|e| e.into_inner());
        if replace {
            map.clear();
        }
        map.extend(prepared);
    }

    /// Takes the files of briefs and tags that are gone away, and notes the stylesheet the
    /// pages now use.
    pub fn remove(&self, gone: &[String], stylesheet: String) {
        {
            let mut map = self.files.write().unwrap_or_else(|e| e.into_inner());
            for path in gone {
                map.remove(path);
            }
        }
        self.status.lock().unwrap_or_else(|e| e.into_inner()).stylesheet = stylesheet;
    }

    /// Tells the browsers about a rebuild: new pages (`css` when only stylesheets changed),
    /// or the errors that stopped it.
    pub fn publish(&self, errors: &[Diagnostic], styles_only: bool) {
        let plain = HumanRenderer { color: false };
        let mut status = self.status.lock().unwrap_or_else(|e| e.into_inner());
        status.version += 1;
        let (shown, left_out) = diagnostics::capped(errors);
        let more = left_out.iter().map(|n| {
            let d = Diagnostic::error("not-shown", n.message()).help(NotShown::HELP);
            Problem { text: plain.render(&d).trim_end().to_string(), diagnostic: d }
        });
        status.errors = shown
            .into_iter()
            .map(|d| Problem { diagnostic: d.clone(), text: plain.render(d).trim_end().to_string() })
            .chain(more)
            .collect();
        status.total = errors.len();
        status.kind = match (errors.is_empty(), styles_only) {
            (false, _) => "errors",
            (true, true) => "css",
            (true, false) => "reload",
        };
        self.changed.notify_all();
    }

    /// The current status.
    pub fn status(&self) -> Status {
        self.status.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Waits until the version passes `seen`, or `timeout` goes by; the status either way.
    pub fn wait(&self, seen: u64, timeout: Duration) -> Status {
        let status = self.status.lock().unwrap_or_else(|e| e.into_inner());
        let (status, _) =
            self.changed.wait_timeout_while(status, timeout, |s| s.version <= seen).unwrap_or_else(|e| e.into_inner());
        status.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_for_a_held_file_waits_for_the_new_one() {
        let output = Arc::new(Output::default());
        output.put(std::iter::once(("events/index.html".to_string(), b"old".to_vec())), true);
        output.hold(std::iter::once("events/index.html".to_string()));
        let reader = {
            let output = Arc::clone(&output);
            std::thread::spawn(move || output.get("events/index.html").map(|f| f.bytes.to_vec()))
        };
        // Another file is not held: it is served at once.
        output.put(std::iter::once(("parties/index.html".to_string(), b"list".to_vec())), false);
        assert_eq!(output.get("parties/index.html").map(|f| f.bytes.to_vec()), Some(b"list".to_vec()));
        std::thread::sleep(Duration::from_millis(100));
        output.put(std::iter::once(("events/index.html".to_string(), b"new".to_vec())), false);
        output.release();
        assert_eq!(reader.join().unwrap(), Some(b"new".to_vec()));
    }

    #[test]
    fn the_overlay_shows_a_few_errors_per_file_and_counts_the_rest() {
        let long_line = "x".repeat(200_000);
        let errors: Vec<Diagnostic> = (0..100)
            .map(|i| {
                Diagnostic::error("unknown-link", format!("link {i}")).at(crate::diagnostics::Span::new(
                    "content/a.md",
                    4,
                    70_000 + i,
                    70_010 + i,
                    &long_line,
                ))
            })
            .collect();
        let output = Output::default();
        output.publish(&errors, false);
        let status = output.status();
        assert_eq!(status.total, 100, "the overlay's title counts every error");
        assert_eq!(status.errors.len(), crate::diagnostics::SHOWN_PER_FILE + 1);
        let last = status.errors.last().unwrap();
        assert_eq!(last.diagnostic.message, "and 80 more in content/a.md (80 errors)");
        assert!(status.errors.iter().all(|p| p.text.len() < 1_000), "each shows a clipped line");
    }
}
