"""The Dagster definitions load, and the schedules, jobs, pool and lineage are there."""

import dagster as dg

from pipelines.definitions import defs


def test_definitions_load_and_validate():
    repo = defs.get_repository_def()
    assert repo.get_all_jobs()
    dg.Definitions.validate_loadable(defs)


def test_daily_schedule_at_0630_kyiv_and_hourly_poll():
    daily = defs.resolve_schedule_def("daily_0630_kyiv")
    assert daily.cron_schedule == "30 6 * * *"
    assert daily.execution_timezone == "Europe/Kyiv"
    assert daily.job_name == "daily_job"
    hourly = defs.resolve_schedule_def("hourly_feed_poll")
    assert hourly.cron_schedule == "5 * * * *"
    assert hourly.job_name == "feed_poll_job"


def test_every_writer_is_in_the_duckdb_pool():
    graph = defs.resolve_asset_graph()
    writers = {
        ("raw", "feed_entries"), ("raw", "articles"), ("raw", "fact_strikes"), ("raw", "fact_aid"),
        ("analyst_snapshot",), ("marts", "daily_air_attacks"),
    }
    for key in writers:
        assets_def = graph.get(dg.AssetKey(list(key))).assets_def
        pools = {op.pool for op in assets_def.node_def.iterate_op_defs()} if hasattr(assets_def.node_def, "iterate_op_defs") else {assets_def.op.pool}
        assert pools == {"duckdb_writer"}, (key, pools)


def test_lineage_runs_from_feed_to_mart_and_groups_by_stage():
    graph = defs.resolve_asset_graph()
    mart = dg.AssetKey(["marts", "daily_air_attacks"])
    upstream = graph.upstream_key_iterator(mart)
    ancestors = set()
    frontier = [mart]
    while frontier:
        key = frontier.pop()
        for parent in graph.get(key).parent_keys:
            if parent not in ancestors:
                ancestors.add(parent)
                frontier.append(parent)
    assert dg.AssetKey(["raw", "fact_strikes"]) in ancestors
    assert dg.AssetKey(["raw", "articles"]) in ancestors
    assert dg.AssetKey(["raw", "feed_entries"]) in ancestors
    assert graph.get(dg.AssetKey(["raw", "feed_entries"])).group_name == "ingest"
    assert graph.get(dg.AssetKey(["raw", "fact_strikes"])).group_name == "extract"
    assert graph.get(mart).group_name == "warehouse"
    del upstream


def test_dbt_tests_are_asset_checks():
    checks = list(defs.resolve_asset_graph().asset_check_keys)
    dbt_checks = [c for c in checks if c.asset_key.path[0] in ("staging", "intermediate", "marts")]
    assert len(dbt_checks) >= 10
