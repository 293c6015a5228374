# One place for every routine job. `make demo` sets up and runs; `make test` tests.
PY      ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
TORCH   := torch==2.13.0
STAMP   := $(VENV)/.installed
export HF_HUB_OFFLINE := 1

.PHONY: setup demo serve test test-fast lint check eval-sample bench clean

# torch first, pinned: it is the CPU build on this disk. A bare `torch` (or a
# range resolved with nothing installed) pulls a multi-GB CUDA build instead.
$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet $(TORCH)
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

demo: setup  ## set up, ingest the sample article, answer a question with citations
	$(BIN)/newsqa ingest --sample
	$(BIN)/newsqa ask "How long did the call between Putin and Trump last?"

serve: setup  ## the web UI on http://127.0.0.1:7860 over the default index
	$(BIN)/newsqa ingest --sample -q
	$(BIN)/newsqa serve

test: setup  ## lint + the whole test suite (what CI runs)
	$(BIN)/ruff check assistant tests eval
	$(BIN)/pytest -q

test-fast: setup  ## the suite without slow tests
	$(BIN)/pytest -q -m "not slow"

NEWSBENCH ?= ../shared/data/newsbench-dev

eval-sample: setup  ## the sample suite against its committed baseline (CI runs this)
	$(BIN)/newsqa eval eval/suites/sample --out eval/reports/sample -q \
		--baseline eval/baselines/sample.json --max-drop 0.02

bench: setup  ## the real benchmark: newsbench-dev with each retriever (reports in eval/reports)
	$(BIN)/newsqa eval $(NEWSBENCH) --retriever hybrid  --out eval/reports/newsbench-hybrid
	$(BIN)/newsqa eval $(NEWSBENCH) --retriever dense   --out eval/reports/newsbench-dense -q
	$(BIN)/newsqa eval $(NEWSBENCH) --retriever keyword --out eval/reports/newsbench-keyword -q
	$(BIN)/python eval/compare_retrievers.py eval/reports/newsbench-*/report.json

lint: setup
	$(BIN)/ruff check assistant tests eval

check: lint test

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
