"""Stage 1, ingest: poll the feeds, fetch the new articles' pages."""


import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timezone

import dagster as dg
import polars as pl

from pipelines.defs.metadata import chart_metadata, markdown_table
from pipelines.defs.resources import WRITER_POOL, ExtractionResource, FeedsResource, WarehouseResource
from pipelines.ingest.fetch_articles import fetch_and_extract, reextract_from_html
from pipelines.ingest.http import Fetcher
from pipelines.ingest.poll import entries_frame, feed_state_rows, fetch_log_rows, poll_feeds, summary_rows
from pipelines.report.charts import feed_coverage_chart
from pipelines.warehouse import loads

GROUP = "ingest"

FEED_ENTRIES = dg.AssetKey(["raw", "feed_entries"])
FEED_STATE = dg.AssetKey(["raw", "feed_state"])
ARTICLES = dg.AssetKey(["raw", "articles"])

fetch_log = dg.AssetSpec(
    key=dg.AssetKey(["raw", "fetch_log"]),
    group_name=GROUP,
    description="Every HTTP attempt (feeds and pages) with its outcome, error, size and duration. "
    "Written by the feed poll and the article fetch.",
)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            FEED_ENTRIES,
            group_name=GROUP,
            description="Articles listed by the registered RSS feeds, one row per canonical URL "
            "(the same article in two feeds is stored once; raw.feed_sightings says which feeds listed it).",
        ),
        dg.AssetSpec(
            FEED_STATE,
            group_name=GROUP,
            description="Per feed: conditional-GET validators, last outcome, failures in a row and back-off.",
        ),
    ],
    pool=WRITER_POOL,
    name="poll_feeds",
)
def poll_feeds_asset(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, feeds: FeedsResource, extraction: ExtractionResource
):
    """Poll every enabled feed once (conditional GET) and record what each one listed."""
    registry = feeds.load()
    db = warehouse.get()
    now = _utcnow()
    with db.read() as con:
        states = {row["feed_name"]: row for row in con.execute("SELECT * FROM raw.feed_state").pl().to_dicts()}
    for state in states.values():
        state["polled_before"] = state.get("last_success_at") is not None

    with Fetcher(registry.settings) as fetcher:
        polls = poll_feeds(registry, fetcher, states, now, parse_workers=extraction.resolved_workers())
    entries = entries_frame(polls, now)

    with db.transaction() as con:
        # which (article, feed) pairs each feed lists for the first time
        con.register("polled", entries.select("article_id", "feed_name").to_arrow())
        seen = con.execute(
            "SELECT p.article_id, p.feed_name FROM polled p JOIN raw.feed_sightings s USING (article_id, feed_name)"
        ).fetchall()
        con.unregister("polled")
        seen_pairs = set(seen)
        new_items = Counter(
            feed for article_id, feed in set(entries.select("article_id", "feed_name").iter_rows()) if (article_id, feed) not in seen_pairs
        )
        new_articles = loads.insert_feed_entries(con, entries)
        state_rows = feed_state_rows(polls, states, now)
        loads.upsert_feed_state(con, state_rows)
        loads.insert_fetch_log(con, fetch_log_rows(polls, new_items, now, context.run.run_id))
        total_entries = con.execute("SELECT count(*) FROM raw.feed_entries").fetchone()[0]
        # drawn only when something new came: a poll of unchanged feeds stays cheap (no matplotlib)
        coverage = chart_metadata("coverage", feed_coverage_chart, con) if new_articles else {}

    after = {row["feed_name"]: {**states.get(row["feed_name"], {}), **row} for row in state_rows}
    for name, state in states.items():
        after.setdefault(name, state)
    summary = summary_rows(polls, new_items, after)
    for row in summary:
        if row["flags"]:
            context.log.warning(f"feed {row['feed']}: {row['flags']} ({row['detail']})")
    fetched = [p for p in polls if p.fetch is not None]
    failed = [p for p in fetched if p.failed]
    context.log.info(f"polled {len(fetched)} feeds, {len(failed)} failed, {new_articles} new articles")

    yield dg.MaterializeResult(
        asset_key=FEED_ENTRIES,
        metadata={
            "dagster/row_count": total_entries,
            "new_articles": new_articles,
            "feeds_polled": len(fetched),
            "feeds_failed": len(failed),
            "per_feed": markdown_table(summary),
            **coverage,
        },
    )
    yield dg.MaterializeResult(asset_key=FEED_STATE, metadata={"feeds": markdown_table(summary)})
    # The entries of the feeds that answered are saved above; a run in which no
    # feed answered at all has nothing to build on and is reported as failed.
    if fetched and len(failed) == len(fetched):
        reasons = "; ".join(f"{p.feed.name}: {p.fetch.outcome} {p.fetch.error or ''}".strip() for p in failed)
        raise dg.Failure(description=f"every feed failed ({reasons})", metadata={"per_feed": markdown_table(summary)})


