"""Poll the registered feeds once: what each feed answered and what it listed.

Pure orchestration over the fetcher and the feed parser; the Dagster asset
loads what this returns in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone

import polars as pl

from pipelines.config import FeedConfig, FeedRegistry
from pipelines.ingest.backoff import FEED_FLAG_AFTER, next_feed_poll
from pipelines.ingest.page_text import PageText, read_pages_parallel
from pipelines.ingest.feeds import ParsedFeed, parse_feed
from pipelines.ingest.http import Fetcher, FetchResult

FEED_ENTRY_SCHEMA = {
    "article_id": pl.String,
    "canonical_url": pl.String,
    "link": pl.String,
    "feed_name": pl.String,
    "source": pl.String,
    "guid": pl.String,
    "title": pl.String,
    "summary": pl.String,
    "published_at": pl.Datetime("us", "UTC"),
    "first_seen_at": pl.Datetime("us", "UTC"),
}


@dataclass
class FeedPoll:
    """One feed's poll: skipped (backing off), or fetched and parsed."""

    feed: FeedConfig
    fetch: FetchResult | None = None
    entries: list = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    skipped_until: datetime | None = None

    @property
    def failed(self) -> bool:
        return self.fetch is not None and self.fetch.outcome not in ("ok", "not_modified")


# A feed is parsed in a worker process with a hard deadline, like a page:
# feedparser costs about 1 ms per item, so a few long feeds would otherwise
# keep one core busy while the other waits.
FEED_PARSE_TIMEOUT_S = 60


def _parse_feed_task(payload: tuple, _url: None, _content_type: None) -> ParsedFeed:
    """Runs in a text worker: (body, headers, feed, base_url) -> ParsedFeed."""
    body, headers, feed, base_url = payload
    return parse_feed(body, headers, feed, base_url=base_url)


def poll_feeds(
    registry: FeedRegistry,
    fetcher: Fetcher,
    states: dict[str, dict],
    now: datetime,
    max_parallel: int = 4,
    parse_workers: int = 2,
) -> list[FeedPoll]:
    """Fetch every enabled feed that is not backing off (in parallel across hosts), then parse
    the answers on `parse_workers` processes (a batch of one or two feeds is parsed here)."""
    polls: list[FeedPoll] = []
    to_fetch: list[FeedPoll] = []
    for feed in registry.feeds:
        if not feed.enabled:
            continue
        state = states.get(feed.name) or {}
        wait_until = state.get("next_poll_after")
        # a changed URL starts afresh: its validators and back-off belong to the old one
        if state.get("url") not in (None, feed.url):
            state = {}
            states[feed.name] = state
            wait_until = None
        poll = FeedPoll(feed=feed)
        if wait_until is not None and wait_until > now:
            poll.skipped_until = wait_until
        else:
            to_fetch.append(poll)
        polls.append(poll)

    def fetch_one(poll: FeedPoll) -> None:
        state = states.get(poll.feed.name) or {}
        poll.fetch = fetcher.get(poll.feed.url, etag=state.get("etag"), last_modified=state.get("last_modified"))

    with ThreadPoolExecutor(max_workers=max(1, max_parallel)) as pool:
        list(pool.map(fetch_one, to_fetch))

    answered = [p for p in to_fetch if p.fetch.outcome == "ok" and p.fetch.body is not None]
    tasks = (
        (index, (p.fetch.body, p.fetch.headers, p.feed, p.fetch.final_url), None, None)
        for index, p in enumerate(answered)
    )
    for index, parsed in read_pages_parallel(
        tasks, workers=parse_workers, timeout_s=FEED_PARSE_TIMEOUT_S, reader=_parse_feed_task
    ):
        poll = answered[index]
        if isinstance(parsed, PageText):  # the worker timed out or died: a parser bug or a hostile feed
            poll.problems.append(f"feed could not be parsed: {parsed.error}")
        else:
            poll.entries = parsed.entries
            poll.problems = list(parsed.problems)
    return polls


def entries_frame(polls: Iterable[FeedPoll], now: datetime) -> pl.DataFrame:
    rows = [
        {
            "article_id": entry.article_id,
            "canonical_url": entry.canonical_url,
            "link": entry.link,
            "feed_name": poll.feed.name,
            "source": poll.feed.source,
            "guid": entry.guid,
            "title": entry.title,
            "summary": entry.summary,
            "published_at": entry.published_at,
            "first_seen_at": now,
        }
        for poll in polls
        for entry in poll.entries
    ]
    return pl.DataFrame(rows, schema=FEED_ENTRY_SCHEMA)


