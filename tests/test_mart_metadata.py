"""Mart materialisations carry their row count, column types and a preview (what the UI shows)."""

from __future__ import annotations

import dagster as dg
import duckdb

from pipelines.defs.metadata import needs_table_metadata, with_table_metadata


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


def test_only_the_marts_events_wait_for_their_metadata():
    """dbt_warehouse yields every other event while dbt runs; a mart's materialisation waits for its
    metadata, and its checks and observations wait with it so that they follow it."""
    keys = {"mart": dg.AssetKey(["marts", "daily_air_attacks"]), "view": dg.AssetKey(["staging", "stg_x"])}
    waiting = [
        dg.Output(None, output_name="mart"),
        dg.AssetMaterialization(asset_key=keys["mart"]),
        dg.AssetCheckResult(passed=True, asset_key=keys["mart"], check_name="not_null"),
        dg.AssetObservation(asset_key=keys["mart"]),
    ]
    streamed = [
        dg.Output(None, output_name="view"),
        dg.AssetCheckResult(passed=True, asset_key=keys["view"], check_name="not_null"),
        dg.AssetObservation(asset_key=dg.AssetKey(["intermediate", "int_strike_events"])),
    ]
    assert all(needs_table_metadata(e, keys.__getitem__) for e in waiting)
    assert not any(needs_table_metadata(e, keys.__getitem__) for e in streamed)


def test_a_materialization_event_is_enriched_too():
    con = _warehouse()
    event = dg.AssetMaterialization(asset_key=["marts", "daily_air_attacks"])
    (enriched,) = with_table_metadata([event], con, lambda name: None)
    assert enriched.metadata["dagster/row_count"].value == 2


def _nights_mart():
    con = duckdb.connect()
    con.execute("CREATE SCHEMA marts")
    con.execute(
        "CREATE TABLE marts.daily_air_attacks AS SELECT * FROM (VALUES "
        # a stated mixed total and its classes: the total counts, never total + classes
        "(DATE '2025-03-08', 'RU', 'aerial_target', 148::BIGINT, 80::BIGINT), (DATE '2025-03-08', 'RU', 'drone', 145, 79),"
        "(DATE '2025-03-08', 'RU', 'missile', 3, 1),"
        # classes only: summed
        "(DATE '2025-03-06', 'RU', 'drone', 112, 68), (DATE '2025-03-06', 'RU', 'missile', 2, NULL),"
        # Ukraine's drones are not Russia's attacks; a night older than 90 days is left out
        "(DATE '2025-03-07', 'UA', 'drone', NULL, 17), (DATE '2024-11-01', 'RU', 'drone', 50, 40)"
        ") t(event_date, attacker, weapon_class, launched, intercepted)"
    )
    return con


def test_the_nightly_series_takes_a_stated_total_or_the_sum_of_classes():
    from pipelines.report.charts import nightly_attacks

    rows = nightly_attacks(_nights_mart()).rows()
    assert [(d.isoformat(), launched, intercepted) for d, launched, intercepted in rows] == [
        ("2025-03-06", 114, 68), ("2025-03-08", 148, 80)
    ]


def test_daily_air_attacks_materialisation_carries_a_chart_image():
    import base64

    event = dg.AssetMaterialization(asset_key=["marts", "daily_air_attacks"])
    (enriched,) = with_table_metadata([event], _nights_mart(), lambda name: None)
    chart = enriched.metadata["chart"].value
    prefix = "![launched vs intercepted per night](data:image/png;base64,"
    assert chart.startswith(prefix) and chart.endswith(")")
    png = base64.b64decode(chart[len(prefix):-1])
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5_000


def test_a_chart_that_cannot_be_drawn_does_not_fail_the_materialisation():
    event = dg.AssetMaterialization(asset_key=["marts", "daily_air_attacks"])
    (enriched,) = with_table_metadata([event], _warehouse(), lambda name: None)  # no attacker column
    assert "chart" not in enriched.metadata and "attacker" in enriched.metadata["chart_error"].value
    assert enriched.metadata["dagster/row_count"].value == 2


