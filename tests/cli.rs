//! The `docclean` binary as a user meets it: listings, explain, config, and every error
//! a user can cause, each with a one-line message naming the path and the cause.

use std::path::Path;
use std::process::{Command, Output};

fn docclean(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_docclean"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("the binary runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn rules_lists_every_rule_and_explains_one() {
    let out = docclean(&["rules"], repo());
    assert!(out.status.success());
    let listing = stdout(&out);
    for code in [
        "BP001", "BP002", "BP003", "BP004", "BP005", "BP006", "BP007", "MD001", "MD002", "MD003",
        "MT001", "MT002", "MT003", "MT004", "UN001", "PN001", "NM001",
    ] {
        assert!(listing.contains(code), "{code} missing from:\n{listing}");
    }
    let out = docclean(&["rules", "BP001"], repo());
    let text = stdout(&out);
    assert!(text.starts_with("BP001 image-caption"), "{text}");
    assert!(text.contains("Known false positives"), "{text}");
    let out = docclean(&["rules", "XX999"], repo());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no rule with code or name `XX999`"));
}

#[test]
fn explain_marks_each_removal_with_its_code() {
    let out = docclean(&["explain", "raw/002_7e9578e0d72cd022.txt"], repo());
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("- [BP001 image-caption] © REUTERS / Yuri Gripas"),
        "{text}"
    );
    assert!(
        text.contains("- [BP002 related-headline] Regime Change and Jihad"),
        "{text}"
    );
    assert!(text.contains("- [BP006 foreign-script]"), "{text}");
    assert!(!text.contains('\x1b'), "no colour codes when piped");
    let out = docclean(
        &[
            "explain",
            "--color",
            "always",
            "raw/004_64f8d38ab12b74d1.txt",
        ],
        repo(),
    );
    let text = stdout(&out);
    assert!(
        text.contains("\x1b[31m- [MT002 byline] By Oleg Yegorov"),
        "{text}"
    );
    assert!(
        text.contains("✂ [MD001 inline-link] [underlined](#)"),
        "{text}"
    );
}

#[test]
fn bad_documents_are_reported_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let raw = dir.path().join("in");
    std::fs::create_dir(&raw).unwrap();
    std::fs::write(
        raw.join("good.txt"),
        "Title Of It\n\nThe talks went well, he said.\n",
    )
    .unwrap();
    std::fs::write(raw.join("empty.txt"), "").unwrap();
    std::fs::write(
        raw.join("latin.txt"),
        b"Caf\xe9 au lait, s'il vous pla\xeet.\n",
    )
    .unwrap();
    let out = docclean(&["clean", "in", "-o", "out"], dir.path());
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed document makes the run exit 1"
    );
    assert!(
        stderr(&out).contains("empty.txt: empty document"),
        "{}",
        stderr(&out)
    );
    let manifest = std::fs::read_to_string(dir.path().join("out/manifest.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = manifest
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["empty", "good", "latin"],
        "sorted by id, failures included"
    );
    assert_eq!(lines[0]["error"], "empty document");
    assert!(lines[1]["error"].is_null());
    let good = std::fs::read_to_string(dir.path().join("out/good.txt")).unwrap();
    assert_eq!(good, "Title Of It\n\nThe talks went well, he said.\n");
    let latin = std::fs::read_to_string(dir.path().join("out/latin.txt")).unwrap();
    assert!(latin.starts_with("Caf"), "{latin}");
    assert!(!dir.path().join("out/empty.txt").exists());
}

