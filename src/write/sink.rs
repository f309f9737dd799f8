//! Where rendered files go, and what a file is handed over as: the sink the renderer writes
//! into is a staging folder for `build`, memory for `serve`, and nothing at all for `check`.

use std::borrow::Cow;
use std::io;

/// Where rendered files go: a staging folder for `build`, memory for `serve`.
pub trait Sink: Sync {
    /// Stores `contents` at the site path `path` (`parties/armenia/index.html`).
    fn put(&self, path: &str, contents: Contents) -> io::Result<()>;
}

/// A sink that drops every file: `check` renders every page to find template errors, and
/// writes nothing.
pub(crate) struct Discard;

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
    pub(super) fn len(&self) -> usize {
        match self {
            Contents::Whole(bytes) => bytes.len(),
            Contents::Pieces(pieces) => pieces.iter().map(|p| p.len()).sum(),
        }
    }

    /// The bytes in order, in as many slices as there are pieces.
    pub(super) fn slices(&self) -> impl Iterator<Item = &[u8]> {
        let (whole, pieces) = match self {
            Contents::Whole(bytes) => (Some(bytes.as_slice()), &[][..]),
            Contents::Pieces(pieces) => (None, pieces.as_slice()),
        };
        whole.into_iter().chain(pieces.iter().map(|p| p.as_bytes()))
    }

    /// One buffer, for sinks that keep files in memory.
    pub(crate) fn into_bytes(self) -> Vec<u8> {
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
