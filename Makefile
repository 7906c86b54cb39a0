# docclean: `make` cleans raw/ into clean/; `make test` runs every test.
CARGO ?= cargo
BIN := target/release/docclean

.PHONY: all build test lint bless readme eval bench pgo repair-eval spark-test

all: build
	$(BIN) clean raw -o clean

build:
	$(CARGO) build --release --locked

test:
	$(CARGO) test --locked

lint:
	$(CARGO) clippy --locked --all-targets -- -D warnings
	$(CARGO) fmt --check

# Score HTML extraction on the annotated pages in ../shared/devdata (skipped if absent).
eval: build
	$(BIN) eval --devdata ../shared/devdata
	$(BIN) eval --devdata ../shared/devdata --as-text

# Measure mojibake repair (EN001, EN002) on damage made from raw/ and the devdata pages
# (skipped if absent). With FTFY_PYTHON=/path/to/python (a venv with ftfy), ftfy is
# scored on the same samples.
REPAIR_SET ?= target/repair-eval/samples.jsonl
repair-eval:
	@mkdir -p $(dir $(REPAIR_SET))
	$(CARGO) run --release --locked --example repair_eval -- --pages ../shared/devdata/html --export $(REPAIR_SET)
	@if [ -n "$(FTFY_PYTHON)" ]; then $(FTFY_PYTHON) scripts/score_ftfy.py $(REPAIR_SET); fi

# Rewrite the golden files from raw/, then show what changed. Read the diff before committing.
bless: build
	$(BIN) clean raw -o clean --force
	git --no-pager diff --stat -- clean

# Regenerate the rule table in README.md from the registry.
readme: build
	$(BIN) rules --markdown > target/rules.md
	awk 'BEGIN{skip=0} /<!-- rules:start -->/{print; while ((getline line < "target/rules.md") > 0) print line; skip=1; next} /<!-- rules:end -->/{skip=0} !skip{print}' README.md > target/README.md
	mv target/README.md README.md

# Throughput and peak memory on a generated corpus; prints a table. Never run by `make test`.
# Scale with BENCH_TEXT_MB (default 200), BENCH_HTML_MB (100), BENCH_RECORDS (20000);
# BENCH_RUNS (3) runs per figure, the fastest kept.
bench:
	scripts/bench.sh

# A profile-guided build, target/pgo/release/docclean: the same output, faster. Trained on
# raw/ and a generated corpus; needs the rustup component llvm-tools (added if missing).
pgo:
	scripts/pgo.sh

# The PySpark job (examples/spark) in local[2] mode against `docclean stream`, record for
# record. Installs the pinned pyspark into .venv-spark on first use; needs Java 17.
spark-test:
	examples/spark/test.sh
