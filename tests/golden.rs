//! Golden tests: cleaning `raw/` must reproduce `clean/` byte for byte. On a mismatch the
//! test prints a line diff; `make bless` rewrites the goldens after you have read it.

use std::collections::BTreeSet;
use std::path::Path;

use docclean::{corpus, Config, Pipeline};

fn listing(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect()
}

fn diff(expected: &str, actual: &str) -> String {
    let diff = similar::TextDiff::from_lines(expected, actual);
    diff.unified_diff()
        .context_radius(2)
        .header("clean/ (golden)", "pipeline output")
        .to_string()
}

#[test]
fn raw_cleans_to_golden() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let pipeline = Pipeline::new(Config::default()).unwrap();
    corpus::clean_corpus(&pipeline, &[root.join("raw")], out.path()).unwrap();
    let golden = root.join("clean");
    let (want, got) = (listing(&golden), listing(out.path()));
    assert_eq!(
        want, got,
        "clean/ holds other files than the pipeline writes; run `make bless` and review"
    );
    let mut failures = Vec::new();
    for name in &want {
        let expected = std::fs::read_to_string(golden.join(name)).unwrap();
        let actual = std::fs::read_to_string(out.path().join(name)).unwrap();
        if expected != actual {
            failures.push(format!("--- {name}\n{}", diff(&expected, &actual)));
        }
    }
    assert!(
        failures.is_empty(),
        "output differs from clean/ (review, then `make bless`):\n{}",
        failures.join("\n")
    );
}
