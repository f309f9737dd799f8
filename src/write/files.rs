//! One file of the staging folder: whether it already holds what a job rendered, and writing
//! it when it does not. Both go a window at a time, so an export of hundreds of megabytes is
//! never read back or copied whole.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use super::Contents;

/// Reads and writes of files go through buffers of this size.
pub(super) const WINDOW: usize = 64 * 1024;

/// Whether the file at `path` holds exactly `contents`; read a window at a time.
pub(super) fn holds(path: &Path, contents: &Contents) -> bool {
    let Ok(mut file) = fs::File::open(path) else { return false };
    let len = contents.len();
    if !file.metadata().is_ok_and(|m| m.is_file() && m.len() == len as u64) {
        // Most changed pages differ in length, and reading is skipped.
        return false;
    }
    // On the stack: zeroing 64 KiB costs about as much as one small read, where a heap
    // buffer for each of ten thousand pages cost more than comparing them.
    let mut storage = [0u8; WINDOW];
    let buffer = &mut storage[..WINDOW.min(len.max(1))];
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
}

/// Writes `contents` to a new file at `path`: always a new file, never an old one truncated
/// and rewritten, since the old one may have other names (a snapshot made with `cp -al`, a
/// deploy tool's hard links) that must keep what they hold.
pub(super) fn write_file(path: &Path, contents: &Contents) -> io::Result<()> {
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
