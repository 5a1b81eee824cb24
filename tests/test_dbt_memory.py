"""dbt's DuckDB memory bound (`SALVO_DBT_MEMORY_LIMIT`): one default for the
asset and the profile, and a build that outgrows it fails with an error that
says which variable to raise."""

from __future__ import annotations

import json
import re

import dagster as dg
import pytest

from pipelines.config import dbt_memory_limit
from pipelines.defs.warehouse import dbt_warehouse
from pipelines.warehouse.dbt_builds import where_out_of_memory
from tests.conftest import REPO_ROOT, make_resources


def test_the_profile_and_the_asset_share_one_default(monkeypatch):
    monkeypatch.delenv("SALVO_DBT_MEMORY_LIMIT", raising=False)
    profile = (REPO_ROOT / "dbt_project" / "profiles.yml").read_text()
    (profile_default,) = re.findall(r"env_var\('SALVO_DBT_MEMORY_LIMIT', '([^']+)'\)", profile)
    assert profile_default == dbt_memory_limit() == "256MB"
    monkeypatch.setenv("SALVO_DBT_MEMORY_LIMIT", "1GB")
    assert dbt_memory_limit() == "1GB"


def _results(*results: tuple[str, str, str]) -> dict:
    return {"results": [{"unique_id": node, "status": status, "message": message} for node, status, message in results]}


def test_out_of_memory_is_found_in_the_nodes_results_or_else_in_the_log(tmp_path):
    assert where_out_of_memory(tmp_path) == []  # no artefacts at all
    (tmp_path / "run_results.json").write_text(json.dumps(_results(
        ("model.salvo.stg_articles", "success", "OK"),
        ("model.salvo.int_strike_reports", "error",
         "Out of Memory Error: failed to pin block of size 256.0 KiB (244.0 MiB/244.1 MiB used)"),
        ("model.salvo.int_aid_reports", "error", "Binder Error: column not found"),
        ("test.salvo.not_null_x", "skipped", None),
    )))
    assert where_out_of_memory(tmp_path) == ["model.salvo.int_strike_reports"]
    # an error in another node is not a memory bound
    (tmp_path / "run_results.json").write_text(json.dumps(_results(
        ("model.salvo.int_aid_reports", "error", "Binder Error: column not found"))))
    assert where_out_of_memory(tmp_path) == []
    # dbt stopped before any node ran: only its log says why
    (tmp_path / "dbt.log").write_text("Encountered an error:\nRuntime Error\n  Out of Memory Error: failed to allocate\n")
    assert where_out_of_memory(tmp_path) == ["dbt"]


@pytest.mark.timeout(300)
def test_a_build_that_outgrows_the_bound_fails_naming_the_variable(tmp_path, monkeypatch):
    """With a bound no build fits in, the dbt asset fails, and its failure names the variable and a value to
    try instead of leaving the analyst with DuckDB's own advice (SET memory_limit)."""
    monkeypatch.setenv("SALVO_DBT_MEMORY_LIMIT", "1MB")
    feeds = tmp_path / "feeds.toml"
    feeds.write_text("")
    result = dg.materialize(
        [dbt_warehouse], resources=make_resources(tmp_path / "warehouse.duckdb", feeds), raise_on_error=False
    )
    assert not result.success
    (failure,) = [event for event in result.all_events if event.is_step_failure]
    message = failure.step_failure_data.error.message
    assert "SALVO_DBT_MEMORY_LIMIT=1MB" in message and "1GB" in message and "nothing was lost" in message
