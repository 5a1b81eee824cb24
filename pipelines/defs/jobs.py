"""Jobs and schedules: a cheap hourly feed poll, the full chain each morning."""


import dagster as dg

from pipelines.defs.ingest import FEED_ENTRIES, FEED_STATE

KYIV = "Europe/Kyiv"

# Everything: poll, fetch, extract, dbt build (with its tests), snapshot.
daily_job = dg.define_asset_job(
    name="daily_job",
    selection=dg.AssetSelection.all(),
    description="The whole chain, feeds to marts and the analysts' snapshot.",
)

# RSS keeps only the latest items, and a busy feed rolls over in less than a
# day: polling hourly (cheap, mostly 304s) means no item is missed between
# the daily runs.
feed_poll_job = dg.define_asset_job(
    name="feed_poll_job",
    selection=dg.AssetSelection.assets(FEED_ENTRIES, FEED_STATE),
    description="Poll the feeds and record new entries; fetching and extraction wait for the daily run.",
)

# After the rules improve: facts again from every stored article, no network.
reextract_job = dg.define_asset_job(
    name="reextract_job",
    selection=dg.AssetSelection.groups("extract", "warehouse"),
    config={"ops": {"extract_facts": {"config": {"reextract_all": True}}}},
    description="Re-extract the facts of every stored article and rebuild the warehouse (no network).",
)

# After `salvo backfill` has fetched the archive's pages: their facts, dbt
# and the snapshot, as the daily job builds them (no feed poll, no fetch).
backfill_facts_job = dg.define_asset_job(
    name="backfill_facts_job",
    selection=dg.AssetSelection.groups("extract", "warehouse"),
    description="Extract the facts of newly stored articles and rebuild the warehouse (run by `salvo backfill`).",
)

daily_schedule = dg.ScheduleDefinition(
    name="daily_0630_kyiv",
    job=daily_job,
    # after the air force's morning report on the night's attack
    cron_schedule="30 6 * * *",
    execution_timezone=KYIV,
    default_status=dg.DefaultScheduleStatus.RUNNING,
)

hourly_poll_schedule = dg.ScheduleDefinition(
    name="hourly_feed_poll",
    job=feed_poll_job,
    cron_schedule="5 * * * *",
    execution_timezone=KYIV,
    default_status=dg.DefaultScheduleStatus.RUNNING,
)
