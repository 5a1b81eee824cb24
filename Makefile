# Salvo: one command to run, one to test. Each does its own set-up on a
# machine with only Python 3.11+: uv is installed with pip when missing,
# then the locked environment is synced.

SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null || echo "python3 -m uv")
export DAGSTER_HOME ?= $(CURDIR)/.dagster
export DAGSTER_DISABLE_TELEMETRY := 1
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export DO_NOT_TRACK := 1
export DBT_VERSION_CHECK := false
DOCS_PORT ?= 8080

.PHONY: setup demo run test test-fast ui docs bench clean

setup:
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet uv
	@# --compile-bytecode: every run imports ~3,000 modules (Dagster, dbt); without .pyc files
	@# (PYTHONDONTWRITEBYTECODE, read-only venvs) each start-up would compile them all again (~5 s)
	@$(UV) sync --frozen --quiet --compile-bytecode
	@mkdir -p $(DAGSTER_HOME) && [ -f $(DAGSTER_HOME)/dagster.yaml ] || cp dagster.yaml $(DAGSTER_HOME)/dagster.yaml

demo: setup  ## the daily job against the bundled sample site on 127.0.0.1
	$(UV) run salvo demo

run: setup  ## the daily job against the registered feeds (needs internet)
	$(UV) run salvo run

# The unit, asset and dbt tests spend most of their time in the figure rules
# (CPU), so they run on one pytest worker per core (at most 4; a test file
# stays on one worker). The end-to-end and fault suites run afterwards, apart
# from the CPU-bound ones, also one worker per core: they spend much of their
# time waiting on real subprocesses and servers. --dist loadfile keeps a file
# on one worker, so the crash suite's runs still follow one another in one
# shared Dagster instance and warehouse, as on a real machine.
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); echo $$(( n > 4 ? 4 : n )))

test: setup  ## every test: unit, asset, dbt, then end-to-end and the fault suite (each part in parallel)
	$(UV) run pytest -q -rs -n $(TEST_WORKERS) --dist loadfile -m "not e2e and not faults"
	$(UV) run pytest -q -rs -n $(TEST_WORKERS) --dist loadfile -m "e2e or faults"

test-fast: setup  ## the unit, asset and dbt tests only
	$(UV) run pytest -q -rs -n $(TEST_WORKERS) --dist loadfile -m "not e2e and not faults"

ui: setup  ## Dagster UI on 127.0.0.1:3000, with the schedules running
	$(UV) run salvo ui

docs: setup  ## dbt's docs of the models on http://127.0.0.1:$(DOCS_PORT), offline (catalogue from the snapshot)
	$(UV) run python -m pipelines.report.dbt_docs --port $(DOCS_PORT)

bench: setup
	$(UV) run python -m bench.run

clean:
	rm -rf .dagster data/demo dbt_project/target dbt_project/logs .pytest_cache
