"""Checks that Spark's output equals `docclean stream`'s, record for record, by id.

    python compare.py EXPECTED.jsonl SPARK_OUTPUT_DIR

Spark writes part files in partition order, so records are matched by `id`, not by line.
Exits 1 with the first differences on any mismatch.
"""

import glob
import json
import os
import sys


def load(paths):
    records = {}
    duplicates = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                record = json.loads(line)
                key = record.get("id")
                if key is None:
                    raise SystemExit(f"{path}:{number}: record without id: {line[:200]}")
                if key in records:
                    duplicates.append(key)
                records[key] = record
    return records, duplicates


def main(expected_path, spark_dir):
    parts = sorted(glob.glob(os.path.join(spark_dir, "part-*")))
    if not parts:
        raise SystemExit(f"spark-test: no part files in {spark_dir}")
    expected, dup_expected = load([expected_path])
    got, dup_got = load(parts)
    problems = []
    if dup_expected or dup_got:
        problems.append(f"duplicate ids: expected {dup_expected[:5]}, spark {dup_got[:5]}")
    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    if missing:
        problems.append(f"{len(missing)} records missing from Spark's output, e.g. {missing[:5]}")
    if extra:
        problems.append(f"{len(extra)} records only in Spark's output, e.g. {extra[:5]}")
    differing = [key for key in expected if key in got and expected[key] != got[key]]
    for key in differing[:3]:
        want, have = expected[key], got[key]
        fields = sorted(k for k in set(want) | set(have) if want.get(k) != have.get(k))
        problems.append(f"record {key} differs in {fields}")
    if differing:
        problems.append(f"{len(differing)} records differ in all")
    errors = sum(1 for r in got.values() if "error" in r)
    if problems:
        print("spark-test: FAILED: Spark's output is not docclean stream's output", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"spark-test: OK: {len(got)} records from {len(parts)} part files equal "
          f"docclean stream's output ({errors} error records among them)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
