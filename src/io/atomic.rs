//! Atomic file writes: a file is written under no name or a temporary one, then put in
//! place whole, so an interrupted run never leaves a half-written output.

use std::io::Write;
use std::path::Path;

use crate::error::Error;

/// Writes `bytes` to `path` atomically, replacing any existing file. A file that
/// already holds exactly these bytes is left alone: re-runs then cost a read instead of
/// a write, and ext4 does not flush a file renamed over an existing one.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let existing = std::fs::metadata(path).ok();
    if existing
        .as_ref()
        .is_some_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && std::fs::read(path).is_ok_and(|old| old == bytes)
    {
        return Ok(());
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    #[cfg(target_os = "linux")]
    if existing.is_none() && unnamed::write_new(dir, path, bytes).is_ok() {
        return Ok(());
    }
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

/// Writes `bytes` to `path`, a file that did not exist when the run began (a fresh
/// output folder): no look at an existing file first, which on a corpus of small
/// documents saves a file-system lookup per output. Should a file have appeared there
/// meanwhile, it is replaced atomically as by [`write`].
pub fn create(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    #[cfg(target_os = "linux")]
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if unnamed::write_new(dir, path, bytes).is_ok() {
            return Ok(());
        }
    }
    write(path, bytes)
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

/// New files without a temporary name. A named temporary file costs two changes to
/// the output folder (create, rename) and each takes the folder's lock in the kernel:
/// with every worker writing into one folder, that lock, not the disk, limited how well
/// writing scaled with threads. An unnamed file (`O_TMPFILE`) is written outside the
/// folder and linked in complete, one change. Any failure (a file system without
/// `O_TMPFILE`, no `/proc`, a file that appeared meanwhile) falls back to the named way.
#[cfg(target_os = "linux")]
mod unnamed {
    use std::io::Write;
    use std::path::Path;

    use std::sync::atomic::{AtomicBool, Ordering};

    use rustix::fs::{AtFlags, Mode, OFlags, CWD};
    use rustix::io::Errno;

    pub fn write_new(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        let fd = rustix::fs::openat(
            CWD,
            dir,
            OFlags::TMPFILE | OFlags::WRONLY | OFlags::CLOEXEC,
            // The same permissions as the named temporary files.
            Mode::from_raw_mode(0o600),
        )?;
        let mut file = std::fs::File::from(fd);
        file.write_all(bytes)?;
        // Linking the descriptor itself (`AT_EMPTY_PATH`) needs a capability that
        // containers and root have and most users lack; without it, the descriptor is
        // named through /proc, which costs a longer lookup. The first refusal settles
        // the choice for the run.
        if !EMPTY_PATH_REFUSED.load(Ordering::Relaxed) {
            match rustix::fs::linkat(&file, "", CWD, path, AtFlags::EMPTY_PATH) {
                Ok(()) => return Ok(()),
                Err(e) if e == Errno::NOENT || e == Errno::PERM || e == Errno::INVAL => {
                    EMPTY_PATH_REFUSED.store(true, Ordering::Relaxed);
                }
                Err(e) => return Err(e.into()),
            }
        }
        let proc_path = format!("/proc/self/fd/{}", std::os::fd::AsRawFd::as_raw_fd(&file));
        rustix::fs::linkat(CWD, proc_path.as_str(), CWD, path, AtFlags::SYMLINK_FOLLOW)?;
        Ok(())
    }

    static EMPTY_PATH_REFUSED: AtomicBool = AtomicBool::new(false);
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

    #[cfg(unix)]
    #[test]
    fn new_and_replaced_files_look_the_same() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let new = dir.path().join("new.txt");
        super::write(&new, b"fresh").unwrap();
        let replaced = dir.path().join("replaced.txt");
        super::write(&replaced, b"first").unwrap();
        super::write(&replaced, b"second").unwrap();
        assert_eq!(std::fs::read(&new).unwrap(), b"fresh");
        assert_eq!(std::fs::read(&replaced).unwrap(), b"second");
        assert_eq!(mode(&new), mode(&replaced));
        // Nothing but the two outputs is left in the folder.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn create_writes_new_files_and_replaces_one_that_appeared() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        super::create(&path, b"first").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"first");
        super::create(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let err = super::create(&dir.path().join("no/a.txt"), b"x").unwrap_err();
        assert!(err.to_string().contains("a.txt"), "{err}");
    }

    #[test]
    fn a_missing_folder_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/folder/a.txt");
        let err = super::write(&path, b"x").unwrap_err().to_string();
        assert!(err.contains("a.txt"), "{err}");
    }
}
