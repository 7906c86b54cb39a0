//! The benchmark's verdict on whether the machine was quiet (scripts/yard_verdict.awk),
//! run with awk on made-up yardstick timings.

use std::io::Write;
use std::process::{Command, Stdio};

fn verdict(timings: &str) -> String {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/yard_verdict.awk");
    let mut child = Command::new("awk")
        .args(["-v", "limit=15", "-f", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("awk runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(timings.as_bytes())
        .expect("write timings");
    let out = child.wait_with_output().expect("awk ends");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn close_timings_are_a_quiet_machine() {
    let v = verdict("0.80\n0.85\n0.82\n");
    assert!(v.contains("from 0.80 s to 0.85 s"), "{v}");
    assert!(v.contains("quiet enough"), "{v}");
    assert!(!v.contains("was busy"), "{v}");
}

#[test]
fn spread_timings_are_a_busy_machine() {
    let v = verdict("0.80\n1.30\n0.95\n");
    assert!(v.contains("62% above the fastest"), "{v}");
    assert!(v.contains("was busy"), "{v}");
}

#[test]
fn short_runs_are_not_judged() {
    let v = verdict("0.02\n0.05\n");
    assert!(v.contains("too short"), "{v}");
    assert!(
        !v.contains("was busy") && !v.contains("quiet enough"),
        "{v}"
    );
    assert_eq!(verdict(""), "Yardstick: no timings.\n");
}
