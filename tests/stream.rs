//! `docclean stream` end to end: the binary run on temp files and pipes.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_docclean");

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn docclean(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().expect("run docclean")
}

fn records(stdout: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(stdout).expect("stdout is UTF-8");
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Records made from the seed documents in raw/, each with a few extra fields.
fn seed_records() -> (Vec<String>, String) {
    let mut docs = Vec::new();
    let mut jsonl = String::new();
    let mut names: Vec<_> = std::fs::read_dir(root().join("raw"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for path in names
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(path).unwrap();
        // Documents in other encodings go as byte values, decoded like files are.
        let content = match String::from_utf8(bytes.clone()) {
            Ok(text) => Value::from(text),
            Err(_) => Value::from(bytes),
        };
        let record = serde_json::json!({"id": stem, "source": "seed", "text": content, "added": "2024-05-01"});
        jsonl.push_str(&record.to_string());
        jsonl.push('\n');
        docs.push(stem);
    }
    (docs, jsonl)
}

fn many_records(n: usize) -> String {
    (0..n)
        .map(|i| format!("{{\"id\":\"r{i:05}\",\"text\":\"Record number {i} has a sentence of text.\\n\\nPhoto: Staff\\n\",\"n\":{i}}}\n"))
        .collect()
}

#[test]
fn order_and_passthrough_fields_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "in.jsonl", many_records(500).as_bytes());
    let out = docclean(&[
        "stream",
        "-q",
        "-j",
        "2",
        "--batch-records",
        "7",
        input.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 500);
    for (i, rec) in recs.iter().enumerate() {
        let keys: Vec<&str> = rec
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["id", "text", "n", "docclean"]);
        assert_eq!(rec["id"], format!("r{i:05}"));
        assert_eq!(rec["n"], i);
        assert_eq!(
            rec["text"],
            format!("Record number {i} has a sentence of text.\n")
        );
        assert_eq!(rec["docclean"]["removed"][0]["rule"], "BP001");
    }
}

