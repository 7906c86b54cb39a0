//! Input discovery: files given directly are taken as they are; folders are walked for
//! documents (hidden files and our own outputs skipped), sorted for a stable order.

use std::path::{Path, PathBuf};

use crate::error::Error;

/// One document found on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: PathBuf,
    /// Path relative to the input root given on the command line, `/`-separated.
    pub relative: String,
    /// Output file stem: the file name without its document extension(s).
    pub stem: String,
}

/// Extensions of files that a folder walk treats as documents.
const DOCUMENT_EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "gz",
];

/// The documents under the inputs, and the JSONL files passed over beside them.
#[derive(Debug, Default)]
pub struct Collected {
    pub files: Vec<InputFile>,
    /// JSONL files in folders that hold documents: records are for `docclean stream`,
    /// and the run says so rather than dropping them unseen.
    pub passed_over: Vec<PathBuf>,
}

/// Expands `inputs` (files and folders) into documents. A folder with no documents, or
/// a path that does not exist, is an error naming the path.
pub fn collect(inputs: &[PathBuf]) -> Result<Collected, Error> {
    let mut files = Vec::new();
    let mut passed_over = Vec::new();
    for input in inputs {
        let meta = std::fs::metadata(input).map_err(|e| Error::io(input, e))?;
        if meta.is_file() {
            let name = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if is_jsonl(&name) {
                return Err(Error::io(input, std::io::Error::other(JSONL_INPUT)));
            }
            files.push(InputFile {
                path: input.clone(),
                stem: stem_of(&name),
                relative: name,
            });
            continue;
        }
        // Each document with the key it is sorted by (below).
        let mut found: Vec<(Vec<u8>, InputFile)> = Vec::new();
        let mut jsonl_files = Vec::new();
        for entry in walkdir::WalkDir::new(input) {
            let entry = entry.map_err(|e| {
                let path = e.path().unwrap_or(input).to_path_buf();
                Error::io(
                    &path,
                    e.into_io_error()
                        .unwrap_or_else(|| std::io::Error::other("cannot walk folder")),
                )
            })?;
            if !entry.file_type().is_file() {
                continue;
            }
            if !is_document(entry.path()) {
                let name = entry.file_name().to_string_lossy();
                if is_jsonl(&name) && !name.starts_with("manifest.") && !name.starts_with('.') {
                    jsonl_files.push(entry.path().to_path_buf());
                }
                continue;
            }
            let relative = relative_path(entry.path(), input);
            let file = InputFile {
                path: entry.path().to_path_buf(),
                stem: stem_of(&relative),
                relative,
            };
            found.push((order_key(entry.path(), input), file));
        }
        if found.is_empty() {
            let message = if !jsonl_files.is_empty() {
                format!(
                    "folder holds no documents (.txt, .md, .html, .htm), but {} \
                     JSONL file(s): clean records with `docclean stream`",
                    jsonl_files.len()
                )
            } else {
                "folder holds no documents (.txt, .md, .html, .htm)".to_string()
            };
            return Err(Error::io(input, std::io::Error::other(message)));
        }
        // Folders are walked in whatever order the file system lists them, then sorted
        // once by their path below the input, folder by folder (what sorting each
        // folder's entries by name while walking gives, without parsing file names
        // again at every comparison).
        found.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        files.extend(found.into_iter().map(|(_, file)| file));
        jsonl_files.sort();
        passed_over.extend(jsonl_files);
    }
    Ok(Collected { files, passed_over })
}

/// Why `clean` refuses a JSONL file: it is many records, not one document.
const JSONL_INPUT: &str = "JSONL records, not one document: clean them with `docclean stream`, \
     which writes one cleaned record for each record";

/// A JSONL file by its name, compressed or not.
fn is_jsonl(name: &str) -> bool {
    let lower = name.to_lowercase();
    let inner = lower
        .strip_suffix(".gz")
        .or_else(|| lower.strip_suffix(".zst"))
        .unwrap_or(&lower);
    inner.ends_with(".jsonl") || inner.ends_with(".ndjson")
}

fn is_document(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    if name.starts_with('.') || name == "manifest.jsonl" {
        return false;
    }
    let lower = name.to_lowercase();
    if let Some(inner) = lower.strip_suffix(".gz") {
        return inner.ends_with(".html") || inner.ends_with(".htm") || inner.ends_with(".txt");
    }
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .is_some_and(|e| DOCUMENT_EXTENSIONS.contains(&e.as_str()))
}

/// A byte string that sorts as the path below `root` does, component by component: the
/// components' bytes joined by a zero byte, which no file name holds, so that a folder
/// `a` and its files sort before a sibling named `a-b` or `a.txt`.
fn order_key(path: &Path, root: &Path) -> Vec<u8> {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let mut key = Vec::with_capacity(rel.as_os_str().len());
    for (i, component) in rel.components().enumerate() {
        if i > 0 {
            key.push(0);
        }
        key.extend_from_slice(component.as_os_str().as_encoded_bytes());
    }
    key
}

fn relative_path(path: &Path, root: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The output stem for a relative path: its extension(s) removed and folder separators
/// turned into `__`, so files from different folders never collide.
pub fn stem_of(relative: &str) -> String {
    let mut stem = relative.to_string();
    if stem.to_lowercase().ends_with(".gz") {
        stem.truncate(stem.len() - 3);
    }
    if let Some(dot) = stem.rfind('.') {
        if dot > stem.rfind('/').map_or(0, |s| s + 1) {
            stem.truncate(dot);
        }
    }
    stem.replace('/', "__")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems() {
        assert_eq!(stem_of("000_abc.txt"), "000_abc");
        assert_eq!(stem_of("site/page.html.gz"), "site__page");
        assert_eq!(stem_of("noext"), "noext");
        assert_eq!(stem_of("dir.d/noext"), "dir.d__noext");
    }

    #[test]
    fn folders_are_ordered_by_name_component_by_component() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for name in [
            "b.txt",
            "a.txt",
            "a-b/x.txt",
            "a/y.md",
            "a/x.txt",
            "a/c/z.txt",
            "a/c-d.txt",
            "A.txt",
        ] {
            let path = root.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, "text").unwrap();
        }
        let relative: Vec<String> = collect(&[root.to_path_buf()])
            .map(|c| c.files)
            .unwrap()
            .into_iter()
            .map(|f| f.relative)
            .collect();
        assert_eq!(
            relative,
            [
                "A.txt",
                "a/c/z.txt",
                "a/c-d.txt",
                "a/x.txt",
                "a/y.md",
                "a-b/x.txt",
                "a.txt",
                "b.txt",
            ]
        );
    }

    #[test]
    fn empty_folder_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = collect(&[dir.path().to_path_buf()]).unwrap_err();
        assert!(err.to_string().contains("holds no documents"), "{err}");
    }
}