def test_monthly_aid_carries_a_chart_of_eur_per_month_by_donor():
    import base64

    from pipelines.report.charts import TOP_DONORS, monthly_aid_by_donor

    con = duckdb.connect()
    con.execute("CREATE SCHEMA marts")
    donors = [f"donor{i}" for i in range(TOP_DONORS + 2)]
    values = ", ".join(f"(DATE '2025-03-01', '{d}', {(len(donors) - i) * 1e8})" for i, d in enumerate(donors))
    con.execute(f"CREATE TABLE marts.monthly_aid AS SELECT * FROM (VALUES {values}, (DATE '2025-04-01', 'donor0', 5e8), "
                "(DATE '2025-04-01', 'nobody', NULL)) t(month, donor, amount_eur)")
    rows = {(m.isoformat(), d): eur for m, d, eur in monthly_aid_by_donor(con).rows()}
    # the two smallest donors of March are one "others" bar; a commitment without EUR is not drawn
    assert rows[("2025-03-01", "others")] == 3e8 and ("2025-03-01", donors[-1]) not in rows
    assert rows[("2025-04-01", "donor0")] == 5e8 and len(rows) == TOP_DONORS + 2
    event = dg.AssetMaterialization(asset_key=["marts", "monthly_aid"])
    (enriched,) = with_table_metadata([event], con, lambda name: None)
    png = base64.b64decode(enriched.metadata["chart"].value.split("base64,", 1)[1][:-1])
    assert png.startswith(b"\x89PNG")


def test_feed_coverage_counts_articles_per_feed_and_day_and_draws_them():
    import base64

    from pipelines.defs.metadata import chart_metadata
    from pipelines.report.charts import feed_coverage, feed_coverage_chart

    con = duckdb.connect()
    con.execute("CREATE SCHEMA raw")
    con.execute(
        "CREATE TABLE raw.feed_entries AS SELECT * FROM (VALUES "
        "('wire', TIMESTAMPTZ '2025-03-04 08:00:00+00', TIMESTAMPTZ '2025-03-04 09:00:00+00'),"
        "('wire', TIMESTAMPTZ '2025-03-04 18:00:00+00', TIMESTAMPTZ '2025-03-04 19:00:00+00'),"
        "('wire', NULL, TIMESTAMPTZ '2025-03-06 10:00:00+00'),"  # no date in the feed: its first sighting
        "('bulletin', TIMESTAMPTZ '2025-03-06 07:00:00+00', TIMESTAMPTZ '2025-03-06 08:00:00+00'),"
        "('old', TIMESTAMPTZ '2025-01-01 07:00:00+00', TIMESTAMPTZ '2025-01-01 08:00:00+00')"
        ") t(feed_name, published_at, first_seen_at)"
    )
    rows = {(feed, day.isoformat()): n for feed, day, n in feed_coverage(con).rows()}
    assert rows == {("bulletin", "2025-03-06"): 1, ("wire", "2025-03-04"): 2, ("wire", "2025-03-06"): 1}
    png = base64.b64decode(feed_coverage_chart(con).split("base64,", 1)[1][:-1])
    assert png.startswith(b"\x89PNG")
    assert set(chart_metadata("coverage", feed_coverage_chart, con)) == {"coverage"}
    assert set(chart_metadata("coverage", feed_coverage_chart, duckdb.connect())) == {"coverage_error"}


def test_night_reconciliation_carries_a_chart_of_salvo_against_the_reference():
    import base64

    from pipelines.report.charts import reconciliation_chart, reconciliation_points

    con = duckdb.connect()
    con.execute("CREATE SCHEMA marts")
    con.execute(
        "CREATE TABLE marts.night_reconciliation AS SELECT * FROM (VALUES "
        "(DATE '2025-03-04', 'drone', 99::BIGINT, 100::DOUBLE, true),"
        "(DATE '2025-03-05', 'missile', 10, 14, false),"
        "(DATE '2025-03-06', 'drone', 50, NULL, NULL)"  # no reference for this night: not drawn
        ") t(event_date, weapon_class, launched, reference_launched, launched_agrees)"
    )
    points = reconciliation_points(con)
    assert [(d.isoformat(), c, n, r, a) for d, c, n, r, a in points.rows()] == [
        ("2025-03-04", "drone", 99, 100.0, True),
        ("2025-03-05", "missile", 10, 14.0, False),
    ]
    event = dg.AssetMaterialization(asset_key=["marts", "night_reconciliation"])
    (enriched,) = with_table_metadata([event], con, lambda name: None)
    assert base64.b64decode(enriched.metadata["chart"].value.split("base64,", 1)[1][:-1]).startswith(b"\x89PNG")
    con.execute("DELETE FROM marts.night_reconciliation WHERE reference_launched IS NOT NULL")
    assert reconciliation_chart(con) is None  # without a reference: no chart, no error
