//! The preview's files, in memory, and the news of each rebuild for the browsers watching.

use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::Duration;

use serde::Serialize;

use crate::diagnostics::{Diagnostic, HumanRenderer};

/// One file of the preview.
pub struct File {
    pub bytes: Vec<u8>,
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
    pub errors: Vec<Problem>,
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
}

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
            }),
            changed: Condvar::new(),
        }
    }
}

impl Output {
    /// The file at a site path (`events/x/index.html`).
    pub fn get(&self, path: &str) -> Option<Arc<File>> {
        self.files.read().unwrap_or_else(|e| e.into_inner()).get(path).cloned()
    }

    /// Every file, by site path: what `build` would have written.
    pub fn snapshot(&self) -> std::collections::BTreeMap<String, Vec<u8>> {
        let files = self.files.read().unwrap_or_else(|e| e.into_inner());
        files.iter().map(|(path, file)| (path.clone(), file.bytes.clone())).collect()
    }

    pub fn len(&self) -> usize {
        self.files.read().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Puts new files in place and takes `gone` away; with `replace`, the new files are the
    /// whole site and everything else goes.
    pub fn update(
        &self,
        files: impl Iterator<Item = (String, Vec<u8>)>,
        gone: &[String],
        replace: bool,
        stylesheet: String,
    ) {
        let prepared: Vec<(String, Arc<File>)> =
            files.map(|(path, bytes)| (path, Arc::new(File { etag: etag(&bytes), bytes }))).collect();
        {
            let mut map = self.files.write().unwrap_or_else(|e| e.into_inner());
            if replace {
                map.clear();
            }
            for path in gone {
                map.remove(path);
            }
            map.extend(prepared);
        }
        self.status.lock().unwrap_or_else(|e| e.into_inner()).stylesheet = stylesheet;
    }

    /// Tells the browsers about a rebuild: new pages (`css` when only stylesheets changed),
    /// or the errors that stopped it.
    pub fn publish(&self, errors: &[Diagnostic], styles_only: bool) {
        let plain = HumanRenderer { color: false };
        let mut status = self.status.lock().unwrap_or_else(|e| e.into_inner());
        status.version += 1;
        status.errors = errors
            .iter()
            .map(|d| Problem { diagnostic: d.clone(), text: plain.render(d).trim_end().to_string() })
            .collect();
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
