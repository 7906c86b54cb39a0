#!/usr/bin/env bash
# Throughput and memory benchmark: `make bench`. Never part of the test suite.
#
# Generates a deterministic corpus (examples/gen_corpus.rs) under $BENCH_DIR once, then
# times scraper's parser alone on its HTML pages (the machine's yardstick,
# examples/parse_ceiling.rs), `docclean clean` on its text documents and HTML pages
# with one thread and with every core, a pure read-and-write pass over the same files
# (the I/O ceiling), `docclean stream` over the same documents as JSONL (cleaning
# without a file per document), and `docclean stream` over a mixed JSONL stream. Wall
# time and peak memory (max RSS) come from /usr/bin/time; each figure is the fastest of
# $BENCH_RUNS runs (3 by default), so a busy moment elsewhere on the machine does not
# decide it, and each row is also given as a ratio to the yardstick timed beside it.
# On a virtual machine each row also says how much of the CPU time its run wanted went
# to other guests instead (steal time, from /proc/stat). Prints a markdown table and
# whether the machine was quiet enough to publish it (the yardstick's spread).
#
#   BENCH_TEXT_MB=1000 make bench     # scale the text corpus up to 1 GB
#   BENCH_REAL_HTML=DIR make bench    # also time a folder of real HTML pages (default:
#                                     # ../shared/devdata/html, skipped when absent)
#   BENCH_PGO=1 make bench            # time the profile-guided build (scripts/pgo.sh)
#   BENCH_ONLY=stream make bench      # time only the rows whose name matches (an extended
#                                     # regular expression); the yardstick rows always run.
#                                     # A shorter run finds a quiet spell on a shared
#                                     # machine more easily.
set -euo pipefail
cd "$(dirname "$0")/.."

TEXT_MB=${BENCH_TEXT_MB:-200}
HTML_MB=${BENCH_HTML_MB:-100}
RECORDS=${BENCH_RECORDS:-20000}
DIR=${BENCH_DIR:-bench-data}
THREADS=${BENCH_THREADS:-$(nproc)}
RUNS=${BENCH_RUNS:-3}
ONLY=${BENCH_ONLY:-}
BIN=target/release/docclean
GEN=target/release/examples/gen_corpus

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
cargo build --release --locked --quiet
cargo build --release --locked --quiet --example gen_corpus --example parse_ceiling
build_note="Build: cargo build --release."
if [ "${BENCH_PGO:-0}" = 1 ]; then
    scripts/pgo.sh
    BIN=target/pgo/release/docclean
    build_note="Build: profile-guided (make pgo, trained on raw/ and a generated corpus of another seed)."
fi