#[test]
fn jsonl_given_to_clean_points_to_stream() {
    let dir = tempfile::tempdir().unwrap();
    let records = "{\"id\":\"a\",\"text\":\"Some text.\"}\n";
    std::fs::create_dir(dir.path().join("records")).unwrap();
    for name in [
        "records/part-1.jsonl",
        "records/part-2.ndjson.gz",
        "b.JSONL.zst",
    ] {
        std::fs::write(dir.path().join(name), records).unwrap();
    }
    for input in ["records/part-1.jsonl", "b.JSONL.zst"] {
        let out = docclean(&["clean", input, "-o", "out"], dir.path());
        assert_eq!(out.status.code(), Some(1), "{input}");
        let err = stderr(&out);
        assert!(
            err.contains(input) && err.contains("docclean stream"),
            "{err}"
        );
    }
    let out = docclean(&["clean", "records", "-o", "out"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out)
            .contains("records: folder holds no documents (.txt, .md, .html, .htm), but 2 JSONL"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("out").exists());
    // Beside documents, JSONL files in a folder are passed over, but never silently,
    // not even with `-q`: a `make` over a mixed folder still succeeds.
    std::fs::write(dir.path().join("records/doc.txt"), "A document.\n").unwrap();
    let out = docclean(&["clean", "-q", "records", "-o", "out"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("out/doc.txt").exists());
    let err = stderr(&out);
    for name in ["part-1.jsonl", "part-2.ndjson.gz"] {
        assert!(
            err.lines().any(|l| l.contains(name)
                && l.contains("passed over")
                && l.contains("docclean stream")),
            "{err}"
        );
    }
}

#[test]
fn missing_input_and_empty_folder_name_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let out = docclean(&["clean", "nope", "-o", "out"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("nope") && err.contains("No such file"),
        "{err}"
    );
    assert_eq!(
        err.matches("No such file").count(),
        1,
        "the cause once: {err}"
    );
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let out = docclean(&["clean", "empty", "-o", "out"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("empty: folder holds no documents"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn unwritable_output_names_the_path() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("doc.txt"), "Some text here.\n").unwrap();
    std::fs::write(dir.path().join("taken"), "a file, not a folder").unwrap();
    let out = docclean(&["clean", "doc.txt", "-o", "taken"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("taken"), "{err}");
    assert!(err.contains("not a folder"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
}

#[test]
fn bad_usage_exits_2() {
    let out = docclean(&["clean", "--no-such-flag"], repo());
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn config_selects_rules_and_rejects_unknown_keys() {
    let dir = tempfile::tempdir().unwrap();
    let doc = "Body of the article, with a sentence.\n\nBecome a Member of Global Research\n";
    std::fs::write(dir.path().join("doc.txt"), doc).unwrap();
    std::fs::write(dir.path().join("keep.toml"), "ignore = [\"BP007\"]\n").unwrap();
    let out = docclean(
        &["clean", "doc.txt", "-o", "out", "--config", "keep.toml"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.path().join("out/doc.txt")).unwrap();
    assert!(text.contains("Become a Member"), "{text}");

    std::fs::write(dir.path().join("typo.toml"), "ignroe = [\"BP007\"]\n").unwrap();
    let out = docclean(
        &["clean", "doc.txt", "-o", "out", "--config", "typo.toml"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("typo.toml") && err.contains("ignroe"), "{err}");

    std::fs::write(dir.path().join("code.toml"), "select = [\"BP999\"]\n").unwrap();
    let out = docclean(
        &["clean", "doc.txt", "-o", "out", "--config", "code.toml"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("unknown rule code or prefix `BP999`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn user_alias_tables_extend_the_shipped_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("doc.txt"),
        "Sergey Lavrov met Mikhail Gorbatschow.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("names.tsv"),
        "# mine\nGorbachev\tGorbatschow\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("c.toml"),
        "[names]\naliases = [\"names.tsv\"]\n",
    )
    .unwrap();
    let out = docclean(
        &["clean", "doc.txt", "-o", "out", "--config", "c.toml"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.path().join("out/doc.txt")).unwrap();
    assert_eq!(text, "Sergei Lavrov met Mikhail Gorbachev.\n");
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("out/doc.json")).unwrap())
            .unwrap();
    assert_eq!(record["normalized"]["NM001"], 2);

    std::fs::write(dir.path().join("bad.tsv"), "Gorbachev\n").unwrap();
    std::fs::write(
        dir.path().join("b.toml"),
        "[names]\naliases = [\"bad.tsv\"]\n",
    )
    .unwrap();
    let out = docclean(
        &["clean", "doc.txt", "-o", "out", "--config", "b.toml"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("bad.tsv: line 1"), "{}", stderr(&out));
}

#[test]
fn io_only_writes_the_files_a_cleaning_run_writes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let cleaned = dir.path().join("cleaned");
    let raw = repo().join("raw");
    for (folder, mode) in [(&out, "--io-only"), (&cleaned, "--force")] {
        let args = [
            "clean",
            raw.to_str().unwrap(),
            "-o",
            folder.to_str().unwrap(),
            "-q",
            mode,
        ];
        let run = docclean(&args, repo());
        assert!(run.status.success(), "{}", stderr(&run));
    }
    let names = |dir: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".txt") || n.ends_with(".json"))
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(&out), names(&cleaned));
    for entry in std::fs::read_dir(&raw).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let copied = std::fs::read(out.join(format!("{stem}.txt"))).unwrap();
        assert_eq!(copied, std::fs::read(&path).unwrap(), "{stem}");
        let record: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.join(format!("{stem}.json"))).unwrap())
                .unwrap();
        assert_eq!(record["id"], stem.as_str());
        assert_eq!(record["source"]["bytes"], copied.len());
    }
}
