#!/usr/bin/env bash
# `make spark-test`: runs the PySpark job in local[2] mode on a generated corpus and checks
# that its output equals `docclean stream`'s output for the same input, record for record.
set -euo pipefail
cd "$(dirname "$0")/../.."

VENV=${SPARK_VENV:-.venv-spark}
PYSPARK_VERSION=${PYSPARK_VERSION:-3.5.7}
RECORDS=${SPARK_TEST_RECORDS:-3000}
WORK=${SPARK_TEST_DIR:-target/spark-test}
BIN=target/release/docclean

command -v java >/dev/null || { echo "spark-test: java not found (Spark needs Java 17)" >&2; exit 1; }

# A virtualenv with exactly the pinned pyspark; rebuilt when the pin changes.
if ! "$VENV/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
    echo "spark-test: installing pyspark==$PYSPARK_VERSION into $VENV" >&2
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
fi

cargo build --release --locked --quiet
cargo build --release --locked --quiet --example gen_corpus

rm -rf "$WORK"
mkdir -p "$WORK"
target/release/examples/gen_corpus "$WORK/corpus" --text-mb 0 --html-mb 0 --records "$RECORDS" --bad-records 2>/dev/null
input="$WORK/corpus/stream.jsonl"

# The reference: the same records through docclean stream on stdin, as Spark feeds them.
"$BIN" stream --quiet < "$input" > "$WORK/expected.jsonl"

# Spark's own logging goes to a file; it is shown only when the job fails.
export PYSPARK_PYTHON="$VENV/bin/python"
if ! "$VENV/bin/spark-submit" --master 'local[2]' \
        --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
        examples/spark/docclean_spark.py "$input" "$WORK/spark-out" \
        --binary "$BIN" --partitions 4 > "$WORK/spark.log" 2>&1; then
    echo "spark-test: FAILED: the Spark job failed; its log:" >&2
    tail -n 60 "$WORK/spark.log" >&2
    exit 1
fi

"$VENV/bin/python" examples/spark/compare.py "$WORK/expected.jsonl" "$WORK/spark-out"