class ArticlesConfig(dg.Config):
    reextract_from_html: bool = False
    """Re-run trafilatura over every kept page instead of fetching (no network)."""
    max_articles: int | None = None
    """Fetch at most this many pending articles in this run (the rest wait for the next)."""


PENDING_SQL = """
SELECT e.article_id, e.canonical_url, e.link, e.source, e.feed_name, e.published_at, e.title,
       coalesce(a.attempts, 0) AS attempts
FROM raw.feed_entries e
LEFT JOIN raw.articles a USING (article_id)
WHERE a.article_id IS NULL
   OR (a.next_attempt_after IS NOT NULL AND a.next_attempt_after <= ?)
ORDER BY e.published_at DESC NULLS LAST, e.article_id
"""


@dg.asset(
    key=ARTICLES,
    group_name=GROUP,
    deps=[FEED_ENTRIES],
    pool=WRITER_POOL,
    description="One row per article: clean text extracted by trafilatura, title, author, dates, "
    "extraction status, and the page as fetched (gzip) so history can be re-extracted offline.",
)
def articles(
    context: dg.AssetExecutionContext,
    config: ArticlesConfig,
    warehouse: WarehouseResource,
    feeds: FeedsResource,
    extraction: ExtractionResource,
) -> dg.MaterializeResult:
    db = warehouse.get()
    now = _utcnow()
    if config.reextract_from_html:
        return _reextract(context, db, extraction)

    pending = db.query_polars(PENDING_SQL, [now])
    if config.max_articles is not None:
        pending = pending.head(config.max_articles)
    context.log.info(f"{pending.height} articles to fetch")
    statuses: Counter = Counter()
    failures: list[dict] = []
    registry = feeds.load()

    def write(batch) -> float:
        started = time.monotonic()
        with db.transaction() as con:
            loads.upsert_articles(con, batch.articles)
            loads.insert_fetch_log(con, batch.fetch_log)
        return time.monotonic() - started

    def report(written: Future) -> None:
        seconds = written.result()  # re-raises a failed write here, in order
        context.log.info(
            f"loaded {sum(statuses.values())}/{pending.height} articles: {dict(statuses)} (written in {seconds:.2f} s)"
        )

    # Batches are written on a thread of their own while the next pages are
    # fetched and extracted: the extraction workers would otherwise wait for
    # every DuckDB commit. One batch is written at a time, in order; a failed
    # write stops the run at the next batch.
    with Fetcher(registry.settings) as fetcher, ThreadPoolExecutor(1, thread_name_prefix="salvo-writer") as writer:
        writing: Future | None = None
        for batch in fetch_and_extract(
            pending,
            fetcher,
            now=now,
            run_id=context.run.run_id,
            workers=extraction.resolved_workers(),
            timeout_s=extraction.page_timeout_s,
        ):
            if writing is not None:
                report(writing)
            writing = writer.submit(write, batch)
            statuses.update(batch.articles["extraction_status"].to_list())
            failures += (
                batch.articles.filter(pl.col("extraction_status") != "ok")
                .select("article_id", "canonical_url", "extraction_status", "error", "next_attempt_after")
                .to_dicts()
            )
        if writing is not None:
            report(writing)

    with db.read() as con:
        total = con.execute("SELECT count(*) FROM raw.articles").fetchone()[0]
        preview = con.execute(
            "SELECT source, published_at, title, length(text) AS chars FROM raw.articles "
            "WHERE extraction_status = 'ok' ORDER BY fetched_at DESC, published_at DESC LIMIT 10"
        ).pl()
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": total,
            "fetched_this_run": pending.height,
            "by_status": markdown_table([{"status": k, "articles": v} for k, v in statuses.most_common()]),
            "failures": markdown_table(failures),
            "latest": markdown_table(preview.to_dicts(), limit=10),
        }
    )


