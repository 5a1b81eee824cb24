"""Salvo's Dagster definitions: the assets of each stage, resources, jobs, schedules."""

import dagster as dg

from pipelines.defs import extract, ingest, jobs, reference, report, warehouse
from pipelines.defs.resources import PageTextResource, FeedsResource, WarehouseResource

defs = dg.Definitions(
    assets=[
        ingest.poll_feeds_asset,
        ingest.articles,
        ingest.fetch_log,
        extract.extract_facts_asset,
        reference.reference_tallies,
        warehouse.dbt_warehouse,
        warehouse.analyst_snapshot,
        report.report_page,
    ],
    asset_checks=[
        ingest.articles_mostly_read,
        ingest.feeds_not_failing,
        extract.strike_facts_have_evidence,
        reference.reference_agreement,
    ],
    jobs=[jobs.daily_job, jobs.feed_poll_job, jobs.reextract_job, jobs.backfill_facts_job],
    schedules=[jobs.daily_schedule, jobs.hourly_poll_schedule],
    resources={
        "warehouse": WarehouseResource(),
        "feeds": FeedsResource(),
        "page_text": PageTextResource(),
        "dbt": warehouse.dbt_resource(),
    },
)