def feed_state_rows(polls: Iterable[FeedPoll], states: dict[str, dict], now: datetime) -> list[dict]:
    """The new raw.feed_state row of every feed that was fetched."""
    rows = []
    for poll in polls:
        if poll.fetch is None:
            continue
        old = states.get(poll.feed.name) or {}
        fetch = poll.fetch
        failures = (old.get("consecutive_failures") or 0) + 1 if poll.failed else 0
        succeeded = not poll.failed
        rows.append(
            {
                "feed_name": poll.feed.name,
                "url": poll.feed.url,
                # keep the validators of the last good answer; a 304 carries none
                "etag": (fetch.etag or old.get("etag")) if succeeded else old.get("etag"),
                "last_modified": (fetch.last_modified or old.get("last_modified")) if succeeded else old.get("last_modified"),
                "last_polled_at": now,
                "last_success_at": now if succeeded else old.get("last_success_at"),
                "last_status": fetch.outcome,
                "consecutive_failures": failures,
                "next_poll_after": next_feed_poll(now, failures, fetch.retry_after_s),
                "newest_item_at": _latest(old.get("newest_item_at"), _item_dates(poll)),
            }
        )
    return rows


def _item_dates(poll: FeedPoll) -> list[datetime]:
    return [entry.published_at for entry in poll.entries if entry.published_at is not None]


def _latest(known: datetime | None, dates: list[datetime]) -> datetime | None:
    # in UTC: the stored value comes back in the database's time zone, a feed's in its own
    latest = max([*dates, *([known] if known is not None else [])], default=None)
    return latest.astimezone(timezone.utc) if latest is not None else None


def feed_gaps(polls: Iterable[FeedPoll], states: dict[str, dict], now: datetime) -> list[dict]:
    """Gaps this poll reveals: a feed whose oldest dated item is newer than the newest one it listed before.

    Whatever was published between the two may have rolled off the feed
    between the polls; the window is recorded so the archive can fill it.
    A first poll, a 304 and a failed poll reveal nothing.
    """
    gaps = []
    for poll in polls:
        if poll.fetch is None or poll.failed:
            continue
        before = (states.get(poll.feed.name) or {}).get("newest_item_at")
        dates = _item_dates(poll)
        if before is None or not dates:
            continue
        oldest = min(dates)
        if oldest > before:
            archived = poll.feed.sitemap or poll.feed.archive_pages
            note = None if archived else "open: no `sitemap` or `archive_pages` for this feed in feeds.toml"
            gaps.append(
                {"feed_name": poll.feed.name, "gap_start": before, "gap_end": oldest, "found_at": now,
                 "filled_at": None, "articles_found": None, "note": note}
            )
    return gaps


def fetch_log_rows(polls: Iterable[FeedPoll], new_items: dict[str, int], now: datetime, run_id: str | None) -> list[dict]:
    rows = []
    for poll in polls:
        if poll.fetch is None:
            continue
        fetch = poll.fetch
        error = fetch.error
        if poll.problems:
            error = "; ".join(filter(None, [error, *poll.problems]))[:2000]
        rows.append(
            {
                "run_id": run_id,
                "kind": "feed",
                "target": poll.feed.name,
                "url": fetch.url,
                "final_url": fetch.final_url,
                "status_code": fetch.status_code,
                "outcome": fetch.outcome,
                "error": error,
                "bytes": fetch.bytes,
                "duration_ms": fetch.duration_ms,
                "new_items": new_items.get(poll.feed.name, 0),
                "fetched_at": now,
            }
        )
    return rows


def summary_rows(polls: Iterable[FeedPoll], new_items: dict[str, int], states_after: dict[str, dict]) -> list[dict]:
    """One line per feed for the run's metadata table."""
    rows = []
    for poll in polls:
        state = states_after.get(poll.feed.name) or {}
        failures = state.get("consecutive_failures") or 0
        if poll.fetch is None:
            outcome, detail = "skipped", f"backing off until {poll.skipped_until:%Y-%m-%d %H:%M} UTC"
        else:
            outcome = poll.fetch.outcome
            detail = poll.fetch.error or ("; ".join(poll.problems) if poll.problems else "")
        listed = len(poll.entries)
        new = new_items.get(poll.feed.name, 0)
        flags = []
        if failures >= FEED_FLAG_AFTER:
            flags.append(f"FAILING ({failures} polls in a row)")
        # every listed item new on a feed polled before: older items may have
        # rolled off between polls; poll more often
        if listed and new == listed and state.get("polled_before"):
            flags.append("possible gap")
        rows.append(
            {
                "feed": poll.feed.name,
                "outcome": outcome,
                "status": poll.fetch.status_code if poll.fetch else None,
                "listed": listed,
                "new": new,
                "kB": round((poll.fetch.bytes or 0) / 1024, 1) if poll.fetch else 0,
                "ms": round(poll.fetch.duration_ms or 0) if poll.fetch else 0,
                "flags": ", ".join(flags),
                "detail": (detail or "")[:200],
            }
        )
    return rows