# kept pages re-extracted per transaction: bounds memory however long the history
REEXTRACT_BATCH = 500


def _reextract(context: dg.AssetExecutionContext, db, extraction: ExtractionResource) -> dg.MaterializeResult:
    ids = db.query_polars(
        "SELECT article_id FROM raw.articles WHERE html_gz IS NOT NULL ORDER BY article_id"
    )["article_id"].to_list()
    statuses: Counter = Counter()
    for start in range(0, len(ids), REEXTRACT_BATCH):
        batch_ids = pl.DataFrame({"article_id": ids[start : start + REEXTRACT_BATCH]}, schema={"article_id": pl.String})
        with db.read() as con:
            con.register("batch_ids", batch_ids.to_arrow())
            stored = con.execute(
                "SELECT article_id, canonical_url, final_url, html_gz FROM raw.articles "
                "WHERE article_id IN (SELECT article_id FROM batch_ids)"
            ).pl()
            con.unregister("batch_ids")
        fresh = reextract_from_html(stored, workers=extraction.resolved_workers(), timeout_s=extraction.page_timeout_s)
        del stored
        with db.transaction() as con:
            con.register("fresh", fresh.to_arrow())
            # texts change, so their facts must be extracted again
            con.execute(
                """
                UPDATE raw.articles AS a
                SET title = coalesce(f.title, a.title), text = f.text, author = f.author, page_date = f.page_date,
                    extraction_status = f.extraction_status, error = f.error, facts_extracted_at = NULL
                FROM fresh f WHERE a.article_id = f.article_id
                """
            )
            con.unregister("fresh")
        statuses.update(fresh["extraction_status"].to_list())
        context.log.info(f"re-extracted {sum(statuses.values())}/{len(ids)} kept pages: {dict(statuses)}")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": len(ids),
            "reextracted": sum(statuses.values()),
            "by_status": markdown_table([{"status": k, "articles": v} for k, v in statuses.most_common()]),
        }
    )


@dg.asset_check(asset=ARTICLES, description="Most fetched pages yield an article text.")
def articles_mostly_extracted(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.get().read() as con:
        ok, total = con.execute(
            "SELECT count(*) FILTER (extraction_status = 'ok'), count(*) FROM raw.articles"
        ).fetchone()
    share = ok / total if total else 1.0
    return dg.AssetCheckResult(
        passed=share >= 0.8,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"ok": ok, "total": total, "share_ok": round(share, 3)},
    )


@dg.asset_check(asset=FEED_STATE, description="No feed has failed several polls in a row.")
def feeds_not_failing(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    from pipelines.ingest.backoff import FEED_FLAG_AFTER

    with warehouse.get().read() as con:
        failing = con.execute(
            "SELECT feed_name, consecutive_failures, last_status FROM raw.feed_state WHERE consecutive_failures >= ?",
            [FEED_FLAG_AFTER],
        ).pl()
    return dg.AssetCheckResult(
        passed=failing.is_empty(),
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"failing_feeds": markdown_table(failing.to_dicts())},
    )
