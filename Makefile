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

test: setup  ## every test: unit, asset, dbt, end-to-end, fault suite
	$(UV) run pytest -q -rs

test-fast: setup
	$(UV) run pytest -q -rs -m "not e2e and not faults"

ui: setup  ## Dagster UI on 127.0.0.1:3000, with the schedules running
	$(UV) run salvo ui

docs: setup  ## dbt's docs of the models on http://127.0.0.1:$(DOCS_PORT), offline (catalogue from the snapshot)
	$(UV) run python -m pipelines.report.dbt_docs --port $(DOCS_PORT)

bench: setup
	$(UV) run python -m bench.run

clean:
	rm -rf .dagster data/demo dbt_project/target dbt_project/logs .pytest_cache
