//! Atomic file writes: a temp file in the target's folder, then a rename, so an
//! interrupted run never leaves a half-written output.

use std::io::Write;
use std::path::Path;

use crate::error::Error;

/// Writes `bytes` to `path` atomically, replacing any existing file. A file that
/// already holds exactly these bytes is left alone: re-runs then cost a read instead of
/// a write, and ext4 does not flush a file renamed over an existing one.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    if holds(path, bytes) {
        return Ok(());
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".docclean-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io(path, e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    // No fsync: the rename alone keeps readers and interrupted runs from ever seeing a
    // half-written file, and syncing each of a corpus' many small files made writing
    // slower than cleaning. Durability across a power cut is the file system's job;
    // an incremental run redoes whatever did not reach the disk.
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Writes what `fill` produces to `path` atomically, through a buffer, so a large
/// output (a manifest) never has to sit in memory whole.
pub fn write_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Error> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = tempfile::Builder::new()
        .prefix(".docclean-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io(path, e))?;
    let mut writer = std::io::BufWriter::with_capacity(1 << 16, tmp.as_file());
    fill(&mut writer)
        .and_then(|_| writer.flush())
        .map_err(|e| Error::io(path, e))?;
    drop(writer);
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Whether the file at `path` exists and holds exactly `bytes`.
fn holds(path: &Path, bytes: &[u8]) -> bool {
    let same_len =
        std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64);
    same_len && std::fs::read(path).is_ok_and(|existing| existing == bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn writes_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        super::write(&path, b"one").unwrap();
        super::write(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn same_bytes_leave_the_file_alone() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        super::write(&path, b"one").unwrap();
        let inode = std::fs::metadata(&path).unwrap().ino();
        super::write(&path, b"one").unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().ino(), inode);
        super::write(&path, b"two").unwrap();
        assert_ne!(std::fs::metadata(&path).unwrap().ino(), inode);
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
    }
}