corpus="$DIR/corpus"
stamp="text=$TEXT_MB html=$HTML_MB records=$RECORDS jsonl=1"
if [ "$(cat "$corpus/.stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "bench: generating corpus ($stamp) in $corpus" >&2
    rm -rf "$corpus"
    "$GEN" "$corpus" --text-mb "$TEXT_MB" --html-mb "$HTML_MB" --records "$RECORDS"
    echo "$stamp" > "$corpus/.stamp"
fi

bytes_of() { find "$1" -type f ! -name '.*' -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }
files_of() { find "$1" -type f ! -name '.*' | wc -l; }

rows=()
speedups=()
# wanted NAME: whether BENCH_ONLY leaves the row NAME in (the yardstick's rows always are).
YARD_NAME="html: scraper parse_document only (yardstick)"
wanted() { [ -z "$ONLY" ] || [ "$1" = "$YARD_NAME" ] || [[ $1 =~ $ONLY ]]; }
# speedup LABEL: notes the last scaling's speed-up, unless BENCH_ONLY left it out.
speedup() { if [ -n "$last_speedup" ]; then speedups+=("$1 $last_speedup"); fi; }
once_wall="" once_rss=0 once_steal=0
# cpu_ticks: the machine's busy and stolen CPU time so far, in clock ticks summed over
# every CPU ("0 0" where /proc/stat is missing). Steal is time a virtual CPU was ready
# to run but the host ran another guest: a run that lost much of it is slow for
# reasons that are not docclean's.
cpu_ticks() {
    awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $9; found = 1} END {if (!found) print 0, 0}' \
        /proc/stat 2>/dev/null || echo 0 0
}
# time_once NAME FRESH COMMAND...: one timed run of the command (emptying the output
# folder FRESH first, unless it is ""); sets once_wall (seconds), once_rss (KB) and
# once_steal (percent of the CPU time wanted during the run that the host took).
time_once() {
    local name=$1 fresh=$2 stats before after
    shift 2
    # Every timed run writes into an empty folder, as a first run over a corpus does
    # (rewriting identical outputs is cheaper and would flatter the figures).
    if [ -n "$fresh" ]; then rm -rf "$fresh"; fi
    before=$(cpu_ticks)
    /usr/bin/time -o "$DIR/.time" -f '%e %M' "$@" >/dev/null 2>"$DIR/.stderr" \
        || { echo "bench: $name failed:" >&2; cat "$DIR/.stderr" >&2; exit 1; }
    after=$(cpu_ticks)
    stats=$(tail -1 "$DIR/.time")
    once_wall=${stats% *} once_rss=${stats#* }
    once_steal=$(awk -v b="$before" -v a="$after" 'BEGIN {
        split(b, x, " "); split(a, y, " ")
        busy = y[1] - x[1]; steal = y[2] - x[2]
        printf "%.0f", (busy + steal > 0) ? 100 * steal / (busy + steal) : 0
    }')
}

# faster A B: whether wall time A is below B (B empty: yes).
faster() { [ -z "$2" ] || awk -v a="$1" -v b="$2" 'BEGIN {exit !(a < b)}'; }

# The yardstick: scraper's parser alone, one thread, on the generated pages. A shared
# machine's speed drifts by tens of percent within minutes, so it is timed beside every
# figure (once per attempt, fastest kept), and each row is given as a ratio to the
# yardstick of its own minutes as well as in MB/s.
YARD_TOOL=target/release/examples/parse_ceiling
yard_src="$corpus/html"
yard_bytes=$(bytes_of "$yard_src")
# yard_once: times the yardstick once; keeps the fastest in yard_wall (reset by callers).
# Every one-thread timing of it is kept in yard_all: their spread over the whole
# benchmark says whether the machine was quiet enough for the table to be published.
yard_all=()
yard_once() {
    local keep_wall=$once_wall keep_rss=$once_rss keep_steal=$once_steal
    time_once "yardstick" "" "$YARD_TOOL" "$yard_src" 1
    yard_all+=("$once_wall")
    if faster "$once_wall" "$yard_wall"; then yard_wall=$once_wall; fi
    once_wall=$keep_wall once_rss=$keep_rss once_steal=$keep_steal
}

# row NAME THREADS BYTES DOCS WALL RSS_KB YARD_WALL STEAL: appends a table row and
# reports it.
row() {
    local name=$1 threads=$2 bytes=$3 docs=$4 wall=$5 rss_kb=$6 yard=$7 steal=$8
    rows+=("$(awk -v n="$name" -v t="$threads" -v b="$bytes" -v d="$docs" -v w="$wall" -v r="$rss_kb" \
        -v y="$yard" -v yb="$yard_bytes" -v s="$steal" 'BEGIN {
        if (w < 0.01) w = 0.01
        if (y < 0.01) y = 0.01
        mbs = b / 1e6 / w
        printf "| %s | %d | %.0f | %d | %.2f | %.1f | %.1f | %.2f | %.0f | %.0f | %d |", n, t, b / 1e6, d, w, mbs, mbs / t, mbs / t / (yb / 1e6 / y), d / w, r / 1024, s
    }')")
    echo "bench: $name, $threads threads: ${wall}s, max RSS $((rss_kb / 1024)) MB, steal ${steal}%" >&2
}

# run NAME THREADS BYTES DOCS FRESH COMMAND...: times the command RUNS times and
# appends a row with the fastest wall time (the run least disturbed by the rest of
# the machine), that run's steal, and the highest peak memory.
run() {
    local name=$1 threads=$2 bytes=$3 docs=$4 fresh=$5
    shift 5
    wanted "$name" || return 0
    local wall="" rss_kb=0 steal=0
    yard_wall=""
    for ((attempt = 1; attempt <= RUNS; attempt++)); do
        yard_once
        time_once "$name" "$fresh" "$@"
        if faster "$once_wall" "$wall"; then wall=$once_wall steal=$once_steal; fi
        [ "$once_rss" -gt "$rss_kb" ] && rss_kb=$once_rss
    done
    row "$name" "$threads" "$bytes" "$docs" "$wall" "$rss_kb" "$yard_wall" "$steal"
}

# scaling NAME BYTES DOCS OUT INPUT [TOOL]: times `docclean clean` (or `docclean stream`,
# when INPUT is a .jsonl file; OUT is then unused; or `TOOL INPUT THREADS` when TOOL is
# given) with one thread and with THREADS,
# alternating the two RUNS times, so both see the machine in the same state (a shared
# machine's speed drifts from minute to minute, and the speed-up is a ratio of the
# two); appends both rows and the speed-up.
scaling() {
    local name=$1 bytes=$2 docs=$3 out=$4 input=$5 tool=${6:-}
    local -A wall rss steal
    local threads own_yard=0
    last_speedup=""
    wanted "$name" || return 0
    # The yardstick's own rows need no yardstick beside them: their one-thread run is it.
    if [ "$tool" = "$YARD_TOOL" ] && [ "$input" = "$yard_src" ]; then own_yard=1; fi
    yard_wall=""
    for ((attempt = 1; attempt <= RUNS; attempt++)); do
        if [ "$own_yard" = 0 ]; then yard_once; fi
        for threads in 1 "$THREADS"; do
            if [ -n "$tool" ]; then
                time_once "$name" "" "$tool" "$input" "$threads"
                if [ "$own_yard" = 1 ] && [ "$threads" = 1 ]; then yard_all+=("$once_wall"); fi
            elif [[ $input == *.jsonl ]]; then
                time_once "$name" "" "$BIN" stream "$input" -q -j "$threads"
            else
                time_once "$name" "$out" "$BIN" clean "$input" -o "$out" -q --force -j "$threads"
            fi
            if faster "$once_wall" "${wall[$threads]:-}"; then
                wall[$threads]=$once_wall steal[$threads]=$once_steal
            fi
            [ "$once_rss" -gt "${rss[$threads]:-0}" ] && rss[$threads]=$once_rss
        done
    done
    if [ -z "$yard_wall" ]; then yard_wall=${wall[1]}; fi
    for threads in 1 "$THREADS"; do
        row "$name" "$threads" "$bytes" "$docs" "${wall[$threads]}" "${rss[$threads]}" "$yard_wall" \
            "${steal[$threads]}"
    done
    rm -rf "$out"
    last_speedup=$(awk -v a="${wall[1]}" -v b="${wall[$THREADS]}" 'BEGIN {printf "%.2fx", a / (b < 0.01 ? 0.01 : b)}')
}

# Outputs go to memory (tmpfs) when there is one: on an ext4 file system without a
# journal, creating files soon after many were deleted spends most of a run in the
# kernel's inode allocator, which would measure the disk's history, not docclean.
# BENCH_OUT=bench-data/out measures a disk instead.
if [ -n "${BENCH_OUT:-}" ]; then
    out=$BENCH_OUT
elif [ -d /dev/shm ] && [ -w /dev/shm ]; then
    out=/dev/shm/docclean-bench.$$
    out_desc="tmpfs (/dev/shm)"
else
    out="$DIR/out"
fi
out_desc=${out_desc:-$out}
trap 'rm -rf "$out"' EXIT
# The machine's yardstick: scraper's parser alone on the generated pages. The goals were
# set on a machine where the parser ran at about 100 MB/s per core on real pages, and
# 139 MB/s on these when quiet; its figure here says how fast this machine is now.
find "$yard_src" -type f -exec cat {} + >/dev/null
scaling "$YARD_NAME" "$yard_bytes" "$(files_of "$yard_src")" "" \
    "$yard_src" "$YARD_TOOL"
speedup parse-only
for kind in text html; do
    src="$corpus/$kind"
    bytes=$(bytes_of "$src")
    docs=$(files_of "$src")
    # The first pass warms the page cache, so every timed run reads from memory.
    if wanted "$kind: read + write only (I/O ceiling)"; then
        "$BIN" clean "$src" -o "$out/io" -q --io-only -j "$THREADS" >/dev/null 2>&1
    fi
    for threads in 1 "$THREADS"; do
        run "$kind: read + write only (I/O ceiling)" "$threads" "$bytes" "$docs" "$out/io" \
            "$BIN" clean "$src" -o "$out/io" -q --io-only -j "$threads"
    done
    rm -rf "$out/io"
    scaling "$kind: clean" "$bytes" "$docs" "$out/$kind" "$src"
    speedup "$kind"
    # The same documents as one JSONL stream: cleaning without a file per document.
    records="$corpus/$kind.jsonl"
    cat "$records" >/dev/null
    scaling "$kind: stream (same documents as JSONL)" "$(bytes_of "$records")" "$docs" "" "$records"
    speedup "$kind-stream"
done
stream="$corpus/stream.jsonl"
cat "$stream" >/dev/null
run "JSONL stream ($RECORDS records)" "$THREADS" "$(bytes_of "$stream")" "$RECORDS" "" \
    "$BIN" stream "$stream" -q -j "$THREADS"

# Real pages too, when a folder of them is at hand (the development set by default):
# generated pages differ from real ones in ways that move the figures both ways. Real
# pages carry far more script and style (cheap to skip), and their text residue is
# dense with short navigation lines (dear: every line is a block every rule looks at).
REAL=${BENCH_REAL_HTML:-../shared/devdata/html}
real_note="Real pages: skipped ($REAL not found)."
real_rows=("html, real pages: scraper parse_document only (yardstick)" "html, real pages: clean"
    "text, real pages: clean")
real_wanted=0
for name in "${real_rows[@]}"; do wanted "$name" && real_wanted=1; done
if [ "$real_wanted" = 0 ]; then
    real_note="Real pages: left out (BENCH_ONLY=$ONLY)."
elif [ -d "$REAL" ]; then
    cargo build --release --locked --quiet --example naive_text
    find "$REAL" -type f -exec cat {} + >/dev/null
    scaling "html, real pages: scraper parse_document only (yardstick)" "$(bytes_of "$REAL")" \
        "$(files_of "$REAL")" "" "$REAL" "$YARD_TOOL"
    speedup real-parse-only
    real_text="$DIR/real-text"
    rm -rf "$real_text"
    target/release/examples/naive_text "$REAL" "$real_text" >/dev/null 2>"$DIR/.stderr" \
        || { echo "bench: cannot reduce $REAL to text:" >&2; cat "$DIR/.stderr" >&2; exit 1; }
    for kind in html text; do
        src=$REAL
        [ "$kind" = text ] && src=$real_text
        find "$src" -type f -exec cat {} + >/dev/null
        scaling "$kind, real pages: clean" "$(bytes_of "$src")" "$(files_of "$src")" "$out/real" "$src"
        speedup "real-$kind"
    done
    real_note="Real pages: the $(files_of "$REAL") pages in $REAL, and the same pages reduced to text by a naive tag stripper (examples/naive_text.rs)."
fi

# Whether the machine was quiet enough for the table to be published.
yard_note=$(printf '%s\n' "${yard_all[@]}" | awk -v limit=15 -f scripts/yard_verdict.awk)
echo "$yard_note" >&2

{
    echo "| run | threads | MB | documents | seconds | MB/s | MB/s per core | per core ÷ yardstick | documents/s | max RSS MB | steal % |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Speed-up from 1 to $THREADS threads: ${speedups[*]}."
    echo "Per core ÷ yardstick: a row's MB/s per core over the MB/s of scraper's parser alone on one thread (generated pages), timed beside the row in every attempt. The goals (text 100 MB/s per core, HTML 50) were set on a machine where the parser ran at about 100 MB/s per core on real pages and at 139 on these generated ones: in this column they read about 0.72 for text and 0.36 for HTML."
    echo "Steal %: of the CPU time the machine's processes wanted during the row's fastest run, the share a virtual machine's host gave to other guests instead (from /proc/stat; 0 on a machine of its own). Rows with much of it understate what docclean does on a free core."
    if [ -n "$ONLY" ]; then echo "Rows: only those matching BENCH_ONLY=$ONLY, and the yardstick's."; fi
    echo "Corpus: $stamp (examples/gen_corpus.rs), read from $DIR (page cache warm); outputs written to $out_desc; fastest of $RUNS runs each, one-thread and $THREADS-thread runs taken in turn."
    echo "$real_note"
    echo "$yard_note"
    echo "$build_note"
    echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.0f GB RAM", $2 / 1048576}' /proc/meminfo), $(uname -sr)."
} | tee "$DIR/results.md"
