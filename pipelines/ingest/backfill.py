"""`salvo backfill`: fetch the articles a site's archive lists for a date window.

Three steps, none of which knows about Dagster:

1. discovery (sitemaps.discover): the candidate URLs, robots.txt asked for each;
2. the candidates already in raw.articles are dropped (fetched, or failed for
   good; a failure whose back-off is over is tried again), so a second run
   fetches nothing and an interrupted run goes on where it stopped;
3. the rest go through fetch_articles.fetch_and_read, the daily articles
   asset's own fetch and page text reading, and each batch is committed with
   loads.write_article_batch as that asset commits it.

Facts, dbt and the snapshot follow in the CLI, by running a Dagster job.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime

import polars as pl

from pipelines.config import FeedConfig, FeedRegistry
from pipelines.ingest.fetch_articles import ArticleBatch, fetch_and_read
from pipelines.ingest.http import Fetcher
from pipelines.ingest.robots import RobotsCache
from pipelines.ingest.sitemaps import Candidate, Discovery, discover
from pipelines.warehouse import loads, queries
from pipelines.warehouse.db import BatchWriter, Warehouse

# Pages per committed batch: an interrupted backfill loses at most this many fetches.
BATCH_SIZE = 100

# Backfilled articles carry this before the name of the feeds.toml entry whose sitemap listed them.
FEED_NAME_PREFIX = "sitemap:"

PENDING_SCHEMA = {
    "article_id": pl.String,
    "canonical_url": pl.String,
    "link": pl.String,
    "source": pl.String,
    "feed_name": pl.String,
    "published_at": pl.Datetime("us", "UTC"),
    "title": pl.String,
    "attempts": pl.Int64,
    "archive_date": pl.Datetime("us", "UTC"),
}


class BackfillInputError(ValueError):
    """The backfill was asked for something that cannot be done (unknown source, bad window)."""


def select_feeds(registry: FeedRegistry, source: str | None) -> list[FeedConfig]:
    """The enabled feeds to backfill: all, or those of one source."""
    feeds = list(registry.enabled_feeds())
    if not feeds:
        raise BackfillInputError("no enabled feeds ([[feeds]]) to backfill")
    if source is None:
        return feeds
    chosen = [feed for feed in feeds if feed.source == source]
    if not chosen:
        known = ", ".join(sorted({feed.source for feed in feeds}))
        raise BackfillInputError(f"unknown source {source!r}; the enabled feeds' sources are: {known}")
    return chosen


def check_window(since: date, until: date) -> None:
    if since > until:
        raise BackfillInputError(f"--since {since} is after --until {until}")


@dataclass
class Plan:
    discovery: Discovery
    pending: pl.DataFrame  # in the shape fetch_and_read takes
    already: int  # candidates in raw.articles that need no fetch


def pending_frame(candidates: list[Candidate], attempts: dict[str, int]) -> pl.DataFrame:
    rows = [
        {
            "article_id": c.article_id,
            "canonical_url": c.canonical_url,
            "link": c.link,
            "source": c.source,
            "feed_name": FEED_NAME_PREFIX + c.feed_name,
            "published_at": c.published_at,
            "title": None,
            "attempts": attempts.get(c.article_id, 0),
            "archive_date": c.archive_date,
        }
        for c in candidates
    ]
    return pl.DataFrame(rows, schema=PENDING_SCHEMA)


def plan_backfill(
    feeds: list[FeedConfig], fetcher: Fetcher, robots: RobotsCache, db: Warehouse, since: date, until: date,
    now: datetime,
) -> Plan:
    """Discover the window's articles and keep those not fetched yet (or due again after a failure)."""
    discovery = discover(feeds, fetcher, robots, since, until)
    ids = [c.article_id for c in discovery.candidates]
    with db.read() as con:
        known = queries.article_attempts(con, ids)
    done: set[str] = set()
    attempts: dict[str, int] = {}
    for row in known.iter_rows(named=True):
        if row["next_attempt_after"] is None or row["next_attempt_after"] > now:
            done.add(row["article_id"])
        else:
            attempts[row["article_id"]] = row["attempts"] or 0
    to_fetch = [c for c in discovery.candidates if c.article_id not in done]
    return Plan(discovery=discovery, pending=pending_frame(to_fetch, attempts), already=len(done))


