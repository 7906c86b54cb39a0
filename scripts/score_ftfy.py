#!/usr/bin/env python3
"""Scores ftfy on the mojibake repair set that `make repair-eval` exports.

Reads JSONL lines with `id`, `damage`, `text` and `clean` (damage "none" marks a clean
sample), runs `ftfy.fix_encoding` on every `text` (the encoding repair alone, so that
unrelated fixes such as straightening curly quotes do not count against it), and prints
the same table as the docclean report: per kind of damage, the share repaired exactly,
and the share of clean samples changed.

Usage: python scripts/score_ftfy.py SAMPLES.jsonl
"""

import collections
import json
import sys
import time

import ftfy


def main(path):
    totals = collections.defaultdict(lambda: [0, 0])
    changed = []
    started = time.perf_counter()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            sample = json.loads(line)
            ok = ftfy.fix_encoding(sample["text"]) == sample["clean"]
            entry = totals[sample["damage"]]
            entry[0] += 1
            entry[1] += ok
            if sample["damage"] == "none" and not ok:
                changed.append(sample)
    elapsed = time.perf_counter() - started
    samples = sum(n for n, _ in totals.values())
    print(f"ftfy {ftfy.__version__} fix_encoding: {samples} samples in {elapsed:.1f}s")
    print()
    print("| damage | samples | repaired exactly |")
    print("|---|---:|---:|")
    damaged = repaired = 0
    for damage in sorted(totals):
        if damage == "none":
            continue
        n, ok = totals[damage]
        damaged += n
        repaired += ok
        print(f"| {damage} | {n} | {percent(ok, n)} |")
    print(f"| **all damaged** | {damaged} | {percent(repaired, damaged)} |")
    clean, unchanged = totals.get("none", (0, 0))
    print()
    print(f"clean texts wrongly changed: {clean - unchanged} of {clean} ({percent(clean - unchanged, clean)})")
    for sample in changed[:10]:
        print(f"  {sample['id']}: {sample['text']!r} -> {ftfy.fix_encoding(sample['text'])!r}")


def percent(part, whole):
    return f"{100.0 * part / whole:.1f}%" if whole else "-"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
