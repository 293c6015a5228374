# One place for every routine job. `make demo` sets up and runs; `make test` tests.
PY      ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
TORCH   := torch==2.13.0
STAMP   := $(VENV)/.installed
# no wheel cache: a CI machine's disk may be small, and a venv plus a second copy of every
# wheel in ~/.cache/pip once filled one
PIPI    := install --quiet --no-cache-dir
export HF_HUB_OFFLINE := 1

.PHONY: setup demo serve screenshots test test-fast lint typecheck check wheel-smoke eval-sample eval-coverage bench bench-env clean

# torch first, pinned: it is the CPU build on this disk. A bare `torch` (or a
# range resolved with nothing installed) pulls a multi-GB CUDA build instead.
$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip $(PIPI) --upgrade pip
	$(BIN)/pip $(PIPI) $(TORCH)
	$(BIN)/pip $(PIPI) -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

demo: setup  ## set up, ingest the sample article, answer a question with citations
	$(BIN)/newsqa ingest --sample
	$(BIN)/newsqa ask "How long did the call between Putin and Trump last?"

serve: setup  ## the web UI on http://127.0.0.1:7860 over the default index
	$(BIN)/newsqa ingest --sample -q
	$(BIN)/newsqa serve

screenshots: setup  ## retake docs/screenshots/ (the web UI in chromium, from the repo's articles)
	$(BIN)/python scripts/screenshots.py

test: setup  ## lint, type check and the whole test suite (what CI runs)
	$(BIN)/ruff check assistant tests eval scripts
	$(BIN)/mypy assistant
	$(BIN)/pytest -q

test-fast: setup  ## the suite without slow tests
	$(BIN)/pytest -q -m "not slow"

# The wheel as a user gets it: built from a copy of the sources (a build in the checkout
# leaves build/ behind), installed with its llm extra into a fresh venv (torch pinned first,
# as in setup), then scripts/wheel_smoke.py answers with --backend openai from it, run from
# an empty folder so nothing of the checkout is on the path.
wheel-smoke: setup  ## build the wheel, install it in a fresh venv, answer a question with an LLM from it (CI)
	set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	mkdir "$$tmp/src"; cp -r pyproject.toml README.md assistant "$$tmp/src/"; \
	find "$$tmp/src" -name __pycache__ -prune -exec rm -rf {} +; \
	$(BIN)/pip wheel --quiet --no-deps -w "$$tmp/dist" "$$tmp/src"; \
	$(PY) -m venv "$$tmp/venv"; \
	"$$tmp/venv/bin/pip" $(PIPI) --upgrade pip; \
	"$$tmp/venv/bin/pip" $(PIPI) $(TORCH); \
	"$$tmp/venv/bin/pip" $(PIPI) "$$(ls "$$tmp"/dist/newsqa-*.whl)[llm]"; \
	cd "$$tmp" && "$$tmp/venv/bin/python" "$(CURDIR)/scripts/wheel_smoke.py"

NEWSBENCH ?= ../shared/data/newsbench-dev
NEWSCHECK ?= ../shared/data/newsbench-check

eval-sample: setup  ## the sample suite against its committed baseline (CI runs this)
	$(BIN)/newsqa eval eval/suites/sample --out eval/reports/sample -q \
		--baseline eval/baselines/sample.json --max-drop 0.02

# fp32: bf16 is chosen only on CPUs with native bf16, and this suite's denominators are
# small enough that the other precision's rankings could move a metric past --max-drop
eval-coverage: setup  ## timeline, compare and attribution on real coverage, against its baseline (CI)
	NEWSQA_EMBEDDING__PRECISION=fp32 $(BIN)/newsqa eval eval/suites/coverage-real \
		--out eval/reports/coverage-real -q \
		--baseline eval/baselines/coverage-real.json --max-drop 0.05

# The LangChain-tutorial peer needs langchain-huggingface, which pins an older
# huggingface-hub than gradio 6 needs: it gets a venv of its own.
BENCH_VENV ?= .venv-bench
$(BENCH_VENV)/.installed: pyproject.toml
	$(PY) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip $(PIPI) --upgrade pip
	$(BENCH_VENV)/bin/pip $(PIPI) $(TORCH)
	$(BENCH_VENV)/bin/pip $(PIPI) -e ".[bench]"
	touch $@

bench-env: $(BENCH_VENV)/.installed

bench: setup bench-env  ## newsbench-dev per retriever, dev and check beside the naive peers, then speed/memory
	$(BIN)/newsqa eval $(NEWSBENCH) --retriever hybrid  --out eval/reports/newsbench-hybrid
	$(BIN)/newsqa eval $(NEWSBENCH) --retriever dense   --out eval/reports/newsbench-dense -q
	$(BIN)/newsqa eval $(NEWSBENCH) --retriever keyword --out eval/reports/newsbench-keyword -q
	$(BIN)/python eval/compare_retrievers.py eval/reports/newsbench-*/report.json
	$(BIN)/newsqa eval $(NEWSCHECK) --out eval/reports/newsbench-check -q
	$(BIN)/python eval/peers.py $(NEWSBENCH) --ours eval/reports/newsbench-hybrid/report.json
	$(BIN)/python eval/peers.py $(NEWSCHECK) --ours eval/reports/newsbench-check/report.json
	$(BIN)/python eval/bench.py $(NEWSBENCH) --peer-python $(BENCH_VENV)/bin/python \
		--out eval/reports/bench.md

lint: setup
	$(BIN)/ruff check assistant tests eval scripts

typecheck: setup  ## mypy with the pydantic plugin (pyproject.toml [tool.mypy])
	$(BIN)/mypy assistant

check: lint typecheck test

clean:
	rm -rf $(VENV) $(BENCH_VENV) .pytest_cache .ruff_cache
