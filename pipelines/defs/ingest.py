"""Stage 1, ingest: poll the feeds, fetch the new articles' pages."""


import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timezone

import dagster as dg
import polars as pl

from pipelines.defs.metadata import chart_metadata, markdown_table
from pipelines.defs.resources import WRITER_POOL, PageTextResource, FeedsResource, WarehouseResource
from pipelines.ingest.fetch_articles import fetch_and_read, reread_kept_pages
from pipelines.ingest.http import Fetcher
from pipelines.ingest.robots import RobotsCache
from pipelines.ingest.gaps import fill_gaps, has_archive
from pipelines.ingest.poll import entries_frame, feed_gaps, feed_state_rows, fetch_log_rows, poll_feeds, summary_rows
from pipelines.report.charts import feed_coverage_chart
from pipelines.report.terminal import progress_message
from pipelines.warehouse import loads, queries

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
            description="Per feed: conditional-GET validators, last outcome, failures in a row and back-off; "
            "and raw.feed_gaps, the windows in which items may have rolled off a feed unseen (a poll's oldest item "
            "newer than the newest of the poll before), filled from the feed's sitemap: the archived articles "
            "dated in a gap become feed entries (feed_name 'sitemap:<feed>') for the article fetch.",
        ),
    ],
    pool=WRITER_POOL,
    name="poll_feeds",
)
def poll_feeds_asset(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, feeds: FeedsResource, page_text: PageTextResource
):
    """Poll every enabled feed once (conditional GET) and record what each one listed."""
    registry = feeds.load()
    db = warehouse.get()
    now = _utcnow()
    with db.read() as con:
        states = queries.feed_states(con)
    for state in states.values():
        state["polled_before"] = state.get("last_success_at") is not None

    with Fetcher(registry.settings) as fetcher:
        polls = poll_feeds(registry, fetcher, states, now, parse_workers=page_text.resolved_workers())
    entries = entries_frame(polls, now)

    with db.transaction() as con:
        # which (article, feed) pairs each feed lists for the first time
        seen_pairs = queries.listed_before(con, entries)
        new_items = Counter(
            feed for article_id, feed in set(entries.select("article_id", "feed_name").iter_rows()) if (article_id, feed) not in seen_pairs
        )
        # re-dated or retitled items: their pages are read again by the next article fetch
        changed_articles = loads.record_item_changes(con, entries, now)
        new_articles = loads.insert_feed_entries(con, entries)
        state_rows = feed_state_rows(polls, states, now)
        loads.upsert_feed_state(con, state_rows)
        gaps_found = loads.insert_feed_gaps(con, feed_gaps(polls, states, now))
        loads.insert_fetch_log(con, fetch_log_rows(polls, new_items, now, context.run.run_id))
        total_entries = queries.row_count(con, "feed_entries")
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
    context.log.info(
        f"polled {len(fetched)} feeds, {len(failed)} failed, {new_articles} new articles, "
        f"{len(changed_articles)} changed items"
    )

    yield dg.MaterializeResult(
        asset_key=FEED_ENTRIES,
        metadata={
            "dagster/row_count": total_entries,
            "new_articles": new_articles,
            "changed_items": len(changed_articles),
            "feeds_polled": len(fetched),
            "feeds_failed": len(failed),
            "per_feed": markdown_table(summary),
            **coverage,
        },
    )
    gaps = _fill_feed_gaps(context, db, registry, gaps_found)
    yield dg.MaterializeResult(asset_key=FEED_STATE, metadata={"feeds": markdown_table(summary), **gaps})
    # The entries of the feeds that answered are saved above; a run in which no
    # feed answered at all has nothing to build on and is reported as failed.
    if fetched and len(failed) == len(fetched):
        reasons = "; ".join(f"{p.feed.name}: {p.fetch.outcome} {p.fetch.error or ''}".strip() for p in failed)
        raise dg.Failure(description=f"every feed failed ({reasons})", metadata={"per_feed": markdown_table(summary)})


def _fill_feed_gaps(context: dg.AssetExecutionContext, db, registry, gaps_found: int) -> dict:
    """Open gaps are looked up in the feeds' sitemaps; what is found becomes feed entries.

    Returns the metadata to show: nothing while no feed ever had a gap (a quiet poll stays quiet).
    """
    with db.read() as con:
        # a gap of a feed without a sitemap waits for one (its note says so): no work, no write
        open_gaps = [gap for gap in queries.open_feed_gaps(con) if has_archive(registry, gap["feed_name"])]
    filled: list[dict] = []
    new_entries = 0
    if open_gaps:
        now = _utcnow()
        with Fetcher(registry.settings, slow_down_on_overload=True) as fetcher:
            entries, updated = fill_gaps(open_gaps, registry, fetcher, now)
        with db.transaction() as con:
            new_entries = loads.insert_feed_entries(con, entries)
            loads.update_feed_gaps(con, updated)
        filled = [gap for gap in updated if gap["filled_at"] is not None]
        for gap in updated:
            if gap["filled_at"] is None:
                context.log.warning(f"feed gap {gap['feed_name']} {gap['gap_start']} .. {gap['gap_end']}: {gap['note']}")
    if gaps_found or filled:
        context.log.info(f"{gaps_found} feed gaps found, {len(filled)} filled from sitemaps ({new_entries} new entries)")
    with db.read() as con:
        per_feed = queries.feed_gap_summary(con)
    if not per_feed:
        return {}
    return {
        "gaps_found": gaps_found,
        "gaps_filled": len(filled),
        "entries_from_sitemaps": new_entries,
        "gaps_per_feed": markdown_table(per_feed),
    }