#[test]
fn bad_records_get_an_error_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let input = "{\"id\":\"a\",\"text\":\"Some text here.\"}\n{broken\n{\"id\":\"b\",\"title\":\"no text\"}\n{\"id\":\"c\",\"text\":\"   \"}\n{\"id\":\"d\",\"text\":\"More text.\"}\n";
    let path = write(dir.path(), "in.jsonl", input.as_bytes());
    let out = docclean(&["stream", "-q", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out.stdout);
    let ids: Vec<&Value> = recs.iter().map(|r| &r["id"]).collect();
    assert_eq!(
        ids,
        [
            &Value::from("a"),
            &Value::Null,
            &Value::from("b"),
            &Value::from("c"),
            &Value::from("d")
        ]
    );
    assert!(recs[0].get("error").is_none());
    assert!(recs[1]["error"]
        .as_str()
        .unwrap()
        .contains("in.jsonl:2: invalid JSON"));
    assert_eq!(recs[2]["title"], "no text");
    assert_eq!(recs[2]["error"], "record has no `text` or `html` field");
    assert_eq!(recs[3]["error"], "empty document");
    assert_eq!(recs[3]["docclean"]["error"], "empty document");
    assert!(recs[4].get("error").is_none());

    let out = docclean(&["stream", "-q", "--fail-fast", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(records(&out.stdout).len(), 1);
    assert!(String::from_utf8_lossy(&out.stderr).contains("in.jsonl:2"));
}

#[test]
fn reads_stdin_gzip_and_zstd() {
    let dir = tempfile::tempdir().unwrap();
    let plain = many_records(50);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(plain.as_bytes()).unwrap();
    let gz = write(dir.path(), "in.jsonl.gz", &gz.finish().unwrap());
    let zst = write(
        dir.path(),
        "in.jsonl.zst",
        &zstd::encode_all(plain.as_bytes(), 3).unwrap(),
    );

    let mut child = Command::new(BIN)
        .args(["stream", "-q"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feed = plain.clone();
    let writer = std::thread::spawn(move || stdin.write_all(feed.as_bytes()));
    let from_stdin = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(from_stdin.status.success());

    let compressed = docclean(&[
        "stream",
        "-q",
        gz.to_str().unwrap(),
        "-",
        zst.to_str().unwrap(),
    ]);
    assert!(
        compressed.status.success(),
        "{}",
        String::from_utf8_lossy(&compressed.stderr)
    );
    let expected = records(&from_stdin.stdout);
    let got = records(&compressed.stdout);
    assert_eq!(expected.len(), 50);
    // `-` among files reads the (empty) stdin of this process: 50 + 0 + 50 records.
    assert_eq!(got.len(), 100);
    for (a, b) in expected
        .iter()
        .zip(got.iter())
        .chain(expected.iter().zip(got[50..].iter()))
    {
        assert_eq!(a["text"], b["text"]);
        assert_eq!(a["id"], b["id"]);
    }
}

#[test]
fn closed_stdout_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "in.jsonl", many_records(20_000).as_bytes());
    let mut child = Command::new(BIN)
        .args(["stream", input.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
        "{stderr}"
    );
}

#[test]
fn stream_and_clean_agree_on_text() {
    let dir = tempfile::tempdir().unwrap();
    let (docs, jsonl) = seed_records();
    assert!(!docs.is_empty());
    let input = write(dir.path(), "seeds.jsonl", jsonl.as_bytes());
    let streamed = docclean(&["stream", "-q", input.to_str().unwrap()]);
    assert!(streamed.status.success());
    let out_dir = dir.path().join("out");
    let cleaned = docclean(&[
        "clean",
        root().join("raw").to_str().unwrap(),
        "-o",
        out_dir.to_str().unwrap(),
    ]);
    assert!(
        cleaned.status.success(),
        "{}",
        String::from_utf8_lossy(&cleaned.stderr)
    );
    let recs = records(&streamed.stdout);
    assert_eq!(recs.len(), docs.len());
    for (rec, stem) in recs.iter().zip(&docs) {
        let text = std::fs::read_to_string(out_dir.join(format!("{stem}.txt"))).unwrap_or_default();
        assert_eq!(rec["text"].as_str().unwrap(), text, "{stem}");
        assert_eq!(rec["source"], "seed");
        let json: Value = serde_json::from_str(
            &std::fs::read_to_string(out_dir.join(format!("{stem}.json"))).unwrap(),
        )
        .unwrap();
        assert_eq!(rec["docclean"]["removed"], json["removed"], "{stem}");
        assert_eq!(
            rec["docclean"]["source"]["sha256"], json["source"]["sha256"],
            "{stem}"
        );
    }
}

#[test]
fn missing_input_names_the_file_once() {
    let out = docclean(&["stream", "-q", "/nonexistent/records.jsonl"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("/nonexistent/records.jsonl"), "{stderr}");
    assert_eq!(stderr.matches("No such file").count(), 1, "{stderr}");
}

#[test]
fn input_that_cannot_be_jsonl_is_refused_with_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.jsonl", many_records(3).as_bytes());
    // xz and bzip2 headers, a zip archive, UTF-16 text, and gzip inside gzip.
    let mut xz = b"\xfd7zXZ\x00\x00\x04\xe6\xd6\xb4\x46".to_vec();
    xz.extend_from_slice(&[0x02, 0x00, 0x21, 0x01, 0x16, 0x00, 0x00, 0x00]);
    let utf16: Vec<u8> = "\u{feff}{\"id\":\"a\",\"text\":\"Hi.\"}\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let mut inner = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    inner.write_all(many_records(2).as_bytes()).unwrap();
    let mut outer = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    outer.write_all(&inner.finish().unwrap()).unwrap();
    let cases: [(&str, Vec<u8>, &str); 5] = [
        ("a.jsonl.xz", xz, "xz data"),
        (
            "a.jsonl.bz2",
            b"BZh91AY&SY\x00\x01\x02".to_vec(),
            "bzip2 data",
        ),
        (
            "a.zip",
            b"PK\x03\x04\x14\x00\x00\x00\x08\x00".to_vec(),
            "ZIP archive",
        ),
        ("a16.jsonl", utf16, "UTF-16 text"),
        ("twice.jsonl.gz", outer.finish().unwrap(), "gzip data"),
    ];
    for (name, bytes, kind) in cases {
        let bad = write(dir.path(), name, &bytes);
        let out = docclean(&[
            "stream",
            "-q",
            good.to_str().unwrap(),
            bad.to_str().unwrap(),
        ]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(
            stderr.contains(name) && stderr.contains(kind),
            "{name}: {stderr}"
        );
        // The records before the bad input are written; none are made up from it.
        assert_eq!(records(&out.stdout).len(), 3, "{name}");
    }
}
