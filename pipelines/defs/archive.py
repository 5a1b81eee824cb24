"""The sites' archives as a partitioned asset: a backfill launched, watched and resumed from the UI.

A code location of its own (pipelines/archive_definitions.py, in
workspace.yaml beside `salvo`): the daily definitions stay unpartitioned, so
materialising all of them (tests, benchmarks) needs no partition key. The
writer pool is the Dagster instance's, so its writes still queue with the
daily job's.

One partition per day from the full-scale invasion on. A backfill of many
days runs as one run (BackfillPolicy.single_run): the sitemaps are walked
once for the whole range, not once per day. The work is `salvo backfill`'s
(pipelines/ingest/backfill.py); facts, dbt and the snapshot follow with the
next daily run (or `backfill_facts_job`), which extracts every article whose
facts are not there yet.
"""

from datetime import datetime, timedelta, timezone

import dagster as dg

from pipelines.defs.metadata import markdown_table
from pipelines.defs.resources import WRITER_POOL, PageTextResource, FeedsResource, WarehouseResource
from pipelines.ingest.backfill import discovery_summary, fetch_pending, plan_backfill, select_feeds
from pipelines.ingest.http import Fetcher
from pipelines.ingest.robots import RobotsCache

GROUP = "archive"
ARCHIVE_START = "2022-02-24"
ARCHIVE_PAGES = dg.AssetKey(["raw", "archive_pages"])

archive_partitions = dg.DailyPartitionsDefinition(start_date=ARCHIVE_START)


@dg.asset(
    key=ARCHIVE_PAGES,
    group_name=GROUP,
    partitions_def=archive_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    pool=WRITER_POOL,
    description="The article pages the sites' sitemaps list for these days (feeds.toml `sitemap`, robots.txt "
    "Sitemap: lines), fetched politely (robots.txt, Crawl-delay) into raw.articles with "
    "feed_name 'sitemap:<feed>'. Pages already stored are not fetched again.",
)
def archive_pages(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, feeds: FeedsResource, page_text: PageTextResource
) -> dg.MaterializeResult:
    window = context.partition_time_window
    since, until = window.start.date(), (window.end - timedelta(days=1)).date()
    registry = feeds.load()
    db = warehouse.get()
    now = datetime.now(timezone.utc)
    with Fetcher(registry.settings, slow_down_on_overload=True) as fetcher:
        robots = RobotsCache(fetcher).obey()
        plan = plan_backfill(select_feeds(registry, None), fetcher, robots, db, since, until, now)
        context.log.info(f"{since} to {until}: found {discovery_summary(plan)}")
        for problem in plan.discovery.problems:
            context.log.warning(problem)
        progress = fetch_pending(
            plan.pending, fetcher, db, now,
            workers=page_text.resolved_workers(), timeout_s=page_text.page_timeout_s,
            on_batch=lambda p: context.log.info(p.line()), run_id=context.run.run_id,
        )
    return dg.MaterializeResult(
        metadata={
            "articles_in_window": len(plan.discovery.candidates),
            "already_stored": plan.already,
            "fetched": progress.fetched,
            "sitemaps_read": plan.discovery.sitemaps_read,
            "disallowed_by_robots": plan.discovery.disallowed,
            "by_status": markdown_table([{"status": k, "articles": v} for k, v in progress.statuses.most_common()]),
            "problems": markdown_table([{"problem": p} for p in plan.discovery.problems]),
        }
    )


# The sites' archives by day, from the UI: select partitions, launch, watch, resume.
archive_job = dg.define_asset_job(
    name="archive_job",
    selection=dg.AssetSelection.assets(ARCHIVE_PAGES),
    partitions_def=archive_partitions,
    description="Fetch the article pages the sites' sitemaps list for the selected days (see `salvo backfill`).",
)