class ArticlesConfig(dg.Config):
    reread_kept_pages: bool = False
    """Re-run trafilatura over every kept page instead of fetching (no network)."""
    max_articles: int | None = None
    """Fetch at most this many pending articles in this run (the rest wait for the next)."""


@dg.asset(
    key=ARTICLES,
    group_name=GROUP,
    deps=[FEED_ENTRIES],
    pool=WRITER_POOL,
    description="One row per article: clean text read by trafilatura, title, author, dates, "
    "text status, and the page as fetched (gzip) so history can be read again offline. "
    "Articles whose feed item changed, and those younger than refetch_window_hours, are asked for "
    "again with a conditional GET; a changed page becomes the article's next version "
    "(the earlier one moves to raw.article_versions).",
)
def articles(
    context: dg.AssetExecutionContext,
    config: ArticlesConfig,
    warehouse: WarehouseResource,
    feeds: FeedsResource,
    page_text: PageTextResource,
) -> dg.MaterializeResult:
    db = warehouse.get()
    now = _utcnow()
    if config.reread_kept_pages:
        return _reread_kept_pages(context, db, page_text)

    registry = feeds.load()
    with db.read() as con:
        first_fetches = queries.pending_articles(con, now)
        again = queries.articles_to_refetch(con, now, registry.settings.refetch_window_hours)
    # new articles first: a capped run reads the backlog before it re-reads
    pending = pl.concat([first_fetches, again], how="diagonal_relaxed")
    if config.max_articles is not None:
        pending = pending.head(config.max_articles)
    refetching = pending.height - min(first_fetches.height, pending.height)
    context.log.info(f"{pending.height - refetching} articles to fetch, {refetching} to ask for again")
    statuses: Counter = Counter()
    refetched: Counter = Counter()
    failures: list[dict] = []

    def write(batch) -> float:
        started = time.monotonic()
        with db.transaction() as con:
            loads.write_article_batch(con, batch, now)
        return time.monotonic() - started

    fetch_started = time.monotonic()

    def report(written: Future) -> None:
        seconds = written.result()  # re-raises a failed write here, in order
        context.log.info(
            f"loaded {sum(statuses.values())} articles: {dict(statuses)}; asked again: {dict(refetched)} "
            f"(written in {seconds:.2f} s)"
        )
        # a page read again either gives a new version (an article row, counted in statuses) or not
        done = sum(statuses.values()) + sum(refetched.values()) - refetched["new_version"]
        if done < pending.height:  # the terminal shows how far a long fetch is, with its rate and ETA
            context.log.info(progress_message(done, pending.height, time.monotonic() - fetch_started))

    # Batches are written on a thread of their own while the next pages are
    # fetched and read: the text workers would otherwise wait for
    # every DuckDB commit. One batch is written at a time, in order; a failed
    # write stops the run at the next batch.
    with Fetcher(registry.settings) as fetcher, ThreadPoolExecutor(1, thread_name_prefix="salvo-writer") as writer:
        # every page and redirect hop asks its site's robots.txt first (read once per site and run)
        RobotsCache(fetcher).obey()
        writing: Future | None = None
        for batch in fetch_and_read(
            pending,
            fetcher,
            now=now,
            run_id=context.run.run_id,
            workers=page_text.resolved_workers(),
            timeout_s=page_text.page_timeout_s,
        ):
            if writing is not None:
                report(writing)
            writing = writer.submit(write, batch)
            statuses.update(batch.articles["text_status"].to_list())
            refetched.update(batch.refetched)
            failures += (
                batch.articles.filter(pl.col("text_status") != "ok")
                .select("article_id", "canonical_url", "text_status", "error", "next_attempt_after")
                .to_dicts()
            )
        if writing is not None:
            report(writing)

    with db.read() as con:
        total = queries.row_count(con, "articles")
        preview = queries.latest_articles(con, limit=10)
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": total,
            "fetched_this_run": pending.height,
            "asked_again": refetching,
            "asked_again_by_outcome": markdown_table(
                [{"outcome": k, "articles": v} for k, v in refetched.most_common()]
            ),
            "by_status": markdown_table([{"status": k, "articles": v} for k, v in statuses.most_common()]),
            "failures": markdown_table(failures),
            "latest": markdown_table(preview.to_dicts(), limit=10),
        }
    )


# kept pages read again per transaction: bounds memory however long the history
REREAD_BATCH = 500


def _reread_kept_pages(context: dg.AssetExecutionContext, db, page_text: PageTextResource) -> dg.MaterializeResult:
    with db.read() as con:
        ids = queries.kept_page_ids(con)
    statuses: Counter = Counter()
    for start in range(0, len(ids), REREAD_BATCH):
        with db.read() as con:
            stored = queries.kept_pages(con, ids[start : start + REREAD_BATCH])
        fresh = reread_kept_pages(stored, workers=page_text.resolved_workers(), timeout_s=page_text.page_timeout_s)
        del stored
        with db.transaction() as con:
            # texts change, so their facts must be extracted again
            loads.update_reread_text(con, fresh)
        statuses.update(fresh["text_status"].to_list())
        context.log.info(f"read again {sum(statuses.values())}/{len(ids)} kept pages: {dict(statuses)}")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": len(ids),
            "reread": sum(statuses.values()),
            "by_status": markdown_table([{"status": k, "articles": v} for k, v in statuses.most_common()]),
        }
    )


@dg.asset_check(asset=ARTICLES, description="Most fetched pages yield an article text.")
def articles_mostly_read(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.get().read() as con:
        ok, total = queries.text_share(con)
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
        failing = queries.failing_feeds(con, FEED_FLAG_AFTER)
    return dg.AssetCheckResult(
        passed=failing.is_empty(),
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"failing_feeds": markdown_table(failing.to_dicts())},
    )
