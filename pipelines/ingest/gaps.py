"""Feed gaps filled from the site's archive.

poll.feed_gaps records a window in which items may have rolled off a feed
unseen. Here each open gap of a feed that names its `sitemap` (or its
`archive_pages`) is looked up in the archive (sitemaps.discover, robots.txt asked as for a backfill), and
the articles dated in it become feed entries: the daily articles fetch then
fetches them like any other entry, and one already known stays one article.
No Dagster here; the feed-poll asset calls it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import polars as pl

from pipelines.config import FeedRegistry
from pipelines.ingest.backfill import FEED_NAME_PREFIX
from pipelines.ingest.http import Fetcher
from pipelines.ingest.poll import FEED_ENTRY_SCHEMA
from pipelines.ingest.robots import RobotsCache
from pipelines.ingest.sitemaps import discover

# Sitemap days are the site's calendar days, the gap's ends are UTC instants:
# a day more on each side, so a late-evening item in UTC+3 is not missed.
# Articles already known are dropped by their key, so the margin costs nothing.
WINDOW_MARGIN = timedelta(days=1)


def has_archive(registry: FeedRegistry, feed_name: str) -> bool:
    return any(feed.name == feed_name and (feed.sitemap or feed.archive_pages) for feed in registry.feeds)


def fill_gaps(gaps: list[dict], registry: FeedRegistry, fetcher: Fetcher, now: datetime) -> tuple[pl.DataFrame, list[dict]]:
    """(new feed entries, the gaps with filled_at / articles_found / note set)."""
    feeds = {feed.name: feed for feed in registry.feeds}
    robots = RobotsCache(fetcher).obey()
    rows: list[dict] = []
    updated: list[dict] = []
    for gap in gaps:
        feed = feeds.get(gap["feed_name"])
        if feed is None or not (feed.sitemap or feed.archive_pages):
            reason = (
                "the feed is no longer in feeds.toml" if feed is None
                else "no `sitemap` or `archive_pages` for this feed in feeds.toml"
            )
            updated.append({**gap, "note": f"open: {reason}"})
            continue
        since = (gap["gap_start"] - WINDOW_MARGIN).date()
        until = (gap["gap_end"] + WINDOW_MARGIN).date()
        found = discover([feed], fetcher, robots, since, until)
        if found.sitemaps_read == 0 and found.listing_pages_read == 0:
            # nothing could be read: try again at the next poll
            updated.append({**gap, "note": "open: " + "; ".join(found.problems)[:2000]})
            continue
        rows += [
            {
                "article_id": c.article_id,
                "canonical_url": c.canonical_url,
                "link": c.link,
                "feed_name": FEED_NAME_PREFIX + feed.name,
                "source": c.source,
                "guid": None,
                "title": None,
                "summary": None,
                # a news sitemap's publication date is as good as a pubDate; a lastmod is not
                "published_at": c.published_at,
                "first_seen_at": now,
            }
            for c in found.candidates
        ]
        note = "; ".join(found.problems)[:2000] or None
        updated.append({**gap, "filled_at": now, "articles_found": len(found.candidates), "note": note})
    return pl.DataFrame(rows, schema=FEED_ENTRY_SCHEMA), updated


__all__ = ["WINDOW_MARGIN", "fill_gaps", "has_archive"]
