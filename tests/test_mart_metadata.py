"""Mart materialisations carry their row count, column types and a preview (what the UI shows)."""

from __future__ import annotations

import dagster as dg
import duckdb

from pipelines.defs.metadata import with_table_metadata


def _warehouse():
    con = duckdb.connect()
    con.execute("CREATE SCHEMA marts")
    con.execute("CREATE SCHEMA staging")
    con.execute(
        "CREATE TABLE marts.daily_air_attacks AS SELECT * FROM (VALUES "
        "(DATE '2025-03-04', 'drone', 99::BIGINT, 65::BIGINT), (DATE '2025-03-06', 'drone', 112, 68)) "
        "t(event_date, weapon_class, launched, intercepted)"
    )
    con.execute("CREATE VIEW staging.stg_x AS SELECT 1 AS a")
    return con


def test_mart_outputs_get_row_count_column_types_and_a_preview():
    con = _warehouse()
    keys = {"mart": dg.AssetKey(["marts", "daily_air_attacks"]), "view": dg.AssetKey(["staging", "stg_x"])}
    events = [
        dg.Output(None, output_name="mart", metadata={"unique_id": "model.salvo.daily_air_attacks"}),
        dg.Output(None, output_name="view", metadata={"unique_id": "model.salvo.stg_x"}),
        dg.AssetCheckResult(passed=True, asset_key=keys["mart"], check_name="not_null"),
    ]
    mart, view, check = with_table_metadata(events, con, keys.__getitem__)

    assert mart.metadata["unique_id"].value == "model.salvo.daily_air_attacks"  # dbt's own metadata kept
    assert mart.metadata["dagster/row_count"].value == 2
    schema = mart.metadata["dagster/column_schema"].value
    assert [(c.name, c.type) for c in schema.columns] == [
        ("event_date", "DATE"), ("weapon_class", "VARCHAR"), ("launched", "BIGINT"), ("intercepted", "BIGINT")
    ]
    preview = mart.metadata["preview"].value
    assert "| event_date | weapon_class | launched | intercepted |" in preview and "| 2025-03-06 | drone | 112 | 68 |" in preview
    # only marts: a staging view and the checks pass through as dbt gave them
    assert "dagster/row_count" not in view.metadata
    assert check is events[2]


def test_a_materialization_event_is_enriched_too():
    con = _warehouse()
    event = dg.AssetMaterialization(asset_key=["marts", "daily_air_attacks"])
    (enriched,) = with_table_metadata([event], con, lambda name: None)
    assert enriched.metadata["dagster/row_count"].value == 2