@dataclass
class Progress:
    """Pages fetched so far, for the terminal: rate and ETA."""

    to_fetch: int
    started: float = field(default_factory=time.monotonic)
    fetched: int = 0
    statuses: Counter = field(default_factory=Counter)

    def add(self, statuses: list[str]) -> None:
        self.fetched += len(statuses)
        self.statuses.update(statuses)

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.fetched / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        rate = self.rate()
        remaining = self.to_fetch - self.fetched
        eta = f"ETA {_duration(remaining / rate)}" if rate > 0 and remaining > 0 else "done" if remaining <= 0 else "ETA ?"
        by_status = ", ".join(f"{k} {v}" for k, v in self.statuses.most_common())
        return f"fetched {self.fetched:,}/{self.to_fetch:,} pages ({by_status}); {rate:.1f} pages/s, {eta}"


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def fetch_pending(
    pending: pl.DataFrame,
    fetcher: Fetcher,
    db: Warehouse,
    now: datetime,
    *,
    workers: int,
    timeout_s: float,
    batch_size: int = BATCH_SIZE,
    on_batch: Callable[[Progress], None] | None = None,
    run_id: str | None = None,
) -> Progress:
    """Fetch the pending pages and read their text; every batch is committed before it is reported.

    As in the daily articles asset, batches are written on a thread of their
    own while the next pages are fetched and read (the text workers would
    otherwise wait for every commit), one at a time and in order, on a
    connection held across batches for a few seconds (BatchWriter); a failed
    write stops the backfill at the next batch.
    """
    progress = Progress(to_fetch=pending.height)
    run_id = run_id or f"backfill-{uuid.uuid4()}"

    def write(writer: BatchWriter, batch: ArticleBatch) -> list[str]:
        with writer.transaction() as con:
            loads.write_article_batch(con, batch, now)
        return batch.articles["text_status"].to_list()

    def report(written: Future) -> None:
        progress.add(written.result())  # re-raises a failed write here, in order
        if on_batch is not None:
            on_batch(progress)

    with db.batch_writer() as writer, ThreadPoolExecutor(1, thread_name_prefix="salvo-writer") as thread:
        writing: Future | None = None
        for batch in fetch_and_read(
            pending, fetcher, now=now, run_id=run_id, workers=workers, timeout_s=timeout_s, batch_size=batch_size
        ):
            if writing is not None:
                report(writing)
            writing = thread.submit(write, writer, batch)
        if writing is not None:
            report(writing)
    return progress


def discovery_summary(plan: Plan) -> str:
    d = plan.discovery
    listings = (
        f"{d.listing_pages_read:,} listing pages read ({d.days_without_listing:,} days without one), "
        if d.listing_pages_read or d.days_without_listing
        else ""
    )
    return (
        f"{d.sitemaps_read} sitemaps read ({d.sitemaps_pruned} skipped: unchanged since before the window), "
        f"{listings}"
        f"{d.listed:,} URLs listed; in the window: {len(d.candidates):,} articles "
        f"({plan.already:,} already fetched, {plan.pending.height:,} to fetch); "
        f"left out: {d.out_of_window:,} outside the window, {d.undated:,} undated, "
        f"{d.not_articles:,} not matching article_pattern, {d.disallowed:,} disallowed by robots.txt, "
        f"{d.duplicates:,} listed twice"
    )


__all__ = [
    "BATCH_SIZE",
    "BackfillInputError",
    "FEED_NAME_PREFIX",
    "Plan",
    "Progress",
    "check_window",
    "discovery_summary",
    "fetch_pending",
    "pending_frame",
    "plan_backfill",
    "select_feeds",
]
