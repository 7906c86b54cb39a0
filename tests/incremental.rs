//! Incremental and sharded `docclean clean` runs, through the binary on temp trees.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_docclean");

/// Documents in the tree `corpus` builds: every file of `raw/` plus the 12 stories.
fn documents() -> u64 {
    let raw = Path::new(env!("CARGO_MANIFEST_DIR")).join("raw");
    std::fs::read_dir(raw).unwrap().count() as u64 + 12
}

/// An input tree: the seed documents plus a few small ones in a subfolder.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("more")).unwrap();
    let raw = Path::new(env!("CARGO_MANIFEST_DIR")).join("raw");
    for entry in std::fs::read_dir(raw).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, input.join(path.file_name().unwrap())).unwrap();
    }
    for i in 0..12 {
        let text = format!(
            "Story {i}\n\nBy Anna Smith\n\nThe council met on day {i} and agreed on a plan.\n"
        );
        std::fs::write(input.join("more").join(format!("story{i}.txt")), text).unwrap();
    }
    dir
}

fn clean(dir: &Path, extra: &[&str]) -> Output {
    let input = dir.join("in");
    let out = dir.join("out");
    let mut args = vec![
        "clean",
        input.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    Command::new(BIN)
        .args(&args)
        .output()
        .expect("run docclean")
}

/// (cleaned, skipped) from the run summary on stderr.
fn counts(output: &Output) -> (u64, u64) {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = stderr
        .lines()
        .find(|l| l.contains(" cleaned"))
        .unwrap_or_else(|| panic!("no summary: {stderr}"));
    let number_before = |word: &str| -> u64 {
        let words: Vec<&str> = line.split([' ', ',']).filter(|w| !w.is_empty()).collect();
        words
            .iter()
            .position(|w| w.trim_end_matches('s') == word.trim_end_matches('s'))
            .and_then(|i| words[i - 1].parse().ok())
            .unwrap_or(0)
    };
    (number_before("cleaned"), number_before("skipped"))
}

fn manifest(dir: &Path, name: &str) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("out").join(name))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    text.lines().map(str::to_string).collect()
}

fn out_file(dir: &Path, name: &str) -> PathBuf {
    dir.join("out").join(name)
}

#[test]
fn second_run_skips_and_keeps_the_manifest() {
    let dir = corpus();
    let first = clean(dir.path(), &[]);
    assert_eq!(counts(&first), (documents(), 0));
    let full = manifest(dir.path(), "manifest.jsonl");
    assert_eq!(full.len() as u64, documents());
    let text_before = std::fs::read(out_file(dir.path(), "more__story3.txt")).unwrap();

    let second = clean(dir.path(), &[]);
    assert_eq!(counts(&second), (0, documents()));
    assert_eq!(manifest(dir.path(), "manifest.jsonl"), full);
    assert_eq!(
        std::fs::read(out_file(dir.path(), "more__story3.txt")).unwrap(),
        text_before
    );

    let forced = clean(dir.path(), &["--force"]);
    assert_eq!(counts(&forced), (documents(), 0));
    assert_eq!(manifest(dir.path(), "manifest.jsonl"), full);
}

#[test]
fn outputs_of_another_build_are_cleaned_again() {
    let dir = corpus();
    clean(dir.path(), &[]);
    let build = dir.path().join("out/.docclean-build");
    assert!(std::fs::read_to_string(&build).unwrap().trim().len() == 64);
    std::fs::write(&build, "a build with other rules\n").unwrap();
    let again = clean(dir.path(), &[]);
    assert_eq!(
        counts(&again),
        (documents(), 0),
        "nothing trusted from another build"
    );
    assert_eq!(counts(&clean(dir.path(), &[])), (0, documents()));
}

#[test]
fn changes_are_cleaned_again() {
    let dir = corpus();
    counts(&clean(dir.path(), &[]));
    // A changed source, a damaged output and a deleted output: three documents redone.
    std::fs::write(
        dir.path().join("in/more/story1.txt"),
        "Story one, revised\n\nNew text of the story.\n",
    )
    .unwrap();
    std::fs::write(out_file(dir.path(), "more__story2.txt"), "damaged").unwrap();
    std::fs::remove_file(out_file(dir.path(), "more__story3.json")).unwrap();
    assert_eq!(counts(&clean(dir.path(), &[])), (3, documents() - 3));
    let text = std::fs::read_to_string(out_file(dir.path(), "more__story1.txt")).unwrap();
    assert!(text.contains("New text of the story."), "{text}");
    assert!(
        std::fs::read_to_string(out_file(dir.path(), "more__story2.txt"))
            .unwrap()
            .contains("council")
    );

    // Another configuration makes every output stale.
    let config = dir.path().join("docclean.toml");
    std::fs::write(&config, "ignore = [\"MT002\"]\n").unwrap();
    assert_eq!(
        counts(&clean(dir.path(), &["--config", config.to_str().unwrap()])),
        (documents(), 0)
    );
    let text = std::fs::read_to_string(out_file(dir.path(), "more__story4.txt")).unwrap();
    assert!(text.contains("By Anna Smith"), "{text}");
}

#[test]
fn shards_split_the_corpus_and_merge_by_an_unsharded_run() {
    let dir = corpus();
    let mut union = Vec::new();
    let mut total_cleaned = 0;
    for k in 1..=3 {
        let shard = format!("{k}/3");
        let (cleaned, skipped) = counts(&clean(dir.path(), &["--shard", &shard]));
        assert_eq!(skipped, 0);
        total_cleaned += cleaned;
        let lines = manifest(dir.path(), &format!("manifest.{k}-of-3.jsonl"));
        assert_eq!(lines.len() as u64, cleaned);
        union.extend(lines);
    }
    assert_eq!(total_cleaned, documents());
    assert!(!out_file(dir.path(), "manifest.jsonl").exists());
    // The same shard again finds its documents up to date.
    let (cleaned, skipped) = counts(&clean(dir.path(), &["--shard", "2/3"]));
    assert_eq!(cleaned, 0);
    assert!(skipped > 0);
    // An unsharded run then cleans nothing and writes the whole manifest.
    assert_eq!(counts(&clean(dir.path(), &[])), (0, documents()));
    let mut full = manifest(dir.path(), "manifest.jsonl");
    full.sort();
    union.sort();
    assert_eq!(full, union);
}

#[test]
fn bad_shard_is_a_usage_error() {
    let dir = corpus();
    for bad in ["0/3", "4/3", "1/0", "x/3", "2"] {
        let output = clean(dir.path(), &["--shard", bad]);
        assert_eq!(output.status.code(), Some(2), "{bad}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("expected K/N with 1 <= K <= N"),
            "{bad}: {stderr}"
        );
    }
}
