#!/usr/bin/env bash
# A profile-guided build of docclean: `make pgo`, result in target/pgo/release/docclean.
#
# 1. Builds docclean instrumented to count its branches and calls.
# 2. Runs it on a training workload: raw/, and a small corpus from examples/gen_corpus.rs
#    with a seed of its own (PGO_SEED, 7 by default; the benchmark's corpus uses seed 1,
#    so the build is not trained on the documents it is timed on), cleaned as files and
#    streamed as JSONL, on every core.
# 3. Builds docclean again with those counts, which lets the compiler lay out hot paths
#    and inline by measured use rather than by guess. It is the same program: only its
#    speed differs (`make test` runs on the ordinary build), and the script checks that
#    its output on raw/ and the training stream is the ordinary build's, byte for byte.
#
# Needs llvm-profdata matching rustc's LLVM: the rustup component llvm-tools, which this
# script adds when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SEED=${PGO_SEED:-7}
WORK=target/pgo-work
PROFILES="$PWD/$WORK/profiles"

sysroot=$(rustc --print sysroot)
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$sysroot/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
    echo "pgo: adding the rustup component llvm-tools (for llvm-profdata)" >&2
    rustup component add llvm-tools >&2 || true
fi
if [ ! -x "$profdata" ]; then
    echo "pgo: $profdata is missing; install it with \`rustup component add llvm-tools\`" >&2
    exit 1
fi

rm -rf "$WORK"
mkdir -p "$PROFILES"

echo "pgo: building the instrumented binary" >&2
RUSTFLAGS="-Cprofile-generate=$PROFILES" \
    cargo build --release --locked --quiet --target-dir target/pgo-gen
trained=target/pgo-gen/release/docclean

echo "pgo: training on raw/ and a generated corpus (seed $SEED)" >&2
cargo build --release --locked --quiet --example gen_corpus
target/release/examples/gen_corpus "$WORK/corpus" --seed "$SEED" \
    --text-mb 20 --html-mb 10 --records 2000 >/dev/null
# Profile counts must come from runs that exit normally; a run that reports failed
# documents (exit code 1) still does.
"$trained" clean raw -o "$WORK/out/raw" -q || [ $? -eq 1 ]
"$trained" clean "$WORK/corpus/text" -o "$WORK/out/text" -q
"$trained" clean "$WORK/corpus/html" -o "$WORK/out/html" -q
"$trained" stream "$WORK/corpus/stream.jsonl" -q >/dev/null
"$trained" stream "$WORK/corpus/text.jsonl" -q -j 1 >/dev/null
"$trained" stream "$WORK/corpus/html.jsonl" -q -j 1 >/dev/null
"$profdata" merge -o "$WORK/docclean.profdata" "$PROFILES"

echo "pgo: building with the profile" >&2
RUSTFLAGS="-Cprofile-use=$PWD/$WORK/docclean.profdata" \
    cargo build --release --locked --quiet --target-dir target/pgo

# The same program: its output must be the ordinary build's, byte for byte.
cargo build --release --locked --quiet
# outputs BIN NAME: what BIN makes of the training stream and raw/, under $WORK/check-NAME.
outputs() {
    "$1" stream "$WORK/corpus/stream.jsonl" -q > "$WORK/check-$2.jsonl"
    "$1" clean raw -o "$WORK/check-$2" -q || [ $? -eq 1 ]
}
outputs target/release/docclean release
outputs target/pgo/release/docclean pgo
if ! cmp -s "$WORK/check-release.jsonl" "$WORK/check-pgo.jsonl" \
    || ! diff -r -q -x .docclean-build "$WORK/check-release" "$WORK/check-pgo" >/dev/null; then
    echo "pgo: the profile-guided build's output differs from the ordinary build's" >&2
    exit 1
fi
echo "pgo: target/pgo/release/docclean" >&2
