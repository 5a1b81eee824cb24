"""`make docs`: dbt's docs generated from a copy of the snapshot, one page that needs no network."""

from __future__ import annotations

import json
import re

import pytest

from pipelines.report import dbt_docs
from pipelines.warehouse.db import Warehouse
from pipelines.warehouse.snapshot import publish_snapshot, snapshot_path_for

pytestmark = pytest.mark.timeout(240)


def test_docs_read_the_catalogue_from_the_snapshot_and_load_nothing_from_the_network(tmp_path, monkeypatch):
    warehouse = tmp_path / "warehouse.duckdb"
    db = Warehouse(warehouse)
    with db.transaction() as con:
        con.execute("CREATE SCHEMA IF NOT EXISTS marts")
        con.execute("CREATE TABLE marts.daily_air_attacks AS SELECT DATE '2025-03-04' AS event_date, 99::BIGINT AS launched")
    publish_snapshot(db, snapshot_path_for(warehouse))
    before = warehouse.read_bytes()
    monkeypatch.setenv("SALVO_WAREHOUSE", str(warehouse))
    monkeypatch.setattr(dbt_docs, "DOCS_TARGET", tmp_path / "docs")

    index = dbt_docs.generate()

    catalog = json.loads((tmp_path / "docs" / "catalog.json").read_text())
    columns = catalog["nodes"]["model.salvo.daily_air_attacks"]["columns"]
    assert {name: c["type"] for name, c in columns.items()} == {"event_date": "DATE", "launched": "BIGINT"}
    html = index.read_text()
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?(https?:)?//", html)
    assert warehouse.read_bytes() == before  # the live file was not opened for writing


def test_an_empty_warehouse_gives_way_to_the_demos(tmp_path, monkeypatch):
    """A daily run that failed before dbt (offline) leaves data/warehouse.duckdb without marts: the docs read the
    demo's snapshot instead, and with no file holding marts the first one found."""
    monkeypatch.delenv("SALVO_WAREHOUSE", raising=False)
    monkeypatch.setattr(dbt_docs, "data_dir", lambda: tmp_path)
    with Warehouse(tmp_path / "warehouse.duckdb").transaction() as con:  # raw schema only
        con.execute("SELECT 1")
    assert dbt_docs.catalogue_source() == tmp_path / "warehouse.duckdb"
    demo = Warehouse(tmp_path / "demo" / "warehouse.duckdb")
    with demo.transaction() as con:
        con.execute("CREATE SCHEMA IF NOT EXISTS marts")
        con.execute("CREATE TABLE marts.daily_air_attacks AS SELECT 1 AS launched")
    publish_snapshot(demo, snapshot_path_for(tmp_path / "demo" / "warehouse.duckdb"))
    assert dbt_docs.catalogue_source() == snapshot_path_for(tmp_path / "demo" / "warehouse.duckdb")
